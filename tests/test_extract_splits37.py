"""Party splits, launches and mergers as the press tells them: which party 'the new party' is, who
joins a party just launched, and what a merger makes of the people who announce it.

Sentences are written for these tests; each states what a reader would record (GUIDELINE.md).
"""
import pytest

from conftest import story_reader


@pytest.fixture(scope="module")
def events(extractor):
    return story_reader(extractor, "2016-03-24")


def _joins(found):
    return {(e.actor, e.party, e.status) for e in found if e.type == "join_party"}


def test_the_new_party_is_the_one_launched_not_one_left_in_an_announced_clause(events):
    """'announced that they were quitting the MQM' does not make the MQM a party launched: 'the new party'
    is the one the story named as launched ('naming it the Pak Sarzameen Party')."""
    found = events("Former mayor Kashif Jamil on Wednesday launched his new political party, naming it the Pak "
                   "Sarzameen Party. Two MPAs, Sadia Noor and Hamid Baig, announced at the same news conference "
                   "that they were quitting the MQM and joining the PSP. MNA Tariq Hameed told reporters that he "
                   "was not joining the new party.")
    assert ("Tariq Hameed", "PSP", "denied") in _joins(found)
    assert ("Tariq Hameed", "MQM-P", "denied") not in _joins(found)
