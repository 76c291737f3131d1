"""Urdu political news as Dunya, Nawa-i-Waqt, Geo and Independent Urdu write it: tallies that count the
winners before the party ('۱۳ آزاد امیدوار کامیاب ہوئے') or give a party its share ('کے حصے میں ایک ایک
نشست آئی'), a faction's name after its party ('بی این پی مینگل'), and a post given up with the verb of
leaving ('صوبائی صدارت چھوڑ دی'), which is no party left.

Sentences written for these tests; names and figures are invented."""
from allegiance import extract


def events(text, published="2024-06-23"):
    return {(e.type, e.actor, e.party, e.post, e.status) for e in extract(text, published=published)}


def seats(text, published="2018-07-29"):
    return sorted((e.actor, e.seats, e.house) for e in extract(text, published=published) if e.type == "seat_result")


def test_winners_counted_before_the_party():
    text = "قومی اسمبلی میں مسلم لیگ (ن) نے ۸۰ نشستیں حاصل کیں جبکہ ۲۱ آزاد امیدوار کامیاب ہوئے۔"
    assert ("IND", 21, "NA") in seats(text)


def test_a_share_of_seats_is_a_result():
    text = "قومی اسمبلی کے انتخاب میں عوامی نیشنل پارٹی اور جمہوری وطن پارٹی کے حصے میں ایک ایک نشست آئی۔"
    assert seats(text) == [("ANP", 1, "NA"), ("JWP", 1, "NA")]


def test_faction_named_after_the_party():
    text = "قومی اسمبلی میں تحریک انصاف نے ۹۰، بی این پی مینگل نے ۵ اور جماعت اسلامی نے ۲ نشستیں جیتیں۔"
    assert ("BNP", 5, "NA") in seats(text)


def test_giving_up_a_post_is_no_party_left():
    text = "پشاور (جیو نیوز) تحریک انصاف کے رہنما حامد نواز خٹک نے صوبائی صدارت چھوڑنے کی خبروں کی تردید کر دی۔"
    got = events(text)
    assert not [e for e in got if e[0] == "leave_party"]
    assert ("resign_post", "حامد نواز خٹک", "PTI", "provincial president", "denied") in got


def test_the_post_given_up_is_the_verbs_own_object():
    text = ("تحریک انصاف کے رہنما ساجد محمود نے کہا کہ وہ بانی چیئرمین کے ساتھ کھڑے رہیں گے اور "
            "قائد حزب اختلاف کا عہدہ نہیں چھوڑ رہے۔")
    got = events(text)
    assert not [e for e in got if e[0] == "leave_party"]
    assert {e[3] for e in got if e[0] == "resign_post"} == {"opposition leader"}


def test_party_head_opening_the_sentence_resigns_from_the_cabinet():
    text = "بلوچستان عوامی پارٹی کے سربراہ نوابزادہ فیصل خان مری جمعہ کو وفاقی کابینہ سے مستعفی ہو گئے۔"
    got = {(e.actor, e.post) for e in extract(text, published="2022-03-31") if e.type == "resign_post"}
    assert got == {("نوابزادہ فیصل خان مری", "federal minister")}


def test_people_named_before_including_several_ministers():
    text = ("رواں ماہ کے آغاز میں صوبائی وزراء حمید اللہ کاکڑ اور نعمت اللہ زہری سمیت متعدد ناراض وزراء "
            "کابینہ سے مستعفی ہو گئے تھے۔")
    got = {e.actor for e in extract(text, published="2021-10-25") if e.type == "resign_post"}
    assert got == {"حمید اللہ کاکڑ", "نعمت اللہ زہری"}


def test_a_group_of_electables_is_no_one_named():
    text = "جنوبی پنجاب کے الیکٹ ایبلز کا تحریک انصاف کو خیرباد، ق لیگ میں شمولیت کا اعلان"
    assert not extract(text, published="2023-06-03")


def test_a_resignation_not_yet_accepted_is_not_the_speakers():
    text = ("پارٹی کے ترجمان کامران شفیق نے کہا کہ سلیم خان کا استعفیٰ ابھی منظور نہیں ہوا اور اس پر فیصلہ "
            "چیئرمین کریں گے۔")
    assert not [e for e in extract(text, published="2024-06-23") if e.actor == "کامران شفیق"]


