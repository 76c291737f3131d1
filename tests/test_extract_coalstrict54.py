"""coalition acts whose fields come out wrong when the act is found (coalstrict54). Every sentence here
is the project's own wording."""
import pytest

from allegiance import extract


def acts(text, published="2024-02-20"):
    return {(e.actor, e.counterpart, e.action, e.status) for e in extract(text, published=published)
            if e.type == "coalition"}


@pytest.mark.parametrize("text, expected", [
    ("Mr Bugti said the PPP would approach the JUI-F for support in the provincial assembly.",
     ("PPP", "JUI-F", "talks", "possible")),
    ("A party spokesman said the ANP would contact the PML-N to coordinate in the Senate.",
     ("ANP", "PML-N", "talks", "possible")),
])
def test_talks_said_to_come_are_a_plan(text, expected):
    assert expected in acts(text)


def test_talks_already_begun_stay_a_fact():
    text = ("Mr Sharif said his party would need forty more members, and that it had begun contacting "
            "the PPP and the MQM-P.")
    assert ("PML-N", "PPP", "talks", "possible") not in acts(text)
