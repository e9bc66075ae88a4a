"""`python -m quotes` runs the command line."""

from .cli import main

main()
