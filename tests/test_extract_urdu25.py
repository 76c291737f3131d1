"""Urdu tallies and lists as Urdu news sites write them: the house between a party and its figure,
figures in words, a doubled figure shared by a list, and a party name followed by the Urdu comma.

Sentences written for these tests (invented figures)."""
from datetime import date

from allegiance.extractor.urdu_seats import extract_urdu_seats
from allegiance.model import Article


def _seats(text: str) -> list[tuple]:
    article = Article(doc="u", text=text, published=date(2024, 2, 12))
    return sorted((e.actor, e.seats, e.house) for e in extract_urdu_seats(article, "pk"))


def test_house_named_between_party_and_figure():
    text = "سرکاری نتائج کے مطابق آزاد امیدواروں نے قومی اسمبلی کی 88 نشستیں جیتی ہیں۔"
    assert _seats(text) == [("IND", 88, "NA")]


def test_figures_in_words_before_a_comma_or_the_seat_word():
    text = ("پنجاب اسمبلی کے نتائج آ گئے۔ جماعت اسلامی نے تین، مسلم لیگ (ق) نے چھ اور "
            "پیپلز پارٹی نے بارہ نشستیں حاصل کیں۔")
    assert _seats(text) == [("JI", 3, "PA-Punjab"), ("PML-Q", 6, "PA-Punjab"), ("PPP", 12, "PA-Punjab")]
    # a figure word not before a comma, 'اور' or the seat word is no tally ('نو مئی': the ninth of May)
    assert _seats(text + " تحریک انصاف نے نو مئی کے بعد بھی 20 نشستیں جیت لیں۔")[-1] == ("PPP", 12, "PA-Punjab")


def test_doubled_figure_is_each_party_of_the_list():
    text = ("سندھ اسمبلی کے نتائج آ گئے۔ مسلم لیگ ضیاء، نیشنل پارٹی اور مجلس وحدت المسلمین نے "
            "دو دو نشستیں حاصل کیں۔")
    assert _seats(text) == [("MWM", 2, "PA-Sindh"), ("NP", 2, "PA-Sindh"), ("PML-Z", 2, "PA-Sindh")]


def test_share_phrase_and_party_name_with_trailing_country_word():
    text = ("بلوچستان اسمبلی کے نتائج آ گئے۔ متحدہ قومی موومنٹ پاکستان نے 5 نشستیں جیتیں، جبکہ "
            "عوامی نیشنل پارٹی کے حصے میں صرف ایک نشست آئی۔")
    assert _seats(text) == [("ANP", 1, "PA-Balochistan"), ("MQM-P", 5, "PA-Balochistan")]


def _acts(text: str, published: date = date(2023, 6, 9)) -> list[tuple]:
    from allegiance.extractor.urdu import extract_urdu
    article = Article(doc="u", text=text, published=published)
    return sorted((e.type, e.actor, e.party, e.status) for e in extract_urdu(article, "pk"))


def test_new_party_is_the_one_the_story_launched():
    text = ("کراچی میں نئی سیاسی جماعت استحکام پاکستان پارٹی کے قیام کا اعلان کیا گیا۔ "
            "اس موقع پر تحریک انصاف کے کئی سابق اراکین موجود تھے۔ "
            "سابق ایم پی اے ناصر علی اور طارق محمود نے نئی جماعت میں شمولیت کا اعلان کیا۔")
    assert _acts(text) == [("join_party", "طارق محمود", "IPP", "fact"), ("join_party", "ناصر علی", "IPP", "fact")]


def test_verbs_and_common_words_are_no_name():
    text = ("تحریک انصاف سے رہنماؤں کی علیحدگی کا سلسلہ تھم نہ سکا اور سابق ایم پی اے ناصر علی نے بھی "
            "پارٹی چھوڑنے کا اعلان کر دیا۔")
    assert _acts(text) == [("leave_party", "ناصر علی", "PTI", "fact")]


def _coal(text: str) -> list[tuple]:
    from allegiance.extractor.urdu import extract_urdu
    article = Article(doc="u", text=text, published=date(2024, 2, 14))
    return sorted((e.actor, e.counterpart, e.action, e.status) for e in extract_urdu(article, "pk")
                  if e.type == "coalition")


