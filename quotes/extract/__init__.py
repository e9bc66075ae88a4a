"""Text -> quotes: a pure function, no I/O and no database.

The steps: pair the quotation marks (spans), find the words that attribute
each quote (attribute, as ordered sieves), then resolve each mention to a
speaker the article names in full (mentions, organizations), and give the
quote the confidence measured for quotes placed alike (confidence). The
work lives in ``pipeline``; this module only names it, so that importing
``quotes`` (every command does) does not load the extractor and its name
lists until something is extracted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import Quote

__all__ = ["extract", "placed_quotes"]


def extract(text: str) -> list[Quote]:
    """Every quoted statement of ``text`` with its speaker, in text order."""
    from .pipeline import placed_quotes as run

    return [quote for quote, _ in run(text)]


def placed_quotes(text: str) -> list[tuple[Quote, tuple[str, ...]]]:
    """Each quote with the features its confidence was looked up by (how it
    was placed), for measuring what the confidence should be."""
    from .pipeline import placed_quotes as run

    return run(text)
