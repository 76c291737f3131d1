"""Forms found by the mixed13 stories (2023 exits). Every sentence here is the project's own."""
from allegiance import extract


def test_those_who_also_join_the_new_party_join_the_one_just_joined():
    text = ("MULTAN: Former PTI MNA Rana Qasim on Thursday announced his decision to join the Istehkam-e-Pakistan Party. "
            "He was accompanied by former MPAs Tariq Ahmad Langrial and Asif Raza Khan, who also announced joining the new party.")
    joins = {(e.actor, e.party) for e in extract(text, published="2023-06-02") if e.type == "join_party"}
    assert joins == {("Rana Qasim", "IPP"), ("Tariq Ahmad Langrial", "IPP"), ("Asif Raza Khan", "IPP")}


def test_who_after_a_list_is_a_relative_clause_even_when_parsed_as_a_complement():
    from allegiance.extractor import get_extractor
    doc = get_extractor().nlp("He was accompanied by former MPAs Tariq Langrial and Asif Raza, who also announced joining the new party.")
    announced = next(t for t in doc if t.text == "announced")
    assert announced.dep_ == "relcl" and announced.head.text == "Raza"
    text = ("MULTAN: Former PTI MNA Rana Qasim on Thursday announced his decision to join the Istehkam-e-Pakistan Party.\n\n"
            "He was accompanied by former MPAs Tariq Langrial and Asif Raza, who also announced joining the new party.")
    joins = {(e.actor, e.party) for e in extract(text, published="2023-06-02") if e.type == "join_party"}
    assert {("Tariq Langrial", "IPP"), ("Asif Raza", "IPP")} <= joins and ("Rana Qasim", "IPP") in joins
