"""leave_party in whole stories of people leaving parties (stress set leave4): titles written with a stop
('Ch. Nisar'), lists after 'They were', 'The three - A, B and C -', relative clauses shared by a list.
Every sentence here is the project's own."""
import pytest

from conftest import person_moves


@pytest.fixture(scope="module")
def moves(extractor):
    return person_moves(extractor, "2023-06-02")


@pytest.mark.parametrize("title", ["Ch.", "Col."])
def test_a_title_with_its_stop_does_not_end_the_sentence(moves, title):
    found = moves("Four PML-Q MNAs deserted the party on Sunday and joined the PPP. Among those who parted ways "
                  f"with the PML-Q were Sardar Bahadur Khan Sehar from Layyah, {title} Nisar Ahmed Jhammat from "
                  "Faisalabad and Dr Nighat Perveen Mir.", "2008-04-07")
    for name in ("Sardar Bahadur Khan Sehar", f"{title} Nisar Ahmed Jhammat", "Dr Nighat Perveen Mir"):
        assert ("leave_party", name, "PML-Q", "fact") in found


@pytest.mark.parametrize("listing", [
    "They were Malik Naveed Arain, Rana Sohail Joiya and Syeda Tahira Gardezi.",
    "The three \u2014 Malik Naveed Arain from Khanewal, Rana Sohail Joiya and Syeda Tahira Gardezi \u2014 spoke to reporters.",
])
def test_a_list_after_an_act_of_unnamed_people_names_them(moves, listing):
    found = moves("In Multan, three IPP candidates who lost the polls said goodbye to the party on Monday. " + listing,
                  "2024-02-20")
    for name in ("Malik Naveed Arain", "Rana Sohail Joiya", "Syeda Tahira Gardezi"):
        assert ("leave_party", name, "IPP", "fact") in found


def test_they_were_after_no_act_names_nobody(moves):
    found = moves("Three PTI leaders were arrested on Monday. They were Malik Naveed Arain and Rana Sohail Joiya.")
    assert not found


@pytest.mark.parametrize("text", [
    "Among those who parted ways with the PML-Q were Syed Ali Raza Qureshi from Multan, Sardar Bahadur Sehar "
    "from Layyah and Dr Nighat Perveen Mir.",
    "Five MNAs quit the PML-Q on Sunday. Among those who parted ways were also two former ministers, Syed Ali "
    "Raza Qureshi and Sardar Bahadur Sehar, and a woman lawmaker, Dr Nighat Perveen Mir.",
])
def test_everyone_named_after_were_in_among_those_who_left(moves, text):
    found = moves(text, "2008-04-07")
    for name in ("Syed Ali Raza Qureshi", "Sardar Bahadur Sehar", "Dr Nighat Perveen Mir"):
        assert ("leave_party", name, "PML-Q", "fact") in found


def test_a_person_in_a_clause_on_the_listed_is_not_listed(moves):
    found = moves("Five MNAs quit the PML-Q on Sunday. Among those who parted ways were Syed Ali Raza Qureshi and "
                  "Sardar Bahadur Sehar, both of whom said their leader Chaudhry Shujaat Hussain had ignored them.",
                  "2008-04-07")
    assert ("leave_party", "Sardar Bahadur Sehar", "PML-Q", "fact") in found
    assert not any(actor == "Chaudhry Shujaat Hussain" for _t, actor, _p, _s in found)


@pytest.mark.parametrize("quote", ['"I am with the IPP," said Ch. Awais Ahmed Wahla.',
                                   '"I am still in the IPP. I have decided nothing," Ch. Awais Ahmed Wahla said.'])
def test_i_am_in_the_party_denies_a_leaving(moves, quote):
    found = moves("Reports said more IPP leaders would quit the party. " + quote, "2024-02-20")
    assert ("leave_party", "Ch. Awais Ahmed Wahla", "IPP", "denied") in found


def test_we_are_in_an_alliance_is_no_denial(moves):
    assert not moves('"We are in the PDM and we will contest together," Maulana Abdul Ghafoor Haideri said.')


@pytest.mark.parametrize("text, name", [
    ("Former hockey Olympian Naveedullah, the party's sports adviser, quit the IPP on Monday.", "Naveedullah"),
    ("Olympian Shahnaz Sheikh quit the IPP on Monday.", "Shahnaz Sheikh"),
])
def test_olympian_is_a_title_not_a_name(moves, text, name):
    assert ("leave_party", name, "IPP", "fact") in moves(text, "2024-02-20")


@pytest.mark.parametrize("move", ["jumped ship and rejoined the PTI", "deserted and joined the PTI"])
def test_a_leaving_joined_to_a_joining_leaves_the_other_party(moves, move):
    found = moves("Ch. Zawar Hussain Sial quit the IPP on Monday. He was followed within hours by former MPA "
                  f"Mian Asif Nawaz Kathia, who {move}.", "2024-02-20")
    assert ("leave_party", "Mian Asif Nawaz Kathia", "PTI", "fact") not in found
    assert ("leave_party", "Mian Asif Nawaz Kathia", "IPP", "fact") in found
    assert ("join_party", "Mian Asif Nawaz Kathia", "PTI", "fact") in found


