"""The command line: formats, bad input in a batch, exit status, stdin, parallel jobs."""
import csv
import io
import json

from typer.testing import CliRunner

from allegiance.cli import app

runner = CliRunner()
ARTICLE = "date 2023-05-25\nLAHORE: PML-N MNA Sardar Ali Raza Dreshak joined the Pakistan Tehreek-e-Insaf on Tuesday.\n"


def write(folder, name, content):
    path = folder / name
    path.write_bytes(content) if isinstance(content, bytes) else path.write_text(content, encoding="utf-8")
    return path


def test_extract_jsonl_contract(tmp_path):
    write(tmp_path, "a1.txt", ARTICLE)
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    join = next(e for e in events if e["type"] == "join_party")
    assert join["doc"] == "a1" and join["party"] == "PTI" and join["date"] == "2023-05-23"
    assert set(join["evidence"]) == {"sentence", "start", "end", "rule"} and 0 < join["confidence"] <= 1
    text = (tmp_path / "a1.txt").read_text(encoding="utf-8")
    assert text[join["evidence"]["start"]:join["evidence"]["end"]] == join["evidence"]["sentence"]


def test_bad_inputs_are_reported_and_the_batch_goes_on(tmp_path):
    write(tmp_path, "good.txt", ARTICLE)
    write(tmp_path, "empty.txt", "")
    write(tmp_path, "binary.txt", b"\x00\x01\x02PK\x03\x04" * 50)
    write(tmp_path, "feed.jsonl", json.dumps({"id": "f1", "text": ARTICLE}) + "\n{not json\n")
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 1
    assert "empty.txt" in result.output and "binary.txt" in result.output and "feed.jsonl:2" in result.output
    assert "Traceback" not in result.output
    docs = {json.loads(line)["doc"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert docs == {"good", "f1"}


def test_missing_path_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1 and "nope.txt" in result.output and "Traceback" not in result.output


def test_csv_and_table_formats(tmp_path):
    path = write(tmp_path, "a1.txt", ARTICLE)
    result = runner.invoke(app, ["extract", str(path), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["type"] for r in rows} >= {"join_party", "leave_party"} and rows[0]["sentence"]
    table = runner.invoke(app, ["extract", str(path), "--format", "table"])
    assert "Dreshak" in table.stdout and table.exit_code == 0


def test_csv_keeps_the_name_of_a_party_the_registry_lacks(tmp_path):
    path = write(tmp_path, "a2.txt", "date 2024-03-05\nAli Raza joined the Awami Inqilab Party on Monday.\n")
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["extract", str(path), "--format", "csv"]).stdout)))
    assert [(r["party"], r["party_name"]) for r in rows if r["type"] == "join_party"] == [("AIP", "Awami Inqilab Party")]


def test_stdin_jsonl(tmp_path):
    feed = json.dumps({"id": "s1", "published": "2023-05-25", "text": ARTICLE.split("\n", 1)[1]}) + "\n"
    result = runner.invoke(app, ["extract", "-"], input=feed)
    assert result.exit_code == 0
    assert any(json.loads(line)["doc"] == "s1" for line in result.stdout.splitlines())


def test_parallel_jobs_give_the_same_events(tmp_path):
    for i in range(6):
        write(tmp_path, f"a{i}.txt", ARTICLE.replace("Dreshak", f"Dreshak{i}"))
    one = runner.invoke(app, ["extract", str(tmp_path)]).stdout
    two = runner.invoke(app, ["extract", str(tmp_path), "--jobs", "2"]).stdout
    assert one == two and one.count("join_party") == 6


def test_demo_builds_a_record_and_shows_it(tmp_path):
    db = tmp_path / "demo.db"
    result = runner.invoke(app, ["demo", "--db", str(db), "--no-serve"])
    assert result.exit_code == 0, result.output
    for heading in ("Recent defections by party", "Flows", "Coalition state", "Shapley-Shubik", "minimal winning"):
        assert heading in result.stdout
    assert "PTI" in result.stdout and "IPP" in result.stdout  # PTI -> IPP moves of 2023 are in the demo corpus
    again = runner.invoke(app, ["demo", "--db", str(db), "--no-serve"])
    assert "0 new, 35 unchanged" in again.output  # re-ingesting the same articles changes nothing
