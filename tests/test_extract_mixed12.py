"""Forms found by the mixed12 stories (2024-2025 news). Every sentence here is the project's own."""
from allegiance import extract


def coalition(text, published="2024-04-03"):
    return {(e.actor, e.counterpart, e.action) for e in extract(text, published=published) if e.type == "coalition"}


def test_refusing_the_government_and_a_named_opposition_refuses_both():
    acts = coalition("ISLAMABAD: The JUI-F has refused to join either the government or the PTI-led opposition.")
    assert {("JUI-F", "PTI", "reject"), ("JUI-F", "PML-N", "reject")} <= acts


def test_a_party_leading_the_opposition_does_not_lead_the_government():
    acts = coalition("ISLAMABAD: The PTI-led opposition met on Monday. The BAP said it had decided to join the government.")
    assert ("BAP", "PML-N", "join") in acts and ("BAP", "PTI", "join") not in acts


def test_a_province_named_in_the_lead_narrows_the_house_beside_it():
    text = ("PML-N strikes seat deal with IPP\n\n"
            "LAHORE: The PML-N and the IPP agreed on Monday on seat adjustment in several National Assembly and "
            "provincial assembly constituencies in Punjab for the coming general election.")
    scopes = {e.scope for e in extract(text, published="2023-12-12") if e.type == "coalition"}
    assert scopes == {"Punjab"}
