"""Forms found by the mixed11 stories (2011-2013 news). Every sentence here is the project's own."""
from allegiance import extract


def events(text, published="2013-03-20"):
    return extract(text, published=published)


def test_a_party_that_also_gains_an_entrant_is_the_party_joined():
    text = ("MULTAN: Former minister Hamid Saeed Kazmi joined the PML-N on Tuesday. The PTI also gained a new "
            "entrant as former MPA Rafiq Ahmad announced joining the party.")
    joins = {(e.actor, e.party) for e in events(text) if e.type == "join_party"}
    assert ("Rafiq Ahmad", "PTI") in joins and ("Rafiq Ahmad", "PML-N") not in joins


def test_a_resignation_from_the_party_is_no_resignation_of_a_post():
    text = "HYDERABAD: The PML-F's district president, Mir Aijaz Talpur, on Sunday announced his resignation from the party."
    found = {(e.type, e.actor) for e in events(text, "2012-10-15")}
    assert ("leave_party", "Mir Aijaz Talpur") in found and ("resign_post", "Mir Aijaz Talpur") not in found


def test_the_post_resigned_is_the_one_the_name_was_said_to_hold():
    text = "ISLAMABAD: Senator Mushahid Khan, who had served as the party's information secretary, resigned from the post on Thursday."
    posts = {(e.actor, e.post) for e in events(text, "2011-05-13") if e.type == "resign_post"}
    assert posts == {("Mushahid Khan", "party's information secretary")}


def test_a_named_one_and_a_counted_group_named_after_are_all_expelled():
    text = ("LAHORE: The PML-Q on Monday expelled Ata Bhatti and two other leaders, Zafar Iqbal Nagra and Ali Raza Sial, "
            "from the party.")
    expelled = {e.actor for e in events(text, "2011-02-22") if e.type == "expel"}
    assert expelled == {"Ata Bhatti", "Zafar Iqbal Nagra", "Ali Raza Sial"}


def coalition(text, published):
    return {(e.actor, e.counterpart, e.action) for e in extract(text, published=published) if e.type == "coalition"}


def test_a_sitting_prime_minister_named_by_surname_talks_for_the_governing_party():
    acts = coalition("KARACHI: Prime Minister Gilani on Thursday visited the MQM headquarters and held talks with its leaders.",
                     "2011-01-28")
    assert acts == {("PPP", "MQM-P", "talks")}


def test_a_former_prime_minister_talks_for_no_government():
    assert not coalition("KARACHI: Former prime minister Gilani on Thursday held talks with MQM leaders.", "2014-01-28")
