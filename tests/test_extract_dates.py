"""Dates and status of events, on sentences the project wrote.

The date is the day of the act, resolved against the article (GUIDELINE.md);
a hedged act carries the day it is told, background acts carry none. Status
is fact, possible or denied.
"""
from datetime import date

import pytest

from allegiance import extract
from allegiance.extractor.dates import date_expressions
from allegiance.extractor.story_days import election_dates


def one(events, type_, actor=None):
    found = [e for e in events if e.type == type_ and (actor is None or e.actor == actor)]
    assert len(found) == 1, [(e.type, e.actor) for e in events]
    return found[0]


# ---------------------------------------------------------------- election day

@pytest.mark.parametrize("text,published,day", [
    ("results of Thursday's general election", date(2024, 2, 11), date(2024, 2, 8)),
    ("the by-elections held in twenty constituencies on Sunday", date(2022, 7, 19), date(2022, 7, 17)),
    ("millions of voters went to the polls on July 25.", date(2018, 7, 28), date(2018, 7, 25)),
    ("after the July 25, 2018 poll results", date(2019, 1, 3), date(2018, 7, 25)),
])
def test_election_day_phrasings(text, published, day):
    assert election_dates(text, published) == [day]


def test_a_coming_election_is_no_election_day():
    assert election_dates("the polls scheduled to be held on February 8, 2024", date(2023, 12, 1)) == []


def test_seat_tally_takes_the_election_day():
    text = ("ISLAMABAD: The Pakistan Muslim League-Nawaz won 61 seats in the National Assembly in Wednesday's "
            "general election, the Election Commission said.")
    event = one(extract(text, published="2018-07-28"), "seat_result")
    assert (event.seats, event.date) == (61, "2018-07-25")


# ---------------------------------------------------------------- coming acts

def test_weekday_after_a_future_word_is_the_coming_one():
    published = date(2021, 8, 7)  # a Saturday
    [(_pos, coming)] = date_expressions("The leaders will announce their decision at a rally on Sunday", published)
    [(_pos, past)] = date_expressions("The leaders announced their decision at a rally on Sunday", published)
    assert (coming, past) == (date(2021, 8, 8), date(2021, 8, 1))


def test_planned_act_is_possible_and_dated_by_its_telling():
    text = "QUETTA: Former provincial minister Mir Zahoor Buledi will join the PPP at a public meeting on Sunday."
    event = one(extract(text, published="2021-08-07"), "join_party")
    assert (event.status, event.date) == ("possible", "2021-08-07")


def test_own_announcement_of_a_coming_act_is_a_fact():
    text = "MNA Kamran Tareen said on Monday that he would quit the Pakistan Tehreek-e-Insaf."
    event = one(extract(text, published="2023-05-24"), "leave_party")
    assert (event.status, event.date) == ("fact", "2023-05-22")


def test_sources_make_an_act_possible():
    text = ("PML-N MPA Rana Arshad Iqbal has decided to join the PTI, a private channel reported on Tuesday, "
            "citing sources.")
    event = one(extract(text, published="2024-03-06"), "join_party")
    assert (event.status, event.date) == ("possible", "2024-03-05")


def test_dispelling_rumours_is_a_denial():
    text = "Senator Mushtaq Khattak dispelled rumours of leaving the PTI on Thursday."
    event = one(extract(text, published="2023-05-19"), "leave_party")
    assert event.status == "denied"


# ---------------------------------------------------------------- background

def test_round_up_of_earlier_departures_is_undated():
    text = ("KARACHI: PTI MPA Farhan Ghani quit the party on Tuesday. "
            "MNAs Aamir Bhatti and Jamal Siddiqui, among others, have also left the party.")
    events = extract(text, published="2023-05-24")
    assert one(events, "leave_party", "Farhan Ghani").date == "2023-05-23"
    assert one(events, "leave_party", "Aamir Bhatti").date is None


