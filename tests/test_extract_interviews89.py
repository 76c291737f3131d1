"""Q&A interviews and talk shows: the interviewer's questions name moves that are no acts, and the
answers are said on the day the introduction gives. Every sentence here is the project's own wording."""
from datetime import date

from allegiance import extract
from allegiance.extractor.interviews import interview_day_in

INTRO = ("PESHAWAR: Former KP minister Haji Fazal Ilahi Khattak, who announced on May 2 that he was leaving the ANP, "
         "sat down with this newspaper at his hujra in Nowshera on Thursday. Excerpts follow.\n\n"
         "Q: Why did you leave?\n\nA: Nobody listened to the workers of Nowshera for years.\n\n")


def test_an_interviewers_question_naming_a_coalition_is_no_event():
    text = INTRO + ("Q: Will the ANP form a government with the JUI-F in the province?\n\n"
                    "A: That is for the party to say. I am no longer in it.\n")
    got = [e for e in extract(text, published="2023-06-09") if e.type == "coalition"]
    assert got == []


def test_a_statement_on_a_question_line_is_still_reported():
    text = INTRO + ("Q: Your brother, Haji Rahim Gul Khattak, announced on Tuesday that he was quitting the ANP. Did you know?\n\n"
                    "A: He told me a week ago.\n")
    got = {(e.type, e.actor, e.party) for e in extract(text, published="2023-06-09")}
    assert ("leave_party", "Haji Rahim Gul Khattak", "ANP") in got


def test_the_day_after_the_verb_of_talking_is_the_interview_day():
    text = INTRO + "Q: Are you going to the PTI?\n\nA: No. I will not join the PTI, whatever people say.\n"
    assert interview_day_in(text, date(2023, 6, 9)) == "2023-06-08"


PADS = "".join(f"Q: What about the {w} point?\n\nA: The {w} issue is for the courts, not for us, and the courts will "
               "decide it.\n\n" for w in ["first", "second", "third", "fourth"])


def test_a_we_answer_on_coalition_is_dated_by_the_interview():
    text = ("ISLAMABAD: JUI-F secretary general Maulana Abdul Ghafoor Haideri spoke to this newspaper on Sunday "
            "about the new assembly.\n\n" + PADS + "Q: What will your party do now?\n\n"
            "A: We will not hold talks with the PTI. We have our own programme.\n")
    got = {(e.actor, e.action, e.counterpart, e.date) for e in extract(text, published="2024-02-19") if e.type == "coalition"}
    assert ("JUI-F", "reject", "PTI", "2024-02-18") in got


def test_a_headline_quote_with_its_speaker_after_a_colon_opens_no_list():
    text = ("'No truth in reports I am joining PPP': Hoti\nANP leader rebuts rumours on TV show\nBy Our Correspondent\n\n"
            "MARDAN: Awami National Party leader Amir Haider Khan Hoti on Friday rejected reports that he was about to "
            "join the Pakistan Peoples Party. \"I am with the ANP and will remain with it,\" Mr Hoti said on a TV programme.\n")
    got = {(e.type, e.party, e.status, e.evidence.rule) for e in extract(text, published="2023-09-02")}
    assert not any(rule == "list.lines" for *_rest, rule in got)
    assert ("join_party", "PPP", "denied") in {g[:3] for g in got}


def test_an_undecided_answer_to_a_question_naming_a_move_is_a_possible_move():
    text = INTRO + ("Q: Will you join the PPP?\n\n"
                    "A: I have not made up my mind. Asif Zardari sahib called me last week and we had a good talk.\n")
    got = {(e.type, e.actor, e.party, e.status, e.date) for e in extract(text, published="2023-06-09")}
    assert ("join_party", "Haji Fazal Ilahi Khattak", "PPP", "possible", "2023-06-08") in got


def test_a_refusing_answer_to_a_question_naming_a_move_is_a_denied_move():
    text = INTRO + ("Q: Are you going back to the JUI-F?\n\nA: Never. Those days are over for me.\n")
    got = {(e.type, e.party, e.status) for e in extract(text, published="2023-06-09")}
    assert ("join_party", "JUI-F", "denied") in got


def test_an_answer_that_names_its_own_party_is_left_to_the_sentence_rules():
    text = INTRO + ("Q: Are you joining the PPP?\n\nA: No, I am joining the PML-N next week, inshallah.\n")
    got = {(e.type, e.party, e.status) for e in extract(text, published="2023-06-09") if e.type == "join_party"}
    assert ("join_party", "PPP", "denied") not in got


def test_one_unnamed_minister_of_a_party_quitting_the_cabinet_is_no_party_act():
    text = ("ANP minister threatens to quit cabinet over funds\n\nPESHAWAR: The provincial government was on Monday "
            "warned by one of its own ministers that he would step down.\n")
    got = [e for e in extract(text, published="2013-09-03") if e.type == "coalition"]
    assert got == []


def test_a_partys_ministers_quitting_the_cabinet_is_still_read():
    text = "KARACHI: The MQM-P on Monday parted ways with the federal government, and its ministers quit the cabinet.\n"
    got = {(e.actor, e.action) for e in extract(text, published="2022-03-29") if e.type == "coalition"}
    assert ("MQM-P", "leave") in got


def test_leaving_the_party_for_another_leaves_ones_own_and_joins_the_other():
    text = ("MULTAN: PPP leader Syed Yousuf Raza Haider on Monday denied reports that he was about to leave the "
            "party for the PTI.\n")
    got = {(e.type, e.party, e.status) for e in extract(text, published="2018-04-10")}
    assert ("leave_party", "PPP", "denied") in got and ("join_party", "PTI", "denied") in got
    assert ("leave_party", "PTI", "denied") not in got


def test_a_we_will_answer_is_the_interviewees_announcement_not_a_hedge():
    text = ("LAHORE: PML-N leader Rana Tanveer Hussain spoke to this newspaper on Sunday about the new "
            "provincial assembly.\n\n" + PADS + "Q: And your party?\n\nA: We will sit on the opposition benches.\n")
    got = {(e.actor, e.action, e.status) for e in extract(text, published="2024-02-19") if e.type == "coalition"}
    assert ("PML-N", "join", "fact") in got


def test_a_reported_question_and_refusing_answer_on_a_talk_show_is_a_denied_move():
    text = ("KARACHI: Former MNA Syed Ali Raza Abidi said on Dawn News programme 'Live with Adil Shahzeb' on Monday "
            "that he had quit the MQM-P.\n\nAsked by the anchor whether he would join the PTI next, Mr Abidi "
            "replied: \"I have no plans to do so. Imran Khan is a friend, nothing more.\"\n")
    got = {(e.type, e.actor, e.party, e.status) for e in extract(text, published="2018-04-03")}
    assert ("join_party", "Syed Ali Raza Abidi", "PTI", "denied") in got
