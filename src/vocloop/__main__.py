"""`python -m vocloop` runs the CLI."""

from vocloop.cli import main

main()