def test_the_past_day_is_no_round_up():
    text = ("LAHORE: MNA Zahid Ali quit the PTI on Monday. "
            "Over the past 24 hours, MPAs Asif Nakai and Rana Shahid have also left the PTI.")
    events = extract(text, published="2023-05-24")
    assert one(events, "leave_party", "Asif Nakai").date == "2023-05-22"


def test_act_weeks_before_the_news_is_undated():
    text = ("LAHORE: PTI leader Hammad Azhar left the party on Monday. "
            "The move comes weeks after Murad Raas parted ways with the PTI.")
    events = extract(text, published="2023-10-17")
    assert one(events, "leave_party", "Hammad Azhar").date == "2023-10-16"
    assert one(events, "leave_party", "Murad Raas").date is None


def test_month_and_year_without_a_day_is_no_date():
    text = ("QUETTA: Sardar Yar Muhammad Rind joined the PPP on Sunday. "
            "Former senator Nadir Magsi also joined the PPP in November 2020.")
    events = extract(text, published="2021-08-09")
    assert one(events, "join_party", "Sardar Yar Muhammad Rind").date == "2021-08-08"
    assert one(events, "join_party", "Nadir Magsi").date is None


@pytest.mark.parametrize("text,actor,day", [
    ("LAHORE: Former MNA Rana Saleem quit the PTI on Wednesday. Former MPA Asif Wattoo, who represented Kasur "
     "from 2018 to January this year, also left the party.", "Asif Wattoo", "2023-06-14"),
    ("LAHORE: Former MNA Rana Saleem quit the PTI on Wednesday. The PTI had expelled Asif Wattoo along with "
     "MPAs who broke away last year.", "Asif Wattoo", None),
])
def test_a_time_in_a_clause_on_the_actor_describes_the_actor_not_the_act(text, actor, day):
    found = [e for e in extract(text, published="2023-06-14") if e.actor == actor]
    assert found and found[0].date == day


def test_act_bounded_by_another_event_is_undated():
    text = ("ISLAMABAD: MNA Usman Khalid joined the IPP on Thursday. "
            "Usman Khalid quit the PTI after May 9.")
    events = extract(text, published="2023-06-09")
    assert one(events, "join_party", "Usman Khalid").date == "2023-06-08"
    assert one(events, "leave_party", "Usman Khalid").date is None


# ---------------------------------------------------------------- days counted from the story

def test_a_day_earlier_counts_from_the_story_day():
    text = ("PESHAWAR: The PTI on Friday expelled MPA Asad Gul from the party. "
            "A day earlier, the PTI expelled MPA Shaukat Afridi.")
    events = extract(text, published="2023-08-05")
    assert one(events, "expel", "Asad Gul").date == "2023-08-04"
    assert one(events, "expel", "Shaukat Afridi").date == "2023-08-03"


def test_announcement_of_an_earlier_resignation_is_that_days_news():
    text = ("MULTAN: Six lawmakers from south Punjab quit the PML-N on Monday. MNAs Tahir Langah and "
            "Basit Bokhari announced at a news conference that they had resigned from the PML-N.")
    events = extract(text, published="2018-04-10")
    assert {e.date for e in events if e.type == "leave_party"} == {"2018-04-09"}


def test_a_day_after_in_the_acts_own_clause_puts_it_a_day_before():
    text = ("LAHORE: MNA Zahid Ali quit the PTI on Monday. "
            "The move came a day after MPA Asif Nakai left the PTI.")
    events = extract(text, published="2023-05-24")
    assert one(events, "leave_party", "Asif Nakai").date == "2023-05-21"


def test_a_day_after_another_event_leaves_the_act_on_the_story_day():
    text = ("LAHORE: MNA Zahid Ali quit the PTI on Monday. "
            "MPA Asif Nakai joined the PML-N a day after the vote.")
    events = extract(text, published="2023-05-24")
    assert one(events, "join_party", "Asif Nakai").date == "2023-05-22"


