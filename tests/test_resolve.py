"""Entity resolution of person names (allegiance.record.resolve). Names are made up for the tests."""
from __future__ import annotations

import random

import pytest

from allegiance.record.resolve import NameMention, Person, normalise, person_id, resolve


def _resolve(*groups: tuple[str, list[str]], known=()):
    mentions = [NameMention(n, doc) for doc, names in groups for n in names]
    return resolve(mentions, known)


def same(result, a, b) -> bool:
    return result[a].id == result[b].id


# ---------------------------------------------------------------- normalise

def test_normalise_lowercases_drops_accents_and_titles():
    assert normalise("Dr. Farhat  Zamân Lodhi") == ("farhat", "zaman", "lodhi")
    assert normalise("Engr Farhat Zaman Lodhi") == normalise("Farhat Zaman Lodhi")
    assert normalise("Sahibzada Haji Farhat Zaman Lodhi") == ("farhat", "zaman", "lodhi")


def test_normalise_transliteration_variants():
    assert normalise("Mohammad Qadeer Tiwana") == normalise("Muhammed Qadeer Tiwana") \
        == normalise("M. Qadeer Tiwana") == ("muhammad", "qadeer", "tiwana")
    assert normalise("Ch Nadir Gondal") == normalise("Chaudhary Nadir Gondal") == ("nadir", "gondal")
    assert normalise("Nadir Choudhry") == ("nadir", "chaudhry")      # a surname, not a title
    assert normalise("Sayed Nadir Gilani") == normalise("Syed Nadir Gilani")


def test_normalise_particles_and_suffixes():
    assert normalise("Ikram-ul-Haq Sial") == normalise("Ikram ul Haq Sial") == ("ikramul", "haq", "sial")
    assert normalise("Karam Ulla Bhatti") == normalise("Karamullah Bhatti")
    assert normalise("Naeem ud Din Jatoi") == normalise("Naeemuddin Jatoi")


def test_normalise_keeps_title_when_one_word_would_remain_and_marks_women():
    assert normalise("Raja Nadeem") == ("raja", "nadeem")
    assert normalise("Begum Nadira Sial") == ("mrs", "nadira", "sial")
    assert normalise("Mrs. Sheikh Qadir") == ("mrs", "sheikh", "qadir")


def test_person_id_is_stable_and_title_blind():
    assert person_id("Dr Farhat Zaman Lodhi") == person_id("farhat zaman lodhi")
    assert person_id("Farhat Zaman Lodhi").startswith("p-") and len(person_id("Farhat Zaman Lodhi")) == 14
    assert person_id("Farhat Zaman Lodhi") != person_id("Farhat Zaman Sial")


# ---------------------------------------------------------------- same person

def test_spelling_variants_merge():
    r = _resolve(("d1", ["Qadeer Wazir"]), ("d2", ["Qadeer Wazeer"]),
                 ("d3", ["Nadeem Parvez Sial"]), ("d4", ["Nadeem Pervaiz Sial"]),
                 ("d5", ["Saleem Kayani"]), ("d6", ["Saleem Kiani"]),
                 ("d7", ["Arif Basheer Joya"]), ("d8", ["Arif Bashir Joya"]),
                 ("d9", ["Zafar Dummar"]), ("d10", ["Zafar Domar"]))
    assert same(r, "Qadeer Wazir", "Qadeer Wazeer")
    assert same(r, "Nadeem Parvez Sial", "Nadeem Pervaiz Sial")
    assert same(r, "Saleem Kayani", "Saleem Kiani")
    assert same(r, "Arif Basheer Joya", "Arif Bashir Joya")
    assert same(r, "Zafar Dummar", "Zafar Domar")


def test_partial_and_titled_mentions_merge_with_the_fullest_form():
    r = _resolve(("d1", ["Sardar Karamullah Khan Laghari"]),
                 ("d2", ["Karamullah Laghari"]),
                 ("d3", ["Karam Ulla Khan Laghari", "Dr Karamullah Laghari"]),
                 ("d4", ["Jam Nadir"]), ("d5", ["Jam Nadir Ali Jatoi"]),
                 ("d6", ["Farhat Inayatullah"]), ("d7", ["Farhat Inayatullah Khan"]))
    p = r["Karamullah Laghari"]
    assert p.name == "Sardar Karamullah Khan Laghari"
    assert {r[n].id for n in ("Sardar Karamullah Khan Laghari", "Karam Ulla Khan Laghari",
                              "Dr Karamullah Laghari")} == {p.id}
    assert set(p.aliases) == {"Karamullah Laghari", "Karam Ulla Khan Laghari", "Dr Karamullah Laghari"}
    assert same(r, "Jam Nadir", "Jam Nadir Ali Jatoi")
    assert same(r, "Farhat Inayatullah", "Farhat Inayatullah Khan")


def test_chaudhry_as_title_or_surname():
    r = _resolve(("d1", ["Qasim Chaudhry"]), ("d2", ["Qasim Nadeem Chaudhary"]), ("d3", ["Ch. Qasim"]))
    assert same(r, "Qasim Chaudhry", "Qasim Nadeem Chaudhary")
    assert same(r, "Ch. Qasim", "Qasim Chaudhry")


