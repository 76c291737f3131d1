"""Urdu names: pronouns and relative words are never a name, portfolios and 'this' never open or close one.

Sentences written for these tests (invented people)."""
from datetime import date

from allegiance.extractor.urdu import extract_urdu
from allegiance.model import Article


def _events(text: str, published: date | None = date(2024, 3, 6)) -> list[tuple]:
    article = Article(doc="u", text=text, published=published)
    return sorted((e.type, e.actor, e.party or e.counterpart, e.post or e.action, e.status)
                  for e in extract_urdu(article, "pk"))


def test_people_spreading_rumours_are_no_actor():
    text = ("پشاور (نمائندہ خصوصی) صوبائی وزیر کامران علی خٹک نے پیر کو اپنے عہدے سے استعفیٰ دے دیا، "
            "تاہم ان کا کہنا ہے کہ وہ سنی اتحاد کونسل کا حصہ رہیں گے۔\n\n"
            "انہوں نے کہا: \"میں نے وزارت چھوڑی ہے، پارٹی نہیں۔ جو لوگ میرے پارٹی چھوڑنے کی افواہیں پھیلا رہے ہیں وہ مایوس ہوں گے۔\"")
    assert not [e for e in _events(text) if e[1].startswith("جو")]


def test_portfolio_after_minister_is_not_part_of_the_name():
    text = "خیبر پختونخوا کے وزیر برائے بلدیات نوید احمد شاہ نے منگل کو اپنے عہدے سے استعفیٰ دے دیا ہے۔"
    assert [e[1] for e in _events(text) if e[0] == "resign_post"] == ["نوید احمد شاہ"]


def test_this_before_earlier_closes_the_name():
    text = "واضح رہے کہ سلیم اختر وڑائچ اس سے قبل 2013 میں مسلم لیگ ن میں شامل ہوئے تھے۔"
    assert [e[1] for e in _events(text) if e[0] == "join_party"] == ["سلیم اختر وڑائچ"]


def test_parliamentary_secretary_is_the_post_given_up_not_the_seat():
    text = "رکن صوبائی اسمبلی شاہد حسین بنگش نے بھی گزشتہ روز پارلیمانی سیکرٹری کے عہدے سے استعفیٰ دے دیا۔"
    assert [e[3] for e in _events(text) if e[0] == "resign_post"] == ["parliamentary secretary"]


def test_refusing_to_be_part_of_the_government_is_a_rejection():
    text = "جماعت اسلامی نے مخلوط حکومت کا حصہ بننے سے انکار کر دیا ہے۔"
    assert [(e[0], e[3], e[4]) for e in _events(text)] == [("coalition", "reject", "fact")]


def test_party_taken_in_with_a_glued_verb_is_only_the_object():
    text = "لاہور (نمائندہ) ایم کیو ایم کو بھی مسلم لیگ ن اور جماعت اسلامی کے انتخابی اتحاد کا حصہ بنایاجائےگا۔"
    events = _events(text)
    assert events and not [e for e in events if e[1] == "MQM-P"]
    assert ("coalition", "PML-N", "MQM-P", "join", "possible") in events


def test_a_party_post_left_with_a_word_of_staying_is_the_resignation_alone():
    # GUIDELINE: a person who resigns only a party post and says they stay in the party is resign_post alone
    text = ("مردان (نامہ نگار) جماعت اسلامی ضلع مردان کے امیر فضل ربی نے ضلعی امارت کے عہدے سے استعفیٰ دے دیا ہے "
            "تاہم وہ پارٹی کے کارکن کی حیثیت سے کام جاری رکھیں گے۔")
    events = _events(text)
    assert any(e[0] == "resign_post" and e[1] == "فضل ربی" for e in events)
    assert not any(e[0] == "leave_party" for e in events)


def test_resigner_who_stays_part_of_a_named_party_denies_leaving_it():
    text = ("پشاور (اسٹاف رپورٹر) صوبائی وزیر نعمان خان آفریدی نے منگل کو اپنے عہدے سے استعفیٰ دے دیا ہے، "
            "تاہم انہوں نے واضح کیا ہے کہ وہ سنی اتحاد کونسل کا حصہ رہیں گے۔")
    assert ("leave_party", "نعمان خان آفریدی", "SIC", None, "denied") in _events(text)
