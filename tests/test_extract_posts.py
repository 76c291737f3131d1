"""resign_post and expel, one kind of phrasing per test, on sentences written for these tests.

Posts are compared as written (the shortest clear form); seats are MNA / MPA / senator.
"""
import pytest

from allegiance import extract


def of_type(events, kind):
    return [e for e in events if e.type == kind]


def posts(events):
    return {(e.actor, e.post, e.status) for e in of_type(events, "resign_post")}


def expulsions(events):
    return {(e.actor, e.party, e.status) for e in of_type(events, "expel")}


# ---------------------------------------------------------------- resign_post: the post

@pytest.mark.parametrize("text, actor, post", [
    ("PML-N leader Ahsan Iqbal stepped down as secretary general of the party on Monday.",
     "Ahsan Iqbal", "secretary general of the party"),
    ("Senator Faisal Javed quit as chairman of the Senate standing committee on Tuesday.",
     "Faisal Javed", "chairman of the Senate standing committee"),
    ("Shahzad Akbar resigned as the prime minister's special assistant on accountability on Monday.",
     "Shahzad Akbar", "prime minister's special assistant on accountability"),
    ("Murad Ali Shah tendered his resignation as provincial minister on Sunday.", "Murad Ali Shah", "provincial minister"),
    ("Ali Zaidi resigned as caretaker information minister on Monday.", "Ali Zaidi", "caretaker information minister"),
])
def test_the_post_is_the_trigger_phrase_as_written_without_its_date(text, actor, post):
    assert posts(extract(text, published="2024-01-10")) == {(actor, post, "fact")}


@pytest.mark.parametrize("text, actor, post", [
    ("PTI leader Asad Umar resigned from the National Assembly seat on Wednesday.", "Asad Umar", "MNA"),
    ("Farooq Sattar vacated his seat in the National Assembly on Friday.", "Farooq Sattar", "MNA"),
    ("Sheikh Waqas resigned from the Punjab Assembly on Friday.", "Sheikh Waqas", "MPA"),
])
def test_a_seat_in_a_house_is_the_seat_word(text, actor, post):
    assert posts(extract(text, published="2024-01-10")) == {(actor, post, "fact")}


def test_two_posts_are_two_events():
    events = extract("Jahangir Tareen resigned as MNA and as party president on Monday.", published="2024-01-10")
    assert posts(events) == {("Jahangir Tareen", "MNA", "fact"), ("Jahangir Tareen", "party president", "fact")}


def test_a_bare_post_word_takes_the_role_written_beside_the_name():
    text = ("Special Assistant on Information Firdous Ashiq Awan has resigned from her position, "
            "a spokesman said on Monday.")
    events = extract(text, published="2024-01-10")
    assert {(e.actor, e.post) for e in of_type(events, "resign_post")} == {("Firdous Ashiq Awan", "Special Assistant on Information")}


def test_the_party_s_presidency_is_its_president():
    text = "The Balochistan Awami Party is in turmoil. Jam Kamal Khan resigned from the party's presidency on Friday."
    events = extract(text, published="2024-01-10")
    assert {(e.actor, e.post) for e in of_type(events, "resign_post")} == {("Jam Kamal Khan", "BAP president")}
    assert not of_type(events, "leave_party")


def test_an_assembly_seat_left_by_a_list_takes_the_list_s_seat_word():
    text = ("Four MNAs, Ali Raza Khan, Nadia Aziz, and two MPAs, Tahir Mehmood and Rubina Shah, "
            "announced their resignations from the assembly and the PML-N on Sunday.")
    events = extract(text, published="2024-01-10")
    assert {(e.actor, e.post) for e in of_type(events, "resign_post")} == {
        ("Ali Raza Khan", "MNA"), ("Nadia Aziz", "MNA"), ("Tahir Mehmood", "MPA"), ("Rubina Shah", "MPA")}


def test_resigning_from_the_party_is_no_post():
    events = extract("Aleem Khan resigned from the party on Monday.", published="2024-01-10")
    assert not of_type(events, "resign_post")


def test_a_coordinated_leaving_is_no_post():
    text = "Shahzain Bugti announced on Sunday that he would resign from the federal cabinet and part ways with the government."
    events = extract(text, published="2024-01-10")
    assert {e.post for e in of_type(events, "resign_post")} == {"federal cabinet"}


