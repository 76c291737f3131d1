"""Person names in the kinds of text the parser misreads: headlines, capitals, ranks, particles, initials.

Every sentence here is written for the test; the names are ordinary South Asian names."""
import pytest

from allegiance import extract


def names(nlp, text):
    doc = nlp(text)
    return [p.text for p in doc.spans["persons"]]


def canonical(nlp, text):
    doc = nlp(text)
    return [p.kb_id_ for p in doc.spans["persons"]]


@pytest.mark.parametrize("headline, expected", [
    ("Tariq Mehmood, Naveed Akhtar quit PTI", ["Tariq Mehmood", "Naveed Akhtar"]),
    ("Imran Aslam, Bashir Chandio, Farooq Lund join PPP", ["Imran Aslam", "Bashir Chandio", "Farooq Lund"]),
    ("Sadia Rasheed and Kamran Ilyas leave MQM-P", ["Sadia Rasheed", "Kamran Ilyas"]),
])
def test_names_listed_with_commas_in_a_headline(nlp, headline, expected):
    assert names(nlp, headline) == expected


@pytest.mark.parametrize("headline, expected", [
    ("Shafqat Hussain Bhatti Parts Ways With PTI", "Shafqat Hussain Bhatti"),
    ("Farooq Sattar Rejoins MQM-P", "Farooq Sattar"),
    ("Nadia Gabol Quits PPP After Twenty Years", "Nadia Gabol"),
])
def test_the_subject_of_a_title_case_headline_is_a_person(nlp, headline, expected):
    assert names(nlp, headline) == [expected]


@pytest.mark.parametrize("headline, expected", [
    ("NADEEM ASGHAR KAIRA JOINS PML-N", "Nadeem Asghar Kaira"),
    ("FORMER MNA SAJID TURI JOINS PPP", "Sajid Turi"),
    ("EX-SENATOR RUBINA KHALID LEAVES PPP", "Rubina Khalid"),
])
def test_names_in_a_headline_written_in_capitals(nlp, headline, expected):
    assert canonical(nlp, headline) == [expected]


@pytest.mark.parametrize("line", [
    "SUPREME COURT ORDERS FRESH ELECTIONS IN SINDH",
    "PTI WINS 116 SEATS IN NATIONAL ASSEMBLY",
    "Election Commission Issues Schedule For Senate Polls",
    "Forward Bloc Members Meet Chief Minister",
    "PPP Announces Candidates For Karachi, Hyderabad",
    "The Forward Bloc of the PTI announced its support.",
    "The Election Commission issued a notification on Friday.",
    "Lahore High Court dismissed the plea.",
    "Karachi, Lahore and Quetta saw protests on Sunday.",
    "Grand Democratic Alliance Joins Protest Movement",
    "Pakistan Bar Council Joins Lawyers Strike",
    "Forward Bloc Leaves PTI",
    "Karachi Traders Join Strike",
    "Dera Ismail Khan Votes Today",
])
def test_institutions_places_and_blocs_are_no_persons(nlp, line):
    assert names(nlp, line) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Advocate Naseem Akhtar Rajput left the MQM-P.", "Naseem Akhtar Rajput"),
    ("Barrister Saifullah Qadri joined the PPP on Monday.", "Saifullah Qadri"),
    ("Senator Waqas Orakzai resigned from the Senate on Friday.", "Waqas Orakzai"),
    ("Former federal minister Zulfiqar Ali Dharejo joined the PTI on Tuesday.", "Zulfiqar Ali Dharejo"),
    ("Col (retd) Ghulam Sarwar Khan announced he was quitting the PTI.", "Ghulam Sarwar Khan"),
])
def test_names_after_ranks_and_titles(nlp, sentence, expected):
    found = names(nlp, sentence)
    assert len(found) == 1 and found[0].endswith(expected)


def test_a_title_is_no_part_of_the_name_the_article_repeats(nlp):
    doc = nlp("Advocate Naseem Akhtar Rajput left the MQM-P. Later Naseem Akhtar Rajput met the press.")
    assert [p.kb_id_ for p in doc.spans["persons"]][-1] in ("Naseem Akhtar Rajput", "Advocate Naseem Akhtar Rajput")


@pytest.mark.parametrize("sentence, expected", [
    ("Sheikh Fakhar ud Din Ghauri joined the PPP.", ["Sheikh Fakhar ud Din Ghauri"]),
    ("Inam ul Haq Piracha has left the JI.", ["Inam ul Haq Piracha"]),
    ("Nasreen Bibi and Shahnaz Begum joined the PML-N.", ["Nasreen Bibi", "Shahnaz Begum"]),
    ("Arbab Zahid Khan joined the JUI-F after leaving the ANP.", ["Arbab Zahid Khan"]),
])
def test_names_with_particles_and_closing_words(nlp, sentence, expected):
    assert names(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("PTI MNA from Karachi Aftab Jahangiri joined the PPP.", "Aftab Jahangiri"),
    ("The party's Sindh chapter president Haleem Adil Shaikh resigned from his post.", "Haleem Adil Shaikh"),
    ("Ghotki MPA Jam Ikramullah Dharejo joined the PPP.", "Jam Ikramullah Dharejo"),
    ("Qadir Mandokhel's departure from the PPP surprised the party.", "Qadir Mandokhel"),
])
def test_names_in_apposition_and_possessives(nlp, sentence, expected):
    assert names(nlp, sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("M. Ali Kazmi joined the PTI on Sunday.", "M. Ali Kazmi"),
    ("A. Rehman Malik left the cabinet.", "A. Rehman Malik"),
])
def test_an_initial_with_its_full_stop_opens_the_name(nlp, sentence, expected):
    assert names(nlp, sentence) == [expected]


