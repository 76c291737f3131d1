"""Parties no registry knows, mentioned after their full name by their initials alone ('the KAT') or by
their kind of party ('the Tanzeem', 'the Front'). Every sentence here is the project's own wording."""
from allegiance import extract


def test_initials_written_alone_name_the_unknown_party_named_in_full():
    text = ("MULTAN: The Saraiki Wasaib Tehreek, a party formed last year by lawyers of south Punjab, held its first "
            "convention on Sunday. Former MPA Rana Iqbal Sirajuddin joined the SWT at the convention on Sunday.")
    got = {(e.type, e.actor, e.party, e.party_name) for e in extract(text, published="2024-05-13")}
    assert ("join_party", "Rana Iqbal Sirajuddin", "SWT", "Saraiki Wasaib Tehreek") in got


def test_initials_alone_act_as_a_coalition_actor():
    text = ("QUETTA: The Jhalawan Awami Ittehad won two seats in the provincial assembly, the results showed on Friday. "
            "On Friday night, the JAI announced that it would join the government to be formed by the PML-N in the province.")
    got = {(e.type, e.actor, e.counterpart, e.action) for e in extract(text, published="2024-02-10")}
    assert ("coalition", "JAI", "PML-N", "join") in got
    assert not any(e.actor in ("JI", "BNP", "NP") for e in extract(text, published="2024-02-10") if e.type == "coalition")


def test_the_kind_of_party_after_the_full_name_is_that_party():
    text = ("LAHORE: Three retired judges on Monday launched the ‘Pakistan Insaaf Adalat Front’ at a ceremony here. "
            "Two former MPAs, Malik Saeed Akhtar and Begum Nusrat Jabeen, also joined the Front on Monday.")
    got = {(e.type, e.actor, e.party) for e in extract(text, published="2024-06-04")}
    assert ("join_party", "Malik Saeed Akhtar", "PIAF") in got and ("join_party", "Begum Nusrat Jabeen", "PIAF") in got


def test_the_kind_of_party_stays_unread_when_two_unknown_parties_share_it():
    text = ("KARACHI: The Sindh Ittehad Mahaz and the Pakistan Ittehad Mahaz said on Monday they would merge. "
            "Former MNA Abdul Qadir Shar joined the Mahaz on Monday.")
    assert not any(e.type == "join_party" for e in extract(text, published="2024-06-04"))


def test_a_headline_refusal_does_not_deny_the_next_act_in_the_same_tense():
    text = "Jamaat rules out alliance with PML-N, opens talks with JUI-F\n\nLAHORE: The JI held a meeting of its shura on Sunday."
    got = {(e.actor, e.action, e.counterpart, e.status) for e in extract(text, published="2024-09-16") if e.type == "coalition"}
    assert ("JI", "talks", "JUI-F", "fact") in got


def test_until_the_story_day_brings_a_background_passage_back_to_that_day():
    text = ("PESHAWAR: Former provincial minister Qazi Anwar Khattak on Thursday joined the Qaumi Watan Tehreek, a party "
            "set up by retired teachers and doctors of the Kohat division in the spring of this year.\n\n"
            "The party's chief, Professor Gul Zaman, said the Tehreek would contest the local polls in all districts of "
            "the province and would hold a workers' convention in Kohat soon after the budget session.\n\n"
            "Mr Khattak had quit the ANP in May last year but had stayed away from politics until Thursday, "
            "spending his time at his farm near Lachi.\n\n"
            "Two former MPAs, Haji Sher Bahadur and Malik Arshad Orakzai, also joined the Tehreek.")
    got = {(e.actor, e.party, e.date) for e in extract(text, published="2024-11-08") if e.type == "join_party"}
    assert ("Haji Sher Bahadur", "QWT", "2024-11-07") in got and ("Malik Arshad Orakzai", "QWT", "2024-11-07") in got


def test_a_party_before_a_comma_in_a_headline_is_not_the_owner_of_the_deal_after_it():
    text = ("Karachi Haqooq Front welcomes PTI rebels, signs seat deal with MQM-P\n\n"
            "KARACHI: The Karachi Haqooq Front (KHF) on Sunday welcomed two former PTI councillors into its ranks.")
    pairs = {(e.actor, e.counterpart) for e in extract(text, published="2024-01-08") if e.type == "coalition"}
    assert ("PTI", "MQM-P") not in pairs and ("MQM-P", "PTI") not in pairs


