"""Phrasings of election results (seat4 stress set). Sentences written for these tests."""
from datetime import date

import pytest

from allegiance.model import Article


def seats(extractor, text, published="2018-07-27"):
    evs = extractor.extract(Article(doc="t", text=text, published=date.fromisoformat(published)))
    return {(e.actor, e.seats, e.house) for e in evs if e.type == "seat_result"}


@pytest.mark.parametrize("text, expected", [
    ("In the Balochistan Assembly, the BAP won 15 seats, while the Hazara Democratic Party, the PML-N and the "
     "Awami National Party got one seat apiece.",
     {("BAP", 15, "PA-Balochistan"), ("HDP", 1, "PA-Balochistan"), ("PML-N", 1, "PA-Balochistan"),
      ("ANP", 1, "PA-Balochistan")}),
    ("In the Sindh Assembly, the PPP won 76 seats, and the GDA and the TLP two apiece.",
     {("PPP", 76, "PA-Sindh"), ("GDA", 2, "PA-Sindh"), ("TLP", 2, "PA-Sindh")}),
])
def test_apiece_gives_the_number_to_every_party_of_the_group(extractor, text, expected):
    assert seats(extractor, text) == expected
