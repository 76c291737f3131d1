"""coalition acts in whole stories of government formation (coal3): visits told with their purpose,
and more. Every sentence here is the project's own wording."""
from allegiance import extract


def acts(text, published="2024-02-16"):
    return {(e.actor, e.counterpart, e.action, e.status) for e in extract(text, published=published)
            if e.type == "coalition"}


def test_a_visit_with_its_purpose_is_talks():
    text = ("A PPP delegation called on MQM-P convener Khalid Maqbool Siddiqui on Friday to seek the party's "
            "support for its candidate for Sindh chief minister.")
    assert ("PPP", "MQM-P", "talks", "fact") in acts(text)


def test_calling_on_a_party_to_act_is_still_an_appeal():
    text = "The PTI called on the PPP to quit the coalition government in Sindh."
    assert not acts(text)
