"""leave_party and join_party on phrasings real news uses and the dev set lacked.

Sentences are the project's own; facts may be real, the wording is not copied.
"""
from allegiance import extract
from allegiance.nlp import new_party_code, split_party


def keys(events, *fields):
    return {tuple(getattr(e, f) for f in fields) for e in events}


def membership(events):
    return {(e.type, e.actor, e.party, e.party_name) for e in events if e.type in ("leave_party", "join_party")}


# --- parties the registry lacks or spells its own way -------------------------------------------

def test_unknown_party_keeps_its_name_and_a_made_up_code():
    text = "Former senator Rehmat Ali Dasti joined the Qaumi Inqilab Party on Monday in Multan."
    events = extract(text, published="2024-03-05")
    assert ("join_party", "Rehmat Ali Dasti", "QIP", "Qaumi Inqilab Party") in membership(events)
    [event] = [e for e in events if e.type == "join_party"]
    assert event.to_dict()["party_name"] == "Qaumi Inqilab Party"
    assert event.evidence.rule.endswith("+party_unknown")  # flagged for the registry


def test_unknown_party_named_between_the_and_party_in_quotes():
    text = "Dr Saleem Akhtar Bhatti on Friday joined the \u2018Awam Raj Tehreek\u2019 party in Lahore."
    found = membership(extract(text, published="2024-03-09"))
    assert any(t == "join_party" and a == "Dr Saleem Akhtar Bhatti" and name and "Awam Raj" in name
               for t, a, _p, name in found)


def test_unknown_party_is_never_replaced_by_the_party_left():
    text = ("PML-N MPA Chaudhry Naveed Aslam Warraich quit the PML-N on Sunday and joined the "
            "Kissan Ittehad Party the same evening.")
    found = membership(extract(text, published="2024-01-15"))
    assert ("leave_party", "Chaudhry Naveed Aslam Warraich", "PML-N", None) in found
    joins = {(p, n) for t, a, p, n in found if t == "join_party"}
    assert joins == {("KIP", "Kissan Ittehad Party")}


def test_registry_party_spelled_differently_is_that_party():
    text = "Ali Asjad Malhi on Tuesday joined the Istekham-e-Pakistan Party of Jahangir Tareen."
    assert ("join_party", "Ali Asjad Malhi", "IPP", None) in membership(extract(text, published="2023-06-13"))


def test_a_stray_space_in_a_hyphenated_party_name():
    text = "Nasrullah Khan Zehri has resigned from the Pakistan Tehreek-i- Insaf with immediate effect."
    assert ("leave_party", "Nasrullah Khan Zehri", "PTI", None) in membership(extract(text, published="2023-05-21"))


def test_a_name_that_fits_several_registry_parties_makes_no_new_party():
    text = "Sheikh Waqas Akram said the Pakistan Muslim League had always welcomed workers."
    assert not any(e.party_name for e in extract(text, published="2023-05-21"))


def test_new_party_codes():
    assert new_party_code("Awam Pakistan Party") == "APP"
    assert new_party_code("Tehreek-e-Naujawanan") == "TN"
    assert split_party("NEW:Qaumi Inqilab Party") == ("QIP", "Qaumi Inqilab Party")
    assert split_party("PTI") == ("PTI", None)
