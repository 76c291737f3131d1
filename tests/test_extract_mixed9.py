"""Forms found by the mixed9 stories (five outlets' manners). Every sentence here is the project's own."""
from allegiance import extract
from allegiance.extractor import get_extractor


def coalition(text, published="2018-08-10"):
    return {(e.actor, e.counterpart, e.action) for e in extract(text, published=published) if e.type == "coalition"}


def test_an_agreement_with_two_parties_is_agreed_by_each_of_them():
    acts = coalition("QUETTA: The BAP signed an agreement with the BNP-Awami and the HDP to form the government in Balochistan.")
    assert {("BAP", "BNP-A", "join"), ("BNP-A", "BAP", "join"), ("BAP", "HDP", "join"), ("HDP", "BAP", "join")} <= acts


def test_an_opening_place_does_not_take_the_subject_away():
    doc = get_extractor().nlp("In Balochistan, the BAP, which won 15 seats, signed an agreement with the HDP.")
    signed = next(t for t in doc if t.text == "signed")
    assert [c.text for c in signed.children if c.dep_ == "nsubj"] == ["BAP"]
    acts = coalition("In Balochistan, the BAP, which won 15 seats, signed an agreement with the HDP to form the government.")
    assert ("BAP", "HDP", "join") in acts


def test_a_sentence_with_its_own_subject_keeps_it():
    doc = get_extractor().nlp("In Quetta, the capital, the BNP leaders met the BAP chief.")
    met = next(t for t in doc if t.text == "met")
    assert [c.text for c in met.children if c.dep_ == "nsubj"] == ["leaders"]


def test_a_retired_officers_name_heads_his_rank():
    doc = get_extractor().nlp("Maj Gen (retd) Ejaz Shah quit the cabinet on Monday.")
    shah = next(t for t in doc if t.text == "Shah")
    assert shah.dep_ == "nsubj" and shah.head.text == "quit"
    assert next(t for t in doc if t.text == "Gen").head.text == "Shah"


def test_the_resignation_of_an_aide_named_with_his_rank():
    text = ("ISLAMABAD: The prime minister on Monday accepted the resignation of his Adviser on Interior, "
            "Brig (retd) Ijaz Shah.")
    posts = {(e.actor, e.post) for e in extract(text, published="2021-04-13") if e.type == "resign_post"}
    assert posts == {("Ijaz Shah", "Adviser on Interior")}


def joins(text, published):
    return {(e.actor, e.party, e.status) for e in extract(text, published=published) if e.type == "join_party"}


def test_the_ruling_party_is_the_one_governing_when_the_story_appeared():
    text = "ISLAMABAD: Independent MNA Sardar Talib Nakai on Monday joined the ruling party."
    assert ("Sardar Talib Nakai", "PML-N", "fact") in joins(text, "2024-03-05")
    assert ("Sardar Talib Nakai", "PTI", "fact") in joins(text, "2019-03-05")


def test_the_former_ruling_party_is_not_the_government():
    text = ("ISLAMABAD: In another blow to the PTI, former minister Umar Farooq on Monday parted ways "
            "with the former ruling party.")
    leaves = {(e.actor, e.party) for e in extract(text, published="2023-05-30") if e.type == "leave_party"}
    assert leaves == {("Umar Farooq", "PTI")}


def test_a_faction_letter_written_out_names_the_registry_party():
    text = "ISLAMABAD: Former MNA Raza Hayat Hiraj on Monday quit the PML-Quaid and joined the PML-Nawaz."
    moves = {(e.type, e.party) for e in extract(text, published="2013-03-12") if e.type in ("leave_party", "join_party")}
    assert moves == {("leave_party", "PML-Q"), ("join_party", "PML-N")}


def test_a_faction_the_registry_lacks_is_not_its_parent():
    text = "KARACHI: Former MPA Younus Khan on Monday joined the MQM-Haqiqi."
    joins = {(e.party, e.party_name) for e in extract(text, published="2013-03-12") if e.type == "join_party"}
    assert joins == {("MQM-H", "MQM-Haqiqi")}


def test_a_party_whose_lawmakers_will_vote_for_a_chief_backs_his_party():
    text = ("LAHORE: The PML-N neared a majority on Tuesday.\n\n"
            "The PML-Functional's Pir Sadruddin Rashidi met Nawaz Sharif and announced that his party's four MNAs "
            "would vote for him as prime minister.\n\n"
            "Separately, the JUI-F said its MNAs would vote for Nawaz Sharif as prime minister.")
    acts = coalition(text, "2013-05-22")
    assert ("PML-F", "PML-N", "join") in acts and ("JUI-F", "PML-N", "join") in acts


def test_a_vote_for_him_with_no_office_is_no_support():
    text = "LAHORE: The PML-N met Pir Pagara on Tuesday. The PML-F said its members would vote for him."
    assert not {a for a in coalition(text, "2013-05-22") if a[2] == "join"}


def moves(text, published="2023-06-09"):
    return {(e.type, e.actor, e.party, e.date) for e in extract(text, published=published)
            if e.type in ("leave_party", "join_party")}


def test_a_relative_clause_after_a_list_tells_of_the_whole_list():
    text = ("LAHORE: Jahangir Tareen on Thursday launched the IPP in Lahore.\n\n"
            "Former minister Hashim Dogar, Nauman Langrial and Murad Raas, who had quit the PTI last month, "
            "also joined the IPP.")
    found = moves(text)
    assert {("leave_party", n, "PTI", None) for n in ("Hashim Dogar", "Nauman Langrial", "Murad Raas")} <= found
    assert {("join_party", n, "IPP", "2023-06-08") for n in ("Hashim Dogar", "Nauman Langrial", "Murad Raas")} <= found


def test_each_name_with_its_own_relative_clause_keeps_its_own_act():
    text = ("ISLAMABAD: Its founders included Shahid Abbasi, who had quit the PML-N in 2023, "
            "and Mustafa Khokhar, who had left the PPP in 2022.")
    leaves = {(a, p) for t, a, p, _d in moves(text, "2024-07-07") if t == "leave_party"}
    assert leaves == {("Shahid Abbasi", "PML-N"), ("Mustafa Khokhar", "PPP")}


def test_a_singular_relative_clause_after_a_list_is_the_last_name_alone():
    text = "LAHORE: Ali Raza and Bilal Haider, who is a former MPA, joined the PPP on Thursday. Haider quit the PTI, he said."
    assert ("leave_party", "Ali Raza", "PTI", None) not in moves(text)
