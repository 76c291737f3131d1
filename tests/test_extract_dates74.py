"""Event dates (dates74): an accepted resignation dated by the tendering its own clause tells.
Every sentence here is the project's own wording."""
import pytest

from allegiance import extract


def resign_dates(text, published):
    return {(e.actor, e.date) for e in extract(text, published=published) if e.type == "resign_post"}


@pytest.mark.parametrize("text, expected", [
    ("ISLAMABAD: The prime minister on Monday accepted the resignation of Federal Minister for Housing "
     "Maulana Abdul Wasay, who had tendered it on Friday.", ("Maulana Abdul Wasay", "2022-10-07")),
    ("ISLAMABAD: The prime minister on Monday accepted the resignation of Federal Minister for Housing "
     "Maulana Abdul Wasay, which he had submitted on October 3.", ("Maulana Abdul Wasay", "2022-10-03")),
])
def test_accepted_resignation_takes_the_day_it_was_tendered(text, expected):
    assert expected in resign_dates(text, "2022-10-11")


def test_accepted_resignation_tendered_in_a_month_only_is_undated():
    text = ("ISLAMABAD: The prime minister on Monday accepted the resignation of Federal Minister for Housing "
            "Maulana Abdul Wasay, who had sent it in March.")
    assert resign_dates(text, "2022-10-11") == {("Maulana Abdul Wasay", None)}
