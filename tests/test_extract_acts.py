"""Acts of issue 11 points 4, 5, 6 and 8 as news phrases them: tallies, coalition idioms,
party and public posts, and the day of the act.

Sentences are written for these tests; each states what a reader would record (GUIDELINE.md).
"""
from datetime import date

import pytest

from allegiance.model import Article


@pytest.fixture(scope="module")
def events(extractor):
    def run(text, published="2024-02-20"):
        return extractor.extract(Article(doc="t", text=text, published=date.fromisoformat(published)))
    return run


def _of(found, kind):
    return [e for e in found if e.type == kind]


# ---------------------------------------------------------------- (6) posts

@pytest.mark.parametrize("text", [
    "Usman Dar quit as the PTI's Sialkot president on Monday.",
    "Ahmed Raza quit as chairman of the party's youth wing, his office said.",
    "Sara Malik has quit as the provincial information secretary.",
])
def test_quitting_as_a_post_leaves_the_post_not_the_party(events, text):
    found = events(text)
    assert _of(found, "resign_post")
    assert not _of(found, "leave_party")


@pytest.mark.parametrize("text", [
    "Usman Dar quit the PTI as a protest against the leadership.",
    "Bilal Ahmed quit the PML-N as a mark of protest on Monday.",
])
def test_quitting_a_party_as_a_protest_names_no_post(events, text):
    found = events(text)
    assert _of(found, "leave_party")
    assert not _of(found, "resign_post")


@pytest.mark.parametrize("text, posts", [
    ("Shah Mahmood Qureshi stepped down as vice chairman and as the party's Multan president.",
     {"vice chairman", "party's Multan president"}),
    ("Ali Zaidi resigned as PTI Sindh president and as federal minister.", {"PTI Sindh president", "federal minister"}),
    ("Nadia Khan stepped down as general secretary and as spokesperson of the party on Friday.",
     {"general secretary", "spokesperson of the party"}),
])
def test_two_posts_left_in_one_sentence_are_two_events(events, text, posts):
    assert {e.post for e in _of(events(text), "resign_post")} == posts
