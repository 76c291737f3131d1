"""Broadcasters' web copy (tv41): short paragraphs broken by the headlines of other stories.

Sentences are written for these tests; each states what a reader would record (GUIDELINE.md).
"""
import pytest

from conftest import story_reader


@pytest.fixture(scope="module")
def events(extractor):
    return story_reader(extractor, "2023-06-01")


@pytest.mark.parametrize("label", ["Read more:", "Also Read:", "READ MORE |", "Related -"])
def test_a_cross_link_headline_is_another_story(events, label):
    text = ("Former minister Tariq Mahmood Awan on Thursday joined the PPP at a press conference in Multan.\n\n"
            f"{label} Saima Akbar Khan Quits PTI, Joins PML-N\n\n"
            "Awan said he had been in contact with the PPP leadership for months.")
    found = events(text)
    assert {(e.type, e.actor) for e in found} == {("join_party", "Tariq Mahmood Awan")}


def test_a_label_on_its_own_line_links_the_headline_below(events):
    text = ("Former minister Tariq Mahmood Awan on Thursday joined the PPP at a press conference in Multan.\n\n"
            "Also Read\n\nSaima Akbar Khan Quits PTI, Joins PML-N\n\n"
            "Read more\nAwan said he had also resigned as the PTI's Multan president.")
    found = {(e.type, e.actor) for e in events(text)}
    assert found == {("join_party", "Tariq Mahmood Awan"), ("resign_post", "Tariq Mahmood Awan")}


def test_a_story_line_that_begins_like_a_label_is_read(events):
    found = events("Related developments: Saima Akbar Khan on Thursday quit the PTI and joined the PML-N.")
    assert {e.type for e in found} >= {"leave_party", "join_party"}


def test_the_two_parties_are_the_two_the_sentence_then_names(events):
    text = ("The ANP won nine seats while the JUI-F won six and the QWP four.\n\n"
            "The two parties have held three rounds of talks since May 2, when the ANP formed a committee "
            "to negotiate with the JUI-F.")
    talks = {(e.actor, e.counterpart) for e in events(text) if e.type == "coalition" and e.action == "talks"}
    assert talks == {("ANP", "JUI-F"), ("JUI-F", "ANP")}


def test_a_name_in_a_clause_about_something_else_is_not_listed(events):
    text = ("Former MNA Bilal Ahmed Warraich on Thursday quit the PTI.\n\n"
            "It is pertinent to mention here that scores of PTI leaders, including former provincial ministers, have "
            "distanced themselves from the party since the riots that followed the arrest of Shaukat Yousafzai on May 9.")
    found = events(text)
    assert "Shaukat Yousafzai" not in {e.actor for e in found}
    assert ("leave_party", "Bilal Ahmed Warraich") in {(e.type, e.actor) for e in found}


def test_he_is_the_lone_surname_that_says_it(events):
    text = ("The ANP on Thursday expelled its MPA Sardar Hussain Babak Khattak from the party for cross-voting.\n\n"
            "According to details, the decision was taken at a meeting of the party's provincial disciplinary committee.\n\n"
            "\"No one is above discipline,\" the committee chairman told reporters.\n\n"
            "The committee also issued show-cause notices to MPAs Zahid Ali Marwat and Shahid Ullah Bangash, "
            "directing them to explain their position within seven days.\n\n"
            "Sources said the two lawmakers could be expelled from the party if their replies were not found satisfactory.\n\n"
            "Marwat, however, rejected the allegations.\n\n"
            "Bangash could not be reached for comment.\n\n"
            "Khattak, for his part, said he had been expelled without a hearing.")
    expelled = {e.actor for e in events(text) if e.type == "expel" and e.status == "fact"}
    assert expelled == {"Sardar Hussain Babak Khattak"}


SHOW_CAUSE = ("KARACHI: The MQM-P on Tuesday issued show-cause notices to its MPAs Faisal Rafiq Siddiqui and "
              "Hina Tariq Rizvi, directing them to explain their position within seven days.\n\n"
              "{link}"
              "Sources said the two lawmakers could be expelled from the party if their replies were not found satisfactory.")


def test_the_two_lawmakers_are_the_two_just_named(events):
    possible = {(e.actor, e.party) for e in events(SHOW_CAUSE.format(link="")) if e.type == "expel" and e.status == "possible"}
    assert possible == {("Faisal Rafiq Siddiqui", "MQM-P"), ("Hina Tariq Rizvi", "MQM-P")}


def test_the_party_is_not_the_party_of_a_cross_link_headline(events):
    text = SHOW_CAUSE.format(link="Read more: PTI Expels Five MPAs Over Vote-Selling Video\n\n")
    parties = {e.party for e in events(text) if e.type == "expel"}
    assert parties == {"MQM-P"}


def test_a_refusal_does_not_deny_the_act_beside_it(events):
    text = ("ISLAMABAD: The ANP and the PPP on Tuesday reached an agreement to form the next government.\n\n"
            "The QWP said it would not be part of any government and would sit in the opposition.")
    sits = [e for e in events(text) if e.type == "coalition" and e.actor == "QWP" and e.action == "join"]
    assert sits and all(e.status == "fact" for e in sits)


def test_the_party_office_is_the_post_he_was_asked_to_leave(events):
    text = ("KARACHI: The PPP won only three of the eight seats in Sunday's by-elections.\n\n"
            "Sources said a section of the party wanted Saeed Ahmed Ghani to step down as the PPP's Karachi president.\n\n"
            "However, Ghani rejected the reports on Monday, saying he had no intention of resigning from the party office.")
    posts = {(e.post, e.status) for e in events(text) if e.type == "resign_post"}
    assert posts == {("PPP's Karachi president", "denied")}
