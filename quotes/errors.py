"""Errors the library raises for the CLI to turn into one-line messages."""


class QuotesError(Exception):
    """A failure the user can act on; its message is one line."""


class InputError(QuotesError):
    """Unreadable or malformed input: names the file and where in it."""
