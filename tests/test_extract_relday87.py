"""Acts dated by relative or unusual day expressions: 'in the early hours of Monday', 'the previous evening',
'on the 15th', 'two days after his arrest on May 14', 'on the eve of' a dated event, and a denial of leaving
set against a resignation just told. Every sentence here is the project's own wording."""
from allegiance import extract


def _dates(text: str, published: str, kind: str) -> dict[str, str | None]:
    return {e.actor: e.date for e in extract(text, published=published) if e.type == kind}


def test_the_early_hours_of_a_weekday_are_that_day():
    text = ("MULTAN: Former MPA Ghazala Rehman announced in the early hours of Sunday that she was leaving the "
            "Pakistan Tehreek-i-Insaf, citing the events of the past week.")
    assert _dates(text, "2023-06-12", "leave_party") == {"Ghazala Rehman": "2023-06-11"}


def test_the_previous_evening_is_the_day_before_the_story():
    text = ("PESHAWAR: PTI Mardan president Jamil Afridi on Thursday joined the PPP at Bilawal House. "
            "The previous evening, PTI Swabi district president Haroon Khattak had resigned his office.")
    assert _dates(text, "2023-06-16", "resign_post").get("Haroon Khattak") == "2023-06-14"


def test_a_day_of_the_month_alone_is_the_latest_such_day():
    text = ("ISLAMABAD: The JI on Monday announced it would contest alone. On the 9th, JI emir Sirajul Haq had "
            "ruled out any alliance with the PTI, saying his party would go to the people alone.")
    got = {(e.actor, e.counterpart): e.date for e in extract(text, published="2023-10-16") if e.type == "coalition"}
    assert got.get(("JI", "PTI")) == "2023-10-09"


def test_an_ordinal_before_a_noun_is_no_day():
    from datetime import date
    from allegiance.extractor.dates import date_expressions
    assert date_expressions("It voted on the 18th Amendment in the house.", date(2023, 10, 16)) == ()


def test_days_counted_after_a_dated_event_date_the_act():
    text = ("FAISALABAD: Former MNA Zahid Iqbal Bhinder quit the Pakistan Tehreek-i-Insaf three days after his "
            "arrest on June 3 in a case of vandalism, telling reporters he could no longer stay with the party.")
    assert _dates(text, "2023-06-08", "leave_party") == {"Zahid Iqbal Bhinder": "2023-06-06"}


def test_the_eve_of_a_dated_event_is_the_day_before_and_ends_the_post():
    text = ("KARACHI: Former MPA Arif Jatoi resigned as the PPP's Larkana division secretary on the eve of the "
            "dissolution of the Sindh Assembly, which the governor dissolved on August 11.")
    got = [(e.post, e.date) for e in extract(text, published="2023-08-14") if e.type == "resign_post"]
    assert got == [("PPP's Larkana division secretary", "2023-08-10")]


def test_a_contrasted_denial_of_leaving_takes_the_resignation_day():
    text = ("QUETTA: BAP Quetta president Mir Asad Baloch joined the PPP on Tuesday at a ceremony in the city. A day earlier, BAP Quetta general "
            "secretary Mir Kamal Marri had stepped down from his party office over ticket disputes.\n\n"
            "Mr Marri, however, said that he was not leaving the Balochistan Awami Party.")
    got = {(e.type, e.status): e.date for e in extract(text, published="2024-01-10") if e.actor == "Mir Kamal Marri"}
    assert got.get(("resign_post", "fact")) == "2024-01-08"
    assert got.get(("leave_party", "denied")) == "2024-01-08"


def test_a_counted_lead_day_is_the_story_day_later_sentences_count_from():
    text = ("FAISALABAD: Former MNA Zahid Iqbal Bhinder quit the Pakistan Tehreek-i-Insaf three days after his "
            "arrest on June 3 in a case of vandalism, telling reporters he could no longer stay with the party.\n\n"
            "The previous evening, the PTI's Jhang district president, Sheikh Yaqub Sial, had resigned his office.")
    assert _dates(text, "2023-06-08", "resign_post").get("Sheikh Yaqub Sial") == "2023-06-05"


