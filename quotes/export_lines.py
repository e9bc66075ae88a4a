"""Each quote's CSV line, stored with it so that the default export streams
stored text; rebuilt when a speaker's name, kind or a quote's speaker
changes.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from .fields import LINE_FIELDS, QUOTE_COLUMNS, QUOTES_FROM
from .output import csv_line

_LINE_CHUNK = 5000  # quotes whose export line is rebuilt at a time


# ---------------------------------------------------------------- export lines


def rebuild_export_lines(db: sqlite_utils.Database, where: str, params: list[Any]) -> int:
    """Build again the stored CSV line of the quotes ``where`` selects."""
    columns = ", ".join(QUOTE_COLUMNS[name] for name in ("id", *LINE_FIELDS))
    sql = f"SELECT {columns} {QUOTES_FROM} WHERE ({where}) AND q.id > ? ORDER BY q.id LIMIT {_LINE_CHUNK}"
    done, last = 0, -1
    while True:
        # In id order, a chunk at a time: memory stays flat, and rows
        # changed by the UPDATE never come round again.
        rows = db.execute(sql, [*params, last]).fetchall()
        if not rows:
            return done
        db.conn.executemany(
            "UPDATE quotes SET export_line = ? WHERE id = ?", [(csv_line(row[1:]), row[0]) for row in rows]
        )
        done += len(rows)
        last = rows[-1][0]
