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


def test_a_party_chief_named_alone_stands_for_his_party():
    text = ("The PPP's central executive committee met in Karachi on Friday.\n\n"
            "Bilawal ruled out any electoral alliance with the PML-N.")
    assert ("PPP", "PML-N", "reject", "fact") in acts(text)


def test_a_chief_stands_for_his_party_only_where_the_story_names_it():
    text = "Jahangir Tareen flew into Karachi and invited the MQM-P to join the PTI-led government."
    assert not any(actor == "IPP" for actor, _c, _a, _s in acts(text, "2018-07-30"))


def test_a_chief_who_is_asked_about_talks_does_not_hold_them():
    text = ("The PPP's chairman spoke in Lahore.\n\n"
            "When Bilawal was questioned about dialogue with the PTI, he said the doors were closed.")
    assert ("PPP", "PTI", "talks", "fact") not in acts(text)


def test_agreeing_to_meet_again_is_talks_not_a_deal():
    text = ("Teams of the PPP and the ANP met in Peshawar on Tuesday to discuss the coalition. "
            "The two sides agreed to meet again next week.")
    found = acts(text, "2013-05-15")
    assert ("PPP", "ANP", "talks", "fact") in found and ("ANP", "PPP", "talks", "fact") in found
    assert not any(action == "join" for _a, _c, action, _s in found)


def test_parties_that_revive_an_alliance_join_it():
    text = "The JUI-F and the JI on Sunday revived the MMA, the alliance of religious parties."
    found = acts(text, "2017-11-06")
    assert ("JUI-F", "MMA", "join", "fact") in found and ("JI", "MMA", "join", "fact") in found


def test_the_alliance_is_the_one_with_a_code_named_before():
    text = ("The PPP quit the PDM on Monday after a row over the Senate.\n\n"
            "The ANP had left the alliance a week earlier.")
    assert ("ANP", "PDM", "leave", "fact") in acts(text, "2021-04-13")


def test_the_ruling_alliance_is_not_an_alliance_named_before():
    text = ("The PDM tabled a no-confidence motion on Monday.\n\n"
            "The BAP announced on Tuesday it was quitting the ruling alliance.")
    assert not any(c == "PDM" for _a, c, _x, _s in acts(text, "2022-03-30"))


def test_committees_of_two_parties_that_meet_hold_talks():
    text = ("The committees of the PML-N and the PPP met in Islamabad on Monday to review their "
            "power-sharing agreement.")
    found = acts(text, "2024-12-24")
    assert ("PML-N", "PPP", "talks", "fact") in found and ("PPP", "PML-N", "talks", "fact") in found


def test_support_for_a_chief_named_alone_is_support_for_his_party():
    text = ("The PTI's allies met in Islamabad on Monday.\n\n"
            "The PML-Q on Tuesday announced its support for Prime Minister Imran Khan in the no-trust vote.")
    assert ("PML-Q", "PTI", "join", "fact") in acts(text, "2022-03-30")


def test_the_party_after_anti_is_opposed_not_a_partner():
    text = "The PML-N on Wednesday turned down the JUI-F's offer of an anti-PTI alliance in Khyber Pakhtunkhwa."
    found = acts(text, "2013-05-18")
    assert ("PML-N", "JUI-F", "reject", "fact") in found
    assert not any(c == "PTI" for _a, c, _x, _s in found)


def test_a_party_which_was_approached_is_the_one_talked_to():
    text = "The National Party, which had been approached by the PPP for support, said it would stay out."
    assert ("PPP", "NP", "talks", "fact") in acts(text, "2024-02-29")


def test_a_deal_done_first_names_no_partner_of_the_quitting():
    text = ("The PTI-led government faces a no-trust vote.\n\n"
            "The MQM-P is expected to quit the government on Wednesday after signing an agreement with the PPP.")
    found = acts(text, "2022-03-30")
    assert ("MQM-P", "PPP", "leave", "possible") not in found


def test_a_party_that_is_currently_an_ally_makes_no_move():
    text = "The JUI-F is currently an ally of the PML-N in the federal government."
    assert not acts(text, "2017-12-15")
