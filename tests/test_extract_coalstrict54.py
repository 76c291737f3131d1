"""coalition acts whose fields come out wrong when the act is found (coalstrict54). Every sentence here
is the project's own wording."""
import pytest

from allegiance import extract


def acts(text, published="2024-02-20"):
    return {(e.actor, e.counterpart, e.action, e.status) for e in extract(text, published=published)
            if e.type == "coalition"}


@pytest.mark.parametrize("text, expected", [
    ("Mr Bugti said the PPP would approach the JUI-F for support in the provincial assembly.",
     ("PPP", "JUI-F", "talks", "possible")),
    ("A party spokesman said the ANP would contact the PML-N to coordinate in the Senate.",
     ("ANP", "PML-N", "talks", "possible")),
])
def test_talks_said_to_come_are_a_plan(text, expected):
    assert expected in acts(text)


def test_talks_already_begun_stay_a_fact():
    text = ("Mr Sharif said his party would need forty more members, and that it had begun contacting "
            "the PPP and the MQM-P.")
    assert ("PML-N", "PPP", "talks", "possible") not in acts(text)


def dated(text, published):
    return {(e.actor, e.counterpart, e.action, e.date) for e in extract(text, published=published) if e.type == "coalition"}


@pytest.mark.parametrize("text, expected", [
    ("The PML-Q on Tuesday quit the provincial coalition with the PML-N.\n\nThe IPP said it would stay.\n\n"
     "A PML-Q spokesman, however, ruled out any alliance with the PTI. \"There is no question of it,\" he said on Wednesday.",
     ("PML-Q", "PTI", "reject", "2024-06-19")),
    ("The PPP on Monday opened talks with the PML-N on the provincial cabinet.\n\nThe two sides met twice.\n\n"
     "The National Party, however, turned down the PPP's overture. \"We will sit in the opposition,\" NP president "
     "Dr Abdul Malik Baloch told reporters on Tuesday.",
     ("NP", "PPP", "reject", "2024-06-18")),
])
def test_a_refusal_takes_the_day_of_the_quotation_that_follows(text, expected):
    assert expected in dated(text, "2024-06-19")


@pytest.mark.parametrize("text, expected", [
    ("The ANP on Monday joined the JUI-F-led alliance against the provincial government. "
     "The Jamaat-e-Islami declined to join the alliance.", ("JI", "JUI-F", "reject")),
    ("Four parties formed an opposition alliance led by the JUI-F on Monday. "
     "The QWP is also expected to join the alliance, sources said.", ("QWP", "JUI-F", "join")),
])
def test_the_alliance_is_the_one_named_by_its_leading_party(text, expected):
    assert expected in {(a, c, action) for a, c, action, _s in acts(text, "2025-02-11")}


def test_a_second_party_after_an_opening_place_is_still_a_subject():
    text = "In Gilgit-Baltistan, the PML-N and the PPP have agreed to support a joint candidate against the PTI's nominee."
    found = {(a, c, action) for a, c, action, _s in acts(text, "2023-04-19")}
    assert {("PML-N", "PPP", "join"), ("PPP", "PML-N", "join")} <= found


@pytest.mark.parametrize("text", [
    "The MQM-P on Wednesday formally joined the opposition after signing a written agreement with the PPP.",
    "The PTI lost its majority in the National Assembly on Wednesday after the MQM-P signed an agreement with the PPP.",
])
def test_an_act_right_before_the_main_one_shares_its_day(text):
    assert ("MQM-P", "PPP", "join", "2022-03-30") in dated(text, "2022-03-31")


def test_an_act_days_before_the_main_one_keeps_no_day():
    text = "The MQM-P on Monday finalised a power-sharing formula with the PML-N, days after the two parties signed an agreement."
    assert ("PML-N", "MQM-P", "join", "2024-02-26") not in dated(text, "2024-02-27")


PADDING = ("\n\nThe provincial assembly met in Quetta for a session that began late because of a quorum problem, and "
           "members spoke at length about the law and order situation, water shortages and the delays in the release "
           "of development funds to districts of the province. The speaker adjourned the house twice before the "
           "proceedings could resume, and the visitors' galleries stayed full until the evening.\n\n")


def test_a_vote_told_in_the_past_is_cast_on_the_story_day():
    text = ("Mir Abdul Quddus Bizenjo of the PML-Q was elected chief minister of Balochistan on Saturday." + PADDING
            + "The BNP-M and the ANP also voted for Mr Bizenjo.")
    assert ("ANP", "PML-Q", "join", "2018-01-13") in dated(text, "2018-01-14")


def test_a_vote_to_come_carries_the_day_of_its_statement():
    """A coming act carries the date of the statement (GUIDELINE), here the story's news of Saturday, as
    the real gold dates "'We will not sit on opposition benches,' he said" below a lead of that day."""
    text = ("Mir Abdul Quddus Bizenjo of the PML-Q was nominated for chief minister of Balochistan on Saturday." + PADDING
            + "The ANP said it would vote for Mr Bizenjo.")
    assert ("ANP", "PML-Q", "join", "2018-01-13") in dated(text, "2018-01-14")


def test_what_the_two_sides_of_a_meeting_agreed_is_that_days_news():
    text = ("A PML-N team on Thursday called on MQM-P leaders at their Bahadurabad office in Karachi." + PADDING
            + "The two sides agreed to work together in the Centre.")
    assert ("MQM-P", "PML-N", "join", "2024-02-15") in dated(text, "2024-02-16")


def test_what_a_refuser_says_alongside_is_not_refused():
    text = "BNP-M chief Sardar Akhtar Mengal ruled out joining hands with the PML-N, saying the BNP-M would sit on the opposition benches."
    assert ("BNP", None, "join", "fact") in acts(text)


def test_talks_a_party_chief_denies_are_his_partys_denied_talks():
    text = ("The PPP on Monday opened talks with the BAP on the Balochistan cabinet." + PADDING
            + "JUI-F provincial chief Maulana Abdul Wasay denied that any talks with the PPP were under way. "
              "\"No one has approached us,\" he said on Monday.")
    assert ("JUI-F", "PPP", "talks", "2024-03-04") in dated(text, "2024-03-05")
    assert ("JUI-F", "PPP", "talks", "denied") in acts(text, "2024-03-05")


def test_partners_standing_by_a_party_stay_with_it():
    text = "The NP and the PkMAP, which were part of the coalition, said they would stand by the PML-N."
    found = {(a, c, action) for a, c, action, _s in acts(text, "2018-01-10")}
    assert {("NP", "PML-N", "join"), ("PkMAP", "PML-N", "join")} <= found


def test_a_government_in_gilgit_baltistan_is_not_the_federal_ones():
    text = ("GILGIT: Gulbar Khan was elected Gilgit-Baltistan chief minister on Monday with the support of a forward bloc."
            + PADDING + "The MWM also said it would not join the new government.")
    assert not any(c == "PML-N" for _a, c, _x, _s in acts(text, "2023-07-13"))


def test_entering_an_alliance_another_party_leads_is_one_sided():
    entered = {(e.actor, e.counterpart) for e in extract("The ANP on Monday joined the JUI-F-led alliance of opposition parties.", "2024-03-14")
               if e.type == "coalition"}
    formed = {(e.actor, e.counterpart) for e in extract("The ANP on Monday formed an alliance with the JUI-F.", "2024-03-14")
              if e.type == "coalition"}
    assert entered == {("ANP", "JUI-F")}
    assert formed == {("ANP", "JUI-F"), ("JUI-F", "ANP")}
