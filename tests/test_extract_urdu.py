"""Urdu passages: expulsions by object, posts in English, coalitions, headlines, pronouns, weekdays.

Sentences written for these tests (invented people)."""
from datetime import date

from allegiance.extractor.urdu import extract_urdu
from allegiance.model import Article


def _events(text: str, published: date | None = date(2024, 3, 6)) -> list[tuple]:
    article = Article(doc="u", text=text, published=published)
    return sorted((e.type, e.actor, e.party or e.counterpart, e.post or e.action, e.status)
                  for e in extract_urdu(article, "pk"))


def test_expelled_person_is_the_object_and_the_agent_the_party():
    text = "جماعت اسلامی نے پارٹی پالیسی کی خلاف ورزی پر سابق ایم پی اے ناصر علی کو پارٹی سے نکال دیا۔"
    assert _events(text) == [("expel", "ناصر علی", "JI", None, "fact")]


def test_party_name_glued_to_the_word_before_still_acts():
    text = "ادھرجماعت اسلامی نے سابق ایم پی اے ناصر علی کو پارٹی سے نکال دیا۔"
    assert _events(text) == [("expel", "ناصر علی", "JI", None, "fact")]


def test_resigned_post_is_the_role_before_the_name_in_english():
    text = "تحریک انصاف کے سینیٹر عارف خان نے ایوان بالا کی رکنیت سے استعفیٰ دے دیا۔"
    assert _events(text) == [("resign_post", "عارف خان", "PTI", "senator", "fact")]


def test_each_post_named_before_the_cue_is_one_resignation():
    text = "تحریک انصاف کے رہنما سلمان احمد نے صوبائی صدر کے عہدے اور کور کمیٹی کی رکنیت سے استعفیٰ دے دیا۔"
    posts = [post for _t, _a, _p, post, _s in _events(text)]
    assert posts == ["core committee", "provincial president"]


def test_alliance_is_joint_and_talks_one_sided():
    joint = _events("مسلم لیگ ن اور پیپلز پارٹی نے مخلوط حکومت بنانے پر اتفاق کر لیا۔")
    assert joint == [("coalition", "PML-N", "PPP", "join", "fact"), ("coalition", "PPP", "PML-N", "join", "fact")]
    talks = _events("تحریک انصاف کے وفد نے جماعت اسلامی سے رابطہ کیا۔")
    assert talks == [("coalition", "PTI", "JI", "talks", "fact")]


def test_alliance_still_to_be_made_is_possible():
    text = "مسلم لیگ ن اور جمعیت علمائے اسلام کا انتخابی اتحاد قائم کیا جائے گا۔"
    assert {s for *_rest, s in _events(text)} == {"possible"}


def test_headline_names_each_act_its_own_person():
    text = "علی رضا کا تحریک انصاف چھوڑنے کا اعلان، سلمان احمد پارٹی عہدوں سے مستعفی"
    assert _events(text) == [("leave_party", "علی رضا", "PTI", None, "fact"),
                             ("resign_post", "سلمان احمد", "PTI", "post", "fact")]


def test_he_is_the_person_of_the_act_before():
    text = ("سلمان احمد نے تحریک انصاف چھوڑنے کا اعلان کر دیا۔ "
            "انہوں نے پارٹی کے نائب صدر کے عہدے سے بھی استعفیٰ دے دیا۔")
    assert ("resign_post", "سلمان احمد", "PTI", "vice president", "fact") in _events(text)


def test_leave_and_join_in_one_sentence_share_their_person_and_take_their_own_party():
    text = "سابق رکن اسمبلی علی رضا نے منگل کے روز تحریک انصاف چھوڑنے اور استحکام پاکستان پارٹی میں شمولیت کا اعلان کیا۔"
    article = Article(doc="u", text=text, published=date(2024, 3, 6))  # a Wednesday
    events = {(e.type, e.party, e.date) for e in extract_urdu(article, "pk")}
    assert events == {("leave_party", "PTI", "2024-03-05"), ("join_party", "IPP", "2024-03-05")}


def test_denial_with_a_name_before_the_agent_marker():
    text = "علی رضا نے واضح کیا کہ وہ تحریک انصاف نہیں چھوڑ رہے۔"
    assert _events(text) == [("leave_party", "علی رضا", "PTI", None, "denied")]


def test_a_describing_word_before_a_name_is_not_part_of_it():
    text = "معروف سیاستدان سردار ناصر علی نے پیپلز پارٹی میں شمولیت اختیار کر لی۔"
    assert _events(text) == [("join_party", "سردار ناصر علی", "PPP", None, "fact")]


