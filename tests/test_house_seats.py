"""Seats and ruled-out pairs read from the record, and the coalitions command on them."""
from datetime import date

from typer.testing import CliRunner

from allegiance.cli import app
from allegiance.house_seats import house_from_record
from allegiance.ingest import ingest
from conftest_store import backend, db_url, new_db, pg_admin  # noqa: F401  (fixtures)

ELECTION_2018 = ("date 2018-07-28\nISLAMABAD: In the July 25 elections the PTI won 116 seats in the National Assembly, "
                 "the PML-N won 64 seats and the PPP bagged 43 seats.\n")
ELECTION_2024 = ("date 2024-02-11\nISLAMABAD: In the February 8 elections, independent candidates won 101 seats in the "
                 "National Assembly, the PML-N won 75 seats, the PPP won 54 seats and the MQM-P won 17 seats.\n"
                 "The PPP on Sunday ruled out any coalition with the PTI.\n")


def _record(tmp_path, db_url):  # noqa: F811
    (tmp_path / "a2018.txt").write_text(ELECTION_2018, encoding="utf-8")
    (tmp_path / "a2024.txt").write_text(ELECTION_2024, encoding="utf-8")
    ingest([tmp_path], db_url)


def test_latest_election_and_dates_do_not_mix(tmp_path, db_url):  # noqa: F811
    _record(tmp_path, db_url)
    seats, apart = house_from_record(db_url, "NA")
    assert seats == {"IND": 101, "PML-N": 75, "PPP": 54, "MQM-P": 17}
    assert frozenset({"PPP", "PTI"}) in apart
    seats_2019, _ = house_from_record(db_url, "NA", on=date(2019, 1, 1))
    assert seats_2019 == {"PTI": 116, "PML-N": 64, "PPP": 43}


def test_coalitions_command_reads_the_record(tmp_path, db_url):  # noqa: F811
    _record(tmp_path, db_url)
    result = CliRunner().invoke(app, ["coalitions", "--db", db_url, "--house", "NA", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"IND"' in result.stdout and '"quota": 169' in result.stdout
    empty = CliRunner().invoke(app, ["coalitions", "--db", db_url, "--house", "PA-Sindh"])
    assert empty.exit_code == 2 and "no seat results" in empty.output
