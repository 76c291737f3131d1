"""Everyday phrasings of moves and posts, each a kind the press writes often. Every sentence here
is the project's own wording."""
import pytest

from allegiance import extract


def moves(text, published="2023-05-25"):
    return {(e.type, e.actor, e.party if e.type != "resign_post" else e.post) for e in extract(text, published=published)}


@pytest.mark.parametrize("text", [
    "PTI MPA Ali Khan resigned from the Punjab Assembly and the party on Wednesday.",
    "PTI MPA Ali Khan resigned from the assembly as well as the party on Wednesday.",
    "PTI MPA Ali Khan resigned from the party and the Punjab Assembly on Wednesday.",
])
def test_resigning_from_a_house_and_the_party_is_a_post_and_a_leaving(text):
    found = moves(text)
    assert ("leave_party", "Ali Khan", "PTI") in found and ("resign_post", "Ali Khan", "MPA") in found


@pytest.mark.parametrize("text, expected", [
    ("The ANP on Saturday kicked out its provincial leader Ghulam Bilour for backing a rival.", {("expel", "Ghulam Bilour", "ANP")}),
    ("The PTI threw out Ghulam Bilour on Saturday.", {("expel", "Ghulam Bilour", "PTI")}),
    ("The PTI kicked out the PML-N government in 2018.", set()),
])
def test_a_party_that_kicks_someone_out_expels_them(text, expected):
    assert {m for m in moves(text, "2024-03-10") if m[0] == "expel"} == expected


def test_a_plural_acronym_group_set_off_by_commas_names_the_movers():
    text = ("ISLAMABAD: Three PTI MNAs parted ways with the party on Friday. The MNAs, Ahmad Dehar, Basit Shah "
            "and Rukhsana Naveed, announced their decision at a press conference.")
    assert {m for m in moves(text, "2023-06-10") if m[0] == "leave_party"} == {
        ("leave_party", "Ahmad Dehar", "PTI"), ("leave_party", "Basit Shah", "PTI"), ("leave_party", "Rukhsana Naveed", "PTI")}


@pytest.mark.parametrize("text", [
    "PTI MPA Ali Khan quit the party and the assembly seat on Wednesday.",
    "PTI MPA Ali Khan quit his assembly seat and the party on Wednesday.",
])
def test_quitting_a_seat_and_the_party_is_a_post_and_a_leaving(text):
    found = moves(text)
    assert ("leave_party", "Ali Khan", "PTI") in found and ("resign_post", "Ali Khan", "MPA") in found


def test_two_posts_joined_in_one_phrase_are_two_events():
    text = "PTI's Asad Umar on Wednesday stepped down as the party's secretary general and core committee member."
    posts = {post for kind, _actor, post in moves(text) if kind == "resign_post"}
    assert len(posts) == 2 and any("secretary general" in p for p in posts) and "core committee member" in posts


def test_one_post_with_and_in_its_portfolio_stays_one():
    text = "Ali Khan resigned as minister for law and parliamentary affairs on Wednesday."
    assert [p for kind, _a, p in moves(text) if kind == "resign_post"] == ["minister for law and parliamentary affairs"]


@pytest.mark.parametrize("text, actor, post", [
    ("Attorney General Mansoor Awan resigned on Wednesday.", "Mansoor Awan", "Attorney General"),
    ("PTI Secretary General Omar Ayub resigned on Wednesday.", "Omar Ayub", "PTI Secretary General"),
])
def test_offices_called_general_are_roles(text, actor, post):
    assert ("resign_post", actor, post) in moves(text)


def test_the_party_a_later_speaker_names():
    text = "Rumours of Shah Qureshi leaving the party are baseless, the PTI said on Wednesday."
    assert {(e.actor, e.party, e.status) for e in extract(text, published="2023-05-25") if e.type == "leave_party"} == {
        ("Shah Qureshi", "PTI", "denied")}


def test_the_party_is_never_a_party_joined_later_in_the_sentence():
    text = "Shah Qureshi left the party and joined the PPP on Wednesday."
    assert not any(m[0] == "leave_party" and m[2] == "PPP" for m in moves(text))


def test_a_post_after_a_membership_resigned_by_noun():
    text = ("Former minister Ali Khan on Wednesday announced his resignation from the PTI's primary membership "
            "as well as the post of district president.")
    found = moves(text)
    assert ("leave_party", "Ali Khan", "PTI") in found and ("resign_post", "Ali Khan", "district president") in found


@pytest.mark.parametrize("text", [
    "The defections have left Imran Khan's party in disarray.",
    "The exodus left the PTI reeling.",
])
def test_left_with_an_event_as_subject_is_no_leaving(text):
    assert not any(m[0] == "leave_party" for m in moves(text))