def test_a_joining_still_to_come_is_possible_and_soon_is_no_name():
    text = "ذرائع کے مطابق ناصر علی جلد مسلم لیگ ن میں شامل ہوں گے۔"
    assert _events(text) == [("join_party", "ناصر علی", "PML-N", None, "possible")]


def test_parties_that_will_form_the_government_together_join_each_other():
    text = "مسلم لیگ ن اور جمعیت علمائے اسلام نے مل کر حکومت بنانے کا فیصلہ کیا ہے۔"
    assert [e[:4] for e in _events(text)] == [("coalition", "JUI-F", "PML-N", "join"), ("coalition", "PML-N", "JUI-F", "join")]


def test_an_invitation_into_the_government_is_talks_toward_the_invited():
    text = "پیپلز پارٹی نے ایم کیو ایم کو سندھ حکومت میں شامل ہونے کی دعوت دی۔"
    assert [e[:4] for e in _events(text)] == [("coalition", "PPP", "MQM-P", "talks")]


def test_he_after_a_sentence_where_one_person_acts_is_that_person():
    text = ("لاہور: پی ٹی آئی کے سابق ایم پی اے ناصر علی نے پریس کلب میں پریس کانفرنس کی۔ "
            "انہوں نے نو مئی کے واقعات کی مذمت کرتے ہوئے تحریک انصاف چھوڑنے کا اعلان کیا۔")
    assert [e[:3] for e in _events(text)] == [("leave_party", "ناصر علی", "PTI")]


def test_saying_goodbye_with_a_space_is_leaving():
    assert _events("سابق وفاقی وزیر ناصر علی نے پی ٹی آئی کو خیر باد کہہ دیا۔") == [("leave_party", "ناصر علی", "PTI", None, "fact")]


def test_the_person_welcomed_into_a_party_joins_it_not_the_one_who_welcomes():
    text = "بلاول بھٹو زرداری نے سابق ایم این اے ناصر علی کا پیپلز پارٹی میں خیرمقدم کیا۔"
    assert _events(text) == [("join_party", "ناصر علی", "PPP", None, "fact")]


def test_a_meeting_between_two_parties_leaders_about_government_formation_is_talks_each_way():
    text = ("مسلم لیگ ن کے صدر شہباز شریف اور پیپلز پارٹی کے شریک چیئرمین آصف علی زرداری کے درمیان ملاقات ہوئی "
            "جس میں حکومت سازی پر بات چیت کی گئی۔")
    assert [e[:4] for e in _events(text)] == [("coalition", "PML-N", "PPP", "talks"), ("coalition", "PPP", "PML-N", "talks")]


def test_one_party_sitting_in_the_opposition_joins_it_with_no_counterpart():
    text = "جمعیت علمائے اسلام نے اپوزیشن میں بیٹھنے کا فیصلہ کیا ہے۔"
    assert _events(text) == [("coalition", "JUI-F", None, "join", "fact")]


def test_a_provincial_post_keeps_its_qualifier_in_english():
    text = "ناصر علی نے پارٹی کے صوبائی صدر کے عہدے سے استعفیٰ دے دیا۔"
    assert [e[3] for e in _events(text)] == ["provincial president"]


def test_one_party_leaving_or_joining_the_government_acts_toward_the_party_leading_it():
    from allegiance import extract
    left = extract("ایم کیو ایم پاکستان نے وفاقی حکومت سے علیحدگی کا اعلان کر دیا۔", published="2022-03-31")
    joined = extract("ایم کیو ایم پاکستان نے وفاقی حکومت میں شامل ہونے کا اعلان کر دیا۔", published="2024-03-05")
    assert [(e.actor, e.counterpart, e.action) for e in left] == [("MQM-P", "PTI", "leave")]
    assert [(e.actor, e.counterpart, e.action) for e in joined] == [("MQM-P", "PML-N", "join")]


def _seats(text: str, published: str = "2024-02-12") -> list[tuple]:
    from allegiance import extract
    return sorted((e.actor, e.seats, e.house) for e in extract(text, published=published) if e.type == "seat_result")


def test_an_urdu_tally_gives_each_party_its_seats_in_the_house_named():
    text = "اسلام آباد: قومی اسمبلی کے انتخابات میں آزاد امیدواروں نے 101، مسلم لیگ ن نے 75 اور پیپلز پارٹی نے 54 نشستیں حاصل کیں۔"
    assert _seats(text) == [("IND", 101, "NA"), ("PML-N", 75, "NA"), ("PPP", 54, "NA")]


