"""Phrasings of election results (seat4 stress set). Sentences written for these tests."""
from datetime import date

import pytest

from allegiance.model import Article


def seats(extractor, text, published="2018-07-27"):
    evs = extractor.extract(Article(doc="t", text=text, published=date.fromisoformat(published)))
    return {(e.actor, e.seats, e.house) for e in evs if e.type == "seat_result"}


@pytest.mark.parametrize("text, expected", [
    ("In the Balochistan Assembly, the BAP won 15 seats, while the Hazara Democratic Party, the PML-N and the "
     "Awami National Party got one seat apiece.",
     {("BAP", 15, "PA-Balochistan"), ("HDP", 1, "PA-Balochistan"), ("PML-N", 1, "PA-Balochistan"),
      ("ANP", 1, "PA-Balochistan")}),
    ("In the Sindh Assembly, the PPP won 76 seats, and the GDA and the TLP two apiece.",
     {("PPP", 76, "PA-Sindh"), ("GDA", 2, "PA-Sindh"), ("TLP", 2, "PA-Sindh")}),
])
def test_apiece_gives_the_number_to_every_party_of_the_group(extractor, text, expected):
    assert seats(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("In Thursday's Senate elections, the PML-N grabbed 18 seats and the Jamiat Ulema-i-Islam-Fazl two.",
     {("PML-N", 18, "Senate"), ("JUI-F", 2, "Senate")}),
    ("In the Khyber Pakhtunkhwa Assembly, the Jamiat Ulema-i-Islam (F) won 13 seats and the Jamaat-e-Islami seven.",
     {("JUI-F", 13, "PA-KP"), ("JI", 7, "PA-KP")}),
])
def test_a_name_is_known_whichever_vowel_writes_its_izafat(extractor, text, expected):
    assert seats(extractor, text, "2015-03-06") == expected


@pytest.mark.parametrize("text, expected", [
    ("The PTI grabbed 35 seats in the Khyber Pakhtunkhwa Assembly. The tally of the others stood as follows: "
     "13 seats for the JUI-F, 12 for the PML-N and 3 for the PPP.",
     {("PTI", 35, "PA-KP"), ("JUI-F", 13, "PA-KP"), ("PML-N", 12, "PA-KP"), ("PPP", 3, "PA-KP")}),
    ("In the Punjab Assembly, it was 214 seats for the PML-N and eight for the PPP, according to the results.",
     {("PML-N", 214, "PA-Punjab"), ("PPP", 8, "PA-Punjab")}),
    ("In the Sindh Assembly the tally was 84 for the PPP, 28 for the MQM-P and 14 for independents.",
     {("PPP", 84, "PA-Sindh"), ("MQM-P", 28, "PA-Sindh"), ("IND", 14, "PA-Sindh")}),
    ("In the Sindh Assembly, the alliance left 12 for the PML-F under the seat adjustment.", set()),
    ("The PTI won 123 seats in the Punjab Assembly and needs 12 seats for a majority. The party had 60 seats "
     "for women in mind.", {("PTI", 123, "PA-Punjab")}),
])
def test_seats_for_a_party_are_its_tally(extractor, text, expected):
    assert seats(extractor, text, "2013-05-13") == expected


@pytest.mark.parametrize("text, expected", [
    ("In the Balochistan Assembly, the MMA grabbed nine seats, the Balochistan National Party of Sardar Akhtar "
     "Mengal seven and independents five.",
     {("MMA", 9, "PA-Balochistan"), ("BNP", 7, "PA-Balochistan"), ("IND", 5, "PA-Balochistan")}),
    ("In the Khyber Pakhtunkhwa Assembly, the JUI-F won seven seats and the Pakistan Tehreek-e-Insaf "
     "Parliamentarians of former chief minister Pervez Khattak two.",
     {("JUI-F", 7, "PA-KP"), ("PTI-P", 2, "PA-KP")}),
])
def test_a_party_named_with_its_leader_owns_the_number_after(extractor, text, expected):
    assert seats(extractor, text, "2024-02-10") == expected


