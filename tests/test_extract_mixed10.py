"""Forms found by the mixed10 stories (foreign outlets' manners). Every sentence here is the project's own."""
from allegiance import extract
from allegiance.extractor import get_extractor
from allegiance.extractor.party_names import mark_leader_surnames


def coalition(text, published="2018-07-31"):
    return {(e.actor, e.counterpart, e.action) for e in extract(text, published=published) if e.type == "coalition"}


def test_a_leaders_surname_alone_names_his_party_once_the_story_named_him_in_full():
    text = ("ISLAMABAD: Imran Khan's PTI won the most seats in last week's election.\n\n"
            "Officials of the central election body said on Monday the count was final.\n\n"
            "The BAP has already pledged its support to Khan, its president said on Sunday.\n\n"
            "Khan's party said on Monday it would form an alliance with the MWM at the centre.")
    acts = coalition(text)
    assert ("BAP", "PTI", "join") in acts and ("PTI", "MWM", "join") in acts


def test_a_surname_shared_by_two_leaders_in_the_story_names_no_party():
    text = ("PESHAWAR: Imran Khan and Asfandyar Wali Khan addressed rallies on Sunday.\n\n"
            "Officials said on Monday the count was final.\n\n"
            "The QWP has already pledged its support to Khan, its chief said on Sunday.")
    assert not {a for a in coalition(text) if a[0] == "QWP"}


def test_another_mans_surname_is_not_the_leaders():
    nlp = get_extractor().nlp
    doc = nlp("Ali Khan's party and Khan's party met.")
    mark_leader_surnames(doc, {"Khan": "PTI"})
    assert [(p.text, p.kb_id_) for p in doc.spans["parties"]] == [("Khan's party", "PTI")]


def test_sentences_of_forming_a_government_or_working_together_are_read():
    from allegiance.extractor.select import candidate_chunks
    for sentence in ("ISLAMABAD: The PPP and the PML-N will form the next government.",
                     "LAHORE: The PML-N and the PPP said they would work together.",
                     "QUETTA: The BNP snapped ties with the BAP."):
        assert candidate_chunks(sentence), sentence
    assert not candidate_chunks("LAHORE: The weather will be hot and the form of the team is good.")


def test_parties_that_say_they_will_work_together_join_each_other():
    acts = coalition("LAHORE: The PML-N and the PPP said on Tuesday they would work together.", "2024-02-14")
    assert {("PML-N", "PPP", "join"), ("PPP", "PML-N", "join")} <= acts


def test_a_party_that_switches_sides_leaves_the_government():
    acts = coalition("ISLAMABAD: The Jamhoori Wattan Party switched sides on Sunday.", "2022-03-30")
    assert ("JWP", "PTI", "leave") in acts


def test_people_who_switch_sides_are_no_party_leaving_a_coalition():
    text = "LAHORE: At the PTI rally on Sunday, several politicians announced that they were switching sides."
    assert not coalition(text, "2011-10-31")


def test_each_of_a_partys_ministers_named_after_their_cabinet_resigns():
    text = ("KARACHI: The party's two ministers in the provincial cabinet, Faisal Subzwari and Kanwar Naveed, "
            "tendered their resignations on Monday.")
    posts = {(e.actor, e.post) for e in extract(text, published="2022-03-30") if e.type == "resign_post"}
    assert {a for a, _p in posts} == {"Faisal Subzwari", "Kanwar Naveed"}
    assert all("minister" in p for _a, p in posts)


def test_two_parties_each_named_with_its_leader_act_together():
    text = ("ISLAMABAD: The Awami National Party of Asfandyar Wali Khan and the Qaumi Watan Party of Aftab Sherpao "
            "said on Tuesday they would work together in the province.")
    acts = coalition(text, "2013-05-15")
    assert {("ANP", "QWP", "join"), ("QWP", "ANP", "join")} <= acts
