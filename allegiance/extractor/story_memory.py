"""What rules remember of a whole story, part of it worked out only when a rule first asks for it.

The election day, the day of a vote, the houses a story names in passing, the day resignations were
tendered: each is a scan of the whole article, yet only a seat tally or a tendered resignation needs
it, and most stories hold neither. Such facts wait in `Deferred` until `recall` asks for one of their
keys; what a rule reads is the same as if they had been worked out with the rest of the story's context.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

DEFERRED_KEY = "deferred"


class Deferred:
    """Loaders of story facts by the memory keys they fill; each runs once, on the first ask of any of its keys."""

    def __init__(self) -> None:
        self._loaders: dict[str, Callable[[], dict[str, Any]]] = {}

    def add(self, keys: Iterable[str], load: Callable[[], dict[str, Any]]) -> None:
        """``load`` returns the entries it found (a key it leaves out stays absent, as an eager context would leave it)."""
        for key in keys:
            self._loaders[key] = load

    def settle(self, memory: dict, key: str) -> None:
        load = self._loaders.get(key)
        if load is None:
            return
        for filled in [k for k, other in self._loaders.items() if other is load]:
            del self._loaders[filled]
        memory.update(load())


def recall(memory: dict, key: str, default: Any = None) -> Any:
    """``memory.get(key, default)``, working out a deferred fact first."""
    if key not in memory:
        deferred = memory.get(DEFERRED_KEY)
        if deferred is not None:
            deferred.settle(memory, key)
    return memory.get(key, default)
