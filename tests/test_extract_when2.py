"""Dates and status of acts called off, denied and reported: the day is the statement's (GUIDELINE),
and background told beside the news keeps no day. Sentences written for the tests."""
from allegiance import extract


def by_actor(events, kind):
    return {e.actor: e for e in events if e.type == kind}


def test_announced_act_in_a_relative_clause_called_off_by_a_u_turn_is_denied_on_the_u_turn_day():
    text = ("Meanwhile, MPA Tariq Mehmood Butt, who had announced on Sunday that he was joining the Pak Sarzameen "
            "Party, took a U-turn on Monday and said he would stay with the MQM-P.")
    join = by_actor(extract(text, published="2016-10-12"), "join_party")["Tariq Mehmood Butt"]
    assert (join.status, join.date) == ("denied", "2016-10-10")


def test_done_act_in_a_relative_clause_is_not_called_off_by_a_withdrawal():
    text = "Sardar Ali Raza Dreshak, who joined the PTI on Sunday, withdrew from the race for the Senate on Monday."
    join = by_actor(extract(text, published="2018-03-01"), "join_party")["Sardar Ali Raza Dreshak"]
    assert join.status == "fact"


def test_denial_of_a_pluperfect_act_is_dated_by_the_story():
    text = ("Prime Minister Imran Khan on Tuesday met a delegation of the PML-Q in Islamabad.\n\n"
            "Meanwhile, PTI dissident Amjad Niazi, who leads a group of MNAs, denied that he had joined the PML-N.")
    join = by_actor(extract(text, published="2022-03-09"), "join_party")["Amjad Niazi"]
    assert (join.status, join.date) == ("denied", "2022-03-08")


def test_pluperfect_act_not_denied_stays_background():
    text = ("Prime Minister Imran Khan on Tuesday met a delegation of the PML-Q in Islamabad.\n\n"
            "Meanwhile, PTI dissident Amjad Niazi, who leads a group of MNAs, had joined the PML-N.")
    join = by_actor(extract(text, published="2022-03-09"), "join_party")["Amjad Niazi"]
    assert join.date is None


def test_year_in_a_relative_clause_does_not_undate_a_reported_resignation():
    text = ("Karachi leader Faisal Rasheed on Tuesday quit the PTI. He said he had also resigned from his seat in "
            "the Sindh Assembly, where he was elected in 2018.")
    post = by_actor(extract(text, published="2023-05-24"), "resign_post")["Faisal Rasheed"]
    assert post.date == "2023-05-23"
