"""The command line checks what it is told: the record it is pointed at, dates, parties, enums, seats;
piped output, process lifetimes. Each test here failed before its fix."""
import csv
import io
import json
import os
import signal
import socket
import stat
import subprocess
import sys
import time
import urllib.request

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from allegiance.cli import app
from allegiance.pipeline import ingest
from allegiance.record import Record
from allegiance.settings import WebSettings
from allegiance.store.derived import find_persons
from allegiance.web import create_app

runner = CliRunner()
ARTICLES = {
    "a1.txt": "date 2023-05-25\nLAHORE: PML-N MNA Sardar Ali Raza Dreshak joined the Pakistan Tehreek-e-Insaf "
              "on Tuesday.\n",
    "a2.txt": "date 2022-04-02\nISLAMABAD: MQM-P parted ways with the PTI-led coalition on Saturday.\n",
}


@pytest.fixture(scope="module")
def record(tmp_path_factory):
    """A small SQLite record built by ingest (the only command, with demo, that creates one)."""
    folder = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = folder / "record.db"
    assert ingest([str(folder)], f"sqlite:///{path}").new == len(ARTICLES)
    return path


def run(*args):
    result = runner.invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.output
    return result


# ------------------------------------------------------------------------------------------------ 1. the database

@pytest.mark.parametrize("command", [["events"], ["person", "Dreshak"], ["party", "PTI"], ["flows"], ["sources", "1"],
                                     ["export", "jsonl"], ["review", "list"], ["review", "confirm", "1"],
                                     ["coalitions", "--move-person", "X:PTI"]])
def test_a_mistyped_db_is_no_record_and_is_not_created(tmp_path, command):
    typo = tmp_path / "typo.db"
    result = run(*command, "--db", typo)
    assert result.exit_code == 2, result.output
    assert f"no record at {typo}" in result.output and not typo.exists()
    assert len(result.output.strip().splitlines()) == 1


def test_an_empty_file_or_a_folder_is_no_record(tmp_path):
    (tmp_path / "empty.db").touch()
    for db in (tmp_path / "empty.db", tmp_path):
        result = run("events", "--db", db)
        assert result.exit_code == 2 and "no record at" in result.output
    assert (tmp_path / "empty.db").stat().st_size == 0


def test_ingest_creates_the_record(tmp_path):
    (tmp_path / "a1.txt").write_text(ARTICLES["a1.txt"], encoding="utf-8")
    result = run("ingest", tmp_path / "a1.txt", "--db", tmp_path / "new.db")
    assert result.exit_code == 0 and (tmp_path / "new.db").exists()


def test_unsupported_url_and_damaged_file_are_one_line_exit_2(tmp_path):
    damaged = tmp_path / "x.db"
    damaged.write_bytes(os.urandom(4096))
    for db, said in (("mysql://user@host/db", "mysql is not supported"), (damaged, "is damaged")):
        result = run("events", "--db", db)
        assert result.exit_code == 2 and said in result.output
        assert len(result.output.strip().splitlines()) == 1


def _copy(record, folder):
    folder.mkdir()
    target = folder / "record.db"
    target.write_bytes(record.read_bytes())
    return target


def test_a_read_only_file_is_queried_read_only(record, tmp_path):
    path = _copy(record, tmp_path / "ro")
    path.chmod(0o444)
    result = run("events", "--db", path, "--format", "json")
    assert result.exit_code == 0 and "Dreshak" in result.stdout
    changed = run("review", "confirm", "1", "--db", path)
    assert changed.exit_code != 0 and "read-only" in changed.output


def test_a_record_in_a_read_only_folder_is_queried(record, tmp_path):
    path = _copy(record, tmp_path / "ro")
    path.parent.chmod(0o555)
    try:
        result = run("events", "--db", path, "--format", "json")
        assert result.exit_code == 0 and "Dreshak" in result.stdout
        assert sorted(os.listdir(path.parent)) == ["record.db"]
    finally:
        path.parent.chmod(stat.S_IRWXU)


def test_the_server_never_recreates_a_deleted_record(record, tmp_path):
    path = _copy(record, tmp_path / "served")
    web = create_app(WebSettings(db_url=f"sqlite:///{path}", cached_answers=0))
    with TestClient(web, raise_server_exceptions=False) as client:
        assert client.get("/api/events").status_code == 200
        for name in os.listdir(path.parent):
            os.remove(path.parent / name)
        web.state.engine.dispose()  # the connections the server held are gone too: a new one is opened
        answer = client.get("/api/events")
        assert answer.status_code == 503 and not path.exists()


# ------------------------------------------------------------------------------------------------ 2. options checked

