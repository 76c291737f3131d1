"""Adapter 'serve' of the walk, on the command line: the ``allegiance`` command. Each command parses its
options, calls one library function and formats what comes back; no logic lives here.

- `main`: the app, ``extract``, ``demo``, ``serve``, and the registration of every command;
- `record`: ``ingest``, ``events``, ``person``, ``party``, ``flows``, ``sources``;
- `coalition`: ``coalitions``;
- `export`: ``export``;
- `watch`: ``watch``;
- `review`: ``review confirm|reject|merge|split|rename|list|undo``.
"""
from .main import app

__all__ = ["app"]
