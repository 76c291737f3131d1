"""Forms found by the pdm19 stories (the Pakistan Democratic Movement, 2020-2022). Every sentence here is the
project's own."""
from allegiance import extract


def _coalition(text: str, published: str) -> set[tuple]:
    return {(e.actor, e.counterpart, e.action, e.status) for e in extract(text, published=published) if e.type == "coalition"}


def test_parties_among_the_signatories_join_the_alliance_just_named():
    text = ("ISLAMABAD: Opposition parties on Sunday announced an alliance, the Pakistan Democratic Movement, after "
            "a conference in the capital. The PML-N, the PPP, the JUI-F and the National Party were among the parties "
            "that signed its charter.")
    joined = {(a, c) for a, c, action, _s in _coalition(text, "2020-09-21") if action == "join"}
    assert {("PML-N", "PDM"), ("PPP", "PDM"), ("JUI-F", "PDM"), ("NP", "PDM")} <= joined
    no_alliance = ("The PML-N, the PPP and the JUI-F were among the parties that signed the charter of democracy.")
    assert not {a for a, c, action, _s in _coalition(no_alliance, "2020-09-21") if c == "PDM"}


def test_a_ruling_alliance_that_includes_parties_is_the_governing_partys():
    text = ("ISLAMABAD: PML-N president Shehbaz Sharif was elected prime minister on Monday. The new ruling alliance "
            "includes the PML-N, the PPP, the JUI-F and the MQM-P.")
    joined = {(a, c) for a, c, action, _s in _coalition(text, "2022-04-11") if action == "join"}
    assert {("PPP", "PML-N"), ("JUI-F", "PML-N"), ("MQM-P", "PML-N")} <= joined
    assert ("PML-N", "PML-N") not in joined


def test_no_longer_part_of_an_alliance_is_a_leaving():
    text = ("The PDM was formed in 2020. ANP leader Ameer Haider Khan Hoti said on Tuesday the ANP would no longer "
            "be part of the alliance.")
    acts = _coalition(text, "2021-04-07")
    assert ("ANP", "PDM", "leave", "fact") in acts
    assert not any(action == "join" for _a, _c, action, _s in acts)


def test_a_name_whose_first_word_the_model_reads_as_a_verb_still_acts():
    text = ("KARACHI: The PPP on Monday quit all its posts in the alliance. Raja Pervaiz Ashraf, who was the PDM's "
            "senior vice president, and Sherry Rehman, who was its information secretary, submitted their "
            "resignations from the alliance posts the same day, party officials said.")
    posts = {(e.actor, e.post) for e in extract(text, published="2021-04-13") if e.type == "resign_post"}
    assert ("Raja Pervaiz Ashraf", "PDM's senior vice president") in posts
    assert any(actor == "Sherry Rehman" and "information secretary" in post for actor, post in posts)
    assert not any("same day" in post for _a, post in posts)
