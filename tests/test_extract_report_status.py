"""Status read off the words that report an act: an outlet that tells an act as done, and a rumour the
person turns down. Every sentence here is the project's own wording."""
from allegiance import extract


def statuses(text, published="2022-08-16"):
    return {(e.type, e.actor, e.status) for e in extract(text, published=published)}


def test_an_act_told_as_done_by_a_named_outlet_is_a_fact():
    text = ("PESHAWAR: Mahmood Khan stepped down as chief minister of Khyber Pakhtunkhwa late on Monday, reports "
            "Aaj News.")
    assert ("resign_post", "Mahmood Khan", "fact") in statuses(text)


def test_reports_of_an_act_still_hedge_it():
    text = "LAHORE: There were reports on Monday that MPA Sajid Bhatti had decided to join the PPP."
    assert ("join_party", "Sajid Bhatti", "fact") not in statuses(text)


def test_rumours_turned_down_are_denied():
    text = "KARACHI: Senator Faisal Subzwari on Monday turned down rumours about his exit from the MQM-P."
    assert ("leave_party", "Faisal Subzwari", "denied") in statuses(text)


def test_reports_shot_down_are_denied():
    text = "MULTAN: Former MNA Amir Dogar on Monday shot down reports that he had joined the PML-N."
    assert ("join_party", "Amir Dogar", "denied") in statuses(text)


def test_applying_for_the_opposition_benches_joins_the_opposition():
    text = ("KARACHI: The MQM-P quit the federal government on Monday. The MQM-P has also applied for "
            "opposition benches in the National Assembly.")
    got = {(e.type, e.actor, e.counterpart, e.action, e.status) for e in extract(text, published="2022-08-17")}
    assert ("coalition", "MQM-P", None, "join", "fact") in got


def test_a_refusal_to_apply_for_the_opposition_benches_is_denied():
    text = ("KARACHI: The MQM-P quit the federal government on Monday. \"We are not going to apply for the "
            "opposition benches,\" said MQM-P leader Faisal Sabzwari.")
    got = {(e.type, e.actor, e.counterpart, e.action, e.status) for e in extract(text, published="2022-08-17")}
    assert ("coalition", "MQM-P", None, "join", "denied") in got


def test_a_call_for_someone_to_move_is_no_move():
    for text in ("LAHORE: It is high time for Maulana Fazlur Rehman to quit the PDM, the minister said on Monday.",
                 "LAHORE: The minister said on Monday it was time for Jahangir Tareen to leave the PTI.",
                 "LAHORE: Now is the moment for Ali Khan to join the PPP, Bilawal Bhutto Zardari said on Monday.",
                 "LAHORE: The PDM on Monday called for Imran Khan to resign as prime minister.",
                 "LAHORE: The opposition on Monday pressed for Usman Buzdar to step down as chief minister.",
                 "PESHAWAR: Imran Khan on Monday asked for the QWP ministers to quit the provincial cabinet."):
        assert not extract(text, published="2022-08-17"), text


def test_time_spent_before_an_act_is_no_call():
    text = "LAHORE: After some time, former MPA Ali Khan on Monday left the PTI to join the PPP."
    assert ("join_party", "Ali Khan", "fact") in statuses(text)
    text = "LAHORE: Usman Buzdar pressed ahead with his plans and stepped down as chief minister on Monday."
    assert ("resign_post", "Usman Buzdar", "fact") in statuses(text)


def test_a_headlines_question_is_no_act_and_the_storys_denial_stands():
    text = ("Has former senator Ali Ahmed joined the PTI?\n\nPESHAWAR: Former senator Ali Ahmed on Sunday turned down "
            "rumours about his exit from the Jamaat-e-Islami.")
    got = statuses(text, published="2024-12-29")
    assert not any(t == "join_party" for t, _a, _s in got)
    assert ("leave_party", "Ali Ahmed", "denied") in got


def test_clearing_the_air_on_a_move_denies_it():
    text = "ISLAMABAD: Former senator Ali Ahmed has cleared the air on joining the PTI, saying he is still with the JI."
    got = statuses(text, published="2024-12-29")
    assert ("join_party", "Ali Ahmed", "denied") in got
    assert ("join_party", "Ali Ahmed", "fact") not in got


def test_a_question_asked_in_an_answer_stays_a_weighing():
    text = ("Ali Ahmed weighs his options\n\nPESHAWAR: Former senator Ali Ahmed spoke to us on Sunday.\n\n"
            "Q: Will you leave the Jamaat-e-Islami?\n\nA: I will not leave the Jamaat-e-Islami. Have I decided to join "
            "the PTI? No. But I may have to consider it one day.")
    got = statuses(text, published="2024-12-29")
    assert ("join_party", "Ali Ahmed", "denied") not in got


def _coalitions(text, published="2023-11-13"):
    return {(e.actor, e.counterpart, e.action, e.status) for e in extract(text, published=published) if e.type == "coalition"}


def test_refusing_any_alliance_rejects_every_partner():
    for text, party in (
            ("QUETTA: The BNP-M on Sunday decided against forming any electoral alliance before the general elections.", "BNP"),
            ("LAHORE: The TLP decided not to form an alliance with any party for the by-polls, its spokesman said on Sunday.", "TLP"),
            ("KARACHI: The MQM-P will go it alone and will not form any alliance, Khalid Maqbool Siddiqui said on Sunday.", "MQM-P")):
        assert (party, None, "reject", "fact") in _coalitions(text), text


def test_refusing_an_alliance_with_a_named_party_stays_a_joining_denied():
    got = _coalitions("KARACHI: The MQM-P will not form an alliance with the PPP, Khalid Maqbool Siddiqui said on Sunday.")
    assert ("MQM-P", "PPP", "join", "denied") in got
    assert not any(action == "reject" and counterpart is None for _a, counterpart, action, _s in got)