@pytest.mark.parametrize("text, expected", [
    ("In Wednesday's Senate polls, the PTI won 18 seats. The JUI-F grabbed three, while the ANP and the BNP "
     "got two each.", {("PTI", 18, "Senate"), ("JUI-F", 3, "Senate"), ("ANP", 2, "Senate"), ("BNP", 2, "Senate")}),
    ("In the Sindh Assembly, the PPP won 76 seats. The MQM-P captured 16, while the GDA took 11.",
     {("PPP", 76, "PA-Sindh"), ("MQM-P", 16, "PA-Sindh"), ("GDA", 11, "PA-Sindh")}),
    ("The PML-N won 18 seats in the Senate elections. The PPP trailed with eight, and the PTI followed with six.",
     {("PML-N", 18, "Senate"), ("PPP", 8, "Senate"), ("PTI", 6, "Senate")}),
])
def test_a_sentence_that_goes_on_with_the_tallies_is_read(extractor, text, expected):
    assert seats(extractor, text, "2021-03-04") == expected


def test_a_number_after_a_verb_of_winning_alone_is_no_tally(extractor):
    text = "The PTI won 18 seats in the Senate polls. Its leader later took three questions from reporters."
    assert seats(extractor, text, "2021-03-04") == {("PTI", 18, "Senate")}


def test_the_assemblies_that_elect_senators_are_no_house_of_the_tally(extractor):
    text = ("PTI largest party in Senate\n\nISLAMABAD: The PTI emerged as the largest party in Wednesday's Senate "
            "elections.\n\nPolling was held in the National Assembly and the Sindh and Balochistan assemblies, after "
            "all 11 candidates from Punjab had been returned unopposed. Counting those, the PTI won 18 of the 48 "
            "seats and the PPP eight.")
    assert seats(extractor, text, "2021-03-04") == {("PTI", 18, "Senate"), ("PPP", 8, "Senate")}


@pytest.mark.parametrize("text, expected", [
    ("In the Punjab Assembly, the PML-N won 102 seats. In Sindh, the PPP was leading on 71 of the 130 "
     "constituencies at the time of going to press, followed by the MQM, which was ahead on 38.",
     {("PML-N", 102, "PA-Punjab")}),
    ("The PTI was leading in 115 constituencies and the PML-N in 60 when counting stopped, while in the Punjab "
     "Assembly the PML-N was ahead with 137 seats.", {("PML-N", 137, "PA-Punjab")}),
])
def test_seats_led_in_while_counting_are_no_result(extractor, text, expected):
    assert seats(extractor, text, "2008-02-20") == expected


@pytest.mark.parametrize("text, expected", [
    ("In the Punjab Assembly by-elections, the PTI won 15 seats. The PML-N could win only four seats.",
     {("PTI", 15, "PA-Punjab"), ("PML-N", 4, "PA-Punjab")}),
    ("In the Punjab Assembly by-elections, the PTI won 15 seats. The PML-N could only bag two.",
     {("PTI", 15, "PA-Punjab"), ("PML-N", 2, "PA-Punjab")}),
    ("In the Punjab Assembly by-elections, the PTI won 15 seats. The PML-N could win 10 seats only if the PPP "
     "backed it, and the PPP could win four seats.", {("PTI", 15, "PA-Punjab")}),
])
def test_could_with_only_tells_what_a_party_managed(extractor, text, expected):
    assert seats(extractor, text, "2022-07-18") == expected


@pytest.mark.parametrize("text, expected", [
    ("In the Punjab Assembly by-elections, the PTI won 15 seats and the PML-N four, while one went to an "
     "independent candidate.", {("PTI", 15, "PA-Punjab"), ("PML-N", 4, "PA-Punjab"), ("IND", 1, "PA-Punjab")}),
    ("In the Sindh Assembly, the PPP bagged 76 seats, while 16 went to the MQM-P.",
     {("PPP", 76, "PA-Sindh"), ("MQM-P", 16, "PA-Sindh")}),
])
def test_a_number_that_went_to_a_party_in_a_list_of_tallies(extractor, text, expected):
    assert seats(extractor, text, "2022-07-18") == expected


@pytest.mark.parametrize("text, expected", [
    ("In the Balochistan Assembly, the BAP won 15 seats. In the National Assembly, the BAP won four of "
     "Balochistan's 16 general seats, while the BNP bagged two and the MMA also won two.",
     {("BAP", 15, "PA-Balochistan")}),
    ("In the National Assembly, the PTI won 116 of the 270 seats, while the PML-N bagged 64.",
     {("PTI", 116, "NA"), ("PML-N", 64, "NA")}),
])
def test_a_tally_out_of_a_provinces_national_assembly_seats_is_its_share(extractor, text, expected):
    assert seats(extractor, text, "2018-07-27") == expected


def test_a_partys_winners_from_a_province_in_the_national_assembly_are_a_share(extractor):
    text = ("In the Khyber Pakhtunkhwa Assembly, independents won 90 seats. In the National Assembly, the "
            "PTI-backed independents from the province clinched 38 seats.")
    assert seats(extractor, text, "2024-02-10") == {("IND", 90, "PA-KP")}


