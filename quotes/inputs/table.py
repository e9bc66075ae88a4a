"""CSV and TSV files with a header row: one article a row.

The text column is found by name (see ``fields``) unless named with
``--text-column``; a row without text is a warning with its line number.
Fields may be of any size: an article's text is longer than the csv
module's default field limit of 128 KB.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import InputError
from ..models import Article
from .base import NotArticles, ReadOptions, Warn
from .fields import FIELD_NAMES, FieldMap, article_from_record

csv.field_size_limit(sys.maxsize)


def read_table(stream: BinaryIO, name: str, options: ReadOptions, warn: Warn, delimiter: str = ",") -> Iterator[Article]:
    errors = "replace" if options.encoding_errors == "replace" else "strict"
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors=errors, newline="")
    reader = csv.reader(text, delimiter=delimiter, strict=True)  # an unclosed quote is an error, not a guess
    line = 1  # the line a record starts on
    try:
        header = next(reader, None)
        if header is None:
            return
        fields = FieldMap(header, options.columns)
        if fields.missing_named:
            raise InputError(f"{name}:1: no column {fields.missing_named[0]!r} (columns: {', '.join(header)[:200]})")
        if fields.text_field() is None:
            raise NotArticles(
                f"{name}:1: no text column (looked for {', '.join(FIELD_NAMES['text'])}; columns: "
                f"{', '.join(header)[:200]}); name it with --text-column"
            )
        line = reader.line_num + 1
        for row in reader:
            where = f"{name}:{line}"
            line = reader.line_num + 1
            if not row:
                continue
            if len(row) != len(header):
                message = f"{where}: {len(row)} fields where the header has {len(header)}"
                if not options.skip_bad:
                    raise InputError(message + " (use --skip-bad to skip such rows)")
                warn(message + "; skipped")
                continue
            article = article_from_record(dict(zip(header, row)), fields, where, name)
            if article is None:
                warn(f"{where}: no text in column {fields.text_field()!r}; row skipped")
                continue
            yield article
    except UnicodeDecodeError as e:
        raise InputError(f"{name}:{line}: not valid UTF-8 ({e.reason}; use --encoding-errors replace "
                         "to read it anyway)") from None
    except csv.Error as e:
        raise InputError(f"{name}:{line}: malformed CSV ({e})") from None
    finally:
        text.detach()  # the caller closes the file
