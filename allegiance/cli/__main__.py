"""``python -m allegiance.cli``: the ``allegiance`` command."""
from .main import main

main()
