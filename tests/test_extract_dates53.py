"""Days of acts counted from another day the story tells ('a day later', 'on Saturday, a day before
he ...'), a 'today' inside a quotation carried over from the sentence before, and a coming act joined
to a pluperfect one (dates53). Every sentence here is the project's own wording."""
import pytest

from allegiance import extract


def dated(text, published, kind):
    return {(e.actor, e.date) for e in extract(text, published=published) if e.type == kind}


@pytest.mark.parametrize("text, published, expected", [
    # a day on from the day named before it in the same sentence
    ("Provincial minister Abdul Karim Shah stepped down on Tuesday, and caretaker adviser Nadir Ali Jatoi "
     "resigned a day later, citing personal reasons.", "2024-02-29", ("Nadir Ali Jatoi", "2024-02-28")),
    # a day on from the day the paragraph before told
    ("LAHORE: Two advisers of the caretaker government have quit to contest the elections.\n\n"
     "Caretaker minister Sardar Tanveer Ali Khan sent his resignation to the chief minister on Monday evening. "
     "He said he would contest from Bhimber.\n\n"
     "A day later, the caretaker adviser on agriculture, Chaudhry Nasir Mehmood Gujjar, also tendered his resignation.",
     "2023-12-13", ("Chaudhry Nasir Mehmood Gujjar", "2023-12-12")),
])
def test_a_day_later_counts_on_from_the_day_told_before(text, published, expected):
    assert expected in dated(text, published, "resign_post")


def test_a_day_before_a_clause_counts_on_from_the_sentence_day():
    text = ("The PTI expelled Malik Asif Bhatti on Saturday for anti-party activities, a day before he announced "
            "that he was quitting the party.")
    assert ("Malik Asif Bhatti", "2023-07-09") in dated(text, "2023-07-11", "leave_party")
    text = "The PML-N suspended the membership of Malik Asif Bhatti on Saturday, a day before he resigned as MNA."
    assert ("Malik Asif Bhatti", "2023-07-09") in dated(text, "2023-07-11", "resign_post")


def test_a_day_after_a_clause_counts_back_from_the_sentence_day():
    text = ("KARACHI: The JUI-F has refused to back the PML-N's nominee.\n\n"
            "A PTI delegation had called on the Maulana on Sunday, a day after the PML-N held talks with the JUI-F "
            "at his residence.")
    found = {(e.actor, e.counterpart, e.date) for e in extract(text, published="2024-02-20") if e.type == "coalition"}
    assert ("PML-N", "JUI-F", "2024-02-17") in found


def test_today_in_a_quotation_begun_before_is_the_speaker_day():
    text = ("ISLAMABAD: The BNP-M on Tuesday announced that it was parting ways with the PTI-led coalition.\n\n"
            "Speaking in the National Assembly, Sardar Mengal said his party had waited two years. \"Enough is enough. "
            "From today we will sit on the opposition benches,\" Mr Mengal told the house.")
    found = {(e.actor, e.counterpart, e.action, e.date) for e in extract(text, published="2020-06-17")
             if e.type == "coalition" and e.counterpart is None}
    assert found and all(d == "2020-06-16" for _a, _c, _x, d in found)


def test_a_coming_act_joined_to_a_pluperfect_keeps_the_statement_day():
    text = ("PESHAWAR: The PTI on Wednesday expelled five of its MPAs for voting against the party's candidates.\n\n"
            "Former MPA Zahid Khan Durrani said he had already been in contact with the PPP and might join it in the "
            "coming days.")
    assert ("Zahid Khan Durrani", "2018-04-18") in dated(text, "2018-04-19", "join_party")


def test_the_lead_day_is_its_main_clause_day_not_a_relative_clause_day():
    text = ("KARACHI: Senior politician Makhdoom Rafiq Hashmi, who quit the PML-N on Saturday, formally joined the "
            "PTI on Sunday at a rally in the city.\n\nFormer minister Khurshid Anwar Kasuri also joined the PTI at "
            "the rally, party leaders said.")
    assert ("Khurshid Anwar Kasuri", "2011-12-25") in dated(text, "2011-12-26", "join_party")


def test_a_refusal_takes_the_day_of_the_quotation_that_follows_it():
    text = ("KARACHI: Former MNA Ali Nawaz Rizvi joined the PPP yesterday.\n\n"
            "Earlier this month, former senator Haji Saleh Shah also joined the PPP.\n\n"
            "PPP Sindh president Nisar Khuhro ruled out any alliance with the GDA leadership itself. "
            "\"They have nothing left to offer,\" he said on Sunday.")
    found = {(e.actor, e.counterpart, e.action, e.date) for e in extract(text, published="2023-07-11")
             if e.type == "coalition"}
    assert ("PPP", "GDA", "reject", "2023-07-09") in found


@pytest.mark.parametrize("text, kind, expected", [
    ("LAHORE: Three more PTI office-bearers quit the party on Tuesday.\n\nLater in the evening, the party's city "
     "vice president, Jamil Iqbal Cheema, said in a video message that he had decided to part ways with the PTI.",
     "leave_party", ("Jamil Iqbal Cheema", "2023-05-30")),
    ("KARACHI: The JI on Monday welcomed two former councillors into the party.\n\nThe JI city chief said former MPA "
     "Farooq Ahmed Awan and former UC chairman Rasheed Ali Qureshi had already decided to join the party and would "
     "formally announce their joining on Friday.", "join_party", ("Farooq Ahmed Awan", "2022-10-24")),
])
def test_a_decision_reported_on_the_day_is_no_background(text, kind, expected):
    assert expected in dated(text, "2023-05-31" if kind == "leave_party" else "2022-10-25", kind)


def test_a_pre_day_position_is_no_day_of_a_statement():
    text = ("ISLAMABAD: The PML-N on Monday decided to quit the federal coalition over the judges issue.\n\n"
            "Nawaz Sharif told reporters that the judges must be restored to their pre-Nov 3 position. "
            "\"We will not sit on the opposition benches for the time being,\" he said.")
    days = {e.date for e in extract(text, published="2008-05-13") if e.type == "coalition"}
    assert days and not any(d and d.startswith("2007") for d in days)


def test_an_act_takes_the_day_of_its_announcement_told_next():
    text = ("ISLAMABAD - PTI minority wing leader Jai Kumar on Friday announced to quit the party.\n\n"
            "Muhammad Mubeen Khan Khilji, a member of the Balochistan Assembly, has resigned from the PTI. "
            "He made the announcement at a presser in Quetta this afternoon.")
    assert ("Muhammad Mubeen Khan Khilji", "2023-05-20") in dated(text, "2023-05-20", "leave_party")


def test_later_in_the_evening_is_the_story_day():
    text = ("ISLAMABAD: The BNP-M on Tuesday parted ways with the PTI-led coalition over the budget.\n\n"
            "Sardar Akhtar Mengal announced the decision in the National Assembly, saying the government had failed "
            "to honour the six-point agreement signed with his party two years ago. He said the missing persons had "
            "not been recovered and the province had not received its share of development funds.\n\n"
            "The treasury benches listened in silence while opposition members thumped their desks. Several "
            "ministers later tried to reach the BNP-M chief on the telephone, officials said.\n\n"
            "Later in the evening, a government delegation led by Pervez Khattak called on Mr Mengal at his "
            "residence and held talks with the BNP-M leadership.")
    found = {(e.actor, e.counterpart, e.action, e.date) for e in extract(text, published="2020-06-17")
             if e.type == "coalition" and e.action == "talks"}
    assert found and all(d == "2020-06-16" for *_x, d in found)
