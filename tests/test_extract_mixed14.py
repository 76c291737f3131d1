"""Forms found by the mixed14 stories (2014-2025). Every sentence here is the project's own."""
from allegiance import extract


def test_a_party_office_before_the_name_is_not_the_seat_resigned():
    text = ("ISLAMABAD: PML-N president Rafiq Ahmad on Monday told the National Assembly that he was resigning "
            "his seat, a day after he broke with the party leadership.")
    posts = {e.post for e in extract(text, published="2016-03-08") if e.type == "resign_post"}
    assert posts == {"MNA"}


def test_quitting_the_house_or_the_partys_politics_is_not_leaving_the_party():
    text = ('"I am quitting this House and I am quitting my party\'s politics of confrontation," the veteran '
            "PML-N politician Rafiq Ahmad told the National Assembly on Monday.")
    assert not [e for e in extract(text, published="2016-03-08") if e.type == "leave_party"]
    quit_it = "LAHORE: Veteran politician Rafiq Ahmad on Monday quit the PML-N and its politics of confrontation."
    assert {(e.actor, e.party) for e in extract(quit_it, published="2016-03-08") if e.type == "leave_party"} == \
        {("Rafiq Ahmad", "PML-N")}