# ---------------------------------------------------------------- resign_post: who

def test_mass_resignation_with_named_members():
    text = "PTI MNAs including Asad Umar, Shireen Mazari and Ali Zaidi resigned from the National Assembly on Monday."
    assert posts(extract(text, published="2024-01-10")) == {
        ("Asad Umar", "MNA", "fact"), ("Shireen Mazari", "MNA", "fact"), ("Ali Zaidi", "MNA", "fact")}


def test_a_group_resignation_is_named_by_the_list_after_it():
    text = ("The Speaker on Tuesday accepted 35 resignations tendered by PTI National Assembly members. "
            "The PTI MNAs include Pervez Khattak, Hammad Azhar and Fawad Chaudhry.")
    events = extract(text, published="2023-01-17")
    assert posts(events) == {("Pervez Khattak", "MNA", "fact"), ("Hammad Azhar", "MNA", "fact"),
                             ("Fawad Chaudhry", "MNA", "fact")}
    assert all(e.actor != "Raja Pervaiz Ashraf" for e in events)


def test_the_resignation_of_a_named_official():
    text = "After the resignation of Fisheries Minister Sardar Khan Domki on Tuesday, the cabinet met in Quetta."
    events = extract(text, published="2018-01-03")
    assert {(e.actor, e.post) for e in of_type(events, "resign_post")} == {("Sardar Khan Domki", "Fisheries Minister")}


def test_a_demand_that_others_step_down_is_no_resignation():
    text = "PML-N leader Raja Zafarul Haq repeated his party's demand for the election officials to step down."
    assert not of_type(extract(text, published="2024-01-10"), "resign_post")


def test_an_order_to_resign_is_no_resignation_of_the_one_who_orders():
    text = "BNP chief Akhtar Mengal instructed Senator Naseema Ehsan to resign immediately."
    assert not any(e.actor == "Akhtar Mengal" for e in of_type(extract(text, published="2024-01-10"), "resign_post"))


# ---------------------------------------------------------------- resign_post: status

@pytest.mark.parametrize("text, status", [
    ("Chaudhry Nisar is likely to resign from his post as interior minister.", "possible"),
    ("Fawad Chaudhry offered to resign as information minister on Monday.", "possible"),
    ("Sheikh Rashid threatened to resign from the National Assembly on Sunday.", "possible"),
    ('"I will resign as chief minister if the party asks me," Usman Buzdar said on Monday.', "possible"),
    ("Murad Saeed refused to resign as communications minister on Tuesday.", "denied"),
    ("Khurram Dastgir denied resigning as defence minister.", "denied"),
    ("Jam Kamal Khan rescinded his resignation as chief minister on Tuesday.", "denied"),
    ("Shaukat Tarin said he had no intention of resigning as finance minister.", "denied"),
    ("Chief Minister Usman Buzdar denied reports of his resignation on Monday.", "denied"),
    ("Finance Minister Miftah Ismail may resign this week.", "possible"),
    ("Senator Mushahid Hussain was forced to resign as information minister in 2015.", "fact"),
])
def test_status_of_a_resignation(text, status):
    events = of_type(extract(text, published="2024-01-10"), "resign_post")
    assert [e.status for e in events] == [status]


# ---------------------------------------------------------------- expel

@pytest.mark.parametrize("text, actor, party", [
    ("The PTI expelled Fawad Chaudhry from the party for five years on Monday.", "Fawad Chaudhry", "PTI"),
    ("The PML-N suspended the membership of Zulfiqar Khosa on Tuesday.", "Zulfiqar Khosa", "PML-N"),
    ("The PPP cancelled the basic membership of Nabil Gabol over his remarks.", "Nabil Gabol", "PPP"),
    ("MQM-P leader Khawaja Izharul Hassan was suspended from the party on Wednesday.", "Khawaja Izharul Hassan", "MQM-P"),
    ("The ANP ousted Ghulam Bilour from the party on Monday.", "Ghulam Bilour", "ANP"),
    ("The PTI kicked Sher Afzal Marwat out of the party on Friday.", "Sher Afzal Marwat", "PTI"),
    ("The PTI stripped Ali Wazir of his basic membership.", "Ali Wazir", "PTI"),
    ("Mustafa Nawaz Khokhar's membership was suspended by the PPP on Monday.", "Mustafa Nawaz Khokhar", "PPP"),
    ("The PTI said on Monday that Sher Afzal Marwat had been removed from the party's primary membership.",
     "Sher Afzal Marwat", "PTI"),
])
def test_a_party_ends_a_named_membership(text, actor, party):
    assert expulsions(extract(text, published="2024-01-10")) == {(actor, party, "fact")}


