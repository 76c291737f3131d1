"""Seats read from the record: the latest tally, the moves the record holds since, and what-ifs on top."""
import json
from datetime import date

import pytest
from typer.testing import CliRunner

from allegiance.cli import app
from allegiance.model import SeatMove
from allegiance.record.seats import SeatTitles, _names_house, _stated_count, _titled, apply_moves, house_from_record
from allegiance.pipeline import ingest
from allegiance.country.registry import load_registry

ELECTION_2018 = ("date 2018-07-28\nISLAMABAD: In the July 25 elections the PTI won 116 seats in the National Assembly, "
                 "the PML-N won 64 seats and the PPP bagged 43 seats.\n")
ELECTION_2024 = ("date 2024-02-11\nISLAMABAD: In the February 8 elections, independent candidates won 101 seats in the "
                 "National Assembly, the PML-N won 75 seats, the PPP won 54 seats and the MQM-P won 17 seats.\n"
                 "The PPP on Sunday ruled out any coalition with the PTI.\n")

# A made-up house, so that single seats decide majorities (quota 169 of the 336-seat NA).
RESULTS = ("date 2024-02-11\nISLAMABAD: In the February 8 elections, the PML-N won 80 seats in the National Assembly, "
           "independent candidates won 70 seats, the PPP won 58 seats, the MQM-P won 20 seats and the JUI-F won 10 seats.\n")
SWITCHES = ("date 2024-03-05\nLAHORE: PPP MNA Nadeem Qureshi quit the PPP on Monday and joined the PML-N at a ceremony "
            "in Lahore.\nIndependent MNA Tariq Awan joined the PML-N on Monday.\n"
            "Farhan Siddiqui, a PPP organiser in Hyderabad, quit the PPP on Monday and joined the PTI.\n")
LATER = ("date 2024-04-10\nISLAMABAD: PML-N MNA Asif Baig resigned as MNA on Tuesday, citing ill health.\n"
         "Former MNA Kamran Lodhi left the MQM-P on Tuesday and joined the PPP.\n")
GROUP = ("date 2024-02-22\nISLAMABAD: The PTI on Monday joined hands with the Sunni Ittehad Council, and 60 of its "
         "backed independent MNAs joined the SIC.\n")
GROUP_NO_FIGURE = ("date 2024-02-22\nISLAMABAD: The PTI on Monday joined hands with the SIC so that its backed "
                   "independent MNAs could claim reserved seats.\n")


def _ingest(tmp_path, db_url, **articles):
    for name, text in articles.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    ingest([tmp_path / f"{name}.txt" for name in articles], db_url)