@pytest.mark.parametrize("text", [
    "Kamran Ilyas, Sadia Rasheed quit MQM-P\n\nKARACHI: Two members left the party on Monday.",
    "Sadia Rasheed and Kamran Ilyas quit MQM-P\n\nKARACHI: Two members left the party on Monday.",
])
def test_a_headline_gives_the_right_actors(text):
    actors = {e.actor for e in extract(text, published="2023-06-05") if e.type == "leave_party"}
    assert actors and actors <= {"Kamran Ilyas", "Sadia Rasheed"}


@pytest.mark.parametrize("sentence, expected", [
    ("Justice (retd) Wajihuddin Ahmed left the PTI.", "Wajihuddin Ahmed"),
    ("Brig (retd) Ejaz Shah quit the PTI.", "Ejaz Shah"),
    ("Major (R) Tahir Sadiq joined the PML-Q.", "Tahir Sadiq"),
])
def test_the_holder_of_a_retired_rank_is_named_after_its_bracket(nlp, sentence, expected):
    assert names(nlp, sentence) == [expected]


@pytest.mark.parametrize("headline, expected", [
    ("ALI ZAIDI, IMRAN ISMAIL QUIT PTI", ["Ali Zaidi", "Imran Ismail"]),
    ("Mian Muhammad Soomro, Liaquat Jatoi join PTI", ["Mian Muhammad Soomro", "Liaquat Jatoi"]),
    ("Fawad Chaudhry Announces Leaving PTI, Politics", ["Fawad Chaudhry"]),
])
def test_more_headline_shapes(nlp, headline, expected):
    assert canonical(nlp, headline) == expected


def test_a_headline_verb_ends_the_name_before_it(nlp):
    assert names(nlp, "Chief Justice Qazi Faez Isa Retires") == ["Qazi Faez Isa"]
    assert names(nlp, "Senator Mushahid Hussain Resigns From Committee") == ["Mushahid Hussain"]


# Title Case headlines: the act is read, the evidence quotes the article's own words.

def test_title_case_headline_gives_the_leave():
    found = extract("Kamran Ilyas Quits MQM-P\n\nThe former lawmaker announced his decision in Karachi.",
                    published="2024-01-10")
    leave = [e for e in found if e.type == "leave_party"]
    assert [(e.actor, e.party) for e in leave] == [("Kamran Ilyas", "MQM-P")]
    assert leave[0].evidence.sentence == "Kamran Ilyas Quits MQM-P"


def test_title_case_headline_with_two_acts():
    found = extract("Senator Ali Raza Parts Ways With PTI, Joins PPP", published="2024-01-10")
    assert {(e.type, e.actor, e.party) for e in found} == {("leave_party", "Ali Raza", "PTI"),
                                                           ("join_party", "Ali Raza", "PPP")}


def test_title_case_rejoins():
    found = extract("Former MPA Sajid Mehmood Rejoins PML-N", published="2024-01-10")
    assert {(e.type, e.actor, e.party) for e in found} == {("join_party", "Sajid Mehmood", "PML-N")}


def test_headline_case_keeps_length_and_leaves_prose_alone():
    from allegiance.country.lexicon import load_lexicon
    from allegiance.extractor.nlp import headline_case

    lex = load_lexicon("en")
    headline = "Nadia Khan Quits PTI, Joins Pakistan Peoples Party"
    read = headline_case(headline, lex)
    assert len(read) == len(headline) and "quits" in read and "joins" in read and "Pakistan Peoples Party" in read
    prose = "Nadia Khan quits the PTI. She Joins nobody, she said on Tuesday in a statement to reporters."
    assert headline_case(prose, lex) == prose
    assert headline_case("NADIA KHAN QUITS PTI AS MNA", lex, frozenset({"PTI"})) == "Nadia Khan quits PTI as MNA"
    assert headline_case("PTI", lex, frozenset({"PTI"})) == "PTI"  # one word is no headline


def test_headline_in_capitals_gives_the_acts_with_names_in_title_case():
    found = extract("FORMER MNA SAJID TURI JOINS PPP\n\nThe former lawmaker was welcomed in Peshawar on Monday.",
                    published="2024-01-10")
    joins = [e for e in found if e.type == "join_party"]
    assert [(e.actor, e.party) for e in joins] == [("Sajid Turi", "PPP")]
    assert joins[0].evidence.sentence == "FORMER MNA SAJID TURI JOINS PPP"
    found = extract("NADIA KHAN QUITS PTI, JOINS PML-N", published="2024-01-10")
    assert {(e.type, e.actor, e.party) for e in found} == {("leave_party", "Nadia Khan", "PTI"),
                                                           ("join_party", "Nadia Khan", "PML-N")}


def test_a_court_headline_in_capitals_names_no_one():
    assert extract("SUPREME COURT ORDERS RECOUNT IN THREE CONSTITUENCIES", published="2024-01-10") == []


@pytest.mark.parametrize("text, expected", [
    ("The PML-N cancelled the basic membership of former MNA Zaeem Qadri for anti-party activities.", "Zaeem Qadri"),
    ("The party expelled MNA Zaeem Afridi from the party.", "Zaeem Afridi"),
])
def test_a_name_after_a_persons_title_whatever_the_tagger_calls_its_words(nlp, text, expected):
    assert expected in names(nlp, text)


@pytest.mark.parametrize("text", [
    "PTI leader Lahore High Court lawyers protested.",
    "The senator Karachi Press Club speech was long.",
])
def test_an_organisation_after_a_title_is_no_name(nlp, text):
    assert not any(n in ("Lahore High Court", "Karachi Press Club", "High Court", "Press Club") for n in names(nlp, text))