def test_a_resignation_letter_retold_is_the_same_resignation():
    text = ("اسلام آباد (جیو نیوز) قومی اسمبلی میں پارلیمانی لیڈر ساجد محمود خان نے پارٹی کے سیکرٹری جنرل کے عہدے "
            "سے استعفیٰ دے دیا ہے۔ ساجد محمود خان نے گزشتہ روز اپنا استعفیٰ پارٹی چیئرمین کو بھجوایا۔")
    got = {e.post for e in extract(text, published="2024-06-23") if e.type == "resign_post"}
    assert got == {"secretary general"}


def test_a_chapter_officer_named_with_the_province():
    text = "جمعہ کو پی ٹی آئی سندھ کے جنرل سیکرٹری حامد علی شاہ بھی اپنے عہدے سے مستعفی ہو گئے تھے۔"
    assert ("resign_post", "حامد علی شاہ", "PTI", "general secretary", "fact") in events(text)


def test_a_district_presidency_resigned_with_the_membership():
    text = ("سابق رکن صوبائی اسمبلی چوہدری نوید انجم نے پیر کے روز پی ٹی آئی ضلع سیالکوٹ کی صدارت اور پارٹی کی "
            "بنیادی رکنیت دونوں سے استعفیٰ دینے کا اعلان کیا۔")
    got = events(text)
    assert ("leave_party", "چوہدری نوید انجم", "PTI", None, "fact") in got
    assert ("resign_post", "چوہدری نوید انجم", "PTI", "district president", "fact") in got


def coalitions(text, published="2022-03-31"):
    return {(e.actor, e.counterpart, e.action, e.status) for e in extract(text, published=published)
            if e.type == "coalition"}


def test_leaving_the_government_then_sitting_in_opposition():
    text = ("اسلام آباد (نمائندہ خصوصی) جمہوری وطن پارٹی کے سربراہ شاہد حسین بگٹی نے بدھ کو بتایا کہ رابطہ کمیٹی نے "
            "حکومت سے الگ ہونے کا فیصلہ کیا ہے اور ان کے ارکان اب اپوزیشن بنچوں پر بیٹھیں گے۔")
    got = coalitions(text)
    assert ("JWP", "leave", "fact") in {(a, act, s) for a, _c, act, s in got}
    assert ("JWP", None, "join", "fact") in got


def test_a_party_as_bare_subject_backs_the_opposition():
    text = "ادھر حکومت کی ایک اور اتحادی جماعت عوامی نیشنل پارٹی پیر کے روز ہی اپوزیشن کی حمایت کا اعلان کر چکی ہے۔"
    assert ("ANP", None, "join", "fact") in coalitions(text)


def test_a_party_leader_denies_leaving_the_government():
    text = ("مسلم لیگ (ق) کی رہنما ڈاکٹر ثمینہ خالد نے آج گفتگو میں حکومت سے علیحدگی کی خبروں کی تردید کی اور "
            "کہا کہ ان کی جماعت وزیراعظم کے ساتھ ہے۔")
    assert ("PML-Q", "leave", "denied") in {(a, act, s) for a, _c, act, s in coalitions(text)}


def test_contacts_for_a_joint_candidate_are_talks():
    text = ("ذرائع کے مطابق مسلم لیگ (ن) اور جماعت اسلامی کے درمیان مشترکہ امیدوار لانے کے لیے رابطوں کا امکان ہے۔")
    assert coalitions(text) == {("PML-N", "JI", "talks", "possible"), ("JI", "PML-N", "talks", "possible")}


def test_close_sources_speak_of_the_man_they_are_close_to():
    text = ("پشاور (انڈپینڈنٹ اردو) عوامی نیشنل پارٹی نے منگل کو رہنما نوابزادہ سلیم خان کی بنیادی رکنیت معطل کر دی ہے۔ "
            "سردار عمر فاروق کاکڑ کے قریبی ذرائع کا کہنا ہے کہ وہ خود بھی پارٹی چھوڑنے کے بارے میں سوچ رہے ہیں۔")
    assert ("leave_party", "سردار عمر فاروق کاکڑ", "ANP", None, "possible") in events(text, "2023-09-14")


