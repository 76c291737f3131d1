import pytest

from allegiance.errors import RegistryError
from allegiance.country.registry import load_registry


def test_pakistan_houses_and_parties():
    reg = load_registry("pk")
    assert reg.house("NA").seats == 336 and reg.house("NA").majority == 169
    assert {"PA-Punjab", "PA-Sindh", "PA-KP", "PA-Balochistan"} <= set(reg.houses)
    assert "تحریک انصاف" in reg.party("PTI").all_names()


def test_unknown_party_and_country_are_clear_errors(tmp_path):
    with pytest.raises(RegistryError, match="unknown party code 'XYZ'"):
        load_registry("pk").party("XYZ")
    with pytest.raises(RegistryError, match="no country data"):
        load_registry("zz")


def test_another_country_is_a_data_folder(tmp_path, nlp):
    (tmp_path / "parties.tsv").write_text("code\tname\taliases\turdu\nLAB\tLabour Party\tLabour\t\n", encoding="utf-8")
    (tmp_path / "houses.tsv").write_text(
        "code\tname\tseats\tmajority\tscope\taliases\nHC\tHouse of Commons\t650\t326\tnational\tCommons\n", encoding="utf-8")
    reg = load_registry(str(tmp_path))
    assert reg.house("HC").majority == 326 and reg.party("LAB").name == "Labour Party"
