"""Our spaCy components: party aliases (Urdu too) and repaired person names."""


def persons(doc):
    return [(p.text, p.kb_id_) for p in doc.spans["persons"]]


def parties(doc):
    return [p.kb_id_ for p in doc.spans["parties"]]


def test_party_aliases_english_urdu_and_sentence_final_codes(nlp):
    doc = nlp("The Pakistan Peoples Party and the PML-N. Later, پاکستان تحریک انصاف spoke to the Q-League.")
    assert parties(doc) == ["PPP", "PML-N", "PTI", "PML-Q"]


def test_code_defined_in_the_article_wins(nlp):
    doc = nlp("The Balochistan National Party-Mengal (BNP-M) met the press.")
    assert parties(doc) == ["BNP", "BNP"]


def test_honorifics_and_split_names_are_whole_persons(nlp):
    doc = nlp("Former minister Makhdoom Shahabuddin Ahmad Khan Sial and MPA Rana Muhammad Iqbal Noon left on Monday.")
    names = [p[0] for p in persons(doc)]
    assert "Makhdoom Shahabuddin Ahmad Khan Sial" in names
    assert "Rana Muhammad Iqbal Noon" in names  # the role word MPA is not part of the name


def test_surname_back_reference_resolves_to_full_name(nlp):
    doc = nlp("Sardar Dost Ali Khosa addressed workers in Multan. Later Khosa said the decision was final.")
    assert ("Khosa", "Sardar Dost Ali Khosa") in persons(doc)


def test_people_sharing_words_stay_apart(nlp):
    doc = nlp("Chaudhry Wajahat Hussain met Chaudhry Shujaat Hussain while Imran Ismail waited for Imran Khan.")
    full = {kb for _t, kb in persons(doc)}
    assert {"Chaudhry Wajahat Hussain", "Chaudhry Shujaat Hussain", "Imran Ismail", "Imran Khan"} <= full