@pytest.mark.parametrize("text", [
    "More than 80 PTI lawmakers have left the party, among them former ministers Dr Shireen Khalid and Fawad Akram.",
    "Dozens of PTI leaders quit the party on Thursday, including former MPA Dr Shireen Khalid and Fawad Akram.",
])
def test_unnamed_movers_named_after_the_act(moves, text):
    found = moves(text, "2023-05-26")
    assert ("leave_party", "Dr Shireen Khalid", "PTI", "fact") in found
    assert ("leave_party", "Fawad Akram", "PTI", "fact") in found


def test_a_person_after_including_those_is_no_mover(moves):
    assert not moves("Dozens of PTI workers quit the party on Thursday, including those in the constituency of "
                     "Hammad Akram.", "2023-05-26")


@pytest.mark.parametrize("quote", ['"I am an ANP worker and will remain one."', '"I am a member of the ANP."'])
def test_i_am_a_party_worker_denies_a_leaving(moves, quote):
    found = moves(f"Rumours said Saleem Jan Yousafzai would join the PPP. {quote[:-2]}," + '" Yousafzai said on Monday.',
                  "2023-08-15")
    assert ("leave_party", "Saleem Jan Yousafzai", "ANP", "denied") in found


def test_i_was_a_party_worker_denies_nothing(moves):
    found = moves('"I was an ANP worker in 2018," Saleem Jan Yousafzai said on Monday.', "2023-08-15")
    assert not any(t == "leave_party" for t, _a, _p, _s in found)


def test_who_had_himself_quit_and_a_group_set_off_in_the_same_sentence(moves):
    found = moves("QUETTA: Three PML-N MPAs left the party's fold on Thursday and joined the BAP.\n\n"
                  "The three \u2014 Mir Asghar Rind from Kachhi, Nawabzada Shahid Umrani and Sardar Qadir Khetran \u2014 "
                  "made the announcement at the residence of Mir Saleem Khosa, who had himself quit the PML-N "
                  "earlier this month.", "2018-03-30")
    assert ("leave_party", "Mir Saleem Khosa", "PML-N", "fact") in found
    for name in ("Mir Asghar Rind", "Nawabzada Shahid Umrani", "Sardar Qadir Khetran"):
        assert ("leave_party", name, "PML-N", "fact") in found
        assert ("join_party", name, "BAP", "fact") in found


@pytest.fixture(scope="module")
def posts(extractor):
    from datetime import date

    from allegiance.model import Article

    def run(text, published="2023-06-02"):
        events = extractor.extract(Article(doc="t", text=text, published=date.fromisoformat(published)))
        return {(e.actor, e.post) for e in events if e.type == "resign_post"}
    return run


@pytest.mark.parametrize("text, post", [
    ("Gurmani, who is also the PML-N's Muzaffargarh district president, said he had sent his resignation "
     "from the party office.", "Muzaffargarh district president"),
    ("Adnan Baloch, who was the PTI's Karachi division general secretary, quit on Thursday. He also resigned "
     "from his party post, he said.", "Karachi division general secretary"),
    ("The party's Gujranwala division president, Chaudhry Amjad Cheema, also resigned his divisional post.",
     "Gujranwala division president"),
])
def test_a_vague_post_resigned_is_the_role_told_beside_the_name(posts, text, post):
    found = posts(text, "2018-04-10")
    assert any(post in (p or "") for _a, p in found), found


@pytest.mark.parametrize("house, post", [("Sindh Assembly", "MPA"), ("Senate", "senator")])
def test_the_assembly_resigned_is_the_house_a_relative_clause_names(posts, house, post):
    found = posts(f"Syed Hammad Ali Rizvi, who represents Karachi in the {house}, resigned from the house and "
                  "from the basic membership of the MQM on Monday.", "2016-05-10")
    assert ("Syed Hammad Ali Rizvi", post) in found, found


@pytest.mark.parametrize("unit", ["taluka", "tehsil", "district", "division"])
def test_a_place_before_an_administrative_unit_is_no_person(moves, unit):
    found = moves(f"The former Thari Mirwah {unit} chairman, Mir Nadir Ali Talpur, left the PPP on Tuesday.",
                  "2024-01-10")
    assert ("leave_party", "Mir Nadir Ali Talpur", "PPP", "fact") in found
    assert not any(actor == "Thari Mirwah" for _t, actor, _p, _s in found)


def test_counted_people_from_a_place_name_no_person(moves):
    found = moves("A group of nearly 30 PTI workers from Gujar Khan announced on Monday that they were quitting "
                  "the party.", "2023-06-13")
    assert not any(actor == "Gujar Khan" for _t, actor, _p, _s in found)


@pytest.mark.parametrize("move", ["also crossed over", "also switched sides"])
def test_also_crossed_over_goes_where_the_others_went(moves, move):
    found = moves("Naeem Siddiqui quit the MQM and joined the PSP on Monday. The former in-charge of the MQM's "
                  f"Hyderabad zone, Muhammad Saleem Qureshi, {move}.", "2016-05-10")
    assert ("join_party", "Muhammad Saleem Qureshi", "PSP", "fact") in found
    assert ("leave_party", "Muhammad Saleem Qureshi", "MQM-P", "fact") in found


def test_crossed_over_with_nowhere_said_is_no_event(moves):
    assert not moves("Muhammad Saleem Qureshi crossed over at the last minute.", "2016-05-10")
