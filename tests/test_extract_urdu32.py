"""Urdu political news as Jang, Express, Nawa-i-Waqt and BBC Urdu write it: a party leaving the government
'with its ways parted', a faction in brackets before the agent marker, joining as 'becoming part of' a
party, the members of a counted group listed as 'those who joined include ...', denials that call reports
baseless or refuse, demands made of others, provincial tallies told of 'the house' or in a table, and
people named as the host of an act ('X کی قیادت میں').

Sentences written for these tests; names and figures are invented or reused in new wording."""
from allegiance import extract


def events(text, published="2023-11-16"):
    return {(e.type, e.actor, e.party, e.status) for e in extract(text, published=published)}


def coalitions(text, published="2020-06-18"):
    return {(e.actor, e.counterpart, e.action, e.status) for e in extract(text, published=published)
            if e.type == "coalition"}


def seats(text, published="2024-02-12"):
    return sorted((e.actor, e.seats, e.house) for e in extract(text, published=published) if e.type == "seat_result")


def test_party_parts_ways_with_the_government_faction_in_brackets():
    text = "جمعیت علمائے اسلام (ف) نے مسلم لیگ (ن) کی صوبائی حکومت سے اپنی راہیں جدا کر لی ہیں۔"
    assert ("JUI-F", "PML-N", "leave", "fact") in coalitions(text)


def test_leaving_the_government_is_no_party_left():
    text = ("پیپلز پارٹی کے رہنما نثار احمد کھوڑو نے اجلاس کے بعد میڈیا سے گفتگو کی۔ عوامی نیشنل پارٹی نے جمعہ کو "
            "ان خبروں کی تردید کی کہ وہ بھی حکومت چھوڑنے پر غور کر رہی ہے۔")
    got = extract(text, published="2020-06-18")
    assert not [e for e in got if e.type == "leave_party"]
    assert ("ANP", "leave", "denied") in {(e.actor, e.action, e.status) for e in got if e.type == "coalition"}


def test_becoming_part_of_a_party_is_joining_it():
    text = "سابق رکن صوبائی اسمبلی چوہدری ارشد وڑائچ نے جمعہ کو پیپلز پارٹی کا حصہ بننے کا اعلان کر دیا۔"
    assert ("join_party", "چوہدری ارشد وڑائچ", "PPP", "fact") in events(text)
    # part of the government is a coalition, no one's membership
    text = "ایم کیو ایم پاکستان نے وفاقی حکومت کا حصہ بننے کا اعلان کر دیا۔"
    assert not [e for e in extract(text, published="2024-02-14") if e.type == "join_party"]


def test_counted_group_members_listed_as_those_among_whom():
    text = ("بدھ کے روز لاہور میں مسلم لیگ (ق) کے سربراہ کی موجودگی میں جنوبی پنجاب کے کئی سابق اراکین اسمبلی نے "
            "پارٹی میں شمولیت کا اعلان کیا۔ شمولیت اختیار کرنے والوں میں سابق صوبائی وزیر طارق محمود دریشک، "
            "سابق رکن قومی اسمبلی نصراللہ خان دریشک اور عامر اقبال شاہ شامل ہیں۔")
    got = events(text)
    for name in ("طارق محمود دریشک", "نصراللہ خان دریشک", "عامر اقبال شاہ"):
        assert ("join_party", name, "PML-Q", "fact") in got
    assert not [a for _t, a, _p, _s in got if "کئی" in a]


def test_report_called_baseless_is_a_denial_and_a_deck_keeps_each_act_its_own():
    text = ("تحریک انصاف کے رہنما عالمگیر خان نے اپنے پارٹی چھوڑنے کی خبروں کو بے بنیاد قرار دیتے ہوئے کہا کہ وہ "
            "آخری دم تک پارٹی کے ساتھ ہیں۔")
    assert ("leave_party", "عالمگیر خان", "PTI", "denied") in events(text, "2023-05-26")
    deck = "سندھ میں تحریک انصاف کو دھچکا۔ بلال غفار کا پارٹی سے لاتعلقی کا اعلان، عالمگیر خان نے پارٹی چھوڑنے کی خبروں کو بے بنیاد قرار دے دیا۔"
    got = events(deck, "2023-05-26")
    assert ("leave_party", "بلال غفار", "PTI", "fact") in got


def test_refusing_to_resign_is_denied_and_a_demand_is_no_act():
    text = "سینیٹر دلاور خان نے ایک انٹرویو میں سینیٹ کی رکنیت سے مستعفی ہونے سے صاف انکار کر دیا۔"
    got = [(e.actor, e.status) for e in extract(text, published="2024-10-22") if e.type == "resign_post"]
    assert got == [("دلاور خان", "denied")]
    text = ("عوامی نیشنل پارٹی کے صدر ایمل ولی خان نے مطالبہ کیا کہ منحرف ارکان قومی اسمبلی کی نشستوں سے بھی "
            "استعفیٰ دیں۔")
    assert not [e for e in extract(text, published="2024-10-22") if e.type == "resign_post"]


