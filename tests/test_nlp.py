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


def _analysis(doc):
    return [(t.text, t.tag_, t.dep_, t.head.i, t.is_sent_start) for t in doc]


def test_every_layer_multiplies_with_numpy_and_parses_as_spacy_does(nlp):
    """The pipeline's layers use NumPy's products (``load_model``); the model's tags, arcs and sentences
    must stay those it gives as spaCy loads it, or the speed would cost accuracy."""
    from pathlib import Path

    import spacy
    from thinc.api import Model

    from allegiance.extractor.nlp import MODEL, load_model, one_blas_thread
    from allegiance.read import demo_corpus

    layers = [node for _name, pipe in nlp.pipeline if isinstance(getattr(pipe, "model", None), Model)
              for node in pipe.model.walk()]
    assert layers and all(getattr(node.ops, "use_blis", True) is False for node in layers)

    folders = [Path(__file__).parent / "fixtures" / "articles", demo_corpus()]
    texts = [p.read_text(encoding="utf-8") for folder in folders for p in sorted(folder.glob("*.txt"))]
    with one_blas_thread():
        ours = [_analysis(d) for d in load_model(["ner"]).pipe(texts)]
    theirs = [_analysis(d) for d in spacy.load(MODEL, exclude=["ner"]).pipe(texts)]
    assert sum(map(len, ours)) > 8000 and ours == theirs


def test_one_blas_thread_holds_inside_and_restores_after():
    from threadpoolctl import threadpool_info

    from allegiance.extractor.nlp import one_blas_thread

    before = [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]
    assert before, "NumPy's BLAS must be found"
    with one_blas_thread():
        assert all(lib["num_threads"] == 1 for lib in threadpool_info() if lib["user_api"] == "blas")
    assert [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"] == before


def test_fast_pipeline_lemmas_are_the_model_lemmatizers_on_first_and_later_meetings(nlp):
    """The tag map works each (tag, word, dependency) out once and writes its lemma from memory after:
    a word met again must get the lemma the model's own lemmatizer gives it, unless the attribute
    ruler's word exceptions set one."""
    import spacy

    from allegiance.extractor.nlp import MODEL
    from allegiance.read import demo_corpus

    lemmatizer = spacy.load(MODEL, exclude=["ner"]).get_pipe("lemmatizer")
    tag_map = nlp.get_pipe("attribute_ruler")
    texts = [p.read_text(encoding="utf-8") for p in sorted(demo_corpus().glob("*.txt"))[:12]]
    checked = 0
    for doc in [*nlp.pipe(texts), *nlp.pipe(texts)]:
        for token in doc:
            special = tag_map.words.get((token.tag_, token.lower_)) or tag_map.words.get((None, token.lower_))
            if special is None or not special[1]:
                assert token.lemma_ == lemmatizer.lemmatize(token)[0], (token.text, token.pos_)
                checked += 1
    assert checked > 5000
    doc = nlp("She resigned from the parties and was joining the PML-N.")
    assert [t.lemma_ for t in doc][1:8] == ["resign", "from", "the", "party", "and", "be", "join"]


def _reaches_a_root(token) -> bool:
    for _ in range(len(token.doc) + 1):
        if token.head.i == token.i:
            return True
        token = token.head
    return False


def test_a_rank_in_brackets_below_its_own_name_leaves_a_tree(nlp):
    # "son-in-law Major (retd) Asad Ali" in a list: the model hangs the rank under the name already, and moving
    # the name up to the rank's head closed a loop that spaCy cannot walk (E039), losing the whole article
    doc = nlp("The bench asked the agency to open cases against Planning Minister Ahsan Iqbal, Mr Khan's nephews "
              "and brother-in-law Major (retd) Asad Ali before June.")
    assert all(_reaches_a_root(t) for t in doc)
    assert [s.root.text for s in doc.sents]