def test_the_acting_leader_is_not_the_one_expelled():
    text = "PTI chairman Imran Khan expelled Jahangir Tareen and Aleem Khan from the party."
    assert expulsions(extract(text, published="2024-01-10")) == {("Jahangir Tareen", "PTI", "fact"), ("Aleem Khan", "PTI", "fact")}


def test_a_name_describing_the_expelled_is_not_expelled():
    text = "The PTI terminated the basic membership of Faisal Vawda, a close aide to Imran Khan, on Monday."
    assert expulsions(extract(text, published="2024-01-10")) == {("Faisal Vawda", "PTI", "fact")}


def test_the_leaders_whose_membership_ended_are_listed():
    text = ("The PTI on Friday acted against its Sindh lawmakers. The PTI leaders whose membership was terminated "
            "included Bilal Ahmed, Rabia Azfar and Sanjay Gangwani.")
    assert expulsions(extract(text, published="2024-01-10")) == {
        ("Bilal Ahmed", "PTI", "fact"), ("Rabia Azfar", "PTI", "fact"), ("Sanjay Gangwani", "PTI", "fact")}


def test_him_is_the_person_named_before():
    text = "The opposition leader, Raja Riaz, is a PTI dissident. The PTI expelled him, along with Noor Alam Khan."
    assert expulsions(extract(text, published="2024-01-10")) == {("Raja Riaz", "PTI", "fact"), ("Noor Alam Khan", "PTI", "fact")}


def test_sacked_him_and_revoked_his_membership_is_the_subject_of_the_main_clause():
    text = ("Parvez Elahi joined the PTI on Tuesday, hours after PML-Q President Chaudhry Shujaat Hussain "
            "sacked him as the party's Punjab president and revoked his basic membership.")
    assert expulsions(extract(text, published="2024-01-10")) == {("Parvez Elahi", "PML-Q", "fact")}


@pytest.mark.parametrize("text", [
    "The PTI issued a show-cause notice to Aamir Liaquat asking why he should not be expelled from the party.",
    "The opposition will oust Prime Minister Imran Khan through a no-confidence vote.",
    "The Speaker suspended the membership of Ali Wazir of the National Assembly for the session.",
    "The police removed Ali Wazir from the assembly hall on Monday.",
    "The PTI will expel these MPAs from the party, Haleem Adil Sheikh said.",
])
def test_not_an_expulsion_of_a_named_person(text):
    assert not of_type(extract(text, published="2024-01-10"), "expel")


def test_a_warned_expulsion_is_possible_and_a_denied_one_denied():
    warned = ("The PPP met on Monday. Its chairman warned that Nabil Gabol would be expelled from the party "
              "if he continued to criticise it.")
    assert expulsions(extract(warned, published="2024-01-10")) == {("Nabil Gabol", "PPP", "possible")}
    denied = "The PPP denied that it had expelled Mustafa Nawaz Khokhar."
    assert expulsions(extract(denied, published="2024-01-10")) == {("Mustafa Nawaz Khokhar", "PPP", "denied")}


@pytest.mark.parametrize("text", [
    "The opposition demanded the resignation of Prime Minister Imran Khan on Monday.",
    "The opposition demanded Prime Minister Shehbaz Sharif's resignation on Monday.",
    "Bilawal Bhutto called for Prime Minister Imran Khan to resign.",
    "Meanwhile, Sheikh Rashid said that Imran Khan supported his suggestion of resigning.",
])
def test_a_demand_or_suggestion_is_no_resignation(text):
    assert not of_type(extract(text, published="2024-01-10"), "resign_post")


