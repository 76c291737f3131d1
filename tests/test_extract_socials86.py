"""Moves told on social media and in recorded statements: posts on X and Facebook, video messages,
letters shared online, quotes spread over two paragraphs with the speaker named at the end, and posts
later disowned. Every sentence here is the project's own wording."""
from allegiance import extract


def events(text, published="2024-03-14"):
    return {(e.type, e.actor, e.party, e.post, e.status) for e in extract(text, published=published)}


def test_not_stopping_anyone_from_leaving_is_no_leaving_of_the_speaker():
    text = ("KARACHI: In a video message released on Saturday, MQM-P convener Dr Khalid Maqbool Siddiqui said "
            "he would not stop anyone from leaving the party.")
    got = events(text)
    assert not any(t == "leave_party" for t, _a, _p, _post, _s in got)


def test_a_join_posted_on_facebook_then_called_a_hack_is_denied():
    text = ("HYDERABAD: A post on the Facebook page of MPA Syed Kamal Shah Jillani on Monday said he had joined "
            "the PPP. The post was removed the same evening. On Tuesday, Mr Jillani told reporters that his account "
            "had been hacked and that he was still with the GDA.")
    got = events(text)
    assert ("join_party", "Syed Kamal Shah Jillani", "PPP", None, "denied") in got
    assert ("join_party", "Syed Kamal Shah Jillani", "PPP", None, "fact") not in got


def test_he_in_a_post_means_the_owner_of_the_page_named_just_before():
    text = ("MULTAN: Makhdoom Zain Qureshi met party leaders on Sunday and joined the PPP. "
            "A message then appeared on the Facebook page of Malik Ahmed Hussain Dehar. "
            "The post said he had joined the PML-N.")
    got = events(text)
    assert ("join_party", "Malik Ahmed Hussain Dehar", "PML-N", None, "fact") in got


def test_a_stay_in_a_resignation_letter_takes_the_day_the_letter_was_shared():
    text = ("PESHAWAR: The PTI expelled two MPAs on Friday. Separately, in Swabi, Haji Rangeez Khan Yousafzai "
            "announced his resignation as a provincial minister in a letter posted on Facebook on Wednesday. "
            "\"I am quitting the cabinet. I remain a worker of the PTI,\" the letter read.")
    got = {(e.type, e.actor, e.status, e.date) for e in extract(text, published="2024-03-16")}
    assert ("leave_party", "Haji Rangeez Khan Yousafzai", "denied", "2024-03-13") in got


def test_parted_ways_after_an_earlier_backing_in_one_sentence_is_the_partys_leaving():
    text = ("QUETTA: Background: The JWP had supported Imran Khan's election as prime minister in 2018, but "
            "parted ways with the PTI-led coalition in March 2022.")
    got = {(e.type, e.actor, e.counterpart, e.action) for e in extract(text, published="2024-03-14")}
    assert ("coalition", "JWP", "PTI", "leave") in got
