"""A fault in one rule costs the sentence it met, never the rest of the article."""
import logging

from allegiance.extractor import expel

from conftest import story_reader

STORY = ("LAHORE: Former MPA Ahmed Raza Khichi joined the Pakistan Peoples Party on Monday at a ceremony in Bilawal House.\n\n"
         "In a separate development, the PML-N expelled MPA Tariq Mahmood Bhatti from the party on Monday over "
         "his vote in the Senate election.\n\n"
         "Meanwhile, former senator Nadia Gabol quit the PTI on Monday, saying the party had abandoned its workers.")


def test_a_rule_failing_on_one_sentence_keeps_the_others_events(extractor, monkeypatch, caplog):
    real = expel.extract_expel

    def failing_on_the_expulsion(art, sent):
        if "expelled" in sent.text:
            raise RuntimeError("a rule's bug")
        return real(art, sent)

    read = story_reader(extractor, "2021-03-09")
    whole = {(e.type, e.actor) for e in read(STORY)}
    assert ("expel", "Tariq Mahmood Bhatti") in whole
    monkeypatch.setattr(expel, "extract_expel", failing_on_the_expulsion)
    with caplog.at_level(logging.ERROR):
        kept = {(e.type, e.actor) for e in read(STORY)}
    assert ("join_party", "Ahmed Raza Khichi") in kept and ("leave_party", "Nadia Gabol") in kept
    assert not any(actor == "Tariq Mahmood Bhatti" for _type, actor in kept)
    assert "a rule failed on the sentence at character" in caplog.text