def test_urdu_weekday_with_its_postposition_is_a_day():
    dated = "کراچی: سابق رکن صوبائی اسمبلی علی رضا خان نے جمعہ کو پاکستان پیپلز پارٹی چھوڑنے کا اعلان کر دیا۔"
    title = "کراچی: سابق رکن صوبائی اسمبلی علی رضا خان نے پیر پگاڑا سے ملاقات کے بعد پاکستان پیپلز پارٹی چھوڑنے کا اعلان کر دیا۔"
    assert one(extract(dated, published="2024-01-15"), "leave_party").date == "2024-01-12"
    assert one(extract(title, published="2024-01-15"), "leave_party").date is None  # 'Pir' the title, not Monday


def test_urdu_same_day_counts_from_the_last_dated_act():
    text = ("کراچی: سابق رکن صوبائی اسمبلی علی رضا خان نے جمعہ کو پاکستان پیپلز پارٹی چھوڑنے کا اعلان کر دیا۔\n"
            "اسی روز سابق رکن قومی اسمبلی نوید احمد قریشی نے بھی پاکستان پیپلز پارٹی چھوڑنے کا اعلان کیا۔")
    events = extract(text, published="2024-01-15")
    assert {e.date for e in events if e.type == "leave_party"} == {"2024-01-12"}


def test_participle_set_before_the_news_is_undated():
    text = "Expelled by the PTI over indiscipline, former MPA Rashid Minhas joined the PPP on Monday."
    events = extract(text, published="2023-06-07")
    assert one(events, "join_party").date == "2023-06-05"
    assert one(events, "expel").date is None


def test_own_claim_is_an_announcement_and_anothers_claim_a_hedge():
    own = extract("The PTI claimed to join hands with the MWM to form governments in the Centre and Punjab.",
                  published="2024-02-14")
    other = extract("Rival leaders claimed that the PTI had joined hands with the MWM.", published="2024-02-14")
    assert [(e.type, e.status) for e in own] == [("coalition", "fact")]
    assert [(e.type, e.status) for e in other] == [("coalition", "possible")]


def test_dateline_dates_the_story_and_the_act_keeps_its_own_day():
    text = "ISLAMABAD, May 22: PTI MNA Zahid Ali quit the party on Sunday after the May 9 events."
    assert one(extract(text, published="2023-05-22"), "leave_party").date == "2023-05-21"


@pytest.mark.parametrize("phrase,other", [
    ("the July 25 elections", True), ("Wednesday's general election", True), ("the 9th May riots", True),
    ("on Sunday after the May 9 events", False), ("on Sunday, the elections", False),
])
def test_a_day_names_another_event_only_when_it_modifies_its_noun(phrase, other):
    from allegiance.extractor.dates import _names_other_event
    at = phrase.index("the ") + 4 if phrase.startswith("the ") else (3 if phrase.startswith("in ") else 0)
    assert _names_other_event(phrase, at) is other


def test_the_lede_gives_the_story_day():
    text = ("Hamza elected chief minister as PTI walks out\n\n"
            "LAHORE: Hamza Shahbaz was elected chief minister of Punjab on Monday, receiving 197 votes in a "
            "session of the provincial assembly that the opposition boycotted.\n\n"
            "Before the vote, PTI leader Mian Aslam Iqbal told the house that he was resigning from the "
            "Punjab Assembly. Speaker Sibtain Khan had resigned from the PTI on Saturday.")
    events = extract(text, published="2022-04-19")
    assert one(events, "resign_post", "Mian Aslam Iqbal").date == "2022-04-18"


@pytest.mark.parametrize("text,status", [
    ("News that MPA Rashid Hafeez had quit the PTI turned out to be incorrect.", "denied"),
    ("Reports that MPA Rashid Hafeez had quit the PTI proved false.", "denied"),
    ("Reports that the party's Sindh vice president, Sohail Khanzada, had resigned were wrong.", "denied"),
    ("\"I was wrong to leave the ANP, and today I am back,\" Haji Hidayatullah said.", "fact"),
])
def test_an_act_told_only_in_a_report_called_false_is_denied(text, status):
    found = extract(text, published="2023-06-14")
    assert found and {e.status for e in found} == {status}
