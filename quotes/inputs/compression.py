"""Compressed inputs, read as streams: never unpacked to disk or to memory
whole. The suffix says the codec (``news.jsonl.gz``) and what lies inside."""

from __future__ import annotations

from pathlib import PurePath
from typing import BinaryIO

from ..errors import InputError

CODEC_SUFFIXES = (".gz", ".bz2", ".xz", ".zst")
# Magic numbers, for stdin and names that say nothing.
_MAGIC = {b"\x1f\x8b": ".gz", b"BZh": ".bz2", b"\xfd7zXZ\x00": ".xz", b"\x28\xb5\x2f\xfd": ".zst"}


def split_codec(name: str) -> tuple[str, str | None]:
    """(the name without a compression suffix, that suffix or None)."""
    suffix = PurePath(name).suffix.lower()
    if suffix in CODEC_SUFFIXES:
        return name[: -len(suffix)], suffix
    return name, None


def sniff_codec(head: bytes) -> str | None:
    for magic, codec in _MAGIC.items():
        if head.startswith(magic):
            return codec
    return None


def decompressed(raw: BinaryIO, codec: str, where: str) -> BinaryIO:
    """A stream of the uncompressed bytes of ``raw``."""
    # Each codec's module is imported when a file needs it (start-up time).
    if codec == ".gz":
        import gzip

        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if codec == ".bz2":
        import bz2

        return bz2.BZ2File(raw, mode="rb")  # type: ignore[return-value]
    if codec == ".xz":
        import lzma

        return lzma.LZMAFile(raw, mode="rb")  # type: ignore[return-value]
    try:
        import zstandard
    except ImportError:
        raise InputError(f"{where}: reading .zst needs the zstandard package (pip install -e '.[zst]' in the quotes checkout, or 'quotes-db[zst]')") from None
    return zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True)  # type: ignore[return-value]


def corrupt_errors() -> tuple[type[BaseException], ...]:
    """What a broken archive raises while it is read (EOFError for a
    truncated one; gzip's BadGzipFile is an OSError), to turn into one line."""
    errors: list[type[BaseException]] = [EOFError, OSError]
    import sys

    if "lzma" in sys.modules:
        errors.append(sys.modules["lzma"].LZMAError)
    if "zstandard" in sys.modules:
        errors.append(sys.modules["zstandard"].ZstdError)
    return tuple(errors)


def corrupt_message(where: str, error: BaseException) -> str:
    reason = str(error) or type(error).__name__
    return f"{where}: damaged or truncated compressed data ({reason})"
