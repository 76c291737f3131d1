"""Acts of issue 11 points 4, 5, 6 and 8 as news phrases them: tallies, coalition idioms,
party and public posts, and the day of the act.

Sentences are written for these tests; each states what a reader would record (GUIDELINE.md).
"""
import pytest

from conftest import story_reader


@pytest.fixture(scope="module")
def events(extractor):
    return story_reader(extractor, "2024-02-20")


def _of(found, kind):
    return [e for e in found if e.type == kind]


# ---------------------------------------------------------------- (6) posts

@pytest.mark.parametrize("text", [
    "Usman Dar quit as the PTI's Sialkot president on Monday.",
    "Ahmed Raza quit as chairman of the party's youth wing, his office said.",
    "Sara Malik has quit as the provincial information secretary.",
])
def test_quitting_as_a_post_leaves_the_post_not_the_party(events, text):
    found = events(text)
    assert _of(found, "resign_post")
    assert not _of(found, "leave_party")


@pytest.mark.parametrize("text", [
    "Usman Dar quit the PTI as a protest against the leadership.",
    "Bilal Ahmed quit the PML-N as a mark of protest on Monday.",
])
def test_quitting_a_party_as_a_protest_names_no_post(events, text):
    found = events(text)
    assert _of(found, "leave_party")
    assert not _of(found, "resign_post")


@pytest.mark.parametrize("text, posts", [
    ("Shah Mahmood Qureshi stepped down as vice chairman and as the party's Multan president.",
     {"vice chairman", "party's Multan president"}),
    ("Ali Zaidi resigned as PTI Sindh president and as federal minister.", {"PTI Sindh president", "federal minister"}),
    ("Nadia Khan stepped down as general secretary and as spokesperson of the party on Friday.",
     {"general secretary", "spokesperson of the party"}),
])
def test_two_posts_left_in_one_sentence_are_two_events(events, text, posts):
    assert {e.post for e in _of(events(text), "resign_post")} == posts


# ---------------------------------------------------------------- (4) tallies

def _tallies(found):
    return {(e.actor, e.seats, e.house) for e in _of(found, "seat_result")}


@pytest.mark.parametrize("text, expected", [
    ("Senate election results: PPP 11, PML-N 6, PTI 3.", {("PPP", 11, "Senate"), ("PML-N", 6, "Senate"), ("PTI", 3, "Senate")}),
    ("Final tally in the Punjab Assembly: PML-N 137, independents 113, PPP 10.",
     {("PML-N", 137, "PA-Punjab"), ("IND", 113, "PA-Punjab"), ("PPP", 10, "PA-Punjab")}),
    ("Sindh Assembly results, as announced by the ECP on Friday: PPP 84; MQM-P 28; GDA 2.",
     {("PPP", 84, "PA-Sindh"), ("MQM-P", 28, "PA-Sindh"), ("GDA", 2, "PA-Sindh")}),
])
def test_a_one_line_table_of_tallies_is_read_without_a_verb(events, text, expected):
    assert _tallies(events(text)) == expected


def test_a_comma_list_of_tallies_in_one_sentence(events):
    found = events("In the National Assembly, independent candidates secured 93 seats, PML-N 75, PPP 54 and MQM-P 17.")
    assert _tallies(found) == {("IND", 93, "NA"), ("PML-N", 75, "NA"), ("PPP", 54, "NA"), ("MQM-P", 17, "NA")}


def test_dates_in_a_list_are_not_a_table(events):
    assert not _of(events("The hearings were held on January 15, February 20 and March 3 in the Senate."), "seat_result")


# ---------------------------------------------------------------- (5) coalition idioms

def _acts(found):
    return {(e.actor, e.counterpart, e.action) for e in _of(found, "coalition")}


@pytest.mark.parametrize("text", [
    "The PPP and the MQM-P held talks on Thursday on forming the Sindh government.",
    "The PPP and the MQM-P held negotiations on joining the provincial cabinet.",
    "The PPP and the MQM-P began talks about forming a coalition in Sindh.",
])
def test_talks_about_governing_are_talks_both_ways_not_a_join(events, text):
    assert _acts(events(text)) == {("PPP", "MQM-P", "talks"), ("MQM-P", "PPP", "talks")}