@pytest.mark.parametrize("args, said", [
    (["events", "--since", "2023-13-45"], "'2023-13-45' is not a date"),
    (["events", "--until", "garbage"], "'garbage' is not a date"),
    (["flows", "--since", "yesterday"], "'yesterday' is not a date"),
    (["party", "PTI", "--on", "2024-02-30"], "'2024-02-30' is not a date"),
    (["events", "--type", "leave"], "leave_party"),
    (["events", "--status", "maybe"], "'fact', 'possible', 'denied'"),
    (["events", "--since", "2024-01-01", "--until", "2023-01-01"], "is after --until"),
    (["events", "--party", "PTX"], "did you mean PTI"),
    (["party", "PTX"], "did you mean PTI"),
])
def test_bad_options_are_refused(record, args, said):
    result = run(*args, "--db", record)
    assert result.exit_code == 2, result.output
    assert said in " ".join(result.output.replace("│", " ").split())


def test_parties_by_code_in_any_case_or_alias(record):
    for name in ("PTI", "pti", "Pakistan Tehreek-e-Insaf", "tehreek-e-insaf"):
        result = run("events", "--party", name, "--db", record, "--format", "json")
        events = json.loads(result.stdout)
        assert result.exit_code == 0 and all("PTI" in (e["party"], e["counterpart"]) for e in events), name
        assert [e["party"] for e in events if e["type"] == "join_party"] == ["PTI"], name
    members = run("party", "pti", "--on", "2024-01-01", "--db", record, "--format", "json")
    assert members.exit_code == 0 and json.loads(members.stdout)["party"] == "PTI"
    assert [m["name"] for m in json.loads(members.stdout)["members"]] == ["Sardar Ali Raza Dreshak"]
    leavers = run("party", "PMLN", "--db", record, "--format", "json")
    assert [m["name"] for m in json.loads(leavers.stdout)["leavers"]] == ["Sardar Ali Raza Dreshak"]


def test_coalitions_never_invent_parties(record):
    result = run("coalitions", "--seat", "PTI=100", "--seat", "XYZ=10", "--seat", "PPP=80")
    assert result.exit_code == 2 and "no party 'XYZ'" in result.output
    result = run("coalitions", "--db", record, "--move-person", "Sardar Ali Raza Dreshak:ZZZ")
    assert result.exit_code == 2 and "no party 'ZZZ'" in result.output
    result = run("coalitions", "--seat", "pti=100", "--seat", "PMLN=80", "--seat", "PPP=60", "--format", "json")
    assert result.exit_code == 0 and set(json.loads(result.stdout)["seats"]) == {"PTI", "PML-N", "PPP"}
    result = run("coalitions", "--seat", "pti=100", "--seat", "PTI=80")
    assert result.exit_code == 2 and "listed twice" in result.output


# ------------------------------------------------------------------------------------------------ 3. the store's queries

def test_like_wildcards_are_letters(record):
    for person in ("%", "_", "%a%"):
        result = run("events", "--person", person, "--db", record, "--format", "json")
        assert result.exit_code == 0 and json.loads(result.stdout) == [], person
    with Record.open(f"sqlite:///{record}") as opened, opened.session() as session:
        assert find_persons(session, "_")[1] == find_persons(session, "%")[1] == 0
        assert find_persons(session, "dreshak")[1] == 1


def test_reviewing_twice_stores_one_correction(record, tmp_path):
    path = _copy(record, tmp_path / "rw")
    first = run("review", "confirm", "1", "--db", path)
    again = run("review", "confirm", "1", "--db", path)
    assert first.exit_code == again.exit_code == 0 and first.stdout == again.stdout
    run("review", "reject", "2", "--db", path)
    run("review", "reject", "2", "--db", path)
    found = json.loads(run("review", "list", "--db", path, "--format", "json").stdout)
    assert [c["kind"] for c in found] == ["confirm", "reject"]


def test_rejected_events_are_left_out_or_marked(record, tmp_path):
    path = _copy(record, tmp_path / "rw")
    assert run("review", "reject", "1", "--db", path).exit_code == 0
    shown = json.loads(run("events", "--db", path, "--format", "json").stdout)
    assert 1 not in [e["id"] for e in shown] and shown
    every = json.loads(run("events", "--db", path, "--format", "json", "--include-rejected").stdout)
    assert {e["id"]: e["rejected"] for e in every}[1] is True and not any(e["rejected"] for e in every if e["id"] != 1)
    lines = [json.loads(line) for line in run("export", "jsonl", "--db", path).stdout.splitlines()]
    assert {e["id"]: e["rejected"] for e in lines}[1] is True
    rows = list(csv.DictReader(io.StringIO(run("export", "csv", "--db", path).stdout)))
    assert {r["id"]: r["rejected"] for r in rows}["1"] == "yes"


# ------------------------------------------------------------------------------------------------ 4. start-up

HEAVY = ("spacy", "thinc", "trafilatura", "uvicorn", "fastapi")


def test_importing_the_cli_imports_no_model():
    found = subprocess.run([sys.executable, "-X", "importtime", "-c", "import allegiance.cli"],
                           capture_output=True, text=True, check=True).stderr
    imported = {line.split("|")[-1].strip().split(".")[0] for line in found.splitlines() if "|" in line}
    assert not imported & {*HEAVY, "sqlalchemy", "alembic"}, sorted(imported & {*HEAVY, "sqlalchemy", "alembic"})


