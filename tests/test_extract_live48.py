"""Live blogs and running updates (live48): entries stamped only with a clock time, newest first, whose
day comes from the page's day and the entries' order. Every sentence here is the project's own wording."""
from datetime import date

from allegiance import extract
from allegiance.extractor.clock_entries import clock_days


def events(text, published="2023-03-10"):
    return extract(text, published=published)


NEWEST_FIRST = ("LIVE: Results day in Quetta. Newest entries first.\n\n"
                "12:20am\nFormer MPA Mir Saleem Jatoi has joined the BAP, the party says.\n\n"
                "10:45pm\nSardar Akram Lehri announces he is quitting the PPP.\n\n"
                "6:10pm\nCounting continues in most constituencies.\n\n"
                "9:00am\nGood morning. Polls closed last evening.\n")


def test_an_entry_of_a_live_page_is_dated_on_the_pages_day():
    leaves = [(e.actor, e.date) for e in events(NEWEST_FIRST) if e.type == "leave_party"]
    assert leaves == [("Sardar Akram Lehri", "2023-03-10")]


def test_an_entry_above_midnight_on_a_newest_first_page_is_the_next_day():
    joins = [(e.actor, e.date) for e in events(NEWEST_FIRST) if e.type == "join_party"]
    assert joins == [("Mir Saleem Jatoi", "2023-03-11")]


def test_an_oldest_first_page_turns_its_day_where_the_clock_runs_back():
    text = "9:00am: one\n\n11:30pm: two\n\n1:15am: three\n"
    days = [d for _pos, d in clock_days(text, date(2023, 3, 10))]
    assert days == [date(2023, 3, 10), date(2023, 3, 10), date(2023, 3, 10), date(2023, 3, 11)]


def test_two_clock_times_do_not_make_a_live_page():
    assert clock_days("9:00am\nOne.\n\n11:30pm\nTwo.\n", date(2023, 3, 10)) == []


def test_a_running_updates_present_tense_verb_is_read_as_the_verb():
    text = "The PPP contacts the BAP and the JUI-F about forming the next government in Balochistan."
    talks = {(e.actor, e.counterpart, e.action) for e in events(text) if e.type == "coalition"}
    assert talks == {("PPP", "BAP", "talks"), ("PPP", "JUI-F", "talks")}


def test_a_present_tense_rejection_of_reports_denies_the_act():
    text = "Ali Muhammad Khan rejects reports that he is about to quit the PTI."
    leaves = [(e.actor, e.status) for e in events(text) if e.type == "leave_party"]
    assert leaves == [("Ali Muhammad Khan", "denied")]


def test_parties_that_jointly_field_one_candidate_have_joined_hands():
    text = "The PPP and the ANP will jointly field Haji Ghulam Ali for the Senate chairmanship."
    joins = {(e.actor, e.counterpart, e.action) for e in events(text) if e.type == "coalition"}
    assert joins == {("PPP", "ANP", "join"), ("ANP", "PPP", "join")}
