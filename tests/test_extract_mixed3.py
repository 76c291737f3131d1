"""Everyday political stories in which events are few and incidental (stress set mixed3): a role
named in a clause beside someone else's act, acts still to come. Sentences are written for these
tests (GUIDELINE.md)."""
import pytest


@pytest.fixture(scope="module")
def events(extractor):
    from datetime import date

    from allegiance.model import Article

    def run(text, published="2021-06-10"):
        found = extractor.extract(Article(doc="t", text=text, published=date.fromisoformat(published)))
        return {(e.type, e.actor, e.status) for e in found}
    return run


def test_a_role_beside_a_named_subject_is_someone_else(events):
    found = events("QUETTA: Chief Minister Mir Tahir Baloch on Tuesday inducted three new advisers into his "
                   "cabinet, while the provincial health minister resigned over a row with the secretary.")
    assert not any(t == "resign_post" for t, _a, _s in found)


def test_the_former_minister_of_a_later_sentence_is_still_the_person_in_focus(events):
    found = events("Sardar Kamran Jamali was the provincial health minister until last year.\n\n"
                   "The former minister resigned from the assembly on Monday.")
    assert any(t == "resign_post" and a == "Sardar Kamran Jamali" for t, a, _s in found)


@pytest.mark.parametrize("text", [
    "Senator Naveed Akhtar has yet to resign from the cabinet.",
    "Senator Naveed Akhtar is yet to join the PPP.",
    "Senator Naveed Akhtar has not yet quit the PTI.",
])
def test_an_act_still_to_come_is_possible(events, text):
    found = events(text)
    assert found and all(s == "possible" for _t, _a, s in found)


def test_yet_again_is_done(events):
    assert ("join_party", "Naveed Akhtar", "fact") in events("Naveed Akhtar joined the PPP yet again on Monday.")


def test_a_headline_post_stops_before_ahead_of(extractor):
    from datetime import date

    from allegiance.model import Article
    found = extractor.extract(Article(doc="t", text="Tahir Baloch Resigns As Sindh Minister Ahead Of Budget Vote",
                                      published=date(2021, 6, 10)))
    assert [e.post for e in found if e.type == "resign_post"] == ["Sindh Minister"]


def test_a_surname_described_by_who_is_the_person_named_in_full_before(events):
    text = ("KARACHI: An accountability court on Thursday extended the remand of former minister Mir Tariq Ali "
            "Lashari in a graft case.\n\nLashari, who defected from the PPP to the PTI in 2017, was arrested last "
            "month outside the Sindh High Court.")
    found = events(text, "2019-07-12")
    assert ("leave_party", "Mir Tariq Ali Lashari", "fact") in found
    assert ("join_party", "Mir Tariq Ali Lashari", "fact") in found


def test_a_bare_surname_two_people_share_stays_as_written(events):
    text = ("Mir Tariq Ali Lashari and Sardar Akbar Lashari appeared in court on Thursday.\n\n"
            "Lashari, who defected from the PPP to the PTI in 2017, was arrested last month outside the Sindh High Court.")
    found = events(text, "2019-07-12")
    assert ("leave_party", "Lashari", "fact") in found


@pytest.mark.parametrize("text", [
    "Sardar Ayaz Khosa said he would neither join the PTI nor the PML-N.",
    "Sardar Ayaz Khosa will neither quit the PML-N nor join the PPP.",
])
def test_neither_nor_denies_each_act(events, text):
    found = events(text)
    assert found and all(s == "denied" for _t, _a, s in found)


def test_counted_lawmakers_in_contact_are_no_party_talks(extractor):
    from datetime import date

    from allegiance.model import Article
    text = "Raja Javed Iqbal claimed on Sunday that 40 PTI MPAs were in contact with the PPP."
    found = extractor.extract(Article(doc="t", text=text, published=date(2022, 3, 15)))
    assert not [e for e in found if e.type == "coalition"]
    party = extractor.extract(Article(doc="t", text="The PTI is in contact with the MQM-P.", published=date(2022, 3, 15)))
    assert [(e.actor, e.counterpart, e.action) for e in party if e.type == "coalition"] == [("PTI", "MQM-P", "talks")]


def test_a_person_inside_the_clause_that_describes_the_subject_does_not_act(events):
    text = "Malik Anwar Cheema, who quit the PTI in 2014 after a rift with Sardar Ayaz Khosa, rejoined the PML-N later."
    found = events(text)
    assert ("join_party", "Malik Anwar Cheema", "fact") in found
    assert not any(a == "Sardar Ayaz Khosa" for _t, a, _s in found)


