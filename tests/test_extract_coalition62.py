"""Parties leaving a government for an alliance and walking out of a cabinet (coalition62).
Every sentence here is the project's own wording."""
from allegiance import extract


def coalitions(text, published="2020-09-21"):
    return {(e.actor, e.counterpart, e.action, e.status) for e in extract(text, published=published)
            if e.type == "coalition"}


def test_left_the_government_and_joined_the_alliance_named_after_it():
    found = coalitions("QUETTA, Sept 21: The Balochistan National Party on Sunday parted ways with the PTI-led federal "
                       "government and joined the opposition alliance, the Pakistan Democratic Movement.")
    assert ("BNP", "PTI", "leave", "fact") in found
    assert ("BNP", "PDM", "join", "fact") in found
    assert ("PDM", "BNP", "join", "fact") not in found  # entering a named alliance is one-sided


def test_walked_away_from_the_cabinet():
    found = coalitions("The Jamhoori Watan Party on Monday walked away from the federal cabinet after talks with the "
                       "ruling Pakistan Tehreek-e-Insaf failed.", published="2022-03-15")
    assert ("JWP", "PTI", "leave", "fact") in found


def test_an_alliance_with_the_rivals_of_a_party_is_with_a_group():
    found = coalitions("The PML-F has decided to form an electoral alliance with all rival parties of the PPP in Sindh.")
    assert ("PML-F", None, "join", "fact") in found
    assert not any(c == "PPP" for _, c, _, _ in found)  # the party the group is against is no partner


def test_an_alliance_with_like_minded_parties_waits_for_their_names():
    found = coalitions("The PTI on Tuesday formed a grand alliance with several like-minded parties.")
    assert ("PTI", None, "join", "fact") not in found
