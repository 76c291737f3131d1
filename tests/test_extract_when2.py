"""Dates and status of acts called off, denied and reported: the day is the statement's (GUIDELINE),
and background told beside the news keeps no day. Sentences written for the tests."""
from allegiance import extract


def by_actor(events, kind):
    return {e.actor: e for e in events if e.type == kind}


def test_announced_act_in_a_relative_clause_called_off_by_a_u_turn_is_denied_on_the_u_turn_day():
    text = ("Meanwhile, MPA Tariq Mehmood Butt, who had announced on Sunday that he was joining the Pak Sarzameen "
            "Party, took a U-turn on Monday and said he would stay with the MQM-P.")
    join = by_actor(extract(text, published="2016-10-12"), "join_party")["Tariq Mehmood Butt"]
    assert (join.status, join.date) == ("denied", "2016-10-10")


def test_done_act_in_a_relative_clause_is_not_called_off_by_a_withdrawal():
    text = "Sardar Ali Raza Dreshak, who joined the PTI on Sunday, withdrew from the race for the Senate on Monday."
    join = by_actor(extract(text, published="2018-03-01"), "join_party")["Sardar Ali Raza Dreshak"]
    assert join.status == "fact"


def test_denial_of_a_pluperfect_act_is_dated_by_the_story():
    text = ("Prime Minister Imran Khan on Tuesday met a delegation of the PML-Q in Islamabad.\n\n"
            "Meanwhile, PTI dissident Amjad Niazi, who leads a group of MNAs, denied that he had joined the PML-N.")
    join = by_actor(extract(text, published="2022-03-09"), "join_party")["Amjad Niazi"]
    assert (join.status, join.date) == ("denied", "2022-03-08")


def test_pluperfect_act_not_denied_stays_background():
    text = ("Prime Minister Imran Khan on Tuesday met a delegation of the PML-Q in Islamabad.\n\n"
            "Meanwhile, PTI dissident Amjad Niazi, who leads a group of MNAs, had joined the PML-N.")
    join = by_actor(extract(text, published="2022-03-09"), "join_party")["Amjad Niazi"]
    assert join.date is None


def test_year_in_a_relative_clause_does_not_undate_a_reported_resignation():
    text = ("Karachi leader Faisal Rasheed on Tuesday quit the PTI. He said he had also resigned from his seat in "
            "the Sindh Assembly, where he was elected in 2018.")
    post = by_actor(extract(text, published="2023-05-24"), "resign_post")["Faisal Rasheed"]
    assert post.date == "2023-05-23"


# ---------------------------------------------------------------- Urdu

URDU_LEAD = "لاہور (نمائندہ خصوصی) سابق رکن صوبائی اسمبلی چوہدری طارق نذیر نے پیر کے روز پاکستان مسلم لیگ ن میں شمولیت کا اعلان کر دیا۔\n\n"


def test_urdu_background_with_a_year_takes_no_day_from_the_story():
    text = URDU_LEAD + "یاد رہے کہ میاں عبدالستار گجر 2013 میں پیپلز پارٹی چھوڑ کر تحریک انصاف میں شامل ہوئے تھے۔"
    events = extract(text, published="2024-02-20")
    assert by_actor(events, "join_party")["چوہدری طارق نذیر"].date == "2024-02-19"
    assert by_actor(events, "join_party")["میاں عبدالستار گجر"].date is None
    assert by_actor(events, "leave_party")["میاں عبدالستار گجر"].date is None


def test_urdu_rumour_of_sources_with_next_week_is_undated_and_names_no_time_words():
    text = URDU_LEAD + "ذرائع کا کہنا ہے کہ ان کے بھائی چوہدری ناصر نذیر بھی آئندہ ہفتے مسلم لیگ ن میں شامل ہو سکتے ہیں۔"
    joins = by_actor(extract(text, published="2024-02-20"), "join_party")
    assert "آئندہ ہفتے" not in joins
    assert (joins["چوہدری ناصر نذیر"].status, joins["چوہدری ناصر نذیر"].date) == ("possible", None)


