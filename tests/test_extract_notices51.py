"""Formal text the press reproduces: party circulars and notifications, media-cell press releases, ECP
notifications, resignation letters and joint declarations with their signatories (stress set notices51).

Sentences are written for these tests; each states what a reader would record (GUIDELINE.md).
"""
import pytest

from conftest import story_reader


@pytest.fixture(scope="module")
def events(extractor):
    return story_reader(extractor, "2023-11-28")


def _actors(found, kind):
    return sorted(e.actor for e in found if e.type == kind)


# ---------------------------------------------------------------- the heading and sender of a notice are nobody

@pytest.mark.parametrize("text", [
    "The notification read: \"Subject: Suspension of Basic Membership\". The PML-N on Monday suspended the "
    "membership of Rana Tahir Mehmood for three months.",
    "The ANP said in a circular headed \"Cancellation of Primary Membership\" that it had expelled Gul Zaman Khattak.",
])
def test_a_notice_heading_names_no_one_expelled(events, text):
    assert "Membership" not in " ".join(_actors(events(text), "expel"))


def test_a_party_media_cell_is_no_person(events):
    found = events("According to a statement issued by the PML-N Media Cell, former MPA Chaudhry Sabir Warraich, "
                   "who had parted ways with the PTI last year, joined the party on Monday.")
    assert "Media Cell" not in _actors(found, "leave_party") + _actors(found, "join_party")


# ---------------------------------------------------------------- 'anti-PPP' names the target, not a partner

def test_an_anti_party_alliance_is_not_joined_with_that_party(events):
    found = events("MQM-P convener Dr Farooq Sattar said his party had not yet decided about joining the "
                   "anti-PPP alliance in Sindh.")
    assert not [e for e in found if e.type == "coalition" and "PPP" in (e.actor, e.counterpart)]


# ---------------------------------------------------------------- a signatory's line: name, post, party

def test_a_signatory_line_gives_the_speakers_party(events):
    found = events("The declaration was signed by:\n1. Sardar Ali Nawaz Mahar, chief, GDA\n"
                   "2. Maulana Abdul Qayyum Haleemi, provincial general secretary, JUI-F Sindh\n"
                   "3. Muhammad Hussain Mehanti, ameer, JI Sindh\n\n"
                   "Speaking after the ceremony, Maulana Haleemi said his party had turned down an offer from the "
                   "PPP for seat adjustment in Sukkur.")
    rejects = {(e.actor, e.counterpart) for e in found if e.type == "coalition" and e.action == "reject"}
    assert rejects == {("JUI-F", "PPP")}


# ---------------------------------------------------------------- 'the basic membership of A and B'

def test_quitting_the_membership_of_two_parties_leaves_both(events):
    found = events("Sardar Ghaus Bakhsh Mahar said he had resigned from the basic membership of the GDA and the "
                   "Pakistan Muslim League-Functional last year.")
    assert {(e.actor, e.party) for e in found if e.type == "leave_party"} == {
        ("Sardar Ghaus Bakhsh Mahar", "GDA"), ("Sardar Ghaus Bakhsh Mahar", "PML-F")}


# ---------------------------------------------------------------- an affidavit joining a party

@pytest.mark.parametrize("text, name, party", [
    ("Malik Tariq Awan submitted an affidavit joining the PML-N on Friday.", "Malik Tariq Awan", "PML-N"),
    ("The commission also notified the returned candidates of the provincial assembly, among them Fazal Hakeem "
     "Khan from PK-7, who submitted an affidavit joining the SIC on Wednesday.", "Fazal Hakeem Khan", "SIC"),
])
def test_an_affidavit_joining_a_party_is_a_join(events, text, name, party):
    assert {(e.actor, e.party) for e in events(text) if e.type == "join_party"} == {(name, party)}


# ---------------------------------------------------------------- a long party name inside a post before the name

def test_a_post_keeps_its_title_before_a_long_party_name(events):
    found = events("Senior Vice President of the Pakistan Muslim League-Nawaz (PML-N) Punjab chapter Mian Javed "
                   "Iqbal Dogar on Sunday resigned from his party post.")
    posts = [e.post for e in found if e.type == "resign_post"]
    assert len(posts) == 1 and posts[0].lower().startswith("senior vice president")


# ---------------------------------------------------------------- a time in the subject's relative clause

def test_a_time_about_the_subject_does_not_date_the_announced_joining(events):
    found = events("LARKANA: Two former lawmakers joined the Pakistan Peoples Party on Tuesday.\n\n"
                   "Former MPA Ali Raza Dahar, who had quit the PML-F last month, announced his joining of the PPP.")
    joins = [e for e in found if e.type == "join_party"]
    assert [(e.actor, e.party, e.date) for e in joins] == [("Ali Raza Dahar", "PPP", "2023-11-28")]
