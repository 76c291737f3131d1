"""resign_post in whole stories of resignations from party and public posts (stress set resign4):
an emir or a secretary general named beside the name, a year in a relative clause on the one who
resigns, 'MPA' inside 'parted company', '..., not the PTI', a place before 'district', a portfolio
read as a name, 'those who resigned included', 'Mr Qureshi', the house a role is held in, two posts
sharing a describing word, the 'emarat'. Every sentence here is the project's own."""
import pytest


@pytest.fixture(scope="module")
def posts(extractor):
    from datetime import date

    from allegiance.model import Article

    def run(text, published="2019-11-05"):
        events = extractor.extract(Article(doc="t", text=text, published=date.fromisoformat(published)))
        return {(e.actor, e.post, e.status, e.date) for e in events if e.type == "resign_post"}
    return run


@pytest.mark.parametrize("text, actor, post", [
    ("Maulana Hafiz Abdul Qayyum, emir of the Multan district chapter, and Qari Javed Iqbal, general secretary "
     "of the Bahawalpur chapter, said they were quitting their posts.", "Maulana Hafiz Abdul Qayyum",
     "emir of Multan district chapter"),
    ("Maulana Saeed Ahmed Tahir, the party's Dera Ghazi Khan district emir, said on Monday he would resign.",
     "Maulana Saeed Ahmed Tahir", "party's Dera Ghazi Khan district emir"),
])
def test_an_emir_beside_the_name_is_the_post(posts, text, actor, post):
    assert any(a == actor and p == post for a, p, _s, _d in posts(text))


@pytest.mark.parametrize("text", [
    "LAHORE: Rana Javed Iqbal Khan, who was elected from Kasur in 2018, resigned from the Punjab Assembly on Monday.",
    "QUETTA: Balochistan food minister Mir Zahoor Ahmed Buledi resigned on Monday.\n\nMir Asghar Ali Rind, who "
    "was elected from Turbat in 2013, also resigned as provincial minister for fisheries.",
])
def test_a_year_in_a_relative_clause_on_the_resigner_does_not_date_the_act(posts, text):
    assert {d for _a, _p, _s, d in posts(text)} == {"2019-11-04"}


@pytest.mark.parametrize("text, post", [
    ("KARACHI: Dr Faisal Rafiq Memon resigned as MPA on Monday.", "MPA"),
    ("LAHORE: Chaudhry Nadeem Akhtar Bajwa resigned as MPA and left the PML-Q on Monday.", "MPA"),
])
def test_a_post_whose_letters_sit_inside_a_leaving_phrase_is_still_a_post(posts, text, post):
    """'MPA' is not a word of 'parted company': the phrases are matched word by word."""
    assert any(p == post for _a, p, _s, _d in posts(text))


@pytest.mark.parametrize("text, actor, post", [
    ("However, the PML-F's provincial secretary general, Pir Sadruddin Shah Rashdi, denied that he had resigned.",
     "Pir Sadruddin Shah Rashdi", "PML-F's provincial secretary general"),
    ("The party's deputy secretary general, Mian Javed Latif Butt, stepped down on Monday.",
     "Mian Javed Latif Butt", "party's deputy secretary general"),
])
def test_a_secretary_general_set_off_before_the_name_is_the_post(posts, text, actor, post):
    assert any(a == actor and p == post for a, p, _s, _d in posts(text))


@pytest.mark.parametrize("text", [
    "KARACHI: Syed Ahsan Raza Jafri quit the Sindh cabinet, not the PPP, on Monday.",
    'KARACHI: Syed Ahsan Raza Jafri said: "I have left the ministry and the district office, not the PPP."',
])
def test_a_negated_apposition_is_no_part_of_the_post(posts, text):
    assert all("not" not in p.split() for _a, p, _s, _d in posts(text))


@pytest.mark.parametrize("text, actor, post", [
    ("LAHORE: PML-N Lahore president Khawaja Imran Nazir and Shahdara district general secretary Rana Mubashir "
     "Iqbal Khan tendered their resignations on Monday.", "Rana Mubashir Iqbal Khan", "Shahdara district general secretary"),
    ("MULTAN: PTI Multan president Malik Aamir Dogar and Khanewal division president Syed Fakhar Imam Bukhari "
     "resigned on Monday.", "Syed Fakhar Imam Bukhari", "Khanewal division president"),
])
def test_a_place_before_district_or_division_is_no_person_of_the_list(posts, text, actor, post):
    found = posts(text)
    assert any(a == actor and p == post for a, p, _s, _d in found)
    assert {a for a, _p, _s, _d in found} <= {actor, text.split(" president ")[1].split(" and ")[0]}


