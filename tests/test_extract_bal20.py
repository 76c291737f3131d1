"""Forms found by the bal20 stories (Balochistan, 2018-2024). Every sentence here is the project's own."""
from allegiance import extract


def test_the_cabinet_left_is_the_ministry_the_name_is_written_with():
    text = ("Former caretaker interior minister Sarfraz Bugti joined the PPP on Tuesday, days after resigning from the "
            "federal cabinet to contest the general elections.")
    posts = {e.post for e in extract(text, published="2023-12-20") if e.type == "resign_post"}
    assert posts == {"caretaker interior minister"}
    seat = "Former minister Ali Raza resigned his Senate seat on Tuesday."
    assert "minister" not in {e.post for e in extract(seat, published="2023-12-20") if e.type == "resign_post"}


def test_a_chief_minister_written_short_and_long_is_one_resignation():
    text = ("Jam Kamal resigns as Balochistan CM\n\nQUETTA: Jam Kamal Khan on Sunday resigned as chief minister of "
            "Balochistan, days after a no-confidence motion was moved against him.")
    posts = [e.post for e in extract(text, published="2021-10-25") if e.type == "resign_post"]
    assert len(posts) == 1


def test_a_ticket_taken_with_a_leaving_is_the_party_joined():
    text = ("Sardar Saleh Bhutani, a former PML-N member of the provincial assembly, announced on Thursday that he "
            "had left the PML-N and would contest the elections on a BAP ticket.")
    acts = {(e.type, e.party) for e in extract(text, published="2018-03-30") if e.actor == "Sardar Saleh Bhutani"}
    assert acts == {("leave_party", "PML-N"), ("join_party", "BAP")}
    member = "Sardar Saleh Bhutani will contest the elections on a PML-N ticket, the party said on Thursday."
    assert not [e for e in extract(member, published="2018-03-30") if e.type == "join_party"]


def test_a_post_one_was_elected_to_is_the_post_stepped_down_from():
    text = ("Hamza Shehbaz, who had been elected chief minister in April with the votes of the PTI dissidents, "
            "stepped down after the verdict.")
    assert {e.post for e in extract(text, published="2022-07-27") if e.type == "resign_post"} == {"chief minister"}


def test_dissidents_voting_against_their_party_are_no_act_of_the_party():
    text = ("ECP unseats 20 PTI dissidents who voted for Hamza\n\nLAHORE: The election commission on Friday unseated "
            "20 dissident members of the Punjab Assembly from the PTI for voting for the PML-N's Hamza Shehbaz in the "
            "chief minister's election against the party's directions.")
    assert not [e for e in extract(text, published="2022-05-21") if e.type == "coalition"]
    party = "The PTI voted for Hamza Shehbaz of the PML-N in the chief minister's election."
    assert [(e.actor, e.counterpart) for e in extract(party, published="2022-05-21") if e.type == "coalition"] == [("PTI", "PML-N")]
