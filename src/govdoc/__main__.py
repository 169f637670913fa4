"""``python -m govdoc`` runs the command line."""

from .cli import run

run()