@pytest.mark.parametrize("text", [
    "The ruling alliance led by the PML-N won the vote. The BAP later withdrew support from the ruling alliance.",
    "The government, led by the PML-N, survived. On Monday the BAP parted ways with the ruling coalition.",
])
def test_leaving_the_ruling_group_leaves_the_party_the_article_says_leads_it(events, text):
    # published in 2019, when governments.tsv has the PTI leading: what the article says wins
    assert ("BAP", "PML-N", "leave") in _acts(events(text, published="2019-06-03"))


def test_leaving_a_ruling_group_no_party_is_said_to_lead_takes_the_countrys_data(events):
    text = "The BAP withdrew support from the ruling coalition on Monday."
    assert ("BAP", "PTI", "leave") in _acts(events(text, published="2019-06-03"))
    assert ("BAP", None, "leave") in _acts(events(text, published="2023-10-02"))  # a caretaker set-up: nobody leads


@pytest.mark.parametrize("text", [
    "The PML-N-led government took oath on Monday. The PPP will not be part of the federal government, Bilawal said.",
    "The PML-N government took oath on Monday. The PPP would not become part of the federal cabinet, its leaders said.",
])
def test_not_being_part_of_the_government_rejects_its_leading_party(events, text):
    assert ("PPP", "PML-N", "reject") in _acts(events(text))


# ---------------------------------------------------------------- Urdu: party names, dates

@pytest.mark.parametrize("written", [
    "پاکستان مسلم لیگ (ق)", "مسلم لیگ(ق)", "مسلم لیگ-ق", "پاکستان مسلم لیگ ق",
])
def test_an_urdu_party_name_is_read_however_its_faction_letter_and_prefix_are_written(events, written):
    found = _of(events(f"سابق ایم پی اے احمد علی خان نے {written} میں شمولیت کا اعلان کیا۔"), "join_party")
    assert [(e.actor, e.party) for e in found] == [("احمد علی خان", "PML-Q")]


def test_urdu_spellings_of_one_word_name_one_party(events):
    found = _of(events("سینیٹر فرحان علی نے جمعیت علماء اسلام ف سے استعفیٰ دے دیا۔"), "resign_post")
    assert [(e.actor, e.party, e.post) for e in found] == [("فرحان علی", "JUI-F", "senator")]


def test_variants_never_merge_two_parties():
    from allegiance.extractor.urdu import _party_pattern
    _pattern, names = _party_pattern("pk")
    assert names.get("مسلم لیگ (ن)") == "PML-N" and names.get("مسلم لیگ (ق)") == "PML-Q"
    assert names.get("پاکستان مسلم لیگ ق") == "PML-Q"


@pytest.mark.parametrize("text, day", [
    ("سابق ایم پی اے احمد علی خان نے 12 فروری کو مسلم لیگ ق میں شمولیت کا اعلان کیا۔", "2024-02-12"),
    ("سینیٹر فرحان علی نے ۱۵ جنوری ۲۰۲۴ء کو جمعیت علمائے اسلام سے استعفیٰ دے دیا۔", "2024-01-15"),
    ("سابق ایم این اے نوید اختر نے 28 دسمبر کو تحریک انصاف چھوڑنے کا اعلان کیا۔", "2023-12-28"),
    ("سابق ایم این اے نوید اختر نے گذشتہ روز تحریک انصاف چھوڑنے کا اعلان کیا۔", "2024-02-19"),
])
def test_urdu_day_and_month_date_the_act(events, text, day):
    assert [e.date for e in events(text) if e.type != "coalition"] == [day]


def test_an_urdu_dateline_is_the_report_day_not_the_act_day(events):
    found = events("لاہور (نامہ نگار۔ 18 فروری 2024ء) سابق وزیر ثاقب محمود نے پی ٹی آئی چھوڑنے کا اعلان کیا۔")
    assert [(e.type, e.date) for e in found] == [("leave_party", None)]


# ---------------------------------------------------------------- (8) dates

@pytest.mark.parametrize("text, day", [
    ("Ali Raza will join the PML-N next week, his aide said on Monday.", "2024-02-19"),
    ("Ali Raza, sources said on Sunday, is expected to join the PML-N next week.", "2024-02-18"),
    ("Ali Raza is likely to join the PML-N next month, party sources told reporters on Saturday.", "2024-02-17"),
])
def test_a_planned_act_is_dated_by_its_statement_not_by_when_it_is_planned(events, text, day):
    found = _of(events(text), "join_party")
    assert [(e.status, e.date) for e in found] == [("possible", day)]


