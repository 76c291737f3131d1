"""Coalition acts in stories of alliances formed, joined and left (stress set coalition75): a party
entering an alliance with its own code, joint and one-sided acts. Sentences are written for these tests
(GUIDELINE.md)."""
import pytest


@pytest.fixture(scope="module")
def coalitions(extractor):
    from datetime import date

    from allegiance.model import Article

    def run(text, published="2018-01-13"):
        events = extractor.extract(Article(doc="t", text=text, published=date.fromisoformat(published)))
        return {(e.actor, e.counterpart, e.action) for e in events if e.type == "coalition"}
    return run


def test_party_entering_a_coded_alliance_is_one_sided(coalitions):
    """'The SUP also joined the alliance' (the GDA, named before): the member joins the alliance; the alliance
    noun is what is joined, no deal that would make the alliance join the member too."""
    got = coalitions("KARACHI: The Grand Democratic Alliance was formed on Thursday. "
                     "The Sindh United Party also joined the alliance.", published="2017-11-03")
    assert ("SUP", "GDA", "join") in got
    assert ("GDA", "SUP", "join") not in got
