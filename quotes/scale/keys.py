"""Blocking keys: the speakers a resolution can ever compare.

A person's name is only compared with known people whose surname sounds
the same (the resolver looks up surnames by Soundex code), and anything
else only with the same normalised name; so speakers with different keys
never interact, and groups of keys can be resolved apart. A group is the
key's stable hash modulo the number of groups."""

from __future__ import annotations

import zlib

from ..models import PERSON
from ..names import parse_person, soundex
from ..resolve import alias_norm


def block_key(name: str, kind: str) -> str:
    if kind == PERSON:
        return "P:" + soundex(parse_person(name).last)
    return "O:" + alias_norm(name, kind)


def block_group(key: str, groups: int) -> int:
    """The group of a key: a hash that is the same in every process (Python's
    own string hash is salted per process)."""
    return zlib.crc32(key.encode("utf-8")) % groups