def test_urdu_independent_is_a_role_and_status_is_read_on_the_cue_clause():
    text = URDU_LEAD + ("ذرائع کے مطابق رحیم یار خان سے آزاد رکن قومی اسمبلی سید حامد محمود کے بھی پیپلز پارٹی میں شامل ہونے "
                        "کا امکان ہے، تاہم انہوں نے اب تک کوئی اعلان نہیں کیا۔")
    joins = by_actor(extract(text, published="2024-02-20"), "join_party")
    assert (joins["سید حامد محمود"].status, joins["سید حامد محمود"].date) == ("possible", None)
    assert not any("مطابق" in actor for actor in joins)


def test_urdu_reported_clause_with_its_own_subject_is_not_the_speakers_act():
    text = URDU_LEAD + ("پارٹی رہنما بیرسٹر عمران علی نے پریس کانفرنس کرتے ہوئے کہا کہ تحریک انصاف کے حمایت یافتہ آزاد ارکان "
                        "سنی اتحاد کونسل میں شامل ہوں گے۔")
    assert "بیرسٹر عمران علی" not in by_actor(extract(text, published="2024-02-20"), "join_party")


def test_urdu_speaker_denying_his_own_leaving_is_still_the_actor():
    text = URDU_LEAD + "ادھر تحریک انصاف کے رہنما ملک احمد سعید نے ان خبروں کی تردید کی کہ وہ پارٹی چھوڑ رہے ہیں۔"
    leave = by_actor(extract(text, published="2024-02-20"), "leave_party")["ملک احمد سعید"]
    assert leave.status == "denied"


def test_urdu_expulsion_with_its_words_apart_and_a_conditional_offer_is_no_event():
    text = ("پشاور (بیورو رپورٹ) جمعیت علمائے اسلام نے جمعہ کے روز ضلع بنوں کے سابق امیر حاجی نور رحمان کی بنیادی رکنیت "
            "پارٹی ڈسپلن کی خلاف ورزی پر ختم کر دی۔\n\n"
            "دوسری جانب پیپلز پارٹی کے صوبائی صدر نے کہا کہ اگر جمعیت علمائے اسلام نے پیشکش کی تو صوبے میں اتحاد پر غور کیا جا سکتا ہے۔")
    events = extract(text, published="2025-06-17")
    expel = by_actor(events, "expel")["حاجی نور رحمان"]
    assert (expel.party, expel.date) == ("JUI-F", "2025-06-13")
    assert not [e for e in events if e.type == "coalition"]


def test_urdu_headline_denial_names_no_one_expelled():
    text = "جے یو آئی رہنما نے تحریک انصاف میں شمولیت کی خبروں کی تردید کر دی، بنوں کے سابق امیر کی رکنیت ختم\n\nمتن۔"
    assert not [e for e in extract(text, published="2025-06-17") if e.type == "expel"]


def test_coming_act_with_a_postposed_pronoun_attribution_is_announced():
    text = "LAHORE: Former MNA Ghulam Sarwar Cheema will formally join the Pakistan Peoples Party on Friday, he announced on Sunday."
    join = by_actor(extract(text, published="2018-02-13"), "join_party")["Ghulam Sarwar Cheema"]
    assert (join.status, join.date) == ("fact", "2018-02-11")


def test_coming_act_of_another_in_a_quote_stays_possible():
    text = ("LAHORE: PPP leader Qamar Zaman Kaira spoke to reporters. “Ghulam Sarwar Cheema will join the Pakistan "
            "Peoples Party on Friday,” he said on Sunday.")
    join = by_actor(extract(text, published="2018-02-13"), "join_party")["Ghulam Sarwar Cheema"]
    assert join.status == "possible"


def test_done_relative_clause_keeps_its_own_mood_under_a_hedged_main_clause():
    text = ("Fida Muhammad Nashad, a former speaker of the assembly who joined the PML-N in 2015, is reportedly "
            "in contact with the PTI.")
    join = by_actor(extract(text, published="2020-11-10"), "join_party")["Fida Muhammad Nashad"]
    assert (join.party, join.status, join.date) == ("PML-N", "fact", None)