@pytest.mark.parametrize("text, expected", [
    ("In the Khyber Pakhtunkhwa Assembly, the JUI-F won seven seats and the PML-N five, while the ANP had to "
     "settle for a single seat.", {("JUI-F", 7, "PA-KP"), ("PML-N", 5, "PA-KP"), ("ANP", 1, "PA-KP")}),
    ("In the Sindh Assembly, the PPP won 84 seats, while the Jamaat-e-Islami won a lone seat.",
     {("PPP", 84, "PA-Sindh"), ("JI", 1, "PA-Sindh")}),
    ("The JI failed to win a single seat in the Sindh Assembly, where the PPP won 84 seats, and the PML-N did "
     "not win a single seat either.", {("PPP", 84, "PA-Sindh")}),
    ("In the Sindh Assembly, the PPP won 84 seats, and its leader dared the PML-N to win even a single seat "
     "there.", {("PPP", 84, "PA-Sindh")}),
])
def test_a_single_seat_is_one_unless_denied(extractor, text, expected):
    assert seats(extractor, text, "2024-02-10") == expected


@pytest.mark.parametrize("text, expected", [
    ("The ECP on Monday allotted the reserved seats. After the allotment, the PML-N has secured 123 seats in the "
     "National Assembly. The PPP's tally has risen to 73, the MQM-P's to 22 and the JUI-F's to 11.",
     {("PML-N", 123, "NA"), ("PPP", 73, "NA"), ("MQM-P", 22, "NA"), ("JUI-F", 11, "NA")}),
    ("The ECP on Monday allotted the reserved seats. In the Punjab Assembly, the allotment took the PML-N's tally "
     "to 222.", {("PML-N", 222, "PA-Punjab")}),
    # one result a party and house: the general seats the story gives stay the result
    ("The PPP won 54 seats in the National Assembly. Once the reserved seats were allotted, the PPP's tally rose "
     "to 73.", {("PPP", 54, "NA")}),
    # a strength from independents joining, or one to come, is no result
    ("The PML-N won 75 seats in the National Assembly. With the reserved seats, the IPP's tally rose to 4 after "
     "independents joined it, and the PPP's tally will rise to 73.", {("PML-N", 75, "NA")}),
])
def test_a_tally_raised_by_the_allotment_of_reserved_seats(extractor, text, expected):
    assert seats(extractor, text, "2024-03-05") == expected


@pytest.mark.parametrize("text", [
    "PTI leader Barrister Gohar Ali Khan said the party had won 180 seats in the National Assembly on the basis of "
    "its own Form-45s.",
    "By their own count, the PTI-backed independents won 170 seats in the National Assembly.",
])
def test_a_tally_by_a_partys_own_count_is_a_claim(extractor, text):
    assert seats(extractor, "The PML-N won 75 seats in the National Assembly. " + text, "2024-03-05") == {("PML-N", 75, "NA")}


def test_the_provincial_assembly_is_the_assembly_of_the_storys_province(extractor):
    text = ("Independents swept the Khyber Pakhtunkhwa Assembly, winning 90 seats. Pervez Khattak lost both his "
            "National Assembly and provincial seats. In the last polls the PTI won 66 seats in the provincial "
            "assembly on its own symbol.")
    assert seats(extractor, text, "2024-02-10") == {("IND", 90, "PA-KP"), ("PTI", 66, "PA-KP")}


@pytest.mark.parametrize("text, expected", [
    ("In the Khyber Pakhtunkhwa Assembly the PTI retained its majority, winning 83 of the 115 seats, while the "
     "JUI-F came second with 10 seats.", {("PTI", 83, "PA-KP"), ("JUI-F", 10, "PA-KP")}),
    ("The PML-N, short of a majority, won 75 seats in the National Assembly.", {("PML-N", 75, "NA")}),
    ("The PML-N needs a majority, and must win 134 seats in the National Assembly.", set()),
])
def test_a_blocking_word_in_a_clause_before_the_tally_does_not_block_it(extractor, text, expected):
    assert seats(extractor, text, "2024-02-11") == expected


