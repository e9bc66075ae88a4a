"""quotes: who said what, from news articles to a queryable database."""

from .extract import extract
from .models import Article, Quote

__all__ = ["Article", "Quote", "extract", "__version__"]
__version__ = "0.1.0"