def test_it_was_decided_that_the_party_sits_in_opposition():
    text = ("جمعیت علمائے اسلام (ف) کے سربراہ مولانا فضل الرحمن نے نتائج مسترد کر دیے۔ جمعہ کو پارٹی کے اجلاس کے بعد "
            "فیصلہ کیا گیا کہ جماعت ایوان کا بائیکاٹ کرنے کے بجائے اپوزیشن بنچوں پر بیٹھے گی۔")
    assert ("JUI-F", None, "join", "fact") in coalitions(text, "2018-07-29")


def test_titles_lengthen_a_listed_name():
    text = ("۵ فروری کو بلاول ہاؤس میں سابق رکن صوبائی اسمبلی پیر سید غلام علی شاہ بخاری اور مخدوم جمیل الزمان "
            "ہالائی نے پیپلز پارٹی میں شامل ہونے کا اعلان کیا۔")
    got = {e.actor for e in extract(text, published="2023-02-06") if e.type == "join_party"}
    assert "پیر سید غلام علی شاہ بخاری" in got


def test_ministers_named_after_their_party_quit_their_ministries():
    text = ("ذرائع کے مطابق جمہوری وطن پارٹی سے تعلق رکھنے والے وفاقی وزراء سید عامر علی اور بیرسٹر نوید قمر آج "
            "اپنی وزارتوں سے مستعفی ہو جائیں گے۔")
    got = {(e.actor, e.status) for e in extract(text, published="2022-03-31") if e.type == "resign_post"}
    assert got == {("سید عامر علی", "possible"), ("نوید قمر", "possible")}


def test_a_counted_group_leaving_is_named_by_the_next_sentences_joining():
    text = ("کراچی (اسٹاف رپورٹر) گرینڈ ڈیموکریٹک الائنس کو اس وقت دھچکا لگا جب اتوار کو اس کے تین سرکردہ رہنماؤں نے "
            "اتحاد سے راہیں جدا کر کے پاکستان پیپلز پارٹی میں شمولیت اختیار کر لی۔ بلاول ہاؤس میں منعقدہ تقریب میں "
            "سید کامل شاہ راشدی، مخدوم نعیم الزمان اور سردار شبیر احمد لغاری نے پیپلز پارٹی میں شامل ہونے کا اعلان کیا۔")
    got = events(text, "2023-02-06")
    for name in ("سید کامل شاہ راشدی", "مخدوم نعیم الزمان", "سردار شبیر احمد لغاری"):
        assert ("leave_party", name, "GDA", None, "fact") in got
        assert ("join_party", name, "PPP", None, "fact") in got


def test_a_counted_group_leaving_the_government_leaves_no_party():
    text = ("اسلام آباد (نمائندہ خصوصی) جمعہ کو مسلم لیگ (ق) کے تین ارکان نے حکومتی اتحاد سے علیحدگی کا اعلان کر دیا۔ "
            "پریس کانفرنس میں سید کامل شاہ، چوہدری نعیم احمد اور سردار شبیر لغاری نے پیپلز پارٹی میں شامل ہونے کا اعلان کیا۔")
    assert not [e for e in events(text, "2023-02-06") if e[0] == "leave_party"]


def test_a_partys_delegation_offers_an_alliance_against_a_third():
    text = ("اسی روز جماعت اسلامی کے ایک وفد نے لاڑکانہ میں جمعیت علمائے اسلام (ف) کے رہنما مولانا ناصر محمود سومرو سے "
            "ملاقات کی اور آئندہ انتخابات میں پیپلز پارٹی کے خلاف انتخابی اتحاد کی پیشکش کی۔")
    assert coalitions(text, "2023-02-06") == {("JI", "JUI-F", "talks", "fact")}


def test_continuing_to_back_the_government_is_joining_it():
    text = "پیر کے روز عوامی نیشنل پارٹی نے وفاق میں حکومت کی حمایت جاری رکھنے کا اعلان کر دیا۔"
    assert {(a, act) for a, _c, act, _s in coalitions(text, "2022-03-31")} == {("ANP", "join")}


