"""Expulsions, suspensions and cancelled memberships as the press words them (stress set expel4).

Sentences are written for these tests; each states what a reader would record (GUIDELINE.md).
"""
from datetime import date

import pytest

from allegiance.model import Article


@pytest.fixture(scope="module")
def events(extractor):
    def run(text, published="2024-02-20"):
        return extractor.extract(Article(doc="t", text=text, published=date.fromisoformat(published)))
    return run


def _expelled(found):
    return sorted(e.actor for e in found if e.type == "expel")


# ---------------------------------------------------------------- a list of owners the parser breaks

@pytest.mark.parametrize("text, names", [
    ("In a statement, the PML-N said the membership of Syed Farhan Akhtar Zaidi, Muhammad Naveed Qureshi "
     "and Shahid Iqbal Pasha had been terminated with immediate effect.",
     ["Muhammad Naveed Qureshi", "Shahid Iqbal Pasha", "Syed Farhan Akhtar Zaidi"]),
    ("In a statement, the committee of the PML-N said the membership of Syed Farhan Akhtar Zaidi, Muhammad "
     "Naveed Qureshi and Shahid Iqbal Pasha had been terminated, and that workers should avoid them.",
     ["Muhammad Naveed Qureshi", "Shahid Iqbal Pasha", "Syed Farhan Akhtar Zaidi"]),
    ("The PPP said the membership of Ali Raza Khan, Bilal Ahmed Chandio and Sara Mangi had been suspended "
     "for three months.", ["Ali Raza Khan", "Bilal Ahmed Chandio", "Sara Mangi"]),
])
def test_every_owner_of_a_listed_membership_is_expelled(events, text, names):
    assert _expelled(events(text)) == names
