"""Urdu passages: parties, names and leave/join statements."""
from __future__ import annotations

from ..records import Article, Event


def extract_urdu(article: Article, country: str) -> list[Event]:
    return []