def _run(*args):
    result = CliRunner().invoke(app, ["coalitions", "--house", "NA", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def _members(coalitions):
    return [set(k["members"]) for k in coalitions]


def test_latest_election_and_dates_do_not_mix(tmp_path, db_url):
    _ingest(tmp_path, db_url, a2018=ELECTION_2018, a2024=ELECTION_2024)
    house = house_from_record(db_url, "NA")
    assert house.seats == house.tally == {"IND": 101, "PML-N": 75, "PPP": 54, "MQM-P": 17}
    assert house.election == "2024-02-08" and house.moves == ()
    assert frozenset({"PPP", "PTI"}) in house.apart
    assert house_from_record(db_url, "NA", on=date(2019, 1, 1)).seats == {"PTI": 116, "PML-N": 64, "PPP": 43}


def test_coalitions_command_reads_the_record(tmp_path, db_url):
    _ingest(tmp_path, db_url, a2018=ELECTION_2018, a2024=ELECTION_2024)
    result = _run("--db", db_url, "--format", "json")
    assert result.exit_code == 0, result.output
    assert '"IND"' in result.stdout and '"quota": 169' in result.stdout
    empty = CliRunner().invoke(app, ["coalitions", "--db", db_url, "--house", "PA-Sindh"])
    assert empty.exit_code == 2 and "no seat results" in empty.output


def test_seats_after_the_records_moves(tmp_path, db_url):
    _ingest(tmp_path, db_url, results=RESULTS, switches=SWITCHES, later=LATER)
    house = house_from_record(db_url, "NA")
    assert house.tally == {"PML-N": 80, "IND": 70, "PPP": 58, "MQM-P": 20, "JUI-F": 10}
    # Qureshi PPP -> PML-N, Awan IND -> PML-N, Baig's seat falls vacant; Siddiqui (no seat) and Lodhi (former MNA) carry none
    assert house.seats == {"PML-N": 81, "IND": 69, "PPP": 57, "MQM-P": 20, "JUI-F": 10}
    moves = [(m.person, m.kind, m.source, m.target, m.applied) for m in house.moves]
    assert moves == [("Nadeem Qureshi", "defection", "PPP", "PML-N", True), ("Tariq Awan", "join", "IND", "PML-N", True),
                     ("Asif Baig", "resignation", "PML-N", None, True)]
    qureshi, _, baig = house.moves
    assert len(qureshi.facts) == 2 and all(s.startswith("LAHORE: PPP MNA Nadeem Qureshi quit") for s in qureshi.sentences)
    assert baig.sentences == ("ISLAMABAD: PML-N MNA Asif Baig resigned as MNA on Tuesday, citing ill health.",)
    assert baig.date == "2024-04-09" and len(baig.events) == 1
    before_resignation = house_from_record(db_url, "NA", on=date(2024, 3, 30))
    assert before_resignation.seats["PML-N"] == 82 and len(before_resignation.applied) == 2
    assert house_from_record(db_url, "NA", on=date(2024, 3, 1)).seats == house.tally


def test_a_join_takes_the_seat_of_the_titles_party_and_a_bare_leave_moves_none(tmp_path, db_url):
    _ingest(tmp_path, db_url, results=RESULTS, more=(
        "date 2024-03-12\nKARACHI: Zahid Gondal, the MQM-P MNA from Karachi, joined the PPP on Monday.\n"
        "PPP MNA Bilal Bhatti quit the PPP on Monday.\n"))
    house = house_from_record(db_url, "NA")
    assert house.seats == {**house.tally, "MQM-P": 19, "PPP": 59}
    leave, join = house.moves
    assert (leave.person, leave.applied, leave.label()) == ("Bilal Bhatti", False, "PPP (stays)")
    assert (join.person, join.kind, join.source, join.target, join.applied) == ("Zahid Gondal", "join", "MQM-P", "PPP", True)


def test_independents_move_only_with_a_figure(tmp_path, new_db):
    with_figure, without = new_db("figure"), new_db("none")
    _ingest(tmp_path, with_figure, results=RESULTS, group=GROUP)
    house = house_from_record(with_figure, "NA")
    assert house.seats["IND"] == 10 and house.seats["SIC"] == 60
    (move,) = house.moves
    assert (move.kind, move.seats, move.applied) == ("independents", 60, True) and "60 of its backed" in move.sentences[0]
    _ingest(tmp_path, without, results=RESULTS, nofigure=GROUP_NO_FIGURE)
    house = house_from_record(without, "NA")
    assert house.seats == house.tally
    assert [(m.applied, m.note) for m in house.moves] == [(False, "the record does not say how many independents")]


def test_command_shows_the_moves_and_their_sources(tmp_path, db_url):
    _ingest(tmp_path, db_url, results=RESULTS, switches=SWITCHES, later=LATER)
    data = json.loads(_run("--db", db_url, "--format", "json").stdout)
    assert data["seats"]["PML-N"] == 81 and data["total"] == 237 and data["quota"] == 169
    assert data["record"]["election"] == "2024-02-08" and data["record"]["tally"]["PML-N"] == 80
    resignation = data["record"]["moves"][-1]
    assert resignation["to"] is None and resignation["sources"][0]["sentence"].startswith("ISLAMABAD: PML-N MNA Asif Baig")
    rows = _run("--db", db_url, "--format", "csv").stdout
    assert "record_move,1: PPP -> PML-N (1),person,Nadeem Qureshi" in rows and "source f-" in rows
    table = _run("--db", db_url).stdout
    assert "tally of 2024-02-08" in table and "Asif Baig" in table


def test_defections_since_change_the_majorities(tmp_path, db_url):
    _ingest(tmp_path, db_url, results=RESULTS, switches=SWITCHES, later=LATER)
    data = json.loads(_run("--db", db_url, "--on", "2024-03-30", "--defections-since", "2024-03-01",
                           "--format", "json").stdout)
    # on 30 March PML-N 82 + PPP 57 + MQM-P 20 + JUI-F 10 = 169 wins; Siddiqui's PPP -> PTI move breaks it
    assert {"PML-N", "PPP", "MQM-P", "JUI-F"} in _members(data["minimal_winning"])
    (move,) = data["what_if"]["moves"]
    assert (move["person"], move["from"], move["to"], move["applied"]) == ("Farhan Siddiqui", "PPP", "PTI", True)
    assert "a PPP organiser in Hyderabad" in move["sources"][0]["sentence"]
    after = _members(data["what_if"]["minimal_winning"])
    assert {"PML-N", "PPP", "MQM-P", "JUI-F"} not in after and {"PML-N", "PPP", "MQM-P", "JUI-F", "PTI"} in after
    assert data["what_if"]["seats"]["PTI"] == 1
    # without --on, Lodhi's later MQM-P -> PPP switch counts too; moves the record already applied are not repeated
    data = json.loads(_run("--db", db_url, "--defections-since", "2024-03-01", "--format", "json").stdout)
    assert [m["person"] for m in data["what_if"]["moves"]] == ["Farhan Siddiqui", "Kamran Lodhi"]


def test_move_person_moves_that_persons_seat(tmp_path, db_url):
    _ingest(tmp_path, db_url, results=RESULTS, switches=SWITCHES, later=LATER)
    data = json.loads(_run("--db", db_url, "--on", "2024-03-30", "--move-person", "Nadeem Qureshi:PPP",
                           "--format", "json").stdout)
    (move,) = data["what_if"]["moves"]
    assert (move["from"], move["to"], move["kind"], move["note"]) == ("PML-N", "PPP", "person", None)
    assert data["what_if"]["seats"]["PML-N"] == 81 and data["what_if"]["seats"]["PPP"] == 58
    assert move["sources"] and "Nadeem Qureshi" in move["sources"][0]["sentence"]


@pytest.mark.parametrize("args, message", [
    (["--move-person", "Naveed Qureshi:PPP"], "did you mean Nadeem Qureshi"),
    (["--on", "2024-02-20", "--move-person", "Tariq Awan:PPP"], "places Tariq Awan in no party on 2024-02-20"),
    (["--on", "2024-03-30", "--move-person", "Farhan Siddiqui:PML-N"], "from PTI: it holds no seats in the house"),
    (["--move-person", "Nadeem Qureshi"], "--move-person takes"),
    (["--move", "PPP:PML-N:100"], "cannot move 100 seats from PPP"),
    (["--on", "2999-01-01"], "is in the future"),
    (["--defections-since", "2024-13-01"], "'2024-13-01' is not a date"),
    (["--on", "2024-03-01", "--defections-since", "2024-03-05"], "is after --on"),
])
def test_bad_input(tmp_path, db_url, args, message):
    _ingest(tmp_path, db_url, results=RESULTS, switches=SWITCHES)
    result = _run("--db", db_url, *args)
    assert result.exit_code == 2 and message in " ".join(result.output.split()), result.output


@pytest.mark.parametrize("sentence, name, held", [
    ("PPP MNA Nadeem Qureshi quit the PPP.", "Nadeem Qureshi", False),
    ("Independent MNA Tariq Awan joined the PML-N.", "Tariq Awan", True),
    ("Tariq Awan, an independent MNA from Chakwal, joined the PML-N.", "Tariq Awan", True),
    ("Former MNA Kamran Lodhi left the MQM-P.", "Kamran Lodhi", None),
    ("MNAs Ali Khan and Babar Awan joined the PPP.", "Babar Awan", None),
    ("Babar Awan joined the PPP, its MNA said.", "Babar Awan", None),
])
def test_who_holds_a_seat(sentence, name, held):
    assert _titled(name, sentence, SeatTitles(("MNA",))) is held


def test_provincial_titles_need_the_place():
    titles = SeatTitles(("MPA",), ("Punjab Assembly", "Punjab"))
    assert _titled("Ali Raza", "PML-N MPA Ali Raza joined the PPP.", titles) is None
    assert _titled("Ali Raza", "Punjab Assembly: PML-N MPA Ali Raza joined the PPP.", titles) is False


def test_group_moves_name_the_house():
    na = load_registry("pk").house("NA")
    titles = SeatTitles(("MNA",))
    assert _names_house("60 of its backed independent MNAs joined the SIC.", na, titles)
    assert _names_house("60 independents in the National Assembly joined the SIC.", na, titles)
    assert not _names_house("60 of its backed independent MPAs joined the SIC.", na, titles)


def test_stated_count_and_lenient_moves():
    assert _stated_count("60 of its backed independent MNAs joined") == 60
    assert _stated_count("twelve independents joined") == 12 and _stated_count("independents joined") is None
    seats, moves = apply_moves({"A": 1, "B": 0}, [SeatMove("A", "B"), SeatMove("A", "C"), SeatMove("B", None)])
    assert seats == {"A": 0, "B": 0} and [m.applied for m in moves] == [True, False, True]
    assert moves[1].note == "A holds 0 seats at that point"
