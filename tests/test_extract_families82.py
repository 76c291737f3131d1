"""Families that move together (issue families82): relatives counted by relation and then named after a
comma ('along with his two sons and a nephew, A and B'), the 'along with' of one of two joined verbs
carrying both acts ('quit X and joined Y, along with his son, A'), and counted lawmakers of a party who join
another party, persons moving rather than their party forming a coalition.

Sentences are written for these tests; each states what a reader would record (GUIDELINE.md).
"""
import pytest

from conftest import person_moves, coalition_reader


@pytest.fixture(scope="module")
def moves(extractor):
    return person_moves(extractor, "2018-06-08")


@pytest.fixture(scope="module")
def coalitions(extractor):
    return coalition_reader(extractor, "2018-06-08")


@pytest.mark.parametrize("text, kin, left, joined", [
    ("Former MNA Sardar Mansoor Hayat Tamman on Thursday quit the PML-N and joined the PTI at a rally in Talagang, "
     "along with his two sons and a nephew, Sardar Ali Tamman and Sardar Hamza Tamman.",
     ["Sardar Ali Tamman", "Sardar Hamza Tamman"], "PML-N", "PTI"),
    ("Makhdoom Syed Ali Raza Gillani left the PPP on Wednesday and joined the PML-Q in Multan along with his "
     "son and a son-in-law, Syed Usman Gillani and Syed Kazim Shah.",
     ["Syed Usman Gillani", "Syed Kazim Shah"], "PPP", "PML-Q"),
])
def test_relatives_counted_then_named_leave_and_join_with_the_mover(moves, text, kin, left, joined):
    found = moves(text)
    for name in kin:
        assert ("leave_party", name, left, "fact") in found
        assert ("join_party", name, joined, "fact") in found


def test_along_with_on_the_second_verb_carries_the_first_act_too(moves):
    found = moves("Chaudhry Nasir Iqbal Bosal resigned from the PML-N on Tuesday and joined the PTI along with "
                  "his nephew Chaudhry Kashif Bosal.")
    assert ("leave_party", "Chaudhry Kashif Bosal", "PML-N", "fact") in found
    assert ("join_party", "Chaudhry Kashif Bosal", "PTI", "fact") in found


def test_along_with_a_party_on_the_other_verb_names_no_companion(moves):
    found = moves("Sardar Asif Ali Mazari quit the PML-N on Tuesday and formed an alliance along with the PPP leaders.")
    assert not any(kind == "leave_party" and name != "Sardar Asif Ali Mazari" for kind, name, *_ in found)


@pytest.mark.parametrize("text", [
    "Eight former PPP members of the Sindh Assembly joined the GDA on Monday, the alliance said.",
    "Twelve PML-Q MPAs also joined the PTI at Zaman Park on Tuesday.",
])
def test_counted_lawmakers_of_a_party_joining_another_are_no_coalition(coalitions, text):
    assert coalitions(text) == set()


def test_a_party_joining_an_alliance_is_still_a_coalition(coalitions):
    assert ("PPP", "GDA", "join") not in coalitions("Eight former PPP members of the Sindh Assembly joined the GDA.")
    assert ("PML-F", "GDA", "join") in coalitions("The PML-F formally joined the GDA on Monday.")


@pytest.mark.parametrize("text", [
    "Malik Asad Noon stayed with the PML-N. The Noon family joined the PML-N in 1985.",
    "Malik Asad Noon stayed with the PML-N. The Noon family first entered the assemblies in 1985 and was with "
    "the PPP until 2002.",
    "Mir Zafarullah Jamali met the governor. The Jamali clan later joined the PML-Q in 2002.",
])
def test_a_family_as_a_group_names_no_one(moves, text):
    assert not any(kind == "join_party" for kind, *_ in moves(text))


def test_a_family_whose_members_are_named_moves_by_them(moves):
    found = moves("The Khosa family, including Sardar Dost Khosa and Sardar Saif Khosa, joined the PPP on Monday.")
    assert ("join_party", "Sardar Dost Khosa", "PPP", "fact") in found
    assert ("join_party", "Sardar Saif Khosa", "PPP", "fact") in found


@pytest.mark.parametrize("text", [
    "Khosas switch to PPP; nephew stays with N-League",
    "Bosals move to PTI; brother remains with PML-N",
])
def test_a_relative_staying_in_a_headline_is_no_party_act(coalitions, text):
    assert coalitions(text) == set()


def test_a_family_named_in_the_next_sentence_carries_the_act(moves):
    found = moves("MULTAN: Makhdoom Shah Mehmood Qureshi and his family members parted ways with the PPP on Friday. "
                  "The estranged members, including Makhdoom Shah Mehmood Qureshi, his son Makhdoom Zain Qureshi and "
                  "his daughter Mehar Bano Qureshi, said they would announce their future course next week.")
    for name in ("Makhdoom Shah Mehmood Qureshi", "Makhdoom Zain Qureshi", "Mehar Bano Qureshi"):
        assert ("leave_party", name, "PPP", "fact") in found


def test_a_next_sentence_about_other_members_adds_no_one(moves):
    found = moves("MULTAN: Makhdoom Shah Mehmood Qureshi parted ways with the PPP on Friday. "
                  "The party's members, including Syed Yousuf Raza Gilani, criticised the decision.")
    assert not any(name == "Syed Yousuf Raza Gilani" for _k, name, *_ in found)


def test_they_of_a_group_listed_by_name_is_those_people_not_a_party(coalitions):
    text = ("SUKKUR: Pir Syed Fazal Ali Shah Jilani and his family members left the PPP on Friday. The disgruntled "
            "members, including Pir Syed Fazal Ali Shah Jilani and Syed Sadiq Ali Shah Jilani, announced that they "
            "had joined the GDA.")
    assert ("PPP", "GDA", "join") not in coalitions(text)


def test_the_two_brothers_are_the_two_of_one_surname_just_named(moves):
    found = moves("Sardar Mir Badshah Qaisrani joined the PTI on Thursday. His brother, Sardar Amjad Farooq Qaisrani, "
                  "stayed with the PML-N, a party official, Rana Sanaullah, said. The two brothers had joined the "
                  "PML-N together in 2013.")
    assert ("join_party", "Sardar Mir Badshah Qaisrani", "PML-N", "fact") in found
    assert ("join_party", "Sardar Amjad Farooq Qaisrani", "PML-N", "fact") in found
    assert not any(name == "Rana Sanaullah" for _k, name, *_ in found)


def test_last_month_named_in_a_relative_clause_is_no_day(extractor):
    from conftest import story_reader
    read = story_reader(extractor, "2024-01-10")
    found = read("Sardar Kamal Khan Bangulzai, a cousin who joined the PPP last October, said on Wednesday he "
                 "would not join the PML-N.")
    joins = [e for e in found if e.type == "join_party" and e.party == "PPP"]
    assert joins and all(e.date is None for e in joins)
