"""Provincial cabinet politics: advisers and ministers who quit saying they keep their party, portfolios
no tagger knows, and spokesmen who tell no stand. Every sentence here is the project's own wording."""
from allegiance import extract


def test_giving_up_a_ministry_not_my_party_denies_leaving_and_names_no_other_post():
    text = ("QUETTA: Provincial Minister for Mines Mir Sadiq Umrani of the National Party on Thursday quit the cabinet. "
            "\"I have given up the ministry, not my party or my workers,\" he told reporters.")
    got = extract(text, published="2020-02-14")
    assert ("leave_party", "Mir Sadiq Umrani", "NP", "denied") in {(e.type, e.actor, e.party, e.status) for e in got}
    posts = {e.post for e in got if e.type == "resign_post"}
    assert posts and not any("workers" in (p or "") for p in posts)


def test_a_spokesman_declining_to_say_whether_the_party_stays_tells_no_stand():
    text = ("QUETTA: A JWP minister resigned on Monday. A party spokesman declined to say whether the JWP would remain "
            "in the BAP government.")
    got = extract(text, published="2020-03-03")
    assert not [e for e in got if e.type == "coalition" and e.actor == "JWP"]


def test_an_unlisted_portfolio_before_the_holder_is_no_person():
    text = ("LAHORE: The chief minister's Special Assistant on Katchi Abadis, Jamil Soomro, resigned from his post on "
            "Friday.")
    got = extract(text, published="2021-09-11")
    assert ("resign_post", "Jamil Soomro") in {(e.type, e.actor) for e in got}


def test_a_quote_run_into_the_reporting_sentence_keeps_the_party_on_the_day_the_post_was_left():
    text = ("KARACHI: The Sindh government on Thursday notified a new cabinet. Separately, the chief minister's Special "
            "Assistant on Sports, Aslam Khoso, resigned from his post on Tuesday. Mr Khoso said he had stepped aside for "
            "a younger colleague but that \"I am a worker of the PPP and will remain one\".")
    got = {(e.type, e.actor, e.party, e.date, e.status) for e in extract(text, published="2022-10-07")}
    assert ("leave_party", "Aslam Khoso", "PPP", "2022-10-04", "denied") in got


def test_the_partys_officer_named_in_apposition_belongs_to_the_party_named_before():
    text = ("QUETTA: The National Party on Sunday said it was unhappy with the provincial government. The party's "
            "provincial president, Mir Kabir Ahmed Shahi, chaired the meeting. A PPP delegation called on Mr Shahi on "
            "Monday and sought his party's support for the budget.")
    got = {(e.actor, e.action, e.counterpart) for e in extract(text, published="2021-06-08") if e.type == "coalition"}
    assert ("PPP", "talks", "NP") in got


def test_resigning_a_post_not_from_the_party_is_a_leaving_denied():
    text = ("PESHAWAR: QWP leader Sikandar Hayat Sherpao said on Friday that he had resigned as senior minister, not "
            "from his party.")
    got = {(e.type, e.actor, e.party, e.status) for e in extract(text, published="2016-05-14")}
    assert ("leave_party", "Sikandar Hayat Sherpao", "QWP", "denied") in got
    assert ("leave_party", "Sikandar Hayat Sherpao", "QWP", "fact") not in got


def test_a_party_offered_it_ministries_is_approached():
    text = ("KARACHI: The National Peoples Party on Wednesday agreed to back the Sindh government. The PPP offered it "
            "two ministries in the provincial cabinet.")
    got = {(e.actor, e.action, e.counterpart) for e in extract(text, published="2019-01-10") if e.type == "coalition"}
    assert ("PPP", "talks", "NPP") in got


def test_an_invitation_only_supposed_is_no_approach():
    text = ("PESHAWAR: The QWP on Friday said it would not return to the coalition even if the PTI invited it back.")
    got = {(e.actor, e.action) for e in extract(text, published="2014-01-10") if e.type == "coalition"}
    assert ("PTI", "talks") not in got


def test_the_partys_officer_after_an_unknown_partys_acronym_is_not_the_known_partys():
    text = ("HYDERABAD: Two former PPP MPAs joined the newly formed Sindh Kisan Mahaz (SKM) on Monday. They spoke at "
            "the SKM's office in Latifabad, flanked by the party's chairman, Dr Rafiq Soomro.\n\n"
            "Dr Soomro, however, ruled out any arrangement with the MQM-P.")
    got = {(e.type, e.actor, e.counterpart, e.action) for e in extract(text, published="2023-11-21")}
    assert not any(t == "coalition" and actor == "PPP" for t, actor, _c, _a in got)
