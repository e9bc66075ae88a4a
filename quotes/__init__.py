"""quotes: who said what, from news articles to a queryable database."""

from __future__ import annotations

from typing import Any

from .extract import extract

__all__ = ["Article", "Quote", "QuoteStore", "extract", "ingest_articles", "__version__"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """The records and the store, imported on first use: `quotes --help`
    need not load dataclasses of records or SQLite."""
    if name in ("Article", "Quote"):
        from . import models

        return getattr(models, name)
    if name == "QuoteStore":
        from .store import QuoteStore

        return QuoteStore
    if name == "ingest_articles":
        from .ingest import ingest_articles

        return ingest_articles
    raise AttributeError(f"module 'quotes' has no attribute {name!r}")
