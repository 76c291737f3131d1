"""A party's own affairs as the press told the PTI's in 2024-25: posts resigned by people who say they
stay, a pronoun after a quote that names the leader, a suspension by 'the party's' committee. Every
sentence here is the project's own wording."""
from allegiance import extract


def events(text, published="2024-06-24"):
    return {(e.type, e.actor, e.party, e.status) for e in extract(text, published=published)}


def test_party_posts_resigned_not_the_party_is_no_leaving():
    text = ("LAHORE: Senior PTI leader Mian Aslam Iqbal on Sunday resigned as the party's Punjab president. "
            "\"I am resigning from the party offices, not from the party,\" Iqbal said.")
    got = events(text)
    assert not any(t == "leave_party" and s == "fact" for t, _a, _p, s in got)



def test_the_partys_committee_suspending_is_the_expelling_party():
    text = ("ISLAMABAD: The Pakistan Tehreek-i-Insaf on Monday expelled MNA Rana Tariq Mehmood from its primary "
            "membership.\n\nMehmood later joined the Sunni Ittehad Council along with other lawmakers.\n\n"
            "Meanwhile, the party's disciplinary committee also suspended the membership of two office bearers, "
            "Malik Zahid Nawaz and Haji Rafiq Ahmed, for breaking party discipline.")
    got = events(text)
    assert ("expel", "Malik Zahid Nawaz", "PTI", "fact") in got
    assert ("expel", "Haji Rafiq Ahmed", "PTI", "fact") in got


def test_a_district_written_like_a_name_is_no_one_to_join():
    text = ("ISLAMABAD: The PTI on Monday expelled Gul Zaman Khan from the party.\n\n"
            "Khan, a lawyer from Lakki Marwat, rose to prominence in the party after the riots. He won his seat "
            "as an independent and later joined the Sunni Ittehad Council along with other lawmakers.")
    got = events(text, published="2025-06-17")
    assert not any(a == "Lakki Marwat" for _t, a, _p, _s in got)


def test_a_post_described_after_a_comma_is_not_part_of_it():
    text = ("LAHORE: The party on Tuesday accepted the resignation of Rana Abdul Sattar as its deputy information "
            "secretary, a post he had held since March.")
    posts = {e.post for e in extract(text, published="2024-10-23") if e.type == "resign_post"}
    assert posts == {"deputy information secretary"}


def test_a_reported_offer_to_resign_then_called_baseless_is_denied():
    text = ("LAHORE: PTI leader Mian Mehmood Rasheed was reported to have offered to resign as the party's "
            "provincial organiser. \"Rumours of his resignation are baseless,\" his son told reporters on Monday.")
    got = [e for e in extract(text, published="2024-06-24") if e.type == "resign_post"]
    assert [(e.actor, e.status, e.date) for e in got] == [("Mian Mehmood Rasheed", "denied", "2024-06-24")]


def test_a_name_set_off_inside_the_subject_is_the_next_quotes_his():
    text = ("ISLAMABAD: Former minister Rana Shahid Mehmood resigned as Punjab president on Saturday.\n\n"
            "The senator from Punjab, Naeem Haider, who is in jail, was also reported to have "
            "offered to resign as the party's provincial organiser. \"Rumours of his resignation are baseless,\" "
            "his son told reporters on Monday.")
    got = {(e.actor, e.status) for e in extract(text, published="2024-06-24") if e.type == "resign_post"}
    assert ("Naeem Haider", "denied") in got
    assert ("Rana Shahid Mehmood", "denied") not in got


def test_reports_of_a_resignation_as_a_post_called_baseless_keep_the_post():
    text = ("ISLAMABAD: Reports that Naeem Haider has resigned as the party's Punjab president are baseless, "
            "his son said on Monday.")
    got = [(e.actor, e.post, e.status) for e in extract(text, published="2024-06-24") if e.type == "resign_post"]
    assert got == [("Naeem Haider", "party's Punjab president", "denied")]


def test_an_organiser_is_a_post_the_as_names():
    text = ("ISLAMABAD: Reports that PTI senator Naeem Haider has resigned as the party's provincial organiser "
            "are baseless, his son said on Monday.")
    got = [(e.actor, e.post, e.status) for e in extract(text, published="2024-06-24") if e.type == "resign_post"]
    assert got == [("Naeem Haider", "party's provincial organiser", "denied")]


def test_an_act_said_then_still_weighed_is_possible():
    text = ("MARDAN: On Monday, PTI Mardan district president Amir Zeb Khan said he was quitting the post, though he "
            "later told reporters that he was \"still considering it\".")
    got = [(e.actor, e.status) for e in extract(text, published="2025-01-27") if e.type == "resign_post"]
    assert got == [("Amir Zeb Khan", "possible")]


def test_a_headline_post_that_names_the_party_gives_the_party():
    text = ("Sardar Naveed Akhtar steps down as PTI Lahore president, stays on as MPA\n\n"
            "LAHORE: Sardar Naveed Akhtar on Sunday stepped down from his post, citing personal reasons.")
    got = {(e.actor, e.party) for e in extract(text, published="2024-06-24") if e.type == "resign_post"}
    assert got == {("Sardar Naveed Akhtar", "PTI")}
