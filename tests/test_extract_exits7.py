"""Forms found by the exits7 stories (party switching: mergers, lists, denials). Every sentence here is the project's own."""
from allegiance import extract


def _acts(text: str, published: str, kind: str) -> set[tuple[str, str, str]]:
    return {(e.actor, e.party, e.status) for e in extract(text, published=published) if e.type == kind}


def test_leader_announcing_a_merger_joins_the_absorbing_party():
    text = ("QUETTA: A splinter group of the Balochistan National Party merged with the Pakistan Peoples Party on Monday. "
            "Sardar Naseer Ahmed Mengal, who leads the group, formally announced the merger with the PPP at a news conference.")
    assert ("Sardar Naseer Ahmed Mengal", "PPP", "fact") in _acts(text, "2019-03-05", "join_party")


def test_a_merger_opposed_or_between_parties_is_no_joining():
    text = ("LAHORE: Chaudhry Tariq Mehmood opposed the merger with the PTI on Monday. "
            "The PML-Q and the PTI announced a merger on Monday.")
    assert _acts(text, "2018-05-08", "join_party") == set()


def test_rebuffing_reports_of_joining_is_a_denial():
    text = "KARACHI: Former PPP MPA Syed Kamal Ahmed Shah on Tuesday rebuffed reports of his joining the PTI."
    assert _acts(text, "2018-06-06", "join_party") == {("Syed Kamal Ahmed Shah", "PTI", "denied")}


def test_a_clause_after_a_list_of_names_each_labelled_with_a_party_is_the_last_name_s():
    text = ("MULTAN: Makhdoom Ali Haider Gilani on Saturday joined the Pakistan Tehreek-e-Insaf. "
            "He was joined by former PML-N MPA Rana Tariq Aziz of Khanewal and former PPP MNA Malik Abid Hussain Bhatti, "
            "who had parted ways with the PPP last month.")
    leaves = {(a, p) for a, p, _s in _acts(text, "2012-02-05", "leave_party")}
    assert ("Malik Abid Hussain Bhatti", "PPP") in leaves and not any(a == "Rana Tariq Aziz" for a, _p in leaves)


def test_a_clause_after_an_unlabelled_list_still_tells_of_every_name():
    text = ("FAISALABAD: Former MPAs Raza Ali Gondal, Tariq Aziz Bajwa and Asif Nawaz Cheema, "
            "who had quit the PML-N last month, also joined the PTI on Saturday.")
    leaves = {(a, p) for a, p, _s in _acts(text, "2012-02-05", "leave_party")}
    assert leaves == {("Raza Ali Gondal", "PML-N"), ("Tariq Aziz Bajwa", "PML-N"), ("Asif Nawaz Cheema", "PML-N")}


def test_people_named_after_an_unnamed_group_s_switch_announced_their_decision():
    text = ("HYDERABAD: Two more members of the Sindh Assembly from the Pakistan Muslim League-Functional on Monday parted "
            "ways with the party and joined the Pakistan Peoples Party.\n\n"
            "MPAs Sardar Abdul Rahim Jatoi and Begum Shahnaz Memon announced their decision at a news conference in Hyderabad.")
    events = extract(text, published="2017-04-11")
    joins = {(e.actor, e.party) for e in events if e.type == "join_party"}
    leaves = {(e.actor, e.party) for e in events if e.type == "leave_party"}
    assert joins == {("Sardar Abdul Rahim Jatoi", "PPP"), ("Begum Shahnaz Memon", "PPP")}
    assert leaves == {("Sardar Abdul Rahim Jatoi", "PML-F"), ("Begum Shahnaz Memon", "PML-F")}


def test_a_decision_to_do_something_else_is_no_switch():
    text = ("HYDERABAD: Two members of the Sindh Assembly from the PML-F on Monday quit the party and joined the PPP.\n\n"
            "MPAs Ali Nawaz Shah and Qadir Bux Rind announced their decision to boycott the session on Tuesday.")
    assert _acts(text, "2017-04-11", "join_party") == set()


def test_the_party_after_a_name_is_the_one_a_rejoining_leaves():
    text = "MULTAN: Former MPA Malik Asghar Ali Joiya of the IPP is set to rejoin the PML-N, party sources said on Friday."
    assert _acts(text, "2023-12-09", "leave_party") == {("Malik Asghar Ali Joiya", "IPP", "possible")}
    assert _acts(text, "2023-12-09", "join_party") == {("Malik Asghar Ali Joiya", "PML-N", "possible")}


