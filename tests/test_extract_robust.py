"""The extractor never fails on odd text: whatever comes in, events or nothing come out."""
import logging

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from allegiance import extract

WORDS = st.sampled_from(["PTI", "PML-N.", "joined", "quit", "the", "party", "Mr.", "Sardar", "Ali", "Khan", ",", "and",
                         "seats", "75", "won", "coalition", "with", "on", "Monday", "\n", "(", ")", "تحریک انصاف",
                         "نے", "چھوڑنے", "“", "”", "Dr", "resigned", "as", "MNA", ":", "…", "-", "'s"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, max_size=60).map(" ".join), st.text(max_size=80))
def test_random_text_never_raises(words, noise):
    failures = []
    handler = logging.Handler()
    handler.emit = failures.append
    logging.getLogger("allegiance.extractor").addHandler(handler)
    try:
        _check(words, noise)
    finally:
        logging.getLogger("allegiance.extractor").removeHandler(handler)
    assert not failures, failures[0].getMessage()


def _check(words, noise):
    for text in (words, noise, words + noise):
        for event in extract(text, published="2023-05-22"):
            assert event.type in {"leave_party", "join_party", "resign_post", "expel", "coalition", "seat_result"}
            assert 0 <= event.evidence.start <= event.evidence.end <= len(text)
