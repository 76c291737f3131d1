"""Who led each scope's government, as country data: what "the government" means in a story that
does not say who leads it. Sentences are written for these tests."""
from datetime import date
from pathlib import Path

import pytest

from allegiance.country.registry import load_registry
from allegiance.errors import RegistryError


def test_the_bundled_file_answers_by_scope_and_day():
    reg = load_registry("pk")
    assert reg.leader_on("national", date(2011, 1, 2)) == "PPP"
    assert reg.leader_on("national", date(2020, 6, 1)) == "PTI"
    assert reg.leader_on("national", date(2022, 4, 10)) == "PML-N"  # the day a period opens is in it
    assert reg.leader_on("national", date(2022, 4, 9)) == "PTI"
    assert reg.leader_on("KP", date(2015, 9, 30)) == "PTI"
    assert reg.leader_on("Sindh", date(2022, 5, 12)) == "PPP"


def test_caretaker_periods_and_days_before_the_file_have_no_leader():
    reg = load_registry("pk")
    assert reg.leader_on("national", date(2023, 10, 1)) is None
    assert reg.leader_on("national", date(1990, 1, 1)) is None
    assert reg.leader_on("Gilgit-Baltistan", date(2020, 1, 1)) is None


def _country(tmp_path: Path, rows: str) -> str:
    folder = tmp_path / "xx"
    folder.mkdir()
    (folder / "parties.tsv").write_text("code\tname\taliases\nAAA\tA Party\t\nBBB\tB Party\t\n", encoding="utf-8")
    (folder / "scopes.tsv").write_text("scope\taliases\nnational\tcentre\n", encoding="utf-8")
    (folder / "governments.tsv").write_text("# a comment\nscope\tfrom\tleader\n" + rows, encoding="utf-8")
    load_registry.cache_clear()
    return str(folder)


def test_another_country_is_another_file(tmp_path):
    reg = load_registry(_country(tmp_path, "national\t2001-01-01\tAAA\nnational\t2005-06-01\tBBB\n"))
    assert reg.leader_on("national", date(2003, 1, 1)) == "AAA"
    assert reg.leader_on("national", date(2006, 1, 1)) == "BBB"


@pytest.mark.parametrize("row, message", [
    ("national\t2001-13-01\tAAA\n", "is not a date"),
    ("national\t2001-01-01\tZZZ\n", "unknown party code 'ZZZ'"),
    ("Atlantis\t2001-01-01\tAAA\n", "unknown scope 'Atlantis'"),
    ("national 2001-01-01 AAA\n", "expected scope, from and leader"),
])
def test_a_bad_row_is_refused_with_its_file_and_line(tmp_path, row, message):
    with pytest.raises(RegistryError, match=rf"governments.tsv:3: .*{message}"):
        load_registry(_country(tmp_path, row))


@pytest.fixture(scope="module")
def coalition_acts(extractor):
    from allegiance.model import Article

    def run(text, published):
        events = extractor.extract(Article(doc="t", text=text, published=date.fromisoformat(published)))
        return {(e.actor, e.counterpart, e.action) for e in events if e.type == "coalition"}
    return run


def test_quitting_the_government_leaves_the_party_that_led_it_then(coalition_acts):
    text = "The MQM-P announced on Sunday that it had quit the federal government over the budget."
    assert coalition_acts(text, "2011-01-03") == {("MQM-P", "PPP", "leave")}
    assert coalition_acts(text, "2020-01-20") == {("MQM-P", "PTI", "leave")}


def test_the_story_naming_the_leader_wins_over_the_data(coalition_acts):
    text = ("The MQM-P announced on Sunday that it had quit the federal government over the budget. "
            "The PML-N-led government now needs the votes of independents.")
    assert coalition_acts(text, "2011-01-03") == {("MQM-P", "PML-N", "leave")}


def test_a_provincial_government_is_led_by_that_provinces_party(coalition_acts):
    text = "The QWP parted ways with the Khyber Pakhtunkhwa coalition government on Tuesday."
    assert coalition_acts(text, "2015-09-30") == {("QWP", "PTI", "leave")}


def test_joining_the_government_joins_its_leader(coalition_acts):
    text = "The BAP formally joined the federal government on Monday, its leaders said."
    assert coalition_acts(text, "2019-03-05") == {("BAP", "PTI", "join")}


def test_in_a_caretaker_period_no_leader_is_made_up(coalition_acts):
    text = "The MQM-P announced on Sunday that it had quit the government over the budget."
    found = coalition_acts(text, "2023-10-01")
    assert all(counterpart is None for _actor, counterpart, _action in found)