def test_a_leaving_told_again_is_from_the_party_already_left():
    text = ("ISLAMABAD: Former minister Ali Zaidi quit the PTI on Friday, while Chaudhry Sarwar said he was "
            "weighing an offer from the PML-Q.\n\n"
            "\"I have decided to distance myself from the party,\" Mr Zaidi said.")
    assert {m for m in moves(text, "2023-05-27") if m[0] == "leave_party" and m[1] == "Ali Zaidi"} == {
        ("leave_party", "Ali Zaidi", "PTI")}


def test_a_welcome_told_as_a_second_verb_goes_to_the_one_welcomed():
    text = ("HYDERABAD: Makhdoom Jamil Zaman on Saturday announced that he was leaving the PPP. The PTI's Sindh chief, "
            "Ali Haider Zaidi, later visited Hala and formally welcomed him into the party.")
    found = moves(text, "2018-03-18")
    assert ("join_party", "Makhdoom Jamil Zaman", "PTI") in found and not any(m[1] == "Ali Haider Zaidi" for m in found)


@pytest.mark.parametrize("text, post", [
    ("Jamil Zaman said he had sent his resignation as PPP Sindh vice president to the party chairman.",
     "PPP Sindh vice president"),
    ("Jamil Zaman sent his resignation as special assistant to the chief minister to the governor on Saturday.",
     "special assistant to the chief minister"),
])
def test_the_one_a_resignation_is_sent_to_is_no_part_of_the_post(text, post):
    assert [p for kind, _a, p in moves(text, "2018-03-18") if kind == "resign_post"] == [post]


@pytest.mark.parametrize("text", [
    "Former PTI MNA Nauman Langrial said he had not yet decided whether to join the IPP.",
    "Former PTI MNA Nauman Langrial said he was still deciding whether to join the IPP.",
])
def test_deciding_whether_to_join_is_a_possible_joining(text):
    assert {(m[1], m[2]) for m in moves(text, "2023-06-09") if m[0] == "join_party"} == {("Nauman Langrial", "IPP")}
    assert {e.status for e in extract(text, published="2023-06-09") if e.type == "join_party"} == {"possible"}


def test_a_year_in_a_relative_clause_does_not_move_the_storys_time():
    text = ("LAHORE: Jahangir Tareen on Thursday formally launched his new party, the Istehkam-e-Pakistan Party, "
            "with scores of former lawmakers at a ceremony in Lahore.\n\n"
            "Abdul Aleem Khan, who had parted ways with the PTI in 2022, was named its president. Former ministers "
            "Ali Zaidi and Imran Ismail were present at the ceremony and joined the new party.")
    dates = {e.actor: e.date for e in extract(text, published="2023-06-09") if e.type == "join_party"}
    # the president named at the launch joins the new party too, on the launch's day, not in 2022
    assert dates == {"Abdul Aleem Khan": "2023-06-08", "Ali Zaidi": "2023-06-08", "Imran Ismail": "2023-06-08"}


def talks(text, published="2024-02-15"):
    return {(e.actor, e.counterpart) for e in extract(text, published=published)
            if e.type == "coalition" and e.action == "talks"}


@pytest.mark.parametrize("text", [
    "PML-N president Ali Khan met JUI-F chief Bashir Ahmad on Tuesday to discuss the formation of the federal government.",
    "PML-N president Ali Khan telephoned JUI-F chief Bashir Ahmad and sought his support for the formation of the federal government.",
    "PML-N president Ali Khan visited JUI-F chief Bashir Ahmad at his residence to seek his party's support in the Senate.",
])
def test_a_leader_who_seeks_out_another_partys_leader_about_governing_opens_talks(text):
    assert talks(text) == {("PML-N", "JUI-F")}


@pytest.mark.parametrize("text", [
    "PML-N president Ali Khan met JUI-F chief Bashir Ahmad on Tuesday to discuss the flood situation.",
    "PML-N president Ali Khan called JUI-F chief Bashir Ahmad a traitor to the government.",
    "PML-N president Ali Khan met PML-N MNA Bashir Ahmad to discuss the formation of the federal government.",
])
def test_a_meeting_about_anything_else_or_within_one_party_is_no_talks(text):
    assert talks(text) == set()


def test_a_partys_headline_verb_makes_the_title_case_run_after_it_a_name():
    found = moves("PTI Expels Sher Afzal Marwat\n\nThe decision was announced on Monday.", "2025-06-10")
    assert ("expel", "Sher Afzal Marwat", "PTI") in found


def test_a_group_set_off_by_dashes_names_the_movers_of_the_act_before():
    text = ("KARACHI: Three PTI MPAs on Friday broke away from the party. The MPAs - Karim Gabol, Shahnawaz Khan "
            "and Sanjay Kumar - announced their decision at the assembly building.")
    assert {m for m in moves(text, "2023-06-03") if m[0] == "leave_party"} == {
        ("leave_party", "Karim Gabol", "PTI"), ("leave_party", "Shahnawaz Khan", "PTI"), ("leave_party", "Sanjay Kumar", "PTI")}


INDUCTION = "LAHORE: The IPP on Friday inducted a fresh batch of former PTI lawmakers. "


