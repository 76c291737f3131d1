"""Forms of news the stress folders lacked (mixed8): a new party's short form, acts told in the
present tense of timelines and headlines, a timeline's month-only entries, and a counted group of
office holders named in apposition. Every sentence here is the project's own wording."""
import pytest

from allegiance import extract
from allegiance.extractor import get_extractor


def events(text, published="2025-03-14"):
    return extract(text, published=published)


def test_a_new_partys_short_form_names_it_later_in_the_story():
    text = ("QUETTA: Tribal elders on Thursday launched the Sarhadi Awami Tehreek (SAT) in Quetta.\n\n"
            "The convention was held at a hotel on Zarghoon Road.\n\n"
            "Those who joined the SAT included former MPA Mir Jan Buledi and Nawabzada Akbar Raisani.")
    joins = {(e.actor, e.party, e.party_name) for e in events(text) if e.type == "join_party"}
    assert joins == {("Mir Jan Buledi", "SAT", "Sarhadi Awami Tehreek"),
                     ("Nawabzada Akbar Raisani", "SAT", "Sarhadi Awami Tehreek")}


def test_a_known_partys_short_form_is_not_taken_for_a_new_party():
    text = ("LAHORE: The Pakistan Peoples Party (PPP) held a rally on Thursday.\n\n"
            "Former MPA Rana Asif joined the PPP at the rally.")
    joins = [(e.actor, e.party, e.party_name) for e in events(text) if e.type == "join_party"]
    assert joins == [("Rana Asif", "PPP", None)]


@pytest.mark.parametrize("sentence", [
    "Jamhoori Wattan Party parts ways with the PTI",
    "ISLAMABAD: The Jamhoori Wattan Party parts ways with the PTI on Thursday.",
])
def test_parting_ways_told_in_the_present_is_an_act(sentence):
    acts = {(e.actor, e.counterpart, e.action) for e in events(sentence) if e.type == "coalition"}
    assert ("JWP", "PTI", "leave") in acts


def test_the_parser_is_given_the_idioms_verb_back():
    doc = get_extractor().nlp("Senator Kamil Agha tenders resignation from the PML-Q")
    verb = next(t for t in doc if t.text == "tenders")
    assert verb.pos_ == "VERB" and verb.dep_ == "ROOT"
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] == ["Agha"]


def test_a_noun_idiom_word_that_is_no_verb_is_left_alone():
    doc = get_extractor().nlp("The talks broke down over the parts ways of the deal were drafted.")
    assert all(t.dep_ != "ROOT" or t.text != "parts" for t in doc)


def test_a_timeline_entry_of_a_month_gives_its_acts_no_day():
    text = ("TIMELINE: The alliance that was\n\n"
            "ISLAMABAD: Here is how the ruling alliance was built and lost.\n\n"
            "November 2013 - The PTI forms the KP government with the support of the Jamaat-e-Islami.\n\n"
            "March 27 - The Qaumi Watan Party parts ways with the ruling coalition in KP.")
    acts = {(e.actor, e.counterpart, e.action): e.date for e in events(text, "2014-04-02") if e.type == "coalition"}
    assert acts[("JI", "PTI", "join")] is None
    assert acts[("QWP", "PTI", "leave")] == "2014-03-27"


def test_each_of_a_counted_group_of_ministers_resigns_that_office():
    text = "LAHORE: Three provincial ministers, Ali Raza Gilani, Hasan Murtaza and Sajid Bhatti, resigned on Thursday."
    posts = {(e.actor, e.post) for e in events(text) if e.type == "resign_post"}
    assert posts == {("Ali Raza Gilani", "provincial minister"), ("Hasan Murtaza", "provincial minister"),
                     ("Sajid Bhatti", "provincial minister")}


def test_a_counted_group_of_members_names_no_office():
    text = "LAHORE: Two members of the cabinet, Ali Raza Gilani and Hasan Murtaza, resigned on Thursday."
    assert not [e for e in events(text) if e.type == "resign_post" and e.post and "member" in e.post.lower()]


def test_a_career_told_in_order_leaves_the_party_joined_since():
    text = ("MULTAN: Makhdoom Tariq Hashmi joined the PPP on Monday, his fourth party.\n\n"
            "In 2008 he quit the PML-N and moved to the PML-Q.\n\n"
            "He joined the PTI in 2016. After a row over tickets in 2018, he announced he was leaving the party.")
    leaves = {e.party for e in events(text, "2022-09-06") if e.type == "leave_party"}
    assert leaves == {"PML-N", "PTI"}


def test_a_leaving_told_again_is_still_from_the_party_left():
    text = ("KARACHI: MPA Arif Jatoi quit the MQM-P on Monday and joined the PSP.\n\n"
            "He was welcomed into the PSP by its chief at a ceremony.\n\n"
            '"I cannot stay in a party I am leaving for good," Jatoi said of the party.')
    leaves = {e.party for e in events(text, "2016-05-10") if e.type == "leave_party"}
    assert leaves == {"MQM-P"}