def test_a_province_opening_a_quoted_new_party_name_is_part_of_its_code():
    text = "QUETTA: Former senator Mir Hasil Bizenjo Jr on Tuesday joined the newly formed ‘Balochistan Mazdoor Mahaz’ at a rally."
    got = {(e.actor, e.party, e.party_name) for e in extract(text, published="2024-04-10") if e.type == "join_party"}
    assert ("Mir Hasil Bizenjo Jr", "BMM", "Balochistan Mazdoor Mahaz") in got


def test_a_party_word_opening_an_izafat_name_names_a_new_party():
    text = "KARACHI: Former MPA Syed Adil Rizvi on Sunday joined the Tanzeem-e-Ahl-e-Qalam Pakistan at its office in Gulshan."
    got = {(e.type, e.actor, e.party) for e in extract(text, published="2024-08-12")}
    assert ("join_party", "Syed Adil Rizvi", "TAQP") in got


def test_an_izafat_named_party_by_its_initials_later_in_the_story():
    text = ("HYDERABAD: The Mahaz-e-Kisan Sindh, a peasants' party formed in January, held a rally on Sunday. "
            "Former MNA Pir Bux Junejo joined the MKS at the rally on Sunday.")
    got = {(e.type, e.actor, e.party) for e in extract(text, published="2024-08-12")}
    assert ("join_party", "Pir Bux Junejo", "MKS") in got


def test_a_known_izafat_name_stays_the_known_party():
    text = "LAHORE: Former MPA Rana Asif Iqbal on Sunday joined the Tehreek-e-Labbaik Pakistan at a ceremony in Lahore."
    got = {(e.type, e.actor, e.party) for e in extract(text, published="2024-08-12")}
    assert ("join_party", "Rana Asif Iqbal", "TLP") in got


def test_an_izafat_name_stops_before_and():
    text = "KARACHI: Former MPA Syed Adil Rizvi on Sunday joined the Tanzeem-e-Ahl-e-Qalam and Asad Umar Khan welcomed him."
    got = {(e.type, e.actor, e.party) for e in extract(text, published="2024-08-12")}
    assert ("join_party", "Syed Adil Rizvi", "TAQ") in got


def test_a_province_opening_a_newly_formed_party_name_is_part_of_its_code():
    text = "SUKKUR: Former MPA Nisar Ahmed Mahar on Friday joined the newly formed Sindh Haari Tehreek at a gathering."
    got = {(e.actor, e.party) for e in extract(text, published="2024-08-17") if e.type == "join_party"}
    assert ("Nisar Ahmed Mahar", "SHT") in got


def test_a_name_opened_by_its_party_word_lends_no_kind_to_the_country_name():
    from allegiance.extractor import get_extractor
    from allegiance.extractor.new_party_refs import kind_references, unknown_names
    text = ("KARACHI: Former MNA Abdul Waseem on Monday joined the Tehreek-e-Jawanan Pakistan at a ceremony. "
            "He said the Pakistan Peoples Party had failed Karachi and that the Pakistan he dreamt of was yet to come.")
    ruler = get_extractor().ruler
    names = unknown_names(text, ruler)
    assert "Pakistan" not in kind_references(text, {}, ruler.matches(text), names, ruler.unknown.heads)


def test_a_body_named_like_a_party_lends_no_initials():
    from allegiance.extractor import get_extractor
    from allegiance.extractor.new_party_refs import unknown_names
    text = "LAHORE: The Punjab Bar Council on Monday suspended the licence of a lawyer. The PBC said the decision was final."
    assert unknown_names(text, get_extractor().ruler) == []


def test_the_league_stays_unread_beside_a_new_league():
    from allegiance.extractor import get_extractor
    from allegiance.extractor.new_party_refs import kind_references, unknown_names
    text = ("LAHORE: The Awami Kisan League was launched on Monday. The PML-N said the League had always stood with "
            "farmers and would not let anyone divide its vote.")
    ruler = get_extractor().ruler
    names = unknown_names(text, ruler)
    assert "League" not in kind_references(text, {}, ruler.matches(text), names, ruler.unknown.heads)