def test_a_list_after_an_induction_joins_even_when_a_part_of_it_left_another_party_before():
    text = INDUCTION + "The new entrants included former MNAs Ali Langrial and Bashir Khan, most of whom had left the PTI after May 9."
    assert moves(text, "2023-06-10") == {("join_party", "Ali Langrial", "IPP"), ("join_party", "Bashir Khan", "IPP")}


def test_a_list_whose_every_member_left_another_party_joins_and_leaves():
    text = INDUCTION + "The new entrants included former MNAs Ali Langrial and Bashir Khan, all of whom had left the PTI after May 9."
    assert moves(text, "2023-06-10") == {("join_party", "Ali Langrial", "IPP"), ("join_party", "Bashir Khan", "IPP"),
                                         ("leave_party", "Ali Langrial", "PTI"), ("leave_party", "Bashir Khan", "PTI")}


@pytest.mark.parametrize("text", [
    "Punjab minister Ali Khan resigned from the cabinet on Monday. He said he would remain a member of the PTI.",
    "Deputy Speaker Ali Khan stepped down from his office on Monday, saying he would remain in the PTI.",
    "Federal minister Ali Khan resigned on Monday but said he would continue to work for the PTI.",
])
def test_a_minister_who_quits_office_and_says_he_stays_denies_leaving_the_party(text):
    found = {(e.type, e.actor, e.party, e.status) for e in extract(text, published="2025-07-23")}
    assert ("leave_party", "Ali Khan", "PTI", "denied") in found


@pytest.mark.parametrize("text", [
    "PTI Sindh president Ali Khan stepped down from his party post on Monday. He said he would remain a member of the PTI.",
    "Ali Khan, a PTI MPA, said he would remain a member of the PTI.",
    "Punjab minister Ali Khan resigned on Monday. He did not say whether he would remain a member of the PTI.",
])
def test_staying_after_a_party_post_or_without_resigning_is_no_event(text):
    assert not [e for e in extract(text, published="2025-07-23") if e.type == "leave_party"]


def test_an_arrangement_between_three_parties_joins_each_pair():
    text = "Ali Khan was elected chief minister on Saturday, completing a power-sharing arrangement between the PPP, the PML-N and the BAP."
    joins = {(e.actor, e.counterpart) for e in extract(text, published="2024-03-03") if e.type == "coalition" and e.action == "join"}
    assert joins == {(a, b) for a in ("PPP", "PML-N", "BAP") for b in ("PPP", "PML-N", "BAP") if a != b}


def test_joining_a_coalition_on_the_basis_of_an_accord_is_one_sided():
    text = "MQM-P convener Ali Khan said the party had joined the PML-N-led federal coalition on the basis of a written accord."
    joins = {(e.actor, e.counterpart) for e in extract(text, published="2022-06-20") if e.type == "coalition" and e.action == "join"}
    assert ("PML-N", "MQM-P") not in joins


def test_he_after_a_titled_subject_is_the_titled_person_not_the_one_written_to():
    text = ("PESHAWAR: KP Minister for Communication and Works Ali Khan on Monday tendered his resignation to Chief "
            "Minister Bashir Ahmad. In a letter, he said he was stepping down over differences with the leadership. "
            "He said he would remain with the PTI.")
    found = {(e.type, e.actor) for e in extract(text, published="2024-04-09")}
    assert ("resign_post", "Ali Khan") in found and ("leave_party", "Ali Khan") in found
    assert not any(actor == "Bashir Ahmad" for _t, actor in found)


@pytest.mark.parametrize("text", [
    "PTI's Ali Khan has also jumped ship.",
    "Former PTI MPA Ali Khan called it quits on Tuesday.",
])
def test_an_idiom_of_leaving_with_no_party_leaves_the_movers_own(text):
    assert ("leave_party", "Ali Khan", "PTI") in moves(text)


def test_calling_it_quits_as_a_post_holder_leaves_no_party():
    assert not [m for m in moves("Ali Khan called it quits as the PTI's Punjab president on Tuesday.") if m[0] == "leave_party"]


def test_a_bare_quit_in_denied_reports_is_a_denied_leaving_of_the_storys_party():
    text = "The PTI suffered more departures on Tuesday. Former MPA Ali Khan rejected reports that he was about to quit."
    assert {(e.type, e.actor, e.party, e.status) for e in extract(text, published="2023-05-31")} == {
        ("leave_party", "Ali Khan", "PTI", "denied")}


def test_about_to_is_a_move_still_to_come_and_a_quit_without_a_report_needs_its_object():
    claims = "The PTI suffered more departures. There were claims that former minister Ali Khan was about to quit as well."
    job = "The PTI suffered more departures on Tuesday. Former MPA Ali Khan was about to quit his job at the bank."
    assert {(e.actor, e.party, e.status) for e in extract(claims, published="2023-05-31") if e.type == "leave_party"} == {
        ("Ali Khan", "PTI", "possible")}
    assert not [e for e in extract(job, published="2023-05-31") if e.type == "leave_party"]
