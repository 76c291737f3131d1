"""Profiles of politicians (2020s press): careers told across decades in pronouns, with other people's names
standing only as attributes ('the X cabinet'). Every sentence here is the project's own wording."""
from allegiance import extract


def events(text, published="2023-06-13"):
    return {(e.type, e.actor, e.party, e.date, e.status) for e in extract(text, published=published)}


def test_a_name_that_modifies_a_noun_is_not_whom_the_next_she_means():
    text = ("SIALKOT: Former MNA Nargis Jabeen Bhatti on Monday joined the IPP. A lawyer by profession, Ms Bhatti "
            "first won a seat in 2002. She was made minister for culture in the Shaukat Aziz cabinet in 2004 and "
            "was known for her fiery speeches. After losing her seat in 2008, she was mostly inactive.\n\n"
            "On March 3, 2012, she quit the PML-Q and joined the PPP at a rally in Sialkot.")
    got = events(text)
    assert ("leave_party", "Nargis Jabeen Bhatti", "PML-Q", "2012-03-03", "fact") in got
    assert ("join_party", "Nargis Jabeen Bhatti", "PPP", "2012-03-03", "fact") in got
    assert not any(a == "Shaukat Aziz" for _t, a, _p, _d, _s in got)


def test_the_one_a_cause_drove_to_quit_is_its_object():
    text = ("QUETTA: Mir Hazar Khan Lehri, a former provincial minister, died on Saturday.\n\n"
            "A dispute with the party chief over tickets prompted him to quit the National Party in 2013, "
            "and he spent his last years in retirement.")
    got = events(text, published="2022-02-13")
    assert ("leave_party", "Mir Hazar Khan Lehri", "NP", None, "fact") in got


def test_a_return_to_a_party_once_left_is_a_second_joining():
    text = ("KHUZDAR: Veteran politician Mir Dostain Zehri died on Friday.\n\nIn 1990 he joined the National Party "
            "and was elected to the provincial assembly.\n\nHe left the National Party in 2002 over the allotment "
            "of tickets.\n\nOn March 4, 2013, he returned to the National Party at a gathering in Khuzdar.")
    got = [(e.type, e.party, e.date) for e in extract(text, published="2021-05-15")]
    assert got.count(("join_party", "NP", None)) == 1
    assert ("join_party", "NP", "2013-03-04") in got


def test_an_act_in_a_when_clause_on_a_day_is_done_that_day():
    text = ("KARACHI: Former MPA Rubina Qaimkhani on Tuesday joined the PPP.\n\n"
            "Her switch had been expected since April 3, when she announced at a news conference that she was "
            "leaving the MQM-P, saying she could no longer be part of a party that ignored its workers.")
    got = events(text, published="2023-06-14")
    assert ("leave_party", "Rubina Qaimkhani", "MQM-P", "2023-04-03", "fact") in got


def test_an_exit_that_a_spell_followed_takes_no_day_from_the_news_act():
    text = ("PESHAWAR: Former MPA Ghulam Ahmad Bilour on Sunday announced his return to the ANP, ending a "
            "five-year absence that followed his abrupt exit from the Qaumi Watan Party.")
    got = events(text, published="2019-04-08")
    assert ("join_party", "Ghulam Ahmad Bilour", "ANP", "2019-04-07", "fact") in got
    assert ("leave_party", "Ghulam Ahmad Bilour", "QWP", None, "fact") in got


def test_a_lede_that_sums_up_an_exit_is_the_exit_the_body_tells():
    text = ("LAHORE: Former MNA Nazir Ahmed Jatt on Friday returned to the PML-N, years after his angry exit "
            "from the PTI.\n\nHe joined the PTI on October 30, 2011, at the Minar-e-Pakistan rally.\n\n"
            "In 2016 he quit the PTI over the award of tickets in Vehari.")
    got = [(e.type, e.party) for e in extract(text, published="2019-03-09")]
    assert got.count(("leave_party", "PTI")) == 1


def test_the_second_verb_of_a_career_line_takes_its_own_day():
    text = ("MIANWALI: Former MNA Amanullah Niazi died on Sunday.\n\nHe was elected MPA on a PML-Q ticket in 2002 "
            "and resigned his Punjab Assembly seat on May 14, 2006, protesting against load-shedding.")
    got = [(e.type, e.date) for e in extract(text, published="2020-08-10")]
    assert ("resign_post", "2006-05-14") in got


def test_a_day_of_that_year_takes_the_year_the_sentence_named():
    text = ("BAHAWALPUR: Former MNA Tariq Bashir Cheema died on Thursday.\n\nIn 2013 he joined the PML-N on "
            "March 11 of that year at a rally in Bahawalpur.")
    got = [(e.type, e.party, e.date) for e in extract(text, published="2023-01-20")]
    assert ("join_party", "PML-N", "2013-03-11") in got


def test_a_past_year_in_the_acts_own_clause_dates_it_to_no_day_of_the_story():
    text = ("ISLAMABAD: Former minister Raza Hayat Sial died on Tuesday.\n\nAfter the 1999 coup, he joined the "
            "PML-Q, and served as minister until 2007, when he resigned from the cabinet.")
    got = [(e.type, e.party, e.date) for e in extract(text, published="2024-01-10")]
    assert ("join_party", "PML-Q", None) in got
    assert not any(d for t, _p, d in got if t == "resign_post")