@pytest.mark.parametrize("text, actor", [
    ("ISLAMABAD: Federal Minister for Industries and Production Rana Tanveer Ahmed Khan resigned on Monday.",
     "Rana Tanveer Ahmed Khan"),
    ("ISLAMABAD: Minister for Science and Technology Chaudhry Fawad Hussain Bhatti resigned on Monday.",
     "Chaudhry Fawad Hussain Bhatti"),
    ("ISLAMABAD: The SAPM on Overseas Pakistanis, Sayed Zulfiqar Hussain Shah, resigned as SAPM on Monday.",
     "Sayed Zulfiqar Hussain Shah"),
])
def test_the_words_of_a_portfolio_are_no_part_of_the_holder_s_name(posts, text, actor):
    assert {a for a, _p, _s, _d in posts(text)} == {actor}


@pytest.mark.parametrize("text", [
    "ISLAMABAD: PML-N MNAs resigned from the National Assembly en masse on Monday.\n\nThose who signed the "
    "resignations included Mr Khurram Dastgir Khan, Ms Zahra Wadood Fatemi and Rana Sanaullah Khan Niazi.",
    "ISLAMABAD: Lawmakers of the PML-N resigned from the National Assembly on Monday, hours before the vote on the "
    "budget.\n\nThe party's parliamentary leader announced the decision on the floor. He then walked out with the "
    "members of his party.\n\nThose who resigned included Mr Khurram Dastgir Khan, Ms Zahra Wadood Fatemi and "
    "Rana Sanaullah Khan Niazi.",
])
def test_those_who_resigned_included_names_the_group_resigned_above(posts, text):
    found = posts(text)
    for name in ("Mr Khurram Dastgir Khan", "Ms Zahra Wadood Fatemi", "Rana Sanaullah Khan Niazi"):
        assert (name, "MNA", "fact", "2019-11-04") in found


@pytest.mark.parametrize("title", ["Mr", "Dr"])
def test_a_titled_surname_takes_the_full_name_from_a_sentence_with_no_act(posts, title):
    text = (f"ISLAMABAD: Speaking on the floor, PTI leader Makhdoom Zain Hussain Qureshi said his party would boycott "
            f"the session.\n\n{title} Qureshi resigned as MNA on Monday.")
    assert {a for a, _p, _s, _d in posts(text)} == {"Makhdoom Zain Hussain Qureshi"}


@pytest.mark.parametrize("text", [
    "KARACHI: Syed Faisal Ali Subzwari gave up the post of opposition leader in the Sindh Assembly on Monday.",
    "LAHORE: Mian Mahmoodur Rasheed resigned as opposition leader in the Punjab Assembly on Monday.",
])
def test_the_house_a_role_is_held_in_is_no_part_of_the_post(posts, text):
    assert {p for _a, p, _s, _d in posts(text)} == {"opposition leader"}


@pytest.mark.parametrize("text, first, second", [
    ("LAHORE: Rana Sanaullah Khan Niazi stepped down as the party's Central Punjab general secretary and as a member "
     "of the party's central working committee on Monday.", "general secretary", "central working committee"),
    ("QUETTA: Mir Zafrullah Khan Zehri resigned as the party's senior vice president and as a member of its senior "
     "leadership council on Monday.", "vice president", "leadership council"),
])
def test_two_posts_sharing_a_describing_word_are_two_posts(posts, text, first, second):
    found = {p for _a, p, _s, _d in posts(text)}
    assert any(first in p for p in found) and any(second in p for p in found)


def test_giving_up_the_emarat_is_giving_up_the_emir_s_post(posts):
    found = posts('LAHORE: Maulana Abdul Rauf Farooqi stepped down as the JUI-F\'s Punjab emir on Monday. "I have only '
                  'given up the responsibility of the emarat," he said.')
    assert len(found) == 1 and "emir" in next(iter(found))[1]


@pytest.fixture(scope="module")
def leaves(extractor):
    from datetime import date

    from allegiance.model import Article

    def run(text, published="2019-11-05"):
        events = extractor.extract(Article(doc="t", text=text, published=date.fromisoformat(published)))
        return {(e.actor, e.party, e.status) for e in events if e.type == "leave_party"}
    return run


@pytest.mark.parametrize("text", [
    'LAHORE: Chaudhry Iftikhar Nazir Warraich resigned as minister on Monday. "I have left the ministry and the '
    'district office, not the PML-N," he said.',
    'LAHORE: Chaudhry Iftikhar Nazir Warraich stepped down as PML-N Lahore president on Monday. "I am giving up '
    'the post, not the PML-N," he said.',
])
def test_a_party_set_against_the_posts_left_is_a_leaving_denied(leaves, text):
    assert leaves(text) == {("Chaudhry Iftikhar Nazir Warraich", "PML-N", "denied")}