def test_an_urdu_forecast_or_a_tally_with_no_house_gives_no_seats():
    assert _seats("پنجاب اسمبلی کے ضمنی انتخابات میں مسلم لیگ ن 10 نشستوں پر کامیاب ہو سکتی ہے۔") == []
    assert _seats("انتخابات میں مسلم لیگ ن نے 75 اور پیپلز پارٹی نے 54 نشستیں حاصل کیں۔") == []


def test_a_day_that_names_an_event_does_not_date_the_act():
    text = "سابق صوبائی وزیر ناصر علی نے 9 مئی کے واقعات کی مذمت کرتے ہوئے تحریک انصاف سے علیحدگی اختیار کر لی۔"
    events = extract_urdu(Article(doc="u", text=text, published=date(2023, 5, 25)), "pk")
    assert [(e.type, e.actor, e.party) for e in events] == [("leave_party", "ناصر علی", "PTI")]
    assert events[0].date != "2023-05-09"


def test_a_statement_joined_by_while_has_its_own_actor_and_party():
    text = "ناصر علی اور احمد خان نے پیپلز پارٹی میں شمولیت اختیار کر لی جبکہ بشیر احمد نے مسلم لیگ ن جوائن کر لی۔"
    assert [e[:3] for e in _events(text)] == [("join_party", "احمد خان", "PPP"), ("join_party", "بشیر احمد", "PML-N"),
                                             ("join_party", "ناصر علی", "PPP")]


def test_will_not_leave_the_party_is_a_denied_leaving_of_the_speakers_party():
    text = "پیپلز پارٹی کے رہنما ناصر علی نے کہا کہ وہ پارٹی نہیں چھوڑیں گے۔"
    assert _events(text) == [("leave_party", "ناصر علی", "PPP", None, "denied")]


def test_resigning_the_basic_membership_and_a_post_is_a_leaving_and_a_resignation():
    text = "ناصر علی نے پی ٹی آئی کی بنیادی رکنیت اور سیکرٹری اطلاعات کے عہدے سے استعفیٰ دے دیا۔"
    assert [e[:4] for e in _events(text)] == [("leave_party", "ناصر علی", "PTI", None),
                                             ("resign_post", "ناصر علی", "PTI", "information secretary")]


def test_the_new_party_is_the_one_just_launched_and_new_is_no_name():
    text = ("اسلام آباد: سابق وزیراعظم شاہد خاقان عباسی نے نئی سیاسی جماعت عوام پاکستان پارٹی کا باضابطہ اعلان کر دیا۔ "
            "سابق وزیر خزانہ مفتاح اسماعیل بھی نئی جماعت میں شامل ہو گئے۔")
    assert [e[:3] for e in _events(text)] == [("join_party", "مفتاح اسماعیل", "AP")]


def test_support_and_votes_are_given_one_way_and_a_rejected_proposal_is_a_refusal():
    support = "اسلام آباد: پیپلز پارٹی نے مسلم لیگ ن کو وفاقی حکومت بنانے کے لیے ووٹ دینے کا فیصلہ کیا ہے تاہم پارٹی کابینہ میں شامل نہیں ہوگی۔"
    refusal = "جمعیت علمائے اسلام نے تحریک انصاف کے ساتھ اتحاد کی تجویز مسترد کر دی۔"
    assert _events(support) == [("coalition", "PPP", "PML-N", "join", "fact")]
    assert _events(refusal) == [("coalition", "JUI-F", "PTI", "reject", "fact")]


def test_talks_still_to_be_held_are_possible():
    text = "ایم کیو ایم پاکستان اور مسلم لیگ ن کے درمیان مذاکرات کا دوسرا دور آج ہوگا۔"
    assert {e[4] for e in _events(text)} == {"possible"}


def test_a_party_itself_joining_another_allies_with_it_but_its_leaders_joining_do_not():
    assert [e[:4] for e in _events("تحریک انصاف نے سنی اتحاد کونسل میں شمولیت کا اعلان کر دیا۔")] == [
        ("coalition", "PTI", "SIC", "join"), ("coalition", "SIC", "PTI", "join")]
    assert _events("پی ٹی آئی کے متعدد رہنماؤں نے پیپلز پارٹی میں شمولیت اختیار کر لی۔") == []


