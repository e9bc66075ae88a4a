"""The group of `quotes` commands and the CLI's one error boundary.

Library errors (``QuotesError``) and database errors become one-line
messages with exit code 1; click's own usage errors exit 2; a Ctrl-C is
"interrupted" and exit code 130. The commands
register themselves on ``cli`` in their own modules.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from .. import __version__
from ..errors import QuotesError
from ..output import printable
from .common import PENDING_OUTPUTS, QUIET

# The longest message an error prints: enough for two file names and a
# reason, never a whole line of a damaged file.
_MESSAGE_LIMIT = 300


def _failure(error: BaseException | str) -> click.ClickException:
    """click's one-line 'Error: ...' for an error's message, made one
    printable line of at most _MESSAGE_LIMIT characters: a reader's reason
    may quote bytes of the damaged input (newlines, control characters, a
    line of megabytes)."""
    text = printable(" ".join(str(error).split()))
    return click.ClickException(text if len(text) <= _MESSAGE_LIMIT else text[: _MESSAGE_LIMIT - 1] + "…")


class QuotesGroup(click.Group):
    """Turns library errors into click's one-line 'Error: ...' with exit 1,
    and puts ``-o`` files in place only when the command succeeded."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            result = self._invoke(ctx)
            try:
                for output in PENDING_OUTPUTS:
                    output.commit()
            except QuotesError as e:
                raise _failure(e) from None
            return result
        except BaseException:
            for output in PENDING_OUTPUTS:
                output.discard()
            raise
        finally:
            PENDING_OUTPUTS.clear()

    def _invoke(self, ctx: click.Context) -> Any:
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()  # a full disk or a closed pipe shows here, not at exit
            return result
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KeyboardInterrupt:
            # Ctrl-C: one line and the shell's code for it (128 + SIGINT);
            # what a command committed before it stays committed.
            click.echo("interrupted", err=True)
            raise click.exceptions.Exit(130) from None
        except QuotesError as e:
            raise _failure(e) from None
        except BrokenPipeError:
            # "quotes export | head -1": the reader has what it wanted, a
            # normal end. What is still buffered for stdout goes nowhere.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise click.exceptions.Exit(0) from None
        except OSError as e:
            where = f"{e.filename}: " if e.filename else ""
            raise _failure(f"{where}cannot write or read ({e.strerror or e})") from None
        except Exception as e:  # noqa: BLE001 - the last guard: one line, never a traceback
            # sqlite3 is looked up, not imported: a command that never opened
            # a database (extract) need not pay for loading it.
            sqlite3 = sys.modules.get("sqlite3")
            if sqlite3 is not None and isinstance(e, sqlite3.OperationalError) and (
                "locked" in str(e) or "busy" in str(e)
            ):
                raise _failure(f"the database is locked by another process ({e}); try again") from None
            if sqlite3 is not None and isinstance(e, sqlite3.DatabaseError):
                raise _failure(f"database error: {e}") from None
            raise _failure(f"unexpected {type(e).__name__}: {e} (please report this)") from None


@click.group(cls=QuotesGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotes")
@click.option("-q", "--quiet", is_flag=True, help="No warnings, progress or summary lines on stderr.")
def cli(quiet: bool) -> None:
    """Turn news articles into a database of who said what.

    \b
    Example:
      quotes ingest sample_data/ && quotes speakers
    """
    QUIET["on"] = quiet
