"""leave_party and join_party in whole stories of party switching (depart2): quotes whose 'I' is named
after them, joinings told in the passive, the decision of X to quit, a person joined rather than a
party. Every sentence here is the project's own wording."""
from allegiance import extract


def moves(text, published="2023-05-27"):
    return {(e.type, e.actor, e.party, e.status) for e in extract(text, published=published)
            if e.type in ("leave_party", "join_party", "expel")}


def test_the_i_of_a_quote_is_the_speaker_named_after_it():
    text = ("KARACHI: Former MPA Naseem Akhtar and former MNA Dr Farah Jabeen addressed a press conference on Friday.\n\n"
            "\u201cI have decided to part ways with the PTI after eleven years,\u201d Akhtar told reporters.")
    found = moves(text)
    assert ("leave_party", "Naseem Akhtar", "PTI", "fact") in found
    assert not any(actor == "Dr Farah Jabeen" for _t, actor, _p, _s in found)


def test_said_before_the_name_after_a_quote():
    text = ("Former MPA Naseem Akhtar and ex-MNA Tahir Baig met the press on Friday.\n\n"
            "\"I am quitting the PTI today,\" said Baig.")
    found = moves(text)
    assert ("leave_party", "Tahir Baig", "PTI", "fact") in found
    assert ("leave_party", "Naseem Akhtar", "PTI", "fact") not in found


def test_no_longer_stay_with_a_party():
    text = "Former MPA Naseem Akhtar said on Friday he could no longer stay with the PTI."
    assert ("leave_party", "Naseem Akhtar", "PTI", "fact") in moves(text)


def test_a_party_joined_by_people_in_the_passive():
    text = ("The PSP had earlier been joined by MQM MPAs Dr Kashif Rauf and Nadia Sheikh, "
            "as well as MNA Omar Pasha, who quit the MQM last month.")
    found = moves(text, "2016-04-26")
    for name in ("Dr Kashif Rauf", "Nadia Sheikh", "Omar Pasha"):
        assert ("join_party", name, "PSP", "fact") in found
    assert not any(t == "join_party" and p == "MQM-P" for t, _a, p, _s in found)


def test_a_mover_joined_by_a_companion():
    text = ("PTI MPA Shahid Mengal announced his decision to join the PPP at a press conference on Friday. "
            "He was joined by former district chairman Ghulam Rasool Kehar.")
    assert ("join_party", "Ghulam Rasool Kehar", "PPP", "fact") in moves(text, "2021-03-08")


def test_joined_by_someone_who_did_not_just_join_is_nothing():
    text = ("PTI MPA Shahid Mengal announced his decision to join the PPP on Friday. "
            "At the rally, PPP leader Nisar Khuhro was joined by his sons Ali Khuhro and Omar Khuhro.")
    found = moves(text, "2021-03-08")
    assert not any(a in ("Ali Khuhro", "Omar Khuhro") for _t, a, _p, _s in found)


def test_the_decision_of_a_named_person_to_quit_is_theirs():
    text = ("PPP chairman Bilawal Bhutto-Zardari dismissed the reports. He said the PTI was losing members, citing "
            "the recent decision of PTI MPA Shahid Mengal to quit the ruling party and join the PPP.")
    found = moves(text, "2021-03-08")
    assert ("leave_party", "Shahid Mengal", "PTI", "fact") in found
    assert ("join_party", "Shahid Mengal", "PPP", "fact") in found
    assert not any(a == "Bilawal Bhutto-Zardari" for _t, a, _p, _s in found)


def test_joining_a_person_names_no_party_after_it():
    text = ("Syed Mustafa Kamal launched the party in March. Former senator Rehan Qadri and ex-MPA Anis Ahmed had joined Kamal "
            "on the day of the party's launch on March 3.")
    found = moves(text, "2016-04-26")
    assert not any(p == "MQM-P" for _t, _a, p, _s in found)


def test_a_modal_phrase_in_a_second_clause_takes_the_first_clauses_subject():
    text = ("KARACHI: Former MPA Naseem Akhtar and former MNA Tahir Baig addressed the press on Friday. "
            "They said they condemned the violence and could no longer stay with a party whose workers attacked the state.")
    found = moves(text)
    assert ("leave_party", "Naseem Akhtar", "PTI", "fact") not in found  # no party named or in focus
    text = text.replace("addressed the press", "addressed the press at the PTI office")
    found = moves(text)
    assert ("leave_party", "Naseem Akhtar", "PTI", "fact") in found
    assert ("leave_party", "Tahir Baig", "PTI", "fact") in found


def test_lone_surnames_of_people_named_in_an_earlier_paragraph():
    text = ("QUETTA: Provincial ministers Mir Daud Lehri and Mir Hamid Jogezai joined the BAP on Sunday, "
            "with Sardar Imran Zarakzai.\n\n"
            "The lawmakers had been elected on the tickets of the PML-N in 2013.\n\n"
            "Lehri, Jogezai and Zarakzai had parted ways with the PML-N in January.")
    found = moves(text, "2018-04-09")
    for name in ("Mir Daud Lehri", "Mir Hamid Jogezai", "Sardar Imran Zarakzai"):
        assert ("leave_party", name, "PML-N", "fact") in found