def test_a_counted_groups_act_goes_to_the_people_the_next_sentence_names():
    text = ("ملتان: تحریک انصاف کے تین سابق اراکین اسمبلی نے جمعہ کے روز پارٹی چھوڑنے کا اعلان کر دیا۔ "
            "سابق ایم این اے ناصر علی، احمد خان اور بشیر احمد نے مشترکہ پریس کانفرنس کی۔")
    assert sorted(e[:3] for e in _events(text)) == [("leave_party", "احمد خان", "PTI"), ("leave_party", "بشیر احمد", "PTI"),
                                                   ("leave_party", "ناصر علی", "PTI")]


def test_a_counted_group_with_no_names_after_it_gives_nothing():
    text = ("ملتان: تحریک انصاف کے تین سابق اراکین اسمبلی نے جمعہ کے روز پارٹی چھوڑنے کا اعلان کر دیا۔ "
            "انہوں نے نو مئی کے واقعات کی مذمت کی۔")
    assert _events(text) == []


def test_what_a_partys_man_announces_for_his_party_is_a_fact_of_that_party():
    text = "استحکام پاکستان پارٹی کے رہنما علیم خان نے کہا کہ ان کی جماعت وفاقی حکومت کا حصہ بنے گی۔"
    from allegiance import extract
    assert [(e.actor, e.counterpart, e.action, e.status) for e in extract(text, published="2024-02-14")] == [
        ("IPP", "PML-N", "join", "fact")]


def test_a_district_ameer_post_is_named():
    text = "جماعت اسلامی ضلع دیر کے امیر محمد رحیم نے ضلعی امارت کے عہدے سے استعفیٰ دے دیا ہے۔"
    assert [e[3] for e in _events(text) if e[0] == "resign_post"] == ["district ameer"]



def test_a_quoted_we_is_the_party_speaking_not_a_person():
    from allegiance import extract
    text = ("PESHAWAR: The JI on Wednesday turned down the PTI offer. In a statement in Urdu, the party said: "
            '"ہم خیبر پختونخوا میں تحریک انصاف کے ساتھ حکومت میں شامل نہیں ہوں گے۔"')
    assert not [e for e in extract(text, published="2024-02-15") if e.type == "join_party"]


def _urdu_acts(text: str, published: str = "2024-06-22") -> set[tuple[str, str, str]]:
    from allegiance import extract
    return {(e.type, e.actor, e.party) for e in extract(text, published=published) if e.type in ("leave_party", "join_party")}


def test_goodbye_in_the_madda_spelling_said_as_i_is_the_speakers_own_act():
    text = ("کراچی: تحریک انصاف کے رہنما ملک اشرف علی نے اعلان کرتے ہوئے کہا ہے کہ تحریک انصاف کوخیرآباد کہتے ہوئے "
            "صدق دل سے جماعت اسلامی میں شمولیت کا اعلان کرتا ہوں۔")
    assert _urdu_acts(text, "2019-06-16") == {("leave_party", "ملک اشرف علی", "PTI"), ("join_party", "ملک اشرف علی", "JI")}


def test_leaving_their_own_parties_gives_each_the_party_the_story_introduced_him_with():
    text = ("لاہور: پاکستان مسلم لیگ (ن) کے سابق رہنماؤں احمد رضا قریشی اور عمران حیدر نے نئی سیاسی جماعت لانچ کر دی۔ "
            "ذرائع کا دعوی ہے کہ احمد رضا قریشی، عمران حیدر اور پیپلز پارٹی کے سابق سینیٹر فیصل نواز بٹ پارٹی پالیسی سے "
            "اختلافات کے باعث اپنی جماعتوں کو چھوڑنے کے بعد سے اس منصوبے پر کام کر رہے تھے۔")
    assert {a for a in _urdu_acts(text) if a[0] == "leave_party"} == {
        ("leave_party", "احمد رضا قریشی", "PML-N"), ("leave_party", "عمران حیدر", "PML-N"), ("leave_party", "فیصل نواز بٹ", "PPP")}


def test_a_summary_cue_without_people_gives_way_to_the_act_told_after_it():
    text = ("لاہور: پالیسیوں سے مایوس امیدواروں کا پارٹی کو خیر آباد کہنے کا سلسلہ جاری ہے، لاہور سے پی ٹی آئی کے امیدوار "
            "شیخ نعمان احمد اور طاہر محمود ورک نے پی ٹی آئی سے اپنی راہیں جدا کر لیں۔")
    assert {a for a in _urdu_acts(text, "2023-11-23") if a[0] == "leave_party"} == {
        ("leave_party", "شیخ نعمان احمد", "PTI"), ("leave_party", "طاہر محمود ورک", "PTI")}
