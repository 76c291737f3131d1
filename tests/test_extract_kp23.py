"""Forms found by the kp23 stories (Khyber Pakhtunkhwa politics, 2013-2025). Every sentence here is the project's own."""
from allegiance import extract


def _acts(text, published, kind):
    return [e for e in extract(text, published=published) if e.type == kind]


def test_tallies_go_on_in_the_provincial_house_named_just_before():
    text = ("PESHAWAR: The PTI said on Monday that it had formed an alliance with the SIC in Khyber Pakhtunkhwa and at the national level.\n\n"
            "According to the final results, independents won 90 general seats in the provincial assembly. "
            "The JUI-F won seven seats, the PML-N five and the ANP one.")
    houses = {(e.actor, e.house) for e in _acts(text, "2024-02-22", "seat_result")}
    assert ("JUI-F", "PA-KP") in houses and ("ANP", "PA-KP") in houses
    assert not any(h == "NA" for _a, h in houses)


def test_the_office_left_is_the_one_the_successor_was_elected_to():
    text = ("PESHAWAR: Sohail Afridi was on Monday elected chief minister of Khyber Pakhtunkhwa, days after "
            "Ali Amin Gandapur resigned from the office.")
    assert {(e.actor, e.post) for e in _acts(text, "2025-10-14", "resign_post")} == {("Ali Amin Gandapur", "chief minister")}


def test_the_maulana_speaks_for_the_party_of_the_chief_named_before():
    text = ("PESHAWAR: An attempt by JUI-F chief Maulana Fazlur Rehman to build an alliance against the PTI has failed. "
            "The Maulana had approached the PML-N last week, offering to form a government in the province.")
    acts = {(e.actor, e.counterpart, e.action) for e in _acts(text, "2013-05-21", "coalition")}
    assert ("JUI-F", "PML-N", "talks") in acts


def test_a_chapter_leader_invites_for_his_party_not_for_the_government_he_opposes():
    text = ("PESHAWAR: The PTI on Wednesday expelled the QWP from the coalition government in the province. "
            "PML-N provincial president Amir Muqam also called Sherpao and invited the QWP to join hands "
            'against the "corrupt" PTI government.')
    acts = {(e.actor, e.counterpart, e.action) for e in _acts(text, "2013-11-14", "coalition")}
    assert ("PML-N", "QWP", "talks") in acts and ("PTI", "QWP", "talks") not in acts


def test_a_middle_name_before_khan_stands_for_the_person_later():
    text = ("PESHAWAR: PTI general secretary Ali Asghar Khan resigned from his post on Sunday, while district "
            "general secretary Babar Saleem Swati also tendered his resignation.\n\n"
            "Asghar said he had not left the party.")
    denied = {e.actor for e in _acts(text, "2025-01-28", "leave_party") if e.status == "denied"}
    assert denied == {"Ali Asghar Khan"}


def test_the_place_of_a_role_before_its_holder_is_no_part_of_the_name():
    text = "QWP district president of Charsadda Fazal Shah Mohmand resigned from his party post on Tuesday."
    assert {e.actor for e in _acts(text, "2015-12-02", "resign_post")} == {"Fazal Shah Mohmand"}


def test_the_two_parties_are_the_last_two_the_story_named_when_the_piece_names_one():
    text = ("PESHAWAR: The QWP on Tuesday rejoined the PTI-led coalition government in Khyber Pakhtunkhwa.\n\n"
            "Governor Mehtab Abbasi administered the oath to two new ministers at a ceremony in Peshawar. "
            "Sikandar Sherpao was given the irrigation department. Anisa Zeb will look after social welfare.\n\n"
            "The return followed a written accord signed by Chief Minister Pervez Khattak and QWP chairman Aftab "
            "Sherpao last week. Under the accord, the two parties agreed to work together in the province.")
    acts = {(e.actor, e.counterpart, e.action) for e in _acts(text, "2015-12-02", "coalition")}
    assert ("PTI", "QWP", "join") in acts


def test_a_bare_refusal_joined_to_an_offer_rejects_the_offerer():
    text = ("PESHAWAR: Opposition leader Lutfur Rehman of the JUI-F spoke to reporters on Tuesday. He said the JUI-F "
            "had offered the QWP a seat in a joint opposition alliance last year but the QWP had declined.")
    acts = {(e.actor, e.counterpart, e.action) for e in _acts(text, "2015-12-02", "coalition")}
    assert ("QWP", "JUI-F", "reject") in acts
    other = "PESHAWAR: The PTI invited the QWP to the talks but the JUI-F declined."
    assert not [e for e in _acts(other, "2015-12-02", "coalition") if e.action == "reject"]