def test_announced_their_return_after_a_rejoining():
    text = ("SARGODHA: Three former lawmakers rejoined the PML-N on Thursday, six years after they had left it.\n\n"
            "Former MNA Chaudhry Naeem Warraich, Pir Syed Kazim Shah and Mian Javed Bhatti called on the party "
            "president at Model Town and announced their return.")
    found = moves(text, "2024-01-12")
    for name in ("Chaudhry Naeem Warraich", "Pir Syed Kazim Shah", "Mian Javed Bhatti"):
        assert ("join_party", name, "PML-N", "fact") in found


def test_a_return_from_somewhere_or_with_no_rejoining_is_nothing():
    text = ("SARGODHA: Three former lawmakers rejoined the PML-N on Thursday.\n\n"
            "Former MNA Chaudhry Naeem Warraich announced his return from London.")
    assert ("join_party", "Chaudhry Naeem Warraich", "PML-N", "fact") not in moves(text, "2024-01-12")
    text = "LAHORE: Former MNA Chaudhry Naeem Warraich met the PML-N president and announced his return."
    assert not moves(text, "2024-01-12")


def test_announced_joining_with_no_party_after_it():
    text = ("PESHAWAR: Those who joined the PTI-P on Monday included former ministers Ishaq Khattak and "
            "Shaukat Durrani. Former adviser Kamran Afridi and ex-senator Nauman Jadoon were also present "
            "and announced joining.")
    found = moves(text, "2023-07-18")
    assert ("join_party", "Kamran Afridi", "PTI-P", "fact") in found
    assert ("join_party", "Nauman Jadoon", "PTI-P", "fact") in found


def test_a_place_of_several_words_before_a_titled_name_is_no_part_of_it():
    text = "LAHORE: PML-N MNA from Rahim Yar Khan Mian Abdul Qadir Lodhi announced joining the PTI on Tuesday."
    found = moves(text, "2018-05-30")
    assert ("join_party", "Mian Abdul Qadir Lodhi", "PTI", "fact") in found
    assert ("leave_party", "Mian Abdul Qadir Lodhi", "PML-N", "fact") in found  # a sitting MNA's party
    assert not any("Rahim" in a for _t, a, _p, _s in found)


def test_the_four_are_the_four_named_just_before():
    text = ("SARGODHA: Former MNA Chaudhry Naeem Warraich, Pir Syed Kazim Shah, Mian Javed Bhatti and Rana Tariq "
            "Noon rejoined the PML-N on Thursday. The party president welcomed them back. "
            "The four had joined the PTI in 2018 and had quit it after May 9.")
    found = moves(text, "2024-01-12")
    for name in ("Chaudhry Naeem Warraich", "Pir Syed Kazim Shah", "Mian Javed Bhatti", "Rana Tariq Noon"):
        assert ("join_party", name, "PTI", "fact") in found
        assert ("leave_party", name, "PTI", "fact") in found


def test_the_three_when_four_were_named_is_no_one():
    text = ("SARGODHA: Former MNA Chaudhry Naeem Warraich, Pir Syed Kazim Shah, Mian Javed Bhatti and Rana Tariq "
            "Noon rejoined the PML-N on Thursday. The three had joined the PTI in 2018.")
    found = moves(text, "2024-01-12")
    assert not any(p == "PTI" for _t, _a, p, _s in found)


def test_a_quoted_party_left_is_not_the_one_just_joined():
    text = ("MULTAN: PML-Q MPA Rana Tahir Noon resigned from the party's basic membership on Monday and joined the PPP. "
            "\"I have been in the League for years but I can no longer stay with a party that has no ideology,\" "
            "the MPA said while sitting beside PPP leader Makhdoom Ahmed Shah.")
    found = moves(text, "2013-03-19")
    assert ("leave_party", "Rana Tahir Noon", "PML-Q", "fact") in found
    assert not any(a == "Makhdoom Ahmed Shah" for _t, a, _p, _s in found)
    assert ("leave_party", "Rana Tahir Noon", "PPP", "fact") not in found


def test_also_joining_the_party_were():
    text = ("MULTAN: PML-Q MPA Rana Tahir Noon joined the PPP on Monday. Also joining the PPP were former MNA "
            "Dewan Ali Gardezi and ex-nazim Syed Raza Shah.")
    found = moves(text, "2013-03-19")
    assert ("join_party", "Dewan Ali Gardezi", "PPP", "fact") in found
    assert ("join_party", "Syed Raza Shah", "PPP", "fact") in found


