"""Output files that appear whole or not at all.

A command that writes ``-o FILE`` writes to a temporary file beside FILE
and renames it over FILE only when the command has succeeded, so a failing
or interrupted command never leaves a truncated FILE behind, and an output
that names the command's own input or database is refused before anything
is opened.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .errors import QuotesError


class AtomicOutput:
    """A text stream whose content replaces ``target`` on ``commit``."""

    def __init__(self, target: str | Path, encoding: str = "utf-8") -> None:
        self.target = Path(target)
        self.done = False
        self.temp: str | None = None
        try:
            if _written_directly(self.target):
                # A device, a pipe or a terminal (/dev/stdout, /dev/null): there
                # is no file to keep whole, and renaming over it would replace
                # the device itself. Write to it as it is.
                self.stream = open(self.target, "w", encoding=encoding, newline="")
                return
            import tempfile  # only for -o FILE: start-up of every command counts

            # A link to a file: the file it names is replaced, the link stays.
            self.target = Path(os.path.realpath(self.target))
            fd, self.temp = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".tmp", dir=self.target.parent)
        except OSError as e:
            raise QuotesError(f"{target}: cannot write ({e.strerror})") from None
        self.stream = os.fdopen(fd, "w", encoding=encoding, newline="")

    # The stream's own methods, so the object can stand for a file.
    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except OSError as e:
            raise QuotesError(f"{self.target}: cannot write ({e.strerror})") from None

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return False

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)

    def commit(self) -> None:
        """Flush to disk and put the file in place (keeping an old file's mode)."""
        if self.done:
            return
        self.done = True
        try:
            self.stream.flush()
            if self.temp is None:
                self.stream.close()
                return
            os.fsync(self.stream.fileno())
            self.stream.close()
            os.chmod(self.temp, _mode_for(self.target))
            os.replace(self.temp, self.target)
        except OSError as e:
            self._remove_temp()
            raise QuotesError(f"{self.target}: cannot write ({e.strerror})") from None

    def discard(self) -> None:
        """Forget what was written; ``target`` stays as it was."""
        if self.done:
            return
        self.done = True
        try:
            self.stream.close()
        except OSError:
            pass  # a full disk fails the close too: the file goes anyway
        self._remove_temp()

    def _remove_temp(self) -> None:
        if self.temp is None:
            return
        try:
            os.unlink(self.temp)
        except FileNotFoundError:
            pass


_SYSTEM_FOLDERS = ("/dev/", "/proc/")


def _written_directly(target: Path) -> bool:
    """Whether ``target`` is no regular file of the user's to replace whole:
    a device, a pipe, a terminal, or a path into /dev or /proc, named so or
    through a link (/dev/stdout is a link to /proc/self/fd/1, which with
    stdout sent to a file looks like a regular file)."""
    real = os.path.realpath(target)
    if str(target).startswith(_SYSTEM_FOLDERS) or real.startswith(_SYSTEM_FOLDERS):
        return True
    return os.path.exists(real) and not os.path.isfile(real)


def _mode_for(target: Path) -> int:
    """An existing file keeps its permissions; a new one gets the umask's."""
    try:
        return os.stat(target).st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def same_file(a: str | Path, b: str | Path) -> bool:
    """Whether two paths name one file (links and relative paths included)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(a).resolve() == Path(b).resolve()


def refuse_overwrite(output: str | Path, inputs: list[str | Path]) -> None:
    """An error when the output would overwrite one of the inputs (a file,
    a file below an input folder, or a database file and its journals)."""
    out = Path(output)
    for given in inputs:
        path = Path(given)
        if str(given) == "-":
            continue
        if same_file(out, path):
            raise QuotesError(f"{output}: is also an input of this command; write the output elsewhere")
        if path.is_file() and any(same_file(out, f"{path}{end}") for end in ("-wal", "-shm", "-journal")):
            raise QuotesError(f"{output}: belongs to the database {given}; write the output elsewhere")