def test_a_resignation_reported_to_the_house_is_done_and_a_former_role_is_not_the_post():
    text = ("PTI vice chairman Shah Mahmood Qureshi told the house that he and his colleagues were resigning "
            "from the National Assembly. Former communications minister Murad Saeed shared a copy of his "
            "resignation letter on social media.")
    events = extract(text, published="2022-04-11")
    assert posts(events) == {("Shah Mahmood Qureshi", "MNA", "fact"), ("Murad Saeed", "MNA", "fact")}


def test_as_joining_a_clause_names_no_post():
    text = "Jam Kamal Khan rescinds resignation as Buledi named acting BAP chief"
    assert all(e.post != "Buledi" for e in extract(text, published="2021-10-12"))


def test_a_commission_suspending_a_membership_is_no_expulsion():
    text = ("The PTI met in Lahore on Monday. Later, the Election Commission suspended the membership of "
            "Ali Wazir for not submitting his assets.")
    assert not of_type(extract(text, published="2024-01-10"), "expel")


def test_a_party_body_acts_for_the_party():
    text = "The PML-Q central working committee met on Thursday. The meeting also decided to oust Tariq Bashir Cheema from the party."
    assert expulsions(extract(text, published="2024-01-10")) == {("Tariq Bashir Cheema", "PML-Q", "fact")}


def test_an_expelled_group_is_named_by_the_list_after_it():
    text = ("The PTI expelled five MNAs on Saturday for voting for the amendment. "
            "They include Aurangzeb Khichi, Usman Ali and Mubarak Zeb Khan.")
    assert expulsions(extract(text, published="2024-01-10")) == {
        ("Aurangzeb Khichi", "PTI", "fact"), ("Usman Ali", "PTI", "fact"), ("Mubarak Zeb Khan", "PTI", "fact")}


def test_the_expelled_are_named_after_a_copula():
    text = "The PML-N acted against its dissidents on Monday. The expelled MPAs are Ashraf Ansari and Nishat Daha."
    assert expulsions(extract(text, published="2024-01-10")) == {("Ashraf Ansari", "PML-N", "fact"), ("Nishat Daha", "PML-N", "fact")}


@pytest.mark.parametrize("text, post", [
    ("Tariq Bashir Cheema quit the federal cabinet on Monday.", "federal cabinet"),
    ("Faisal Vawda quit the Senate on Tuesday.", "senator"),
    ("Hamza Ali Abbasi quit his party post on Monday.", "party post"),
])
def test_quitting_an_office_is_a_resignation(text, post):
    events = extract(text, published="2024-01-10")
    assert {e.post for e in of_type(events, "resign_post")} == {post}
    assert not of_type(events, "leave_party")


@pytest.mark.parametrize("text", [
    "The JUI-F led by Maulana Fazlur Rehman had quit the coalition government over the sacking of its minister.",
    "PTI MNAs left the house in protest on Monday.",
])
def test_quitting_a_government_or_a_hall_is_no_resignation(text):
    assert not of_type(extract(text, published="2024-01-10"), "resign_post")


def test_a_vague_headline_post_gives_way_to_the_specific_one():
    text = ("Tariq Bashir Cheema quits cabinet as PML-Q splits\n\n"
            "PML-Q leader and Federal Minister for Housing Tariq Bashir Cheema stepped down from the post on Monday.")
    events = extract(text, published="2022-03-28")
    assert {(e.actor, e.post) for e in of_type(events, "resign_post")} == {("Tariq Bashir Cheema", "Federal Minister for Housing")}


@pytest.mark.parametrize("text", [
    "Opposition Leader Shehbaz Sharif seemed resigned to defeat on Monday.",
    "Chief Minister Usman Buzdar has resigned himself to his fate.",
])
def test_resigned_to_a_fate_is_no_resignation(text):
    assert not of_type(extract(text, published="2024-01-10"), "resign_post")


@pytest.mark.parametrize("text, actor, party", [
    ("Parvez Elahi's PML-Q membership suspended", "Parvez Elahi", "PML-Q"),
    ("Ali Wazir expelled from PTI", "Ali Wazir", "PTI"),
])
def test_headline_passives_without_their_auxiliary(text, actor, party):
    assert expulsions(extract(text, published="2024-01-10")) == {(actor, party, "fact")}