def test_a_day_still_to_come_is_no_act_day():
    text = ("ذرائع کے مطابق سابق رکن قومی اسمبلی نوابزادہ ظفر علی مری بھی پیپلز پارٹی کی قیادت سے رابطے میں ہیں اور امکان ہے "
            "کہ وہ ۱۰ فروری کو نواب شاہ میں ہونے والے جلسے میں پیپلز پارٹی میں شامل ہو جائیں گے۔")
    got = [e for e in extract(text, published="2023-02-06") if e.type == "join_party"]
    assert got and all(e.date is None and e.status == "possible" for e in got)


def test_his_membership_is_the_man_acted_against():
    text = ("پشاور (انڈپینڈنٹ اردو) عوامی نیشنل پارٹی نے منگل کو رہنما نوابزادہ سلیم خان کی بنیادی رکنیت معطل کر دی ہے۔ "
            "اے این پی کے اندرونی حلقوں کے مطابق سابق رکن صوبائی اسمبلی سردار عمر فاروق کاکڑ کے خلاف بھی کارروائی زیر غور "
            "ہے اور امکان ہے کہ آئندہ اجلاس میں ان کی رکنیت بھی معطل کر دی جائے۔")
    got = {(e.actor, e.party, e.date, e.status) for e in extract(text, published="2023-09-14") if e.type == "expel"}
    assert ("سردار عمر فاروق کاکڑ", "ANP", None, "possible") in got


def test_leaving_a_committee_seat_is_a_post_given_up():
    text = ("ذرائع کا کہنا ہے کہ پارٹی کے رکن قومی اسمبلی عامر حسین ڈوگر بھی سیاسی کمیٹی کی رکنیت چھوڑنے پر غور کر رہے "
            "ہیں۔")
    got = {(e.type, e.actor, e.post, e.status) for e in extract(text, published="2024-06-23")}
    assert got == {("resign_post", "عامر حسین ڈوگر", "political committee", "possible")}


def test_a_party_head_quits_the_cabinet_and_announces_leaving_the_coalition():
    text = ("اسلام آباد (نمائندہ نوائے وقت) وزیراعظم کے خلاف تحریک عدم اعتماد پیش کر دی گئی۔ بلوچستان عوامی پارٹی کے "
            "سربراہ نوابزادہ فیصل خان مری اتوار کو وفاقی کابینہ سے مستعفی ہو گئے تھے اور انہوں نے حکومتی اتحاد چھوڑنے کا "
            "اعلان کیا تھا۔")
    got = extract(text, published="2022-03-31")
    assert ("نوابزادہ فیصل خان مری", "federal minister") in {(e.actor, e.post) for e in got if e.type == "resign_post"}
    assert ("BAP", "leave", "2022-03-27") in {(e.actor, e.action, e.date) for e in got if e.type == "coalition"}


def test_the_partys_delegation_calls_on_another_party():
    text = ("دوسری جانب حکومت سازی کے لیے مسلم لیگ (ن) نے رابطے تیز کر دیے ہیں۔ اسحاق ڈار کی قیادت میں پارٹی وفد نے "
            "اتوار کو کراچی میں ایم کیو ایم پاکستان کے مرکز کا دورہ کیا اور حکومت سازی کے لیے تعاون کی درخواست کی۔")
    assert ("PML-N", "MQM-P", "talks", "fact") in coalitions(text, "2018-07-29")


def test_the_prime_ministers_offer_and_the_partys_answer_in_one_sentence():
    text = ("اسلام آباد (نمائندہ نوائے وقت) وزیراعظم کے خلاف تحریک عدم اعتماد پیش کر دی گئی۔ پیر کے روز وزیراعظم "
            "عمران خان نے جمہوری وطن پارٹی کے سربراہ کو وفاقی وزارت کی پیشکش کی جس کے بعد جمہوری وطن پارٹی نے وفاق میں "
            "حکومت کی حمایت جاری رکھنے کا اعلان کر دیا۔")
    got = coalitions(text)
    assert ("PTI", "JWP", "talks", "fact") in got and ("JWP", "PTI", "join", "fact") in got
