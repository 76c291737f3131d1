"""Forms found by the karachi18 stories (Karachi politics, 2016-2018). Every sentence here is the project's own."""
from allegiance import extract


def _events(text: str, published: str, kind: str) -> set[tuple]:
    return {(e.actor, e.party or e.counterpart, e.status) for e in extract(text, published=published) if e.type == kind}


def test_a_quit_reversed_later_in_the_sentence_is_denied():
    text = ("KARACHI: On Thursday, Dr Nasir Jamal told reporters he was quitting politics and the MQM-P, only to "
            "reverse the decision an hour later at the request of his colleagues.")
    assert _events(text, "2017-11-10", "leave_party") == {("Dr Nasir Jamal", "MQM-P", "denied")}
    kept = "KARACHI: On Thursday, Dr Nasir Jamal quit the MQM-P and later joined the PSP."
    assert _events(kept, "2017-11-10", "leave_party") == {("Dr Nasir Jamal", "MQM-P", "fact")}


def test_taking_back_a_decision_to_quit_denies_the_quitting():
    text = '"I am taking back my decision to quit the MQM-P," Dr Nasir Jamal told reporters on Thursday.'
    assert {s for _a, _p, s in _events(text, "2017-11-10", "leave_party")} <= {"denied"}


def test_a_party_label_in_the_subject_names_the_party_left():
    text = ("Mr Rizwan Ali, who had joined the MQM-P in 2017 after leaving the PML-F, withdrew from the race. "
            "Separately, MQM-P's Hyderabad deputy mayor Dr Sohail Rana resigned from the party on Tuesday.")
    assert ("Dr Sohail Rana", "MQM-P", "fact") in _events(text, "2018-02-14", "leave_party")
    assert not any(a == "Dr Sohail Rana" and p == "PML-F" for a, p, _s in _events(text, "2018-02-14", "leave_party"))


def test_a_title_with_a_first_name_is_the_person_named_in_full():
    text = ("KARACHI: The PSP on Monday inducted Dr Kamran Aziz, a sitting member of the Sindh Assembly, at a ceremony "
            "at its headquarters.\n\nThe ceremony was held in a marquee on the lawn of the Defence bungalow. Hundreds of "
            "workers chanted slogans. The weather was pleasant and tea was served.\n\nSpeaking on the occasion, Mustafa "
            "Kamal praised the city. He said Karachi deserved better roads and clean water.\n\n"
            '"I have left the MQM because I could not stay silent any longer," Dr Kamran told the gathering.')
    assert {a for a, _p, _s in _events(text, "2016-04-26", "leave_party")} == {"Dr Kamran Aziz"}


def test_a_party_committee_the_speaker_names_acts_for_his_party():
    text = ("MQM-P leader Faisal Jafri said on Friday the party's coordination committee had decided to pull out of "
            "the alliance with the PSP.")
    acts = {(e.actor, e.counterpart, e.action) for e in extract(text, published="2017-11-11") if e.type == "coalition"}
    assert ("MQM-P", "PSP", "leave") in acts


def test_his_membership_after_an_expulsion_is_the_one_just_expelled():
    text = ("KARACHI: Former MPA Salman Qureshi joined the PSP on Monday. Party leader Anwar Khan welcomed him on the "
            "stage. The MQM-P, for its part, said it had expelled Salman Qureshi from the party a day before he appeared "
            "at the ceremony. A statement from its coordination committee said his basic membership had been cancelled "
            "on Sunday.")
    assert {a for a, _p, _s in _events(text, "2016-04-26", "expel")} == {"Salman Qureshi"}
