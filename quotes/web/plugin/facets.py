"""The quote page's facets at a million quotes.

Datasette's column facet groups the whole view once a facet, six times a
page: at a million quotes each took about 0.7 s and all timed out. The
store keeps each facet's counts as data (schema ``_migration_11``,
table ``quote_facets``); this facet reads them when the page shows every
quote, and groups the rows shown when a search or a filter narrows them
(a speaker's quotes, a search's matches), under the usual time limit.

The speaker facet counts by speaker id and links to ``?speaker_id=N``: two
speakers of one name stay two, and the page it opens filters on an index
instead of reading every quote's speaker by name. The month facet links to
the dates of the month (``?date__glob=2025-03*``), which the index of dates
finds, where ``?month=`` would compute every quote's month.
"""

from __future__ import annotations

from typing import Any

from datasette.database import QueryInterrupted
from datasette.facets import Facet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args

# The column the speaker facet counts by (its values are ids, shown by name).
_COUNTED_BY = {"speaker": "speaker_id"}
# Facet column -> the query argument its links filter by, and that
# argument's value for a facet value (else the column itself, as given).
_LINKED_BY: dict[str, tuple[str, Any]] = {
    "speaker": ("speaker_id", str),
    "month": ("date__glob", lambda value: f"{value}*"),
}
# A narrowed page of more quotes than this gets no facets: grouping them
# through the view would only time out (about 60 ms a facet, one after the
# other), so they are reported as timed out at once.
MOST_ROWS_GROUPED = 20_000


class KeptFacet(Facet):
    """A column facet of the quote view, configured as ``{"kept": column}``."""

    type = "kept"

    def _shows_every_quote(self) -> bool:
        # Datasette hands the page's query without order or limit: with no
        # filter or search it has no WHERE and no parameters.
        return self.table == "quote_view" and not self.params and " where " not in self.sql.lower()

    async def facet_results(self) -> tuple[list[dict[str, Any]], list[str]]:
        results: list[dict[str, Any]] = []
        timed_out: list[str] = []
        size = self.get_facet_size()
        pairs = self.get_querystring_pairs()
        every_quote = self._shows_every_quote()
        too_many = not every_quote and (self.row_count is None or self.row_count > MOST_ROWS_GROUPED)
        for source_and_config in self.get_configs():
            config = source_and_config["config"]
            column = config.get("column") or config["simple"]
            arg, arg_value = _LINKED_BY.get(column, (column, str))
            if too_many:
                timed_out.append(column)
                continue
            try:
                rows = await self._counts(column, every_quote, size + 1)
            except QueryInterrupted:
                timed_out.append(column)
                continue
            labels = await self._labels(column, [row[0] for row in rows[:size]])
            values = []
            for value, count in rows[:size]:
                linked = arg_value(value)
                selected = (arg, linked) in pairs
                path = (path_with_removed_args(self.request, {arg: linked}) if selected
                        else path_with_added_args(self.request, {arg: linked}))
                values.append({
                    "value": value,
                    "label": labels.get(str(value), value),
                    "count": count,
                    "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(path)),
                    "selected": selected,
                })
            results.append({
                "name": column,
                "type": "column",  # shown as a plain column facet
                "hideable": source_and_config["source"] != "metadata",
                "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet_kept": column})),
                "results": values,
                "truncated": len(rows) > size,
            })
        return results, timed_out

    async def _counts(self, column: str, every_quote: bool, limit: int) -> list[tuple[Any, int]]:
        """(value, quotes) of the facet, most first: kept, or grouped from
        the page's rows."""
        if every_quote:
            found = await self.ds.execute(
                self.database,
                "SELECT value, quotes FROM quote_facets WHERE facet = ? ORDER BY quotes DESC, value LIMIT ?",
                [column, limit],
            )
        else:
            key = _COUNTED_BY.get(column, column)
            found = await self.ds.execute(
                self.database,
                f"SELECT {escape_sqlite(key)} AS value, count(*) AS n FROM ({self.sql}) "
                f"WHERE {escape_sqlite(key)} IS NOT NULL GROUP BY 1 ORDER BY n DESC, value LIMIT {int(limit)}",
                self.params,
                truncate=False,
                custom_time_limit=self.ds.setting("facet_time_limit_ms"),
            )
        return [(row[0], row[1]) for row in found.rows]

    async def _labels(self, column: str, values: list[Any]) -> dict[str, str]:
        """The speakers' names for the speaker facet's ids."""
        if column not in _COUNTED_BY or not values:
            return {}
        ids = [int(v) for v in values]
        found = await self.ds.execute(
            self.database,
            f"SELECT id, name FROM speakers WHERE id IN ({', '.join('?' * len(ids))})",
            ids,
        )
        return {str(row[0]): row[1] for row in found.rows}