def test_each_party_of_a_listed_agent_gives_its_support():
    text = "متحدہ قومی موومنٹ، مسلم لیگ (ق) اور استحکام پاکستان پارٹی نے مسلم لیگ (ن) کے امیدوار کی حمایت کا اعلان کیا۔"
    assert _coal(text) == [("IPP", "PML-N", "join", "fact"), ("MQM-P", "PML-N", "join", "fact"),
                           ("PML-Q", "PML-N", "join", "fact")]


def test_offer_and_its_refusal_are_two_acts_each_by_its_own_agent():
    text = "مسلم لیگ ن نے پنجاب میں جماعت اسلامی کو اتحاد کی پیشکش کی، تاہم جماعت اسلامی نے پیر کو یہ پیشکش مسترد کر دی۔"
    assert ("JI", "PML-N", "reject", "fact") in _coal(text)
    assert ("PML-N", "JI", "talks", "fact") in _coal(text)
    assert ("PML-N", "JI", "reject", "fact") not in _coal(text)


def test_headline_clauses_without_agent_are_separate_statements():
    text = "پیپلز پارٹی کابینہ میں شامل نہیں ہوگی، تحریک انصاف کا مجلس وحدت المسلمین کے ساتھ اتحاد، جماعت اسلامی اپوزیشن میں بیٹھے گی"
    found = _coal(text)
    assert not any(a in ("PPP", "JI") and b in ("PTI", "MWM", "PPP", "JI") for a, b, _x, _s in found)


def test_rejection_in_a_participle_clause_does_not_deny_the_announcement():
    text = "جماعت اسلامی کے امیر نے نتائج مسترد کرتے ہوئے اعلان کیا کہ جماعت اسلامی اسمبلی میں اپوزیشن بنچوں پر بیٹھے گی۔"
    assert _coal(text) == [("JI", None, "join", "fact")]


def test_cue_as_describing_word_or_in_a_relative_clause_is_not_the_agents_act():
    text = ("تحریک انصاف کے سابق صدر ناصر علی خان نے پیر کے روز نئی جماعت بنانے کا اعلان کیا، جس میں "
            "تحریک انصاف چھوڑنے والے کئی سابق اراکین شامل ہو گئے۔")
    assert _acts(text) == []


def test_a_resignation_someone_accepts_is_not_his_own():
    text = "گورنر پنجاب سید طارق محمود نے وزیر اعلیٰ کا استعفیٰ منظور کر لیا ہے۔"
    assert _acts(text) == []


def test_joining_some_other_party_names_no_party():
    text = ("تحریک انصاف کے رہنما ناصر علی خان نے پارٹی کی بنیادی رکنیت سے استعفیٰ دے دیا ہے اور "
            "فی الحال کسی دوسری جماعت میں شامل ہونے کا فیصلہ نہیں کیا۔")
    assert _acts(text) == [("leave_party", "ناصر علی خان", "PTI", "fact")]


def test_he_in_what_a_named_speaker_says_is_the_speaker_and_the_one_parted_from_is_not_an_actor():
    text = ("تحریک انصاف کے رہنما طارق محمود نے پارٹی چھوڑ دی۔ "
            "ناصر علی خان نے اپنے پیغام میں کہا کہ انہوں نے سیاست سے وقفہ لینے کا فیصلہ کیا ہے، اس لیے وہ "
            "پارٹی عہدے سے استعفیٰ دے رہے ہیں اور عمران خان سے راہیں جدا کر رہے ہیں۔")
    actors = {actor for _t, actor, _p, _s in _acts(text)}
    assert actors == {"طارق محمود", "ناصر علی خان"}


def test_a_list_cut_at_including_names_no_count():
    text = "جماعت اسلامی نے ناصر علی خان سمیت تین رہنماؤں کی رکنیت ختم کر دی۔"
    assert all("تین" not in actor for _t, actor, _p, _s in _acts(text))


def test_subject_closed_by_also_before_time_words():
    text = ("تحریک انصاف کا اجلاس ہوا۔ ذرائع کے مطابق سابق وزیر ناصر علی خان بھی آئندہ چند روز میں "
            "پارٹی سے علیحدگی کا اعلان کر سکتے ہیں۔")
    assert _acts(text) == [("leave_party", "ناصر علی خان", "PTI", "possible")]