def test_he_was_among_the_lawmakers_who_left(events):
    text = ("Sardar Kamran Jamali was sworn in on Thursday.\n\n"
            "In 2018 he was among the south Punjab lawmakers who parted ways with the PML-N to form a new group.")
    assert ("leave_party", "Sardar Kamran Jamali", "fact") in events(text, "2024-03-02")


def test_a_bare_return_after_leaving_is_to_the_party_left(events):
    found = events("Malik Anwar Cheema, who had left the PPP for the PTI in 2018 and returned in 2022, was named spokesman.")
    assert ("join_party", "Malik Anwar Cheema", "fact") in found
    assert ("leave_party", "Malik Anwar Cheema", "fact") in found


@pytest.mark.parametrize("text", [
    "Malik Anwar Cheema quit the PTI on Monday and returned home.",
    "Malik Anwar Cheema left the PTI in 2018 and never returned.",
])
def test_a_return_home_or_none_is_no_joining(events, text):
    assert not any(t == "join_party" for t, _a, _s in events(text))


@pytest.mark.parametrize("text", [
    "Sardar Ayaz Khosa joined the PTI's long march at Gujranwala.",
    "Sardar Ayaz Khosa joined the PTI long march at Gujranwala.",
    "Sardar Ayaz Khosa joined the PTI's anti-government protest campaign.",
])
def test_joining_a_partys_event_is_no_joining(events, text):
    assert not any(t == "join_party" for t, _a, _s in events(text))


def test_joining_a_partys_ranks_still_is(events):
    assert ("join_party", "Sardar Ayaz Khosa", "fact") in events("Sardar Ayaz Khosa joined the PTI's ranks on Monday.")


@pytest.mark.parametrize("text", [
    "Had the MQM-P left the coalition in 2020, the government would have fallen.",
    "Were the PPP to quit the coalition, the PML-N would lose its majority.",
    "Should the BAP quit the coalition, the government would fall.",
    "Had Malik Anwar Cheema joined the PTI in 2018, he would be a minister today.",
    "The PPP wants the MQM-P to join the Sindh government.",
])
def test_a_supposition_or_a_wish_for_another_is_no_act(events, text):
    assert not events(text, "2022-03-15")


def test_a_wish_of_ones_own_stays_possible(events):
    assert ("join_party", "Malik Anwar Cheema", "possible") in events("Malik Anwar Cheema wants to join the PPP.")


@pytest.mark.parametrize("text, expected", [
    ("Malik Anwar Cheema, who has joined the PPP, denied reports that he was paid.", ("join_party", "fact")),
    ("Malik Anwar Cheema, who has quit the PTI, dismissed the criticism as baseless.", ("leave_party", "fact")),
    ("Malik Anwar Cheema, who is expected to join the PPP soon, declined to comment.", ("join_party", "possible")),
])
def test_the_main_verb_denies_something_else_than_the_relative_clause(events, text, expected):
    kind, status = expected
    assert (kind, "Malik Anwar Cheema", status) in events(text)


def test_resigned_from_a_post_and_from_the_party(events):
    found = events("Malik Anwar Cheema resigned from his ministry and from the PTI on Monday.")
    assert ("leave_party", "Malik Anwar Cheema", "fact") in found
    assert ("resign_post", "Malik Anwar Cheema", "fact") in found


def test_in_protest_is_no_part_of_the_post(extractor):
    from datetime import date

    from allegiance.model import Article
    text = "Malik Anwar Cheema stepped down from the cabinet in protest on Monday."
    found = extractor.extract(Article(doc="t", text=text, published=date(2021, 6, 10)))
    assert [e.post for e in found if e.type == "resign_post"] == ["cabinet"]


def test_an_alliance_under_review_is_not_made(extractor):
    from datetime import date

    from allegiance.model import Article
    for text in ("The MQM-P said it was reviewing its alliance with the PML-N.",
                 "The BAP will reconsider its alliance with the PTI, a spokesman said."):
        found = extractor.extract(Article(doc="t", text=text, published=date(2023, 5, 2)))
        assert not [e for e in found if e.type == "coalition" and e.action == "join"], text


def test_a_party_that_refused_to_join_an_alliance_rejects_it(extractor):
    from datetime import date

    from allegiance.model import Article
    found = extractor.extract(Article(doc="t", text="The JI refused to join the PDM in 2020.", published=date(2021, 5, 2)))
    assert [(e.actor, e.counterpart, e.action, e.status) for e in found if e.type == "coalition"] == [("JI", "PDM", "reject", "fact")]


def test_since_he_left_is_done_whatever_the_main_clause_denies(events):
    text = "Malik Anwar Cheema has not been part of any party since he left the PML-N."
    assert ("leave_party", "Malik Anwar Cheema", "fact") in events(text)
