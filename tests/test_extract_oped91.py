"""Columns, editorials and explainers: the writer's own questions, 'where does that leave', a summing-up
gloss after a vote, a party launched in a lead the selection leaves unparsed, 'X of the party' resigning.
Every sentence here is the project's own wording."""
from allegiance import extract


def _coalitions(text, published):
    return {(e.actor, e.counterpart, e.action, e.status) for e in extract(text, published=published) if e.type == "coalition"}


def test_a_writers_yes_no_question_is_no_possible_act():
    text = ("ISLAMABAD: The ANP met the PPP leadership on Monday to discuss the budget.\n\n"
            "Will it ally with the PPP? Will the ANP join the government in Sindh?")
    got = _coalitions(text, "2023-05-10")
    assert not any(action == "join" for _a, _c, action, _s in got)


def test_a_speakers_own_question_still_weighs_the_act():
    text = ('KARACHI: PSP leader Anis Qaimkhani spoke to reporters on Tuesday. "My friends have waited long. '
            'Have I decided to join the MQM-P? Not yet," he said.')
    got = {(e.type, e.actor, e.party, e.status) for e in extract(text, published="2022-12-14")}
    assert ("join_party", "Anis Qaimkhani", "MQM-P", "possible") in got


def test_that_leaves_is_nobody_leaving():
    text = ("LAHORE: Malik Ahmad Saeed of the PML-N resigned as provincial minister for excise on Tuesday.\n\n"
            "That leaves the PML-N with only 12 ministers in the province.")
    got = {(e.type, e.actor) for e in extract(text, published="2023-01-11")}
    assert ("leave_party", "Malik Ahmad Saeed") not in got


def test_a_gloss_after_a_vote_does_not_make_it_mutual():
    text = ("ISLAMABAD: PML-N president Shehbaz Sharif won the confidence vote on Thursday.\n\n"
            "The BAP voted for Mr Sharif in April without taking a ministry, a deal that left it free to walk away.")
    got = _coalitions(text, "2023-05-12")
    assert ("BAP", "PML-N", "join", "fact") in got and ("PML-N", "BAP", "join", "fact") not in got


def test_the_new_party_of_a_lead_that_tells_only_of_its_launch():
    text = ("LAHORE: The Istehkam-e-Pakistan Party (IPP), launched on Thursday by Jahangir Khan Tareen, "
            "has become the talk of the town.\n\n"
            "Who is behind it? Mr Tareen was once a close aide of Imran Khan, and fell out with him in 2020.\n\n"
            "On Thursday, former MNA Samiullah Chaudhry joined the new party.")
    got = {(e.type, e.actor, e.party) for e in extract(text, published="2023-06-09")}
    assert ("join_party", "Samiullah Chaudhry", "IPP") in got


def test_a_name_after_an_opening_will_is_not_will():
    text = ('LAHORE: Will Asad Umar Khan be next? "I will not leave the PTI," Mr Khan told reporters on Thursday.')
    got = {e.actor for e in extract(text, published="2023-06-03") if e.type == "leave_party"}
    assert got and not any(a.startswith("Will ") for a in got)


def test_of_the_party_after_a_name_gives_the_resigners_party():
    text = ("ISLAMABAD: The BAP said it was joining the opposition. Chaudhry Salik Hussain of the PML-Q "
            "resigned as federal minister for religious affairs on Monday.")
    got = {(e.actor, e.party) for e in extract(text, published="2022-03-30") if e.type == "resign_post"}
    assert ("Chaudhry Salik Hussain", "PML-Q") in got


def test_a_post_followed_by_last_month_is_still_the_post():
    text = ("ISLAMABAD: The assembly met for its budget session.\n\n"
            "Mian Asif Raza resigned as the PML-Q patron-in-chief last week after a row with the leadership.")
    got = {(e.type, e.actor, e.post) for e in extract(text, published="2023-06-09")}
    assert any(t == "resign_post" and a == "Mian Asif Raza" and "patron-in-chief" in (p or "") for t, a, p in got)


def test_a_count_back_is_anchored_on_the_day_just_told():
    text = ("KARACHI: For a party that insisted only a week ago that it had the numbers, the mood in the MQM-P camp "
            "on Friday was notably subdued.\n\n"
            "The GDA signed an agreement with the PML-N on Tuesday. Two days earlier, the PML-F had announced "
            "that it was joining the opposition.")
    got = {(e.actor, e.date) for e in extract(text, published="2023-05-13") if e.type == "coalition" and e.actor == "PML-F"}
    assert ("PML-F", "2023-05-07") in got


def test_a_supposing_question_reports_no_act():
    text = ("QUETTA: The week in Balochistan's politics was dominated by whispers.\n\n"
            "What if the NP joins hands with the BAP? The treasury would then have 40 members.\n\n"
            "Why would Mir Zahoor Buledi leave the BAP now? Nobody in Quetta can say.")
    got = {(e.type, e.actor) for e in extract(text, published="2023-06-10")}
    assert not any(t == "coalition" and a == "NP" for t, a in got)
    assert ("leave_party", "Mir Zahoor Buledi") not in got


def test_what_would_have_happened_is_no_act():
    text = ("PESHAWAR: The provincial assembly met on Monday.\n\n"
            "Without the boycott, the QWP would have joined the government in KP with the PTI.\n\n"
            "Sikandar Sherpao would never have left the QWP, his friends insist.")
    got = {(e.type, e.actor) for e in extract(text, published="2024-05-10")}
    assert not any(t == "coalition" and a == "QWP" for t, a in got)
    assert ("leave_party", "Sikandar Sherpao") not in got


def test_an_offer_accepted_only_in_supposition_is_no_act():
    text = ("KARACHI: The city's politics was quiet on Monday.\n\n"
            "In 2008, had Nawaz Sharif accepted the PPP's offer, the PML-N would have been in power for five years.")
    got = {(e.actor, e.counterpart, e.action) for e in extract(text, published="2024-05-10") if e.type == "coalition"}
    assert not got