def test_one_man_denying_leaving_his_party_leaves_the_party_in_focus():
    text = "تحریک انصاف کا اجلاس ہوا۔ سابق وزیر ناصر علی خان نے اپنے پارٹی چھوڑنے کی خبروں کی تردید کی۔"
    assert _acts(text) == [("leave_party", "ناصر علی خان", "PTI", "denied")]


def test_named_weekday_wins_over_a_day_before_something_else():
    text = ("تحریک انصاف کا اجلاس ہوا۔ وزیر اعلیٰ ناصر علی خان نے تحریک عدم اعتماد پر ووٹنگ سے ایک روز قبل "
            "اتوار کے روز عہدے سے استعفیٰ دے دیا۔")
    article = Article(doc="u", text=text, published=date(2021, 10, 25))
    from allegiance.extractor.urdu import extract_urdu
    assert {e.date for e in extract_urdu(article, "pk")} == {"2021-10-24"}


def test_presidency_resigned_is_the_party_presidents_post():
    text = "بلوچستان عوامی پارٹی کا اجلاس ہوا۔ ناصر علی خان نے بلوچستان عوامی پارٹی کی صدارت سے استعفیٰ دے دیا۔"
    article = Article(doc="u", text=text, published=date(2021, 10, 25))
    from allegiance.extractor.urdu import extract_urdu
    assert [(e.type, e.post) for e in extract_urdu(article, "pk")] == [("resign_post", "president")]


def test_each_party_of_an_opposition_made_of_a_list_sits_in_opposition():
    text = ("جمعیت علمائے اسلام اور بلوچستان نیشنل پارٹی پر مشتمل اپوزیشن نے اعلان کیا ہے کہ وہ صوبائی "
            "اسمبلی میں اپوزیشن بنچوں پر ہی بیٹھیں گی۔")
    assert _coal(text) == [("BNP", None, "join", "fact"), ("JUI-F", None, "join", "fact")]


def test_a_party_that_will_not_talk_rules_the_talks_out():
    text = ("ناصر علی خان نے کہا کہ جماعت اسلامی مسلم لیگ (ن) اور پیپلز پارٹی کے ساتھ کسی صورت مذاکرات "
            "نہیں کرے گی۔")
    assert _coal(text) == [("JI", "PML-N", "reject", "fact"), ("JI", "PPP", "reject", "fact")]


def test_a_party_that_will_vote_for_anothers_candidate_supports_it_one_way():
    text = ("جماعت اسلامی کے امیر ناصر علی خان نے کہا کہ جماعت اسلامی وزارت عظمیٰ کے انتخاب میں "
            "مسلم لیگ (ن) کے امیدوار کو ووٹ دے گی۔")
    assert [(a, b, x) for a, b, x, _s in _coal(text)] == [("JI", "PML-N", "join")]


def test_party_post_resigned_is_the_post_the_story_says_he_held():
    text = ("ناصر علی خان نے اپنے پیغام میں کہا کہ وہ پارٹی عہدے سے استعفیٰ دے رہے ہیں۔ "
            "ناصر علی خان تحریک انصاف کے سینئر نائب صدر تھے۔")
    article = Article(doc="u", text=text, published=date(2023, 5, 25))
    from allegiance.extractor.urdu import extract_urdu
    assert [(e.type, e.post) for e in extract_urdu(article, "pk")] == [("resign_post", "senior vice president")]


def test_tally_takes_the_polling_day_the_story_names():
    text = ("پانچ مارچ کو ہونے والے ضمنی انتخابات کے نتائج آ گئے۔ "
            "پنجاب اسمبلی میں مسلم لیگ (ن) نے 7 نشستیں جیت لیں۔")
    article = Article(doc="u", text=text, published=date(2024, 3, 7))
    assert [(e.actor, e.date) for e in extract_urdu_seats(article, "pk")] == [("PML-N", "2024-03-05")]


def test_a_ministers_portfolio_is_no_part_of_his_name():
    text = ("تحریک انصاف کا اجلاس ہوا۔ سابق وفاقی وزیر صحت ناصر علی خان نے پارٹی چھوڑنے کا اعلان کر دیا۔")
    assert _acts(text) == [("leave_party", "ناصر علی خان", "PTI", "fact")]
