"""A party named by its leader ("Imran Khan's party", "the Zardari-led party"): the registry's
leaders column (data, per country). Sentences are written for these tests."""
from datetime import date

import pytest

from allegiance.country.registry import load_registry
from allegiance.errors import UnknownParty


@pytest.fixture(scope="module")
def moves(extractor):
    from allegiance.model import Article

    def run(text, published="2023-06-10"):
        events = extractor.extract(Article(doc="t", text=text, published=date.fromisoformat(published)))
        return {(e.type, e.actor, e.party) for e in events if e.type in ("join_party", "leave_party")}
    return run


@pytest.mark.parametrize("text, expected", [
    ("Former MNA Jamal Akhtar quit Imran Khan's party on Thursday.", ("leave_party", "Jamal Akhtar", "PTI")),
    ("Former senator Nadia Qureshi joined Asif Ali Zardari’s party on Friday.", ("join_party", "Nadia Qureshi", "PPP")),
    ("Tariq Hayat joined the Nawaz-led party at a ceremony in Lahore on Monday.", ("join_party", "Tariq Hayat", "PML-N")),
    ("Sohail Anjum joined the party led by Maulana Fazlur Rehman on Saturday.", ("join_party", "Sohail Anjum", "JUI-F")),
    ("Rizwan Gill, a former MPA, joined Jahangir Tareen's new party on Sunday.", ("join_party", "Rizwan Gill", "IPP")),
])
def test_a_party_named_by_its_leader(moves, text, expected):
    assert expected in moves(text)


def test_a_leaders_name_inside_another_name_is_not_the_leader(moves):
    found = moves("Former MPA Kashif Ali joined Ali Imran's party on Sunday.")
    assert not any(party == "PTI" for _type, _actor, party in found)


def test_the_leader_is_no_person_of_the_move(moves):
    found = moves("Former MNA Jamal Akhtar quit Imran Khan's party on Thursday.")
    assert all(actor != "Imran Khan" for _type, actor, _party in found)


def test_leaders_are_not_aliases_of_their_party():
    registry = load_registry("pk")
    assert "Imran Khan" in registry.party("PTI").leaders
    with pytest.raises(UnknownParty):
        registry.find_party("Imran Khan")
