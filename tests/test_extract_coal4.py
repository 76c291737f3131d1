"""coalition acts in whole stories of coalitions made, left and refused (coal4). Every sentence
here is the project's own wording."""
import pytest

from allegiance import extract


def acts(text, published="2024-02-20"):
    return {(e.actor, e.counterpart, e.action, e.status) for e in extract(text, published=published)
            if e.type == "coalition"}


@pytest.mark.parametrize("text, expected", [
    ("The JUI-F on Tuesday declined to join the opposition alliance Tehreek Tahaffuz Ayeen-e-Pakistan.",
     ("JUI-F", "TTAP", "reject", "fact")),
    ("The BNP-M on Monday joined the TTAP.", ("BNP", "TTAP", "join", "fact")),
])
def test_the_ttap_alliance_is_a_party(text, expected):
    assert expected in acts(text, "2025-07-16")