@pytest.mark.parametrize("text, expected", [
    ("The PML-N won 75 seats in the National Assembly, up from 64 in 2018.", {("PML-N", 75, "NA")}),
    ("The JUI-F bagged four seats in the National Assembly, the same as its tally in 2018.", {("JUI-F", 4, "NA")}),
    ("The PPP won 43 seats in the National Assembly in 2018 as well as in 2013.", {("PPP", 43, "NA")}),  # background: undated
])
def test_a_year_compared_with_does_not_date_the_tally(extractor, text, expected):
    assert seats(extractor, text, "2024-02-11") == expected


@pytest.mark.parametrize("text, expected", [
    ("The PTI's tally in the National Assembly stood at 116, the PML-N's at 64 and the PPP's at 43.",
     {("PTI", 116, "NA"), ("PML-N", 64, "NA"), ("PPP", 43, "NA")}),
    ("In the Sindh Assembly, the PPP's tally stood at 76, while the turnout stood at 47 per cent.",
     {("PPP", 76, "PA-Sindh")}),
    ("The ECP allotted the reserved seats on Monday. The MQM-P's tally rose to nineteen in the National Assembly.",
     {("MQM-P", 19, "NA")}),
])
def test_a_partys_tally_that_stood_at_a_figure(extractor, text, expected):
    assert seats(extractor, text, "2018-07-28") == expected


@pytest.mark.parametrize("text, expected", [
    ("The PML-N hopes to win 20 seats in the Senate elections next month.", set()),
    ("The PTI aims to bag 10 seats in the Senate polls.", set()),
    ("In the Senate polls, the PTI went on to win 18 seats and the PPP managed to win eight.",
     {("PTI", 18, "Senate"), ("PPP", 8, "Senate")}),
])
def test_a_win_in_an_infinitive_is_wanted_unless_it_came_about(extractor, text, expected):
    assert seats(extractor, text, "2021-03-04") == expected


def test_has_to_win_is_a_need_and_had_to_settle_a_result(extractor):
    text = ("In the Khyber Pakhtunkhwa Assembly, the JUI-F won seven seats, while the ANP had to settle for two "
            "seats. The PPP has to win 10 seats in the next polls.")
    assert seats(extractor, text, "2024-02-10") == {("JUI-F", 7, "PA-KP"), ("ANP", 2, "PA-KP")}


@pytest.mark.parametrize("text, expected", [
    ("In the Sindh Assembly, the PPP won 84. It was followed by the MQM-P, which bagged 28, and independents, "
     "who won 14.", {("PPP", 84, "PA-Sindh"), ("MQM-P", 28, "PA-Sindh"), ("IND", 14, "PA-Sindh")}),
    ("The Senate passed the bill after the PML-N won 98 votes.", set()),
])
def test_a_bare_number_won_in_a_sentence_that_names_the_house(extractor, text, expected):
    assert seats(extractor, text, "2024-02-11") == expected


@pytest.mark.parametrize("text, expected", [
    ("The PTI swept 26 of the 35 National Assembly seats in Khyber Pakhtunkhwa.", set()),
    ("The PPP won 45 National Assembly seats from Sindh, and the PTI won 66 seats in Khyber Pakhtunkhwa.",
     {("PTI", 66, "PA-KP")}),
])
def test_national_assembly_seats_in_a_province_are_its_share(extractor, text, expected):
    assert seats(extractor, text, "2018-07-28") == expected


@pytest.mark.parametrize("text, expected", [
    ("In the National Assembly, 101 seats went to independents, 75 to the PML-N and 54 to the PPP.",
     {("IND", 101, "NA"), ("PML-N", 75, "NA"), ("PPP", 54, "NA")}),
    ("In the National Assembly, the PTI went to court over 20 seats, and 10 to the tribunal.", set()),
])
def test_seats_that_went_to_parties_in_a_list(extractor, text, expected):
    assert seats(extractor, text, "2024-02-11") == expected


def test_a_bare_number_before_this_time_ends_its_clause(extractor):
    text = "In the National Assembly, the MMA, which had bagged 53 seats in 2002, could manage only 12 this time."
    assert seats(extractor, text, "2008-02-20") == {("MMA", 12, "NA")}


@pytest.mark.parametrize("text, expected", [
    ("Both the PML-N and the PPP won 11 seats in the Senate elections.", {("PML-N", 11, "Senate"), ("PPP", 11, "Senate")}),
    ("The PML-N and the PPP both won 11 seats in the Senate elections.", {("PML-N", 11, "Senate"), ("PPP", 11, "Senate")}),
    ("The PPP won both seats in the Senate by-election.", {("PPP", 2, "Senate")}),
])
def test_both_parties_of_the_subject_won_the_number(extractor, text, expected):
    assert seats(extractor, text, "2024-04-03") == expected
