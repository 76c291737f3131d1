"""One fixture per kind. The spaCy pipeline is loaded once per test session."""
from __future__ import annotations

import pytest

from allegiance.extractor import get_extractor


@pytest.fixture(scope="session")
def extractor():
    return get_extractor(mode="select")


@pytest.fixture(scope="session")
def full_extractor():
    return get_extractor(mode="full")


@pytest.fixture(scope="session")
def nlp(extractor):
    return extractor.nlp