def test_outlet_named_today_is_not_the_day():
    text = ("ISLAMABAD: Former MNA Rana Tariq Javed has quit the Pakistan Muslim League-Quaid, a close aide told "
            "Pakistan Today on Friday.")
    leave = by_actor(extract(text, published="2011-04-16"), "leave_party")["Rana Tariq Javed"]
    assert leave.date == "2011-04-15"
    text = "ISLAMABAD: Former MNA Rana Tariq Javed quit the Pakistan Muslim League-Quaid today."
    assert by_actor(extract(text, published="2011-04-16"), "leave_party")["Rana Tariq Javed"].date == "2011-04-16"


def test_no_truth_in_reports_of_an_act_is_a_denial():
    text = "PESHAWAR: Former MPA Gul Zaman Khan on Monday said there was no truth in reports that he had left the PTI."
    leave = by_actor(extract(text, published="2020-11-10"), "leave_party")["Gul Zaman Khan"]
    assert (leave.status, leave.date) == ("denied", "2020-11-09")


def test_a_stretch_of_days_gives_no_day_and_day_of_month_is_a_day():
    lead = "LAHORE: Former MPA Ijaz Shafi joined the Pakistan Peoples Party on Monday.\n\n"
    for stretch in ("over the weekend", "earlier in the week", "a fortnight ago", "a few days back",
                    "in the first week of March", "in mid-February"):
        text = lead + f"Former MNA Rai Aziz Ullah Khan quit the PML-N {stretch}, his aides said."
        assert by_actor(extract(text, published="2019-03-12"), "leave_party")["Rai Aziz Ullah Khan"].date is None, stretch
    text = lead + "Former MNA Rai Aziz Ullah Khan quit the PML-N on the 5th of March, his aides said."
    assert by_actor(extract(text, published="2019-03-12"), "leave_party")["Rai Aziz Ullah Khan"].date == "2019-03-05"


def test_urdu_days_counted_back_and_last_weekday_and_evening():
    text = ("جھنگ (نامہ نگار) مسلم لیگ ن کے سابق رکن قومی اسمبلی شیخ نوید اکرم نے گزشتہ شب پاکستان تحریک انصاف میں شمولیت کا اعلان کر دیا۔\n\n"
            "سابق رکن صوبائی اسمبلی مہر نوید سرگانہ نے بھی اتوار کی شام تحریک انصاف میں شامل ہونے کا اعلان کیا۔\n\n"
            "سابق ناظم ملک ارشد محمود نے دو روز قبل مسلم لیگ ن چھوڑ دی تھی۔\n\n"
            "سابق ناظم چوہدری نعیم اختر نے گزشتہ جمعہ پیپلز پارٹی میں شمولیت اختیار کی۔")
    events = extract(text, published="2018-06-05")
    joins, leaves = by_actor(events, "join_party"), by_actor(events, "leave_party")
    assert joins["شیخ نوید اکرم"].date == "2018-06-04"
    assert joins["مہر نوید سرگانہ"].date == "2018-06-03"
    assert leaves["ملک ارشد محمود"].date == "2018-06-03"
    assert joins["چوہدری نعیم اختر"].date == "2018-06-01"


def test_urdu_vague_week_and_undated_denial_take_no_day():
    text = ("جھنگ (نامہ نگار) مسلم لیگ ن کے سابق رکن قومی اسمبلی شیخ نوید اکرم نے پیر کے روز پاکستان تحریک انصاف میں شمولیت کا اعلان کر دیا۔\n\n"
            "ذرائع کے مطابق ضلع کونسل کے سابق چیئرمین صاحبزادہ محبوب عالم بھی رواں ہفتے تحریک انصاف میں شامل ہو سکتے ہیں۔\n\n"
            "ادھر پیپلز پارٹی کے صدر مخدوم فیصل حیات نے تحریک انصاف میں شمولیت کی خبروں کو مسترد کر دیا۔")
    joins = by_actor(extract(text, published="2018-06-05"), "join_party")
    assert joins["شیخ نوید اکرم"].date == "2018-06-04"
    assert (joins["صاحبزادہ محبوب عالم"].status, joins["صاحبزادہ محبوب عالم"].date) == ("possible", None)
    assert (joins["مخدوم فیصل حیات"].status, joins["مخدوم فیصل حیات"].date) == ("denied", None)


