"""By-elections and what follows elections: candidates standing down in favour of another party's
nominee, seat adjustments ruled out, and tallies per house. Every sentence here is the project's own wording."""
from allegiance import extract


def coalitions(text, published="2023-03-10"):
    return {(e.actor, e.counterpart, e.action, e.status, e.date) for e in extract(text, published=published)
            if e.type == "coalition"}


def test_a_candidate_withdrawing_from_the_race_in_favour_of_another_partys_man_backs_that_party():
    text = ("MARDAN: Campaigning ended on Thursday for the PK-54 by-election. The Qaumi Watan Party's nominee, "
            "Haji Sher Ali, withdrew from the contest on Monday in favour of the JUI-F's Maulana Abdul Ghani.")
    got = coalitions(text)
    assert ("QWP", "JUI-F", "join", "fact", "2023-03-06") in got
    assert not any(a == "leave" for _x, _y, a, _s, _d in got)


def test_pulling_out_in_favour_of_a_nominee_is_no_leaving():
    text = ("JI pulls out of NA-220 race in favour of GDA nominee\n\n"
            "HYDERABAD: The Jamaat-i-Islami on Tuesday withdrew its nominee from the NA-220 by-election, its "
            "spokesman said.")
    got = coalitions(text)
    assert not any(a == "leave" for _x, _y, a, _s, _d in got)
    assert ("JI", "GDA", "join", "fact") in {g[:4] for g in got}


def test_some_candidates_of_a_party_standing_down_are_not_the_party():
    text = ("GILGIT: Three of the JUI-F's candidates withdrew from the race on Sunday in favour of the PTI, "
            "a party official said.")
    got = coalitions(text)
    assert not any(x == "JUI-F" and y == "PTI" for x, y, _a, _s, _d in got)


def test_a_party_that_will_have_no_seat_adjustment_denies_joining_that_party():
    text = ("QUETTA: The National Party said on Friday it would have no seat adjustment with the BAP in the "
            "PB-20 by-election.")
    got = coalitions(text)
    assert ("NP", "BAP", "join", "denied", "2023-03-10") in got
    assert not any(x == "BAP" for x, _y, _a, _s, _d in got)
    assert not any(a == "reject" for _x, _y, a, _s, _d in got)


def test_a_province_in_a_second_tallys_own_clause_is_its_house():
    text = ("LAHORE: According to the final results, the PML-N won 160 seats in the Punjab Assembly, "
            "while the PPP emerged as the largest party in Sindh with 70 seats.")
    got = {(e.actor, e.seats, e.house) for e in extract(text, published="2013-05-14") if e.type == "seat_result"}
    assert ("PPP", 70, "PA-Sindh") in got
    assert ("PML-N", 160, "PA-Punjab") in got


def test_mr_and_a_middle_name_finds_the_party_written_with_a_possessive_before_the_full_name():
    text = ("SWABI: The Pakistan Peoples Party's Fazal Rabbi Khan won Sunday's by-election in PK-45, according "
            "to unofficial results.\n\nTurnout was low because of the cold weather.\n\n"
            "The JUI-F's candidate, Maulana Abdul Haq, withdrew from the race on Thursday in favour of Mr Rabbi.")
    got = coalitions(text, published="2023-01-16")
    assert ("JUI-F", "PPP", "join", "fact", "2023-01-12") in got


def test_an_announced_withdrawal_in_favour_of_a_nominee_is_a_join_not_a_leave():
    text = ("SUKKUR: The GDA's candidate for PS-21, Syed Ghulam Shah, announced his withdrawal from the by-poll "
            "in favour of the PTI nominee on Saturday.")
    got = coalitions(text, published="2023-03-13")
    assert ("GDA", "PTI", "join", "fact", "2023-03-11") in got
    assert not any(a == "leave" for _x, _y, a, _s, _d in got)


def test_provincial_seats_in_a_story_datelined_from_a_provincial_capital_count_in_its_assembly():
    text = ("QUETTA: The BAP kept its National Assembly seat in Sunday's by-election, while the JUI-F won both "
            "the provincial seats on offer.")
    got = {(e.actor, e.seats, e.house) for e in extract(text, published="2023-03-13") if e.type == "seat_result"}
    assert ("JUI-F", 2, "PA-Balochistan") in got


def test_a_final_tally_replaces_the_unofficial_one_told_before_it():
    text = ("QUETTA: Unofficial results showed the BAP winning five seats and the JUI-F two in the Balochistan Assembly "
            "by-elections. The final results issued by the ECP, however, gave the BAP four seats and the JUI-F three.")
    got = {(e.actor, e.seats) for e in extract(text, published="2023-03-17") if e.type == "seat_result"}
    assert ("BAP", 5) not in got and ("JUI-F", 2) not in got


def test_pulled_out_of_the_race_in_favour_of_a_nominee_in_the_body_is_no_leaving():
    text = ("SUKKUR: Polling for PS-24 will be held on Sunday.\n\n"
            "The JUI-F's candidate pulled out of the race on Thursday in favour of the PPP's nominee.")
    got = coalitions(text, published="2023-03-17")
    assert ("JUI-F", "PPP", "join", "fact", "2023-03-16") in got
    assert not any(a == "leave" for _x, _y, a, _s, _d in got)


def test_results_notified_on_a_later_day_keep_the_polling_day():
    text = ("PESHAWAR: The by-elections to the Khyber Pakhtunkhwa Assembly were held on Sunday. "
            "According to the results notified by the ECP on Thursday, the ANP won three seats and the PTI two.")
    got = {(e.actor, e.seats, e.date) for e in extract(text, published="2023-03-17") if e.type == "seat_result"}
    assert ("ANP", 3, "2023-03-12") in got