@pytest.mark.parametrize("text", [
    "Ali Raza joined the PTI last week.",
    "Ali Raza, who had joined the PTI in 2018, is now its candidate.",
])
def test_a_vague_past_or_a_bare_year_leaves_the_act_undated(events, text):
    assert [e.date for e in _of(events(text), "join_party")] == [None]


@pytest.mark.parametrize("text, day", [
    ("Ali Raza joined the PML-N last Thursday.", "2024-02-15"),
    ("On Saturday night, Ali Raza announced his resignation as PTI Lahore president.", "2024-02-17"),
    ("LAHORE, Feb 18: Former MPA Ali Raza joined the PML-N.", "2024-02-18"),
])
def test_weekdays_and_datelines_count_back_from_publication(events, text, day):
    assert [e.date for e in events(text) if e.type != "leave_party"] == [day]


# ---------------------------------------------------------------- Urdu: posts

@pytest.mark.parametrize("text, posts", [
    ("نگران وزیر اطلاعات عامر حسن نے اپنے عہدے سے استعفیٰ دے دیا۔", {"caretaker information minister"}),
    ("مسلم لیگ ن کے رہنما ندیم افضل نے ڈپٹی سپیکر کے عہدے سے استعفیٰ دے دیا۔", {"deputy speaker"}),
    ("پیپلز پارٹی کے سیکرٹری جنرل اور ترجمان فیصل کریم نے دونوں عہدوں سے استعفیٰ دے دیا۔",
     {"secretary general", "spokesperson"}),
    ("تحریک انصاف کے سیکرٹری اطلاعات کامران بیگ نے پارٹی عہدے سے استعفیٰ دے دیا۔", {"information secretary"}),
])
def test_urdu_posts_named_before_the_name_are_each_resigned(events, text, posts):
    assert {e.post for e in _of(events(text), "resign_post")} == posts


def test_a_former_post_before_an_urdu_name_is_not_a_second_post(events):
    found = _of(events("سابق وزیر ثاقب محمود نے پارٹی کے صدر کے عہدے سے استعفیٰ دے دیا۔"), "resign_post")
    assert [e.post for e in found] == ["president"]


# ---------------------------------------------------------------- Urdu: lists of people, each with a party

def test_an_urdu_list_whose_items_each_name_a_party_gives_every_person(events):
    text = ("لاہور سے مسلم لیگ ن کے نائب صدر احمد رضا خان، فیصل آباد سے مسلم لیگ ن کے رہنما بلال اکبر، "
            "پی پی 20 کے امیدوار سجاد حیدر اور ملتان سے مسلم لیگ ن کے سابق ایم پی اے نعمان شاہ نے پارٹی چھوڑنے کا اعلان کیا۔")
    found = _of(events(text), "leave_party")
    assert {(e.actor, e.party) for e in found} == {
        ("احمد رضا خان", "PML-N"), ("بلال اکبر", "PML-N"), ("سجاد حیدر", "PML-N"), ("نعمان شاہ", "PML-N")}


def test_a_clause_before_an_urdu_list_names_no_one(events):
    text = "تحریک انصاف کی پالیسیوں سے مایوس کارکنوں کا سلسلہ جاری ہے، ملتان سے پی ٹی آئی کے رہنما عمران شاہ نے پارٹی چھوڑ دی۔"
    assert [e.actor for e in _of(events(text), "leave_party")] == ["عمران شاہ"]


@pytest.mark.parametrize("text, expected", [
    ("The PML-N won both National Assembly seats in the by-elections on Sunday.", {("PML-N", 2, "NA")}),
    ("In the Sindh Assembly by-polls the PPP clinched both seats.", {("PPP", 2, "PA-Sindh")}),
])
def test_both_seats_of_a_by_election_are_two(events, text, expected):
    assert _tallies(events(text)) == expected


@pytest.mark.parametrize("text", [
    "The PTI contested both seats in the by-elections.",
    "Imran Khan won both seats he contested in the by-elections.",
])
def test_both_seats_contested_or_won_by_a_person_is_no_party_tally(events, text):
    assert not _of(events(text), "seat_result")