@pytest.mark.parametrize("args", [["--help"], ["events", "--help"], ["events", "--format", "json"],
                                  ["party", "PTI"], ["export", "csv"], ["review", "list"],
                                  ["coalitions", "--seat", "PTI=100", "--seat", "PPP=90"]])
def test_commands_that_need_no_model_do_not_load_one(record, args):
    script = ("import sys\nfrom allegiance.cli import app\n"
              "try:\n    app(sys.argv[1:], prog_name='allegiance')\nexcept SystemExit as e:\n    code = e.code\n"
              f"print('LOADED', sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r}), file=sys.stderr)\n"
              "sys.exit(code)")
    with_db = args if "--help" in args or args[0] == "coalitions" else [*args, "--db", str(record)]
    done = subprocess.run([sys.executable, "-c", script, *with_db], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "LOADED []" in done.stderr, done.stderr[-500:]


# ------------------------------------------------------------------------------------------------ 5. output

def test_piped_tables_keep_cells_whole_and_words_agree(record, tmp_path):
    path = _copy(record, tmp_path / "rw")
    run("review", "reject", "2", "--db", path)
    events = run("events", "--db", path, "--include-rejected").stdout
    assert "join_party" in events and "leave_party" in events and "2023-05-23" in events  # no cell split
    assert "Sardar Ali Raza Dreshak" in events and "(rejected)" in events
    timeline = run("person", "Sardar Ali Raza Dreshak", "--db", path).stdout
    assert "1 fact, 1 report" in timeline and "Pakistan Tehreek-e-Insaf on Tuesday." in timeline
    party = run("party", "PTI", "--on", "2024-01-01", "--db", path).stdout
    assert "False" not in party and "True" not in party and " no " in party
    assert "PTI joiners (up to 2024-01-01): 1" in party  # the title is never wrapped over a narrow table
    listed = run("review", "list", "--db", path).stdout
    assert "1 correction" in listed and "1 corrections" not in listed


def test_the_coalitions_header_says_whose_seats(record):
    result = run("coalitions", "--seat", "PTI=100", "--seat", "PML-N=80", "--seat", "PPP=67")
    assert result.exit_code == 0
    assert "NA: 3 parties counted, holding 247 of the house's 336 seats; quota 169" in result.stdout
    assert "NA: 247 seats" not in result.stdout
    assert "1 minimal winning coalition" in result.stdout and "1 minimal winning coalitions" not in result.stdout


# ------------------------------------------------------------------------------------------------ 6. processes

def _descendants(pid: int) -> set[int]:
    """Every living process below ``pid`` (from /proc; zombies count as ended)."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[0] != "Z":
                parents.setdefault(int(fields[1]), []).append(int(entry))
    found, todo = set(), [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _alive(pids: set[int]) -> set[int]:
    out = set()
    for pid in pids:
        try:
            if open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0] != "Z":
                out.add(pid)
        except OSError:
            pass
    return out


def _wait(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _answers(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/events?limit=1", timeout=2) as answer:
            return answer.status == 200
    except OSError:
        return False


linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


@linux_only
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_server_workers_end_with_the_server(record, sig):
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "allegiance.cli", "serve", "--db", str(record), "--port",
                               str(port), "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    children: set[int] = set()
    try:
        assert _wait(lambda: _answers(port) and len(_descendants(server.pid)) >= 2, 90)
        children = _descendants(server.pid)
        server.send_signal(sig)
        server.wait(30)
        assert _wait(lambda: not _alive(children), 30), f"workers left running: {_alive(children)}"
        assert not _answers(port)
    finally:  # whatever happened, nothing started here outlives the test
        for pid in _alive(children | _descendants(server.pid)):
            os.kill(pid, signal.SIGKILL)
        server.kill()


@linux_only
def test_ingest_workers_end_when_ingest_is_killed(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(200):
        (folder / f"a{i}.txt").write_text(ARTICLES["a1.txt"].replace("Dreshak", f"Dreshak{i}") * 5, encoding="utf-8")
    ingest_ = subprocess.Popen([sys.executable, "-m", "allegiance.cli", "ingest", str(folder), "--db",
                                str(tmp_path / "r.db"), "--jobs", "2"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    children: set[int] = set()
    try:
        assert _wait(lambda: len(_descendants(ingest_.pid)) >= 2, 90)
        children = _descendants(ingest_.pid)
        ingest_.kill()
        ingest_.wait(30)
        assert _wait(lambda: not _alive(children), 30), f"workers left running: {_alive(children)}"
    finally:  # whatever happened, nothing started here outlives the test
        for pid in _alive(children | _descendants(ingest_.pid)):
            os.kill(pid, signal.SIGKILL)
        ingest_.kill()