def test_coming_act_today_on_the_word_of_sources_is_undated_but_a_done_one_is_dated():
    planned = "GILGIT: Former deputy speaker Jafar Ali Khan is also expected to join the PTI today, party sources said."
    join = by_actor(extract(planned, published="2020-11-10"), "join_party")["Jafar Ali Khan"]
    assert (join.status, join.date) == ("possible", None)
    done = "GILGIT: Former deputy speaker Jafar Ali Khan joined the PTI today, party sources said."
    assert by_actor(extract(done, published="2020-11-10"), "join_party")["Jafar Ali Khan"].date == "2020-11-10"


def test_dismissed_reports_of_a_pluperfect_act_take_the_story_day_unless_the_denial_is_background():
    lead = "ISLAMABAD: Prime Minister Imran Khan on Tuesday met a delegation of the PML-Q. "
    news = lead + "Meanwhile, PTI dissident Amjad Niazi dismissed reports that he had joined the PML-N."
    assert by_actor(extract(news, published="2022-03-09"), "join_party")["Amjad Niazi"].date == "2022-03-08"
    old = lead + "Amjad Niazi had earlier dismissed reports that he had joined the PML-N."
    assert by_actor(extract(old, published="2022-03-09"), "join_party")["Amjad Niazi"].date is None


def test_act_in_a_relative_clause_on_the_subject_takes_only_its_own_day():
    text = ("LAHORE: Punjab Senior Minister Abdul Aleem Khan, who joined the PTI after leaving the PML-Q, on Monday "
            "resigned from the cabinet.")
    events = extract(text, published="2019-03-12")
    assert by_actor(events, "join_party")["Abdul Aleem Khan"].date is None
    assert by_actor(events, "leave_party")["Abdul Aleem Khan"].date is None
    text = ("LAHORE: Former MNA Riaz Fatyana, who announced on Sunday that he was quitting the PML-Q, on Monday "
            "joined the PTI.")
    events = extract(text, published="2019-03-12")
    assert by_actor(events, "leave_party")["Riaz Fatyana"].date == "2019-03-10"
    assert by_actor(events, "join_party")["Riaz Fatyana"].date == "2019-03-11"


def test_in_contact_about_joining_is_possible_but_talks_held_stay_talks():
    text = "PESHAWAR: Former MPA Gul Zaman Khan is in contact with the ANP about joining it."
    assert by_actor(extract(text, published="2020-11-10"), "join_party")["Gul Zaman Khan"].status == "possible"
    text = "PESHAWAR: The ANP is in talks with the PPP on Monday."
    talks = [e for e in extract(text, published="2020-11-10") if e.type == "coalition"]
    assert talks and talks[0].status == "fact"


def test_contact_about_joining_on_insiders_word_takes_no_day():
    text = ("KARACHI: Former MPA Syed Hashim Raza joined the Pakistan Peoples Party on Monday.\n\n"
            "Another former MQM-P lawmaker, Kanwar Naveed Alam, is in contact with the PPP about joining it, party insiders said.")
    join = by_actor(extract(text, published="2025-01-14"), "join_party")["Kanwar Naveed Alam"]
    assert (join.status, join.date) == ("possible", None)


def test_urdu_the_party_a_speaker_will_not_leave_is_his_own():
    text = ("پشاور (بیورو رپورٹ) جمعیت علمائے اسلام کے صوبائی رہنما مولانا عطاء الرحمان درویش نے پیر کے روز تحریک انصاف میں "
            "شمولیت کی خبروں کی تردید کر دی۔ انہوں نے کہا کہ ان کا جماعت چھوڑنے کا کوئی ارادہ نہیں۔")
    leave = by_actor(extract(text, published="2025-06-17"), "leave_party")["مولانا عطاء الرحمان درویش"]
    assert (leave.party, leave.status, leave.date) == ("JUI-F", "denied", "2025-06-16")