def test_party_leader_named_as_host_is_not_the_joiner():
    text = ("انہوں نے کہا: \"میں نے آج پیپلز پارٹی سے اپنی راہیں جدا کر لی ہیں اور شاہد خاقان عباسی کی قیادت میں "
            "عوام پاکستان پارٹی میں شمولیت کا اعلان کرتا ہوں۔\"")
    assert not [e for e in extract(text, published="2024-07-08") if e.actor == "شاہد خاقان عباسی"]


def test_some_big_party_is_no_party_and_months_ago_is_no_day():
    text = ("مسلم لیگ (ق) کا پس منظر۔ سردار شوکت مزاری چند ماہ قبل مسلم لیگ (ق) سے الگ ہو گئے تھے اور تب سے "
            "ان کی کسی بڑی جماعت میں شمولیت کی قیاس آرائیاں کی جا رہی تھیں۔")
    got = [(e.type, e.party, e.date) for e in extract(text, published="2023-11-16")]
    assert ("leave_party", "PML-Q", None) in got
    assert not [t for t, _p, _d in got if t == "join_party"]


def test_short_party_names_the_press_uses():
    text = "سابق صوبائی وزیر میر عاصم کرد گیلو نے جمعرات کو باپ پارٹی چھوڑنے کا اعلان کر دیا۔"
    assert ("leave_party", "میر عاصم کرد گیلو", "BAP", "fact") in events(text)
    text = "جی ڈی اے نے وفاقی حکومت سے علیحدگی کا اعلان کر دیا۔"
    assert {a for a, _c, act, _s in coalitions(text)} == {"GDA"}


def test_house_of_the_province_just_named_and_a_shared_figure():
    text = ("8 فروری کو ہونے والے انتخابات کے نتائج آ گئے۔ ادھر خیبر پختونخوا میں آزاد امیدوار آگے رہے۔ "
            "115 جنرل نشستوں والے ایوان میں جمعیت علمائے اسلام اور مسلم لیگ (ن) 7، 7 نشستوں کے ساتھ دوسرے نمبر پر ہیں، "
            "جبکہ پیپلز پارٹی نے 4 نشستوں پر کامیابی حاصل کی۔")
    assert seats(text) == [("JUI-F", 7, "PA-KP"), ("PML-N", 7, "PA-KP"), ("PPP", 4, "PA-KP")]


def test_results_table_under_a_heading_that_names_the_house():
    text = ("پنجاب اسمبلی کے نتائج جاری کر دیے گئے۔\n\nپنجاب اسمبلی: جماعتی پوزیشن (جنرل نشستیں)\n\n"
            "مسلم لیگ (ن) — 137\nآزاد امیدوار — 138\nپیپلز پارٹی: 10\n\nالیکشن کمیشن نے نتائج کی تصدیق کر دی۔")
    assert seats(text) == [("IND", 138, "PA-Punjab"), ("PML-N", 137, "PA-Punjab"), ("PPP", 10, "PA-Punjab")]
    # a single line of a party and a figure is no table
    assert seats("پنجاب اسمبلی کی نشستوں کے نتائج آ گئے۔\nمسلم لیگ (ن) — 137\nمزید خبریں۔") == []


def test_he_of_a_hedged_clause_is_the_subject_closed_by_too():
    text = ("تحریک انصاف میں بے چینی۔ ذرائع کے مطابق سابق صوبائی وزیر یاسمین راشد بھی قیادت سے ناراض ہیں اور امکان ہے "
            "کہ وہ جلد تحریک انصاف سے علیحدگی کا اعلان کر دیں گی۔")
    assert ("leave_party", "یاسمین راشد", "PTI", "possible") in events(text, "2023-05-26")


def test_contacts_between_two_parties_for_government_are_talks():
    text = ("سیاسی حلقوں کا کہنا ہے کہ پنجاب میں حکومت سازی کے لیے مسلم لیگ (ق) اور استحکام پاکستان پارٹی کے درمیان "
            "رابطوں کا امکان ہے۔")
    assert coalitions(text, "2024-02-11") == {("PML-Q", "IPP", "talks", "possible"), ("IPP", "PML-Q", "talks", "possible")}


def test_government_team_offer_is_talks_by_the_leading_party_and_this_offer_refused_answers_it():
    text = ("اسلام آباد: حکومتی وفد نے گزشتہ روز ایم کیو ایم پاکستان کو وفاقی کابینہ میں دو وزارتوں کی پیشکش کی۔ "
            "خالد مقبول صدیقی نے یہ پیشکش مسترد کر دی۔")
    got = coalitions(text, "2019-03-14")
    assert ("PTI", "MQM-P", "talks", "fact") in got
    assert ("MQM-P", "PTI", "reject", "fact") in got
    # with no government in office (a caretaker's time) the approach names no one
    assert not coalitions(text, "2023-10-02")