@pytest.mark.parametrize("text", [
    "The PPP has invited the MQM-P to join the Sindh government. The two sides are currently in talks over the power-sharing formula.",
    "The PPP has invited the MQM-P to join the Sindh government. The two parties held talks on Thursday on ministries.",
    "The PPP and the MQM-P are in talks on a power-sharing formula for Sindh.",
])
def test_the_two_sides_in_talks_are_the_two_parties_of_the_story(events, text):
    assert {("PPP", "MQM-P", "talks"), ("MQM-P", "PPP", "talks")} <= _acts(events(text))


def test_a_meeting_about_something_else_is_no_coalition_talk(events):
    assert not _acts(events("The PPP and the MQM-P held a meeting on Thursday about the weather in Karachi."))


@pytest.mark.parametrize("text", [
    "The PTI-led government took oath in March. In June, the BAP parted ways with the coalition.",
    "The PTI government took oath in March. The BAP has decided to quit the government, its leaders said.",
])
def test_leaving_the_government_of_the_story_leaves_the_party_that_leads_it(events, text):
    assert ("BAP", "PTI", "leave") in _acts(events(text))


def test_leaving_a_government_nobody_is_said_to_lead_names_the_leader_of_the_day(events):
    text = "In June, the BAP parted ways with the coalition."
    assert ("BAP", "PML-N", "leave") in _acts(events(text))  # 2024: governments.tsv has the PML-N leading
    assert ("BAP", None, "leave") in _acts(events(text, published="2023-10-02"))  # caretakers: nobody


# ---------------------------------------------------------------- Urdu: coalition objects

def test_an_urdu_alliance_that_means_to_take_in_a_third_party_is_a_plan_toward_it(events):
    found = {(e.actor, e.counterpart, e.status) for e in _of(events(
        "ن لیگ اور پیپلز پارٹی کا سیاسی اتحاد، اے این پی کو بھی حصہ بنانے کا فیصلہ"), "coalition")}
    assert found == {("PML-N", "PPP", "fact"), ("PPP", "PML-N", "fact"),
                     ("PML-N", "ANP", "possible"), ("PPP", "ANP", "possible")}


@pytest.mark.parametrize("text, expected", [
    ("پیپلز پارٹی نے ایم کیو ایم کو اتحاد میں شامل کرنے کی دعوت دی۔", {("PPP", "MQM-P", "talks")}),
    ("ن لیگ اور جے یو آئی نے اے این پی کو اتحاد میں شامل ہونے کی دعوت دی۔",
     {("PML-N", "ANP", "talks"), ("JUI-F", "ANP", "talks")}),
])
def test_an_urdu_invitation_is_talks_toward_the_invited(events, text, expected):
    assert {(e.actor, e.counterpart, e.action) for e in _of(events(text), "coalition")} == expected


def test_a_table_row_is_a_line_whatever_the_parser_makes_of_it(events):
    text = ("Results of the provincial polls were announced on Friday.\n\nSindh Assembly:\nPPP: 84\nMQM-P: 28\nGDA - 2\n\n"
            "Senate:\nPPP 11\nPML-N 6\n")
    found = _of(events(text), "seat_result")
    assert _tallies(found) == {("PPP", 84, "PA-Sindh"), ("MQM-P", 28, "PA-Sindh"), ("GDA", 2, "PA-Sindh"),
                               ("PPP", 11, "Senate"), ("PML-N", 6, "Senate")}
    first = next(e for e in found if e.seats == 84)
    assert text[first.evidence.start:first.evidence.end] == "PPP: 84"


def test_rows_written_with_a_long_dash_under_a_heading_without_colon(events):
    found = events("Khyber Pakhtunkhwa Assembly results\nPTI — 20\nJUI-F — 7\nANP — 1")
    assert _tallies(found) == {("PTI", 20, "PA-KP"), ("JUI-F", 7, "PA-KP"), ("ANP", 1, "PA-KP")}


@pytest.mark.parametrize("text, posts", [
    ("Nadia Khan resigned from the posts of general secretary and spokesperson of the PTI.", 2),
    ("Nadia Khan stepped down from the posts of party president and parliamentary leader.", 2),
    ("Nadia Khan resigned from the offices of deputy speaker and parliamentary secretary on Friday.", 2),
])
def test_the_posts_of_a_and_b_are_two_posts(events, text, posts):
    assert len({e.post for e in _of(events(text), "resign_post")}) == posts


def test_all_party_posts_stay_one_event(events):
    assert len(_of(events("Nadia Khan resigned from all party posts."), "resign_post")) == 1