def test_inducted_at_a_ceremony_after_a_joining_was_reported():
    text = ("LAHORE: Six former MPAs who had quit the PTI joined the IPP on Friday. Former MPAs Nauman Haral and "
            "Saeeda Bano were inducted at a ceremony in Lahore.")
    found = moves(text, "2023-06-10")
    assert ("join_party", "Nauman Haral", "IPP", "fact") in found
    assert ("join_party", "Saeeda Bano", "IPP", "fact") in found
    text = "LAHORE: Former MPAs Nauman Haral and Saeeda Bano were inducted at a ceremony on Friday."
    assert not moves(text, "2023-06-10")


def test_a_name_before_a_place_noun_is_the_place():
    text = ("GHOTKI: Former MNA Mian Abdul Rauf, a spiritual figure of the Bharchundi Sharif shrine, "
            "announced his decision to join the PTI on Sunday.")
    found = moves(text, "2011-12-26")
    assert ("join_party", "Mian Abdul Rauf", "PTI", "fact") in found
    assert not any("Bharchundi" in a for _t, a, _p, _s in found)


def test_people_named_after_an_unnamed_groups_act_did_its_other_acts_too():
    text = ("LAHORE: Six former MPAs who had quit the PTI after May 9 joined the IPP on Friday. Former MPAs Nauman "
            "Haral and Saeeda Bano were inducted at a ceremony in Lahore.")
    found = moves(text, "2023-06-10")
    assert ("leave_party", "Nauman Haral", "PTI", "fact") in found
    assert ("leave_party", "Saeeda Bano", "PTI", "fact") in found
    dated = {(e.actor, e.date) for e in extract(text, published="2023-06-10") if e.type == "leave_party"}
    assert ("Nauman Haral", None) in dated  # background: no day


def test_named_people_of_their_own_act_take_no_other_acts():
    text = ("LAHORE: Former MPA Rana Ali Haral, who had quit the PTI, joined the IPP on Friday. Former MPA "
            "Saeeda Bano was inducted at the same ceremony.")
    found = moves(text, "2023-06-10")
    assert ("join_party", "Saeeda Bano", "IPP", "fact") in found
    assert ("leave_party", "Saeeda Bano", "PTI", "fact") not in found


def test_also_left_with_its_own_object_is_not_the_party_others_left():
    text = ("HYDERABAD: Former minister Syed Nawaz Rizvi quit the PML-F on Sunday and joined the PPP. Former MNA "
            "Salahuddin Soomro also announced that he had left the Muttahida and joined the PPP.")
    found = moves(text, "2017-08-14")
    assert ("leave_party", "Salahuddin Soomro", "PML-F", "fact") not in found
    assert ("join_party", "Salahuddin Soomro", "PPP", "fact") in found
    text = "Former minister Syed Nawaz Rizvi quit the PML-F on Sunday. Former MNA Salahuddin Soomro also left."
    assert ("leave_party", "Salahuddin Soomro", "PML-F", "fact") in moves(text, "2017-08-14")


def test_they_in_one_speakers_words_is_the_group_named_just_before():
    text = ("QUETTA: Mir Saleem Zehri and Sardar Abdul Karim Kakar were elected on the BAP's tickets in 2018. "
            "Zehri said they had formally resigned from the BAP before travelling to Dubai.")
    found = moves(text, "2023-06-19")
    assert ("leave_party", "Mir Saleem Zehri", "BAP", "fact") in found
    assert ("leave_party", "Sardar Abdul Karim Kakar", "BAP", "fact") in found


def test_they_of_a_speaker_not_in_the_group_before_is_the_speaker_alone():
    text = ("QUETTA: Mir Saleem Zehri and Sardar Abdul Karim Kakar were elected on the BAP's tickets in 2018. "
            "Mir Hamid Jogezai said they had resigned from the BAP.")
    found = moves(text, "2023-06-19")
    assert ("leave_party", "Sardar Abdul Karim Kakar", "BAP", "fact") not in found


def test_a_return_after_a_stint_with_another_party_leaves_it():
    text = "MULTAN: Former minister Riaz Ahmad Bhutta returned to the PML-Q fold after a brief stint with the PML-N."
    found = moves(text, "2012-11-06")
    assert ("join_party", "Riaz Ahmad Bhutta", "PML-Q", "fact") in found
    assert ("leave_party", "Riaz Ahmad Bhutta", "PML-N", "fact") in found
    text = "MULTAN: Former minister Riaz Ahmad Bhutta returned to the PML-Q fold after a brief stint abroad."
    assert ("leave_party", "Riaz Ahmad Bhutta", "PML-N", "fact") not in moves(text, "2012-11-06")


def test_a_title_case_headline_verb_before_the_act_is_no_name():
    text = ("Winning Independents Sign Affidavits, Join Sunni Ittehad Council\n\n"
            "ISLAMABAD: Independent MNA-elect Raheel Gohar joined the Sunni Ittehad Council on Monday.")
    found = moves(text, "2024-02-20")
    assert not any("Affidavit" in a for _t, a, _p, _s in found)
    assert ("join_party", "Raheel Gohar", "SIC", "fact") in found
