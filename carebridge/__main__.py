"""`python -m carebridge` runs the CLI."""

from carebridge.cli import main

main()