def test_members_of_a_legislative_assembly_are_named_with_their_role():
    text = "MUZAFFARABAD: Former MLAs Raja Tariq Mehmood Khan and Sardar Javed Ayub joined the PTI on Monday."
    joins = {(a, p) for a, p, _s in _acts(text, "2021-05-25", "join_party")}
    assert joins == {("Raja Tariq Mehmood Khan", "PTI"), ("Sardar Javed Ayub", "PTI")}


def test_the_party_after_a_pair_of_names_is_both_names_party():
    text = ("SKARDU: Former MLAs Raja Fazal Khan and Wazir Aslam Baig of the PML-N, and Agha Mehdi Rizvi and "
            "Ghulam Abbas Tahiri of the PPP, were welcomed into the PTI on Monday.")
    leaves = {(a, p) for a, p, _s in _acts(text, "2020-10-06", "leave_party")}
    assert leaves == {("Raja Fazal Khan", "PML-N"), ("Wazir Aslam Baig", "PML-N"),
                      ("Agha Mehdi Rizvi", "PPP"), ("Ghulam Abbas Tahiri", "PPP")}


def test_a_shared_surname_does_not_lend_a_person_another_man_s_party():
    text = ("BAGH: A breakaway group of the Muslim Conference merged with the PTI on Monday.\n\n"
            "Sardar Tahir Aziz Khan, who heads the group, formally announced the merger with the PTI at a news conference.\n\n"
            "In Mirpur, former PML-N minister Raja Abdul Majeed Khan dismissed reports of his joining the PTI.")
    events = extract(text, published="2021-06-08")
    assert not any(e.type == "coalition" and e.actor == "PML-N" for e in events)
    assert ("Sardar Tahir Aziz Khan", "PTI") in {(e.actor, e.party) for e in events if e.type == "join_party"}


def test_all_former_members_who_quit_after_a_list_tells_of_every_name():
    text = ("KOTLI: Joining the PPP on Sunday were Raja Imtiaz Ahmed, Chaudhry Naeem Akhtar and Sardar Wajid Ali, "
            "all former office-bearers of the PML-N who quit the party last year.")
    leaves = {(a, p) for a, p, _s in _acts(text, "2021-05-31", "leave_party")}
    assert leaves == {("Raja Imtiaz Ahmed", "PML-N"), ("Chaudhry Naeem Akhtar", "PML-N"), ("Sardar Wajid Ali", "PML-N")}


def test_joined_by_others_after_a_quote_between_joins_them_to_the_party_he_joined():
    text = ("LAHORE: Senior politician Sardar Ayaz Khan Dreshak on Saturday left the PML-N and joined the PTI.\n\n"
            "\"I am leaving the Muslim League with a heavy heart,\" Dreshak said.\n\n"
            "He was joined by former PPP MNA Malik Arshad Hiraj, who had quit the PPP last month.")
    joins = {(e.actor, e.party, e.date) for e in extract(text, published="2011-12-25") if e.type == "join_party"}
    assert ("Malik Arshad Hiraj", "PTI", "2011-12-24") in joins


def test_joined_by_family_at_a_rally_is_no_joining():
    text = "LAHORE: Sardar Ayaz Khan Dreshak on Saturday addressed a rally of the PML-N. He was joined by his sons at the rally."
    assert _acts(text, "2011-12-25", "join_party") == set()


def test_a_year_told_of_the_listed_people_does_not_date_their_joining():
    text = ("BAGH: Raja Naveed Khan on Wednesday joined the PTI. Those who joined the PTI with him were Sardar Ali Khan "
            "and Chaudhry Majeed Gujjar, both former office-bearers of the PML-N who quit the party in 2019.")
    joins = {(e.actor, e.date) for e in extract(text, published="2021-06-03") if e.type == "join_party"}
    assert {("Sardar Ali Khan", "2021-06-02"), ("Chaudhry Majeed Gujjar", "2021-06-02")} <= joins


def test_a_stint_a_hedged_rejoining_would_end_carries_the_day_of_the_word():
    text = ("RAWALAKOT: Former minister Sardar Tariq Zaman Khan is set to rejoin the PPP after a two-year stint in the "
            "PML-N, party sources said on Wednesday.")
    leaves = {(e.actor, e.party, e.date, e.status) for e in extract(text, published="2021-06-03") if e.type == "leave_party"}
    assert leaves == {("Sardar Tariq Zaman Khan", "PML-N", "2021-06-02", "possible")}


