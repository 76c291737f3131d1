"""Stories of 2008-2013 coalition politics: cabinet walkouts reported with lists of ministers."""
from allegiance.extractor import extract


def events(text, published="2009-03-18"):
    return extract(text, published)


def test_a_list_after_a_group_resignation_names_more_who_resigned():
    text = ("Three provincial ministers of the ANP, Revenue Minister Bashir Ahmad Bilour and Minister for "
            "Health Zahid Khan among them, tendered their resignations to the chief minister on Tuesday. "
            "The others included Nadir Hussain Shah and Ghulam Mustafa Kakar.")
    resigned = {e.actor: e for e in events(text) if e.type == "resign_post"}
    assert {"Nadir Hussain Shah", "Ghulam Mustafa Kakar"} <= set(resigned)
    assert resigned["Nadir Hussain Shah"].post == "minister"
    assert resigned["Nadir Hussain Shah"].date == "2009-03-17"


def test_a_list_after_one_person_resigning_is_no_group_of_resigners():
    text = ("Revenue Minister Bashir Ahmad Bilour tendered his resignation to the chief minister on Tuesday. "
            "The guests included Nadir Hussain Shah and Ghulam Mustafa Kakar.")
    resigned = {e.actor for e in events(text) if e.type == "resign_post"}
    assert "Nadir Hussain Shah" not in resigned