# ---------------------------------------------------------------- different people

def test_shared_words_do_not_merge():
    r = _resolve(("d1", ["Chaudhry Fakhar Hussain", "Chaudhry Zubair Hussain"]),
                 ("d2", ["Sohail Khan", "Sohail Ismail"]),
                 ("d3", ["Tariq Khan"]),
                 ("d4", ["Nadir Iqbal", "Nadir Bashir"]),
                 ("d5", ["Khan"]), ("d6", ["Muhammad Khan"]))
    assert not same(r, "Chaudhry Fakhar Hussain", "Chaudhry Zubair Hussain")
    assert not same(r, "Sohail Khan", "Sohail Ismail")
    assert not same(r, "Sohail Khan", "Tariq Khan")
    assert not same(r, "Nadir Iqbal", "Nadir Bashir")
    assert len({p.id for p in r.values()}) == len(r)


def test_common_words_alone_never_merge_across_articles():
    r = _resolve(("d1", ["Muhammad Ali Kalhoro"]), ("d2", ["Muhammad Ali"]), ("d3", ["Kalhoro"]))
    assert not same(r, "Muhammad Ali", "Muhammad Ali Kalhoro")
    assert not same(r, "Kalhoro", "Muhammad Ali Kalhoro")


def test_single_word_joins_only_a_name_in_the_same_article():
    r = _resolve(("d1", ["Chaudhry Rafaqat Ali Khan", "Rafaqat"]),
                 ("d2", ["Rafaqat Jutt"]))
    assert same(r, "Rafaqat", "Chaudhry Rafaqat Ali Khan")
    assert not same(r, "Rafaqat Jutt", "Chaudhry Rafaqat Ali Khan")


def test_female_title_makes_a_different_person():
    r = _resolve(("d1", ["Sheikh Qadir", "Mrs. Sheikh Qadir"]), ("d2", ["Begum Nadira Sial", "Nadira Sial"]))
    assert not same(r, "Sheikh Qadir", "Mrs. Sheikh Qadir")
    assert not same(r, "Begum Nadira Sial", "Nadira Sial")


def test_feminine_form_of_a_name_is_another_word():
    r = _resolve(("d1", ["Zahid Sial"]), ("d2", ["Zahida Sial"]), ("d3", ["Hassan Raza Gill"]),
                 ("d4", ["Hussain Raza Gill"]))
    assert not same(r, "Zahid Sial", "Zahida Sial")
    assert not same(r, "Hassan Raza Gill", "Hussain Raza Gill")


# ---------------------------------------------------------------- ambiguity and transitivity

def test_ambiguous_partial_name_stays_apart():
    r = _resolve(("d1", ["Faiz Rasool Jatoi"]), ("d2", ["Faiz Rasool Mazari"]), ("d3", ["Faiz Rasool"]))
    assert not same(r, "Faiz Rasool Jatoi", "Faiz Rasool Mazari")
    assert not same(r, "Faiz Rasool", "Faiz Rasool Jatoi")
    assert not same(r, "Faiz Rasool", "Faiz Rasool Mazari")


def test_ambiguous_partial_name_resolved_by_the_same_article():
    r = _resolve(("d1", ["Faiz Rasool Jatoi", "Faiz Rasool"]), ("d2", ["Faiz Rasool Mazari"]))
    assert same(r, "Faiz Rasool", "Faiz Rasool Jatoi")
    assert not same(r, "Faiz Rasool", "Faiz Rasool Mazari")


def test_no_chaining_through_a_shared_partial_name():
    # "Arif Nawaz" fits both; it must not join the two full names into one person
    r = _resolve(("d1", ["Arif Nawaz Bhatti"]), ("d2", ["Arif Nawaz"]), ("d3", ["Arif Nawaz Cheema"]),
                 ("d4", ["Arif Nawaz Bhati"]))
    assert not same(r, "Arif Nawaz Bhatti", "Arif Nawaz Cheema")
    assert same(r, "Arif Nawaz Bhatti", "Arif Nawaz Bhati")
    assert not same(r, "Arif Nawaz", "Arif Nawaz Bhatti")


# ---------------------------------------------------------------- Urdu

def test_urdu_names_are_normalised_and_form_their_own_clusters():
    r = _resolve(("d1", ["ڈاکٹر نادر سیال", "نادر سیال"]), ("d2", ["نادر سيال"]),  # Arabic yeh
                 ("d3", ["Nadir Sial"]), ("d4", ["فواد چوہدری"]), ("d5", ["فواد چودھری"]))
    assert normalise("ڈاکٹر نادر سیال") == normalise("نادر سيال") == ("نادر", "سیال")
    assert same(r, "ڈاکٹر نادر سیال", "نادر سیال")
    assert same(r, "نادر سیال", "نادر سيال")
    assert same(r, "فواد چوہدری", "فواد چودھری")
    assert same(r, "Nadir Sial", "نادر سیال")  # one person across scripts (see test_across_scripts)