def test_a_resignation_withdrawn_on_a_later_day_in_the_same_sentence_is_denied_that_day():
    text = ("MULTAN: PTI Multan city president Malik Adnan Dogar, who had sent his resignation to the party "
            "chairman on Sunday, withdrew it two days later after workers protested outside his house.")
    got = [(e.status, e.date) for e in extract(text, published="2023-06-07") if e.type == "resign_post"]
    assert got == [("denied", "2023-06-06")]


def test_a_week_later_counts_seven_days_from_the_day_just_named():
    text = ("HYDERABAD: Sardar Imdad Khoso joined the GDA on March 2 and left it a week later, complaining "
            "that he had been ignored in the award of tickets.")
    got = {e.type: e.date for e in extract(text, published="2024-04-15")}
    assert got.get("join_party") == "2024-03-02" and got.get("leave_party") == "2024-03-09"


def test_joining_one_party_from_another_leaves_that_other_on_the_same_day():
    text = "SUKKUR: Former MPA Syed Ali Nawaz Shah on Friday joined the GDA from the PPP at a gathering in Khairpur."
    got = {(e.type, e.party): e.date for e in extract(text, published="2024-01-13")}
    assert got.get(("leave_party", "PPP")) == "2024-01-12"
    assert got.get(("join_party", "GDA")) == "2024-01-12"


def test_joining_from_a_place_or_a_headline_summary_leaves_nothing():
    for text in ("MULTAN: Malik Ghulam Abbas on Friday joined the PPP from Multan, where he runs a school.",
                 "Ghulam Abbas joins PPP: from PML-N to PTI to Zardari's camp"):
        assert not [e for e in extract(text, published="2024-01-13") if e.type == "leave_party"]


def test_days_counted_from_a_dated_election_date_the_act():
    text = ("MIRPURKHAS: Former MNA Pir Aftab Jilani joined the GDA a day after the March 8 by-elections, "
            "complaining that the PPP had rigged his constituency.")
    assert _dates(text, "2024-03-13", "join_party") == {"Pir Aftab Jilani": "2024-03-09"}


def test_the_following_evening_counts_a_day_on_from_the_day_just_told():
    text = ("MULTAN: The PPP's south Punjab chapter met its ticket holders on Monday at the Gilani House to "
            "discuss the coming local polls.\n\nThe following evening, former MPA Rana Ijaz Noon joined the PPP "
            "at the same venue.")
    assert _dates(text, "2024-03-13", "join_party") == {"Rana Ijaz Noon": "2024-03-12"}


def test_one_of_a_partys_members_named_after_the_plural_is_expelled():
    text = ("PESHAWAR: The ANP had suspended the membership of another of its MPAs, Haji Hidayatullah Khan, "
            "last Friday for defying the party whip in the Senate polls.")
    got = {(e.type, e.actor, e.party) for e in extract(text, published="2024-04-03")}
    assert ("expel", "Haji Hidayatullah Khan", "ANP") in got


def test_the_day_after_standing_alone_counts_a_day_on():
    text = ("KARACHI: The MQM-P's coordination committee met on Thursday to review the party's local government "
            "strategy. The day after, former MPA Kamran Farooqui joined the PPP at Bilawal House.")
    assert _dates(text, "2024-03-18", "join_party") == {"Kamran Farooqui": "2024-03-15"}


def test_also_left_the_party_is_the_party_the_others_were_seen_leaving():
    text = ("PESHAWAR: Former KP minister Atif Saleem quit the PTI on Tuesday. The ANP, meanwhile, said its leaders "
            "had met JUI-F chief Maulana Fazlur Rehman to discuss the polls.\n\n"
            "On Monday, former MPA Ghazala Yousaf also left the party, citing the May 9 violence.")
    got = {e.actor: e.party for e in extract(text, published="2023-05-17") if e.type == "leave_party"}
    assert got.get("Ghazala Yousaf") == "PTI"


def test_a_day_of_last_month_and_the_night_of_a_numbered_day():
    from datetime import date
    from allegiance.extractor.dates import date_expressions
    assert date_expressions("He quit on the 27th of last month.", date(2024, 3, 13)) == ((8, date(2024, 2, 27)),)
    assert date_expressions("He quit on the night of the 9th, aides said.", date(2024, 3, 13)) == ((8, date(2024, 3, 9)),)