def test_a_leaving_granted_before_a_refused_joining_keeps_no_day():
    text = ("JHANG: Former PTI MNA Sardar Ghazanfar Abbas Bharwana rebuffed reports of his joining the PPP. "
            "\"I left the PTI, yes, but I have not joined any party,\" he told reporters on Monday.")
    events = extract(text, published="2023-08-08")
    assert {(e.actor, e.party, e.date) for e in events if e.type == "leave_party"} == \
        {("Sardar Ghazanfar Abbas Bharwana", "PTI", None)}
    assert {(e.party, e.status, e.date) for e in events if e.type == "join_party"} == {("PPP", "denied", "2023-08-07")}


def test_an_office_left_on_a_named_day_but_not_the_party_keeps_its_day():
    text = "RAWALPINDI: PTI women's wing secretary Dr Nadia Khan stepped down from her office on Monday but did not leave the party."
    assert {e.date for e in extract(text, published="2023-06-13") if e.type == "resign_post"} == {"2023-06-12"}


def test_a_former_leader_dismissing_his_joining_the_political_party_joins_nothing_named():
    text = "KARACHI: Former PTI leader Syed Ali Haider Zaidi on Monday dismissed the news of his joining the political party."
    assert _acts(text, "2023-06-06", "join_party") == set()
    text = "KARACHI: Former PTI leader Syed Ali Haider Zaidi on Monday dismissed the news of his rejoining the party."
    assert _acts(text, "2023-06-06", "join_party") == {("Syed Ali Haider Zaidi", "PTI", "denied")}


def test_also_joining_was_someone_s_nephew_joins_the_nephew():
    text = ("SKARDU: Four former members of the assembly joined the PTI on Tuesday. Also joining the PTI was former "
            "GB assembly speaker Wazir Hasan Baig's nephew, Wazir Saleem Baig, a PML-N ticket-holder in 2015.")
    joins = {a for a, p, _s in _acts(text, "2020-09-30", "join_party") if p == "PTI"}
    assert joins == {"Wazir Saleem Baig"}


def test_joining_a_party_was_a_setback_joins_no_one():
    text = "GILGIT: Joining the PTI was a setback for Hafeez Ali Khan, a PML-N leader said on Tuesday."
    assert _acts(text, "2020-09-30", "join_party") == set()


def test_a_chairman_announcing_his_party_s_merger_joins_the_other_party():
    text = "KARACHI: PSP chairman Syed Mustafa Kamal on Wednesday announced his party's merger with the MQM-P."
    events = extract(text, published="2017-03-09")
    assert ("Syed Mustafa Kamal", "MQM-P") in {(e.actor, e.party) for e in events if e.type == "join_party"}
    assert ("PSP", "MQM-P") in {(e.actor, e.counterpart) for e in events if e.type == "coalition"}


def test_rubbishing_or_terming_reports_baseless_denies_the_joining():
    text = "LAHORE: PTI MPA Malik Arshad Bara on Friday rubbished reports that he had joined the IPP."
    assert {(p, s) for _a, p, s in _acts(text, "2023-06-10", "join_party")} == {("IPP", "denied")}
    text = "LAHORE: Former PTI MNA Malik Arshad Bara termed reports of his joining the PPP baseless on Friday."
    assert {(p, s) for _a, p, s in _acts(text, "2023-06-10", "join_party")} == {("PPP", "denied")}


def test_calling_an_expulsion_baseless_does_not_deny_it():
    text = "LAHORE: Former PTI MNA Malik Arshad Bara called the PTI's decision to expel him baseless, and joined the PPP on Friday."
    assert {e.status for e in extract(text, published="2023-06-10") if e.type == "expel"} == {"fact"}


def test_rejoining_the_party_after_a_clause_on_leaving_it_returns_to_it():
    text = ("LAHORE: Sardar Zulfiqar Khosa's son, Sardar Dost Ali Khosa, who had parted ways with the PML-N, "
            "rejoined the party on Saturday.")
    joins = {(a, p) for a, p, _s in _acts(text, "2013-03-10", "join_party")}
    assert joins == {("Sardar Dost Ali Khosa", "PML-N")}
