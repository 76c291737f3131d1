"""leave_party in whole stories of people leaving parties (stress set leave4): titles written with a stop
('Ch. Nisar'), lists after 'They were', 'The three - A, B and C -', relative clauses shared by a list.
Every sentence here is the project's own."""
import pytest


@pytest.fixture(scope="module")
def moves(extractor):
    from datetime import date

    from allegiance.model import Article

    def run(text, published="2023-06-02"):
        events = extractor.extract(Article(doc="t", text=text, published=date.fromisoformat(published)))
        return {(e.type, e.actor, e.party or e.post, e.status) for e in events
                if e.type in ("leave_party", "join_party", "expel", "resign_post")}
    return run


@pytest.mark.parametrize("title", ["Ch.", "Col."])
def test_a_title_with_its_stop_does_not_end_the_sentence(moves, title):
    found = moves("Four PML-Q MNAs deserted the party on Sunday and joined the PPP. Among those who parted ways "
                  f"with the PML-Q were Sardar Bahadur Khan Sehar from Layyah, {title} Nisar Ahmed Jhammat from "
                  "Faisalabad and Dr Nighat Perveen Mir.", "2008-04-07")
    for name in ("Sardar Bahadur Khan Sehar", f"{title} Nisar Ahmed Jhammat", "Dr Nighat Perveen Mir"):
        assert ("leave_party", name, "PML-Q", "fact") in found
