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


FOUNDING = ("The PML-N on Monday formed an alliance with smaller parties ahead of the Senate polls. The alliance was "
            "sealed at a meeting in Lahore attended by PML-N president Shehbaz Sharif, Aftab Sherpao of the QWP and "
            "Mir Hasil Bizenjo of the National Party.")


def test_the_parties_at_the_founding_meeting_join_the_founder():
    found = coalitions(FOUNDING, published="2018-02-06")
    for other in ("QWP", "NP"):
        assert ("PML-N", other, "join", "fact") in found
        assert (other, "PML-N", "join", "fact") in found
    assert ("QWP", "NP", "join", "fact") not in found  # the partners are the founder's, not each other's


def test_a_meeting_the_founder_did_not_attend_founds_nothing():
    found = coalitions("The PML-N on Monday formed an alliance with smaller parties. The alliance was discussed at a "
                       "meeting attended by Aftab Sherpao of the QWP and Mir Hasil Bizenjo of the National Party.",
                       published="2018-02-06")
    assert not any(a in ("QWP", "NP") and action == "join" for a, _, action, _ in found)


def test_siding_with_an_alliance_named_after_it_is_one_sided():
    found = coalitions("The PML-Q left the ruling alliance and sided with the opposition alliance, the PDM, ahead of "
                       "the no-trust vote.", published="2022-03-30")
    assert ("PML-Q", "PDM", "join", "fact") in found
    assert ("PDM", "PML-Q", "join", "fact") not in found


def test_a_chief_siding_with_an_alliance_in_the_first_person_speaks_for_his_party():
    text = ("BNP chief Sardar Akhtar Mengal met opposition leaders in Quetta on Sunday. "
            '"I will be standing alongside the PDM from today," he told reporters.')
    assert ("BNP", "PDM", "join", "fact") in coalitions(text)


def test_siding_in_the_first_person_with_a_party_is_no_coalition():
    text = ("BNP chief Sardar Akhtar Mengal met opposition leaders in Quetta on Sunday. "
            '"I will be standing alongside the PPP from today," he told reporters.')
    assert ("BNP", "PPP", "join", "fact") not in coalitions(text)


def test_a_plea_to_stay_in_the_government_is_an_approach():
    text = ("The PTI-led government in Punjab lost a partner on Monday. Chief Minister Usman Buzdar asked the PML-Q "
            "not to part ways with the government.")
    found = coalitions(text, published="2021-06-01")
    assert ("PTI", "PML-Q", "talks", "fact") in found
    assert ("PML-Q", "PTI", "leave", "fact") not in found


def test_a_call_to_quit_is_no_approach():
    found = coalitions("The PPP urged the MQM-P to quit the government.", published="2021-06-01")
    assert not any(action == "talks" for _, _, action, _ in found)
