"""Stories of 2008-2013 coalition politics: cabinet walkouts reported with lists of ministers."""
from allegiance.extractor import extract


def events(text, published="2009-03-18"):
    return extract(text, published)


def test_a_list_after_a_group_resignation_names_more_who_resigned():
    text = ("Three provincial ministers of the ANP, Revenue Minister Bashir Ahmad Bilour and Minister for "
            "Health Zahid Khan among them, tendered their resignations to the chief minister on Tuesday. "
            "The others included Nadir Hussain Shah and Ghulam Mustafa Kakar.")
    resigned = {e.actor: e for e in events(text) if e.type == "resign_post"}
    assert {"Nadir Hussain Shah", "Ghulam Mustafa Kakar"} <= set(resigned)
    assert resigned["Nadir Hussain Shah"].post == "minister"
    assert resigned["Nadir Hussain Shah"].date == "2009-03-17"


def test_a_list_after_one_person_resigning_is_no_group_of_resigners():
    text = ("Revenue Minister Bashir Ahmad Bilour tendered his resignation to the chief minister on Tuesday. "
            "The guests included Nadir Hussain Shah and Ghulam Mustafa Kakar.")
    resigned = {e.actor for e in events(text) if e.type == "resign_post"}
    assert "Nadir Hussain Shah" not in resigned


def test_a_leader_who_merges_his_own_group_into_a_party_joins_it():
    text = "Sardar Zulfiqar Khosa, who led a dissident faction in Dera Ghazi Khan, merged his group into the PML-N on Sunday."
    joins = {(e.actor, e.party) for e in events(text) if e.type == "join_party"}
    assert ("Sardar Zulfiqar Khosa", "PML-N") in joins


def test_a_party_merging_its_bloc_is_no_persons_joining():
    text = "The PML-Q merged its forward bloc into the PML-N, Chaudhry Shujaat Hussain said on Sunday."
    assert not [e for e in events(text) if e.type == "join_party"]


def test_its_president_speaks_for_the_party_just_named():
    text = ("The PML-Q said it would sit on the opposition benches. Its president, Chaudhry Shujaat Hussain, "
            "ruled out joining hands with the PPP on Sunday.")
    acts = {(e.actor, e.counterpart, e.action) for e in events(text) if e.type == "coalition"}
    assert ("PML-Q", "PPP", "reject") in acts


def test_its_workers_do_not_speak_for_the_party():
    text = ("The PML-Q said it would sit on the opposition benches. Its workers ruled out joining hands "
            "with the PPP on Sunday.")
    acts = {(e.actor, e.counterpart, e.action) for e in events(text) if e.type == "coalition"}
    assert ("PML-Q", "PPP", "reject") not in acts


def test_a_party_that_left_only_to_return_rejoins_the_partner():
    text = ("The ANP walked out of the PPP-led coalition in the NWFP in March, only to return a few days later "
            "when the chief minister accepted its demands.")
    acts = {(e.actor, e.counterpart, e.action) for e in events(text) if e.type == "coalition"}
    assert ("ANP", "PPP", "leave") in acts and ("ANP", "PPP", "join") in acts


def test_a_return_held_out_as_a_condition_is_no_rejoining():
    text = "The ANP walked out of the PPP-led coalition in the NWFP and said it would only return if its demands were met."
    acts = {(e.actor, e.action, e.status) for e in events(text) if e.type == "coalition"}
    assert ("ANP", "join", "fact") not in acts