def test_removed_from_the_party_or_membership_cancelled_is_expulsion():
    text = "قومی وطن پارٹی نے نظم و ضبط کی خلاف ورزی پر سکندر حیات شیرپاؤ اور خالد خان کو پارٹی سے فارغ کر دیا۔"
    got = events(text, "2024-10-22")
    assert {("expel", "سکندر حیات شیرپاؤ", "QWP", "fact"), ("expel", "خالد خان", "QWP", "fact")} <= got
    text = "جماعت اسلامی نے سابق سینیٹر مشتاق احمد خان کی رکنیت منسوخ کر دی۔"
    assert ("expel", "مشتاق احمد خان", "JI", "fact") in events(text, "2024-10-22")
    # a minister removed from his post is no expulsion
    text = "وزیراعلیٰ نے صوبائی وزیر خوراک حسن زاہد کو عہدے سے فارغ کر دیا۔"
    assert not [e for e in extract(text, published="2024-10-22") if e.type == "expel"]


def test_we_sit_in_opposition_is_the_party_that_just_left_the_government():
    text = ("عوامی نیشنل پارٹی نے پیپلز پارٹی کی صوبائی حکومت سے علیحدگی کا اعلان کر دیا۔ پارٹی کے صوبائی صدر "
            "نے کہا کہ وعدے پورے نہیں ہوئے۔ ان کا کہنا تھا کہ اب ہم اپوزیشن بینچوں پر بیٹھیں گے۔")
    assert ("ANP", None, "join", "fact") in coalitions(text, "2012-05-10")


def test_a_partys_leadership_as_subject_without_agent_marker_acts():
    text = ("ذرائع کا کہنا ہے کہ مسلم لیگ (ق) کی قیادت آئندہ ہفتے حکومت سے علیحدگی کے آپشن پر غور کر سکتی ہے۔")
    assert ("PML-Q", "PTI", "leave", "possible") in coalitions(text, "2020-06-18")
    # the party whose government it is does not leave it
    text = "ذرائع کا کہنا ہے کہ تحریک انصاف کی حکومت سے علیحدگی کا معاملہ زیر غور ہے۔"
    assert not coalitions(text, "2020-06-18")


def test_the_party_of_an_urdu_quote_in_an_english_story_is_the_one_the_english_named():
    text = ("PESHAWAR: Former ministers launched a new party, the Istehkam-e-Pakistan Party, on Monday. "
            "The ANP was quick to respond. In a statement in Urdu, its spokesman said: "
            "\"آج پارٹی نے ارباب طاہر خلیل اور سردار حسین بابک کی بنیادی رکنیت منسوخ کر دی ہے۔\"")
    got = {(e.actor, e.party) for e in extract(text, published="2023-07-18") if e.type == "expel"}
    assert got == {("ارباب طاہر خلیل", "ANP"), ("سردار حسین بابک", "ANP")}


def test_support_for_the_government_and_an_alliance_announced_with_a_party():
    text = "جمعیت علمائے اسلام (ف) نے بلوچستان میں حکومت کی حمایت کا اعلان کر دیا۔"
    assert ("JUI-F", "PML-N", "join", "fact") in coalitions(text, "2024-03-05")
    text = "پیپلز پارٹی نے حیدرآباد میں ایم کیو ایم پاکستان کے ساتھ اتحاد کا اعلان کر دیا۔"
    assert {("PPP", "MQM-P", "join", "fact"), ("MQM-P", "PPP", "join", "fact")} <= coalitions(text, "2024-03-05")


def test_refusing_to_join_a_partys_government_is_one_way_rejection():
    text = "عوامی نیشنل پارٹی نے مسلم لیگ (ن) کی حکومت میں شامل ہونے سے انکار کر دیا۔"
    assert coalitions(text, "2024-03-05") == {("ANP", "PML-N", "reject", "fact")}


def test_weekday_after_a_name_is_not_part_of_it():
    text = "سابق رکن اسمبلی غلام سرور پیر کے روز مسلم لیگ (ن) میں شامل ہو گئے۔"
    got = [(e.actor, e.date) for e in extract(text, published="2024-03-05") if e.type == "join_party"]
    assert got == [("غلام سرور", "2024-03-04")]


def test_resigning_a_seat_with_no_agent_marker_or_party():
    text = "رکن صوبائی اسمبلی رانا شہزاد احمد صوبائی اسمبلی کی رکنیت سے مستعفی ہو گئے۔"
    got = [(e.actor, e.post) for e in extract(text, published="2024-03-05") if e.type == "resign_post"]
    assert got == [("رانا شہزاد احمد", "MPA")]


