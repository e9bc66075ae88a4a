"""Publication dates as ISO days (YYYY-MM-DD), so that date filters compare."""

from __future__ import annotations

import re
from datetime import datetime

_DATE_FORMATS = ("%Y-%m-%d", "%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%m/%d/%Y",
                 "%a, %d %b %Y %H:%M:%S %Z", "%a, %d %b %Y %H:%M:%S %z")


def normalize_date(value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) where the value is one we can read; anything
    else is kept as given."""
    if not value:
        return value
    text = value.strip()
    if re.match(r"\d{4}-\d{2}-\d{2}(?:[T ]|$)", text):
        return text[:10]
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return text


def looks_like_date(value: str) -> bool:
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[T ][\d:.+Z-]+)?|\w+\.? \d{1,2}, \d{4}|\d{1,2} \w+ \d{4}", value))
