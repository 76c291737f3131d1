"""Forms found in the 2026-12 round: subjects the parser hangs inside an opening phrase, parties named
after 'his former party', unnamed media as a source, and negations inside an aside. Every sentence here
is the project's own."""
from allegiance import extract


def _acts(text: str, published: str = "2022-03-06") -> set[tuple]:
    return {(e.type, e.actor, e.party, e.status) for e in extract(text, published=published)
            if e.type in ("leave_party", "join_party", "resign_post")}


def test_names_after_an_opening_phrase_are_the_subject_of_the_verb():
    text = ("After meeting with former President Asif Ali Zardari and party chairman Bilawal Bhutto Zardari, "
            "former provincial minister Syed Tariq Hussain Bukhari and former MPA Syed Kamal Shah from the PML-N "
            "have joined the PPP along with other figures from southern Punjab.")
    joined = {actor for kind, actor, party, _s in _acts(text, "2023-05-02") if kind == "join_party" and party == "PPP"}
    assert {"Syed Tariq Hussain Bukhari", "Syed Kamal Shah"} <= joined
    assert "Bilawal Bhutto Zardari" not in joined and "Asif Ali Zardari" not in joined


def test_an_apposition_after_an_opening_phrase_is_the_subject():
    text = ("In a fresh setback before the vote, former adviser to the chief minister, Rana Aftab Khan, has "
            "decided to part ways with the PTI.")
    assert ("leave_party", "Rana Aftab Khan", "PTI", "fact") in _acts(text)


def test_his_former_party_named_after_the_noun_is_the_party_rejoined():
    text = "Senator Nadir Ali Chandio will rejoin his former party PPP next week."
    assert {(kind, actor, party) for kind, actor, party, _s in _acts(text)} == {("join_party", "Nadir Ali Chandio", "PPP")}
    other = "Senator Nadir Ali Chandio said he would not join another party PPP leaders had suggested."
    assert not [a for a in _acts(other) if a[0] == "join_party" and a[2] == "PPP"]


def test_an_unnamed_channel_reporting_an_act_makes_it_possible():
    text = "Nadir Ali Chandio has decided to leave the PTI and rejoin the PPP, a private TV channel reported on Saturday."
    acts = _acts(text)
    assert ("leave_party", "Nadir Ali Chandio", "PTI", "possible") in acts
    assert ("join_party", "Nadir Ali Chandio", "PPP", "possible") in acts
    named = "Nadir Ali Chandio left the PTI on Saturday, Dawn News reported."
    assert ("leave_party", "Nadir Ali Chandio", "PTI", "fact") in _acts(named)


def test_a_negation_inside_an_aside_does_not_deny_the_act():
    text = ("In a separate statement on Wednesday, PTI-P spokesman Faisal Rehman — not to be confused with the "
            "senator of the same name — resigned from his party post, saying he wanted to rest.")
    statuses = {status for kind, actor, _p, status in _acts(text, "2026-01-15") if kind == "resign_post"}
    assert statuses == {"fact"}
    denied = "PTI-P spokesman Faisal Rehman did not resign from his party post (as some had reported) on Wednesday."
    assert {s for k, _a, _p, s in _acts(denied, "2026-01-15") if k == "resign_post"} <= {"denied"}