def test_topping_the_table_with_a_figure_is_a_tally():
    text = ("8 فروری کو ہونے والے انتخابات کے نتائج۔ الیکشن کمیشن کے مطابق پنجاب اسمبلی میں مسلم لیگ (ن) 137 سیٹوں "
            "کے ساتھ سرفہرست رہی جبکہ آزاد امیدوار 113 نشستوں کے ساتھ دوسرے نمبر پر رہے۔")
    assert seats(text, "2024-02-13") == [("IND", 113, "PA-Punjab"), ("PML-N", 137, "PA-Punjab")]


def test_accepting_a_cabinet_invitation_and_assuring_support_are_one_way_joins():
    text = "مسلم لیگ (ق) نے وفاقی کابینہ میں شمولیت کی دعوت قبول کر لی۔"
    assert ("PML-Q", "PML-N", "join", "fact") in coalitions(text, "2024-03-01")
    text = "استحکام پاکستان پارٹی نے حکومت سازی کے لیے مسلم لیگ (ن) کو حمایت کی یقین دہانی کرا دی۔"
    assert coalitions(text, "2024-02-13") == {("IPP", "PML-N", "join", "fact")}


def test_headline_contact_in_the_possessive_is_talks_by_the_first_party():
    text = "پیپلز پارٹی کا جمعیت علمائے اسلام (ف) سے رابطہ، حکومت سازی پر تبادلہ خیال۔"
    assert coalitions(text, "2024-02-13") == {("PPP", "JUI-F", "talks", "fact")}


def test_short_and_glued_party_names_of_the_urdu_press():
    cases = [("سابق رکن اسمبلی علی رضا جعفری نے ایم ڈبلیو ایم چھوڑنے کا اعلان کر دیا۔", "MWM"),
             ("سابق ایم این اے طارق بشیر چیمہ نے پیپلزپارٹی میں شمولیت اختیار کر لی۔", "PPP"),
             ("سابق امیدوار حافظ سعد رضوی نے تحریک لبیک سے علیحدگی کا اعلان کر دیا۔", "TLP"),
             ("سابق سینیٹر عثمان خان کاکڑ نے پی کے میپ میں شمولیت اختیار کر لی۔", "PkMAP")]
    for text, code in cases:
        assert [e.party for e in extract(text, published="2024-03-05") if e.type in ("leave_party", "join_party")] == [code]


def test_about_to_join_per_sources_is_possible():
    text = "ذرائع کے مطابق سابق وفاقی وزیر ہمایوں اختر خان آئندہ ہفتے استحکام پاکستان پارٹی میں شامل ہونے والے ہیں۔"
    assert ("join_party", "ہمایوں اختر خان", "IPP", "possible") in events(text, "2023-06-02")


def test_likely_to_be_removed_from_the_party_is_a_possible_expulsion():
    text = "تحریک انصاف کے رہنما احمد جواد کو پارٹی سے نکالے جانے کا امکان ہے۔"
    assert ("expel", "احمد جواد", "PTI", "possible") in events(text, "2023-06-02")
    # bringing people out of despair is no expulsion
    text = "استحکام پاکستان پارٹی کے صدر نے کہا کہ نئی جماعت عوام کو مایوسی سے نکالے گی۔"
    assert not [e for e in extract(text, published="2023-06-09") if e.type == "expel"]


def test_his_party_said_with_kaha_hai_ke_is_the_speakers():
    text = ("جمعیت علمائے اسلام (ف) کے ترجمان اسلم غوری نے کہا ہے کہ ان کی جماعت حکومت سے علیحدگی پر غور نہیں کر رہی۔")
    assert ("JUI-F", "PTI", "leave", "denied") in coalitions(text, "2020-06-18")


def test_resigning_ones_own_post_and_a_date_after_the_name():
    text = "وزیر اعلیٰ کے مشیر برائے اطلاعات کامران بنگش اپنے عہدے سے مستعفی ہو گئے۔"
    assert [(e.actor, e.post) for e in extract(text, published="2023-06-02") if e.type == "resign_post"] == [("کامران بنگش", "adviser")]
    text = "تحریک انصاف کی خبر۔ سابق اسپیکر صوبائی اسمبلی مشتاق غنی 5 جون کو پارٹی چھوڑنے کا اعلان کریں گے۔"
    assert ("leave_party", "مشتاق غنی", "PTI", "possible") in events(text, "2023-06-02")


def test_refusing_to_sit_with_parties_is_rejecting_each():
    text = "جماعت اسلامی نے مسلم لیگ (ن) اور پیپلز پارٹی کے ساتھ بیٹھنے سے انکار کر دیا۔"
    assert coalitions(text, "2024-02-15") == {("JI", "PML-N", "reject", "fact"), ("JI", "PPP", "reject", "fact")}