def test_across_scripts_one_person_by_consonants():
    r = _resolve(("d1", ["Asad Umar"]), ("d2", ["اسد عمر"]), ("d3", ["Fawad Hussain Chaudhry"]),
                 ("d4", ["فواد چوہدری"]), ("d5", ["Dr Shireen Mazari"]), ("d6", ["ڈاکٹر شیریں مزاری"]),
                 ("d7", ["Rana Shahid Mehmood"]), ("d8", ["رانا شاہد محمود"]))
    assert same(r, "Asad Umar", "اسد عمر")
    assert same(r, "Fawad Hussain Chaudhry", "فواد چوہدری")
    assert same(r, "Dr Shireen Mazari", "ڈاکٹر شیریں مزاری")
    assert same(r, "Rana Shahid Mehmood", "رانا شاہد محمود")


def test_across_scripts_namesakes_stay_apart():
    r = _resolve(("d1", ["Saad Umar"]), ("d2", ["اسد عمر"]), ("d3", ["Shireen Mazari"]), ("d4", ["شیریں مری"]),
                 ("d5", ["Tariq Bashir"]), ("d6", ["طارق بشیر چیمہ"]), ("d7", ["Tariq Bashir Cheema"]))
    assert not same(r, "Saad Umar", "اسد عمر")  # a word that starts with a vowel is another name
    assert not same(r, "Shireen Mazari", "شیریں مری")
    assert same(r, "Tariq Bashir Cheema", "طارق بشیر چیمہ")


def test_urdu_diacritics_dropped():
    assert normalise("نَادِر سیال") == normalise("نادر سیال")


# ---------------------------------------------------------------- preferred name, ids, known

def test_preferred_name_is_fullest_then_most_frequent():
    mentions = [NameMention("Qadeer Wazir", "d1"), NameMention("Qadeer Wazir", "d2"),
                NameMention("Qadeer Wazeer", "d3")]
    r = resolve(mentions)
    assert r["Qadeer Wazeer"].name == "Qadeer Wazir"
    assert r["Qadeer Wazeer"].aliases == ("Qadeer Wazeer",)


def test_ids_are_stable_across_runs_and_input_order():
    names = ["Sardar Karamullah Khan Laghari", "Karamullah Laghari", "Nadeem Parvez Sial",
             "Nadeem Pervaiz Sial", "Faiz Rasool Jatoi", "Faiz Rasool", "Sheikh Qadir"]
    mentions = [NameMention(n, f"d{i}") for i, n in enumerate(names)]
    first = resolve(mentions)
    shuffled = mentions[:]
    random.Random(7).shuffle(shuffled)
    second = resolve(shuffled)
    assert first == second
    assert first["Karamullah Laghari"].id == person_id("Sardar Karamullah Khan Laghari")


def test_known_persons_keep_their_ids_when_a_fuller_name_appears():
    known = [Person("p-000000000001", "Karamullah Laghari", ("Karam Ulla Laghari",))]
    r = _resolve(("d1", ["Sardar Karamullah Khan Laghari"]), ("d2", ["Karamullah Laghari"]), known=known)
    assert r["Sardar Karamullah Khan Laghari"].id == "p-000000000001"
    assert r["Sardar Karamullah Khan Laghari"].name == "Sardar Karamullah Khan Laghari"
    assert "Karam Ulla Laghari" in r["Karamullah Laghari"].aliases
    assert set(r) == {"Sardar Karamullah Khan Laghari", "Karamullah Laghari"}


def test_two_known_persons_are_never_merged():
    known = [Person("p-00000000000a", "Faiz Rasool Jatoi", ()), Person("p-00000000000b", "Faiz Rasool", ())]
    r = _resolve(("d1", ["Faiz Rasool Jatoi", "Faiz Rasool"]), known=known)
    assert r["Faiz Rasool Jatoi"].id == "p-00000000000a"
    assert r["Faiz Rasool"].id == "p-00000000000b"


def test_known_alias_links_a_new_spelling():
    known = [Person("p-00000000000c", "Nadeem Parvez Sial", ("Nadeem Pervez Sial",))]
    r = _resolve(("d9", ["Nadeem Pervaiz Sial"]), known=known)
    assert r["Nadeem Pervaiz Sial"].id == "p-00000000000c"


def test_ids_do_not_collide_for_different_people_with_one_key():
    known = [Person(person_id("Faiz Rasool"), "Faiz Rasool Jatoi", ())]
    r = _resolve(("d1", ["Faiz Rasool Mazari"]), ("d2", ["Faiz Rasool"]), known=known)
    ids = [p.id for p in r.values()]
    assert len(set(ids)) == len({p.name for p in r.values()})


@pytest.mark.parametrize("bad", ["", "   ", "..."])
def test_empty_names_are_ignored(bad):
    assert resolve([NameMention(bad, "d1"), NameMention("Nadir Sial", "d1")]).keys() == {"Nadir Sial"}


def test_returns_every_distinct_mention_name():
    names = ["Qadeer Wazir", "Qadeer Wazeer", "Zahid Sial"]
    r = resolve(NameMention(n, "d") for n in names)
    assert set(r) == set(names)
