"""Coalition arithmetic against powerindex 0.3.5, in one run.

    .venv/bin/python benchmarks/coalition.py

Random games of 16, 50, 100 and 170 parties (Banzhaf and Shapley-Shubik):
equal results (max absolute difference) and the time ratio. Shapley-Shubik
for 400 parties, where powerindex overflows a float. Minimal winning
coalitions of a 22-party house against brute force over 2^22 subsets.
Seats from the record (``record.seats.house_from_record``): the demo corpus
plus made-up switch articles (an MNA crosses over in each), read with and
without ``--defections-since``; the ingest is not timed.
"""
from __future__ import annotations

import random
import time
from itertools import combinations

import tempfile
from datetime import date
from importlib import resources
from pathlib import Path

from powerindex import Game as PIGame

from allegiance.analyse.coalition import Game, banzhaf, minimal_winning_coalitions, shapley_shubik
from allegiance.record.seats import house_from_record
from allegiance.pipeline import ingest

# parties -> largest party's seats: houses of a few hundred to a thousand seats
SIZES = {16: 60, 50: 30, 100: 12, 170: 5}


def random_game(n: int, top: int, seed: int) -> Game:
    rng = random.Random(seed)
    seats = {f"P{i}": rng.randint(1, top) for i in range(n)}
    return Game(seats, sum(seats.values()) // 2 + 1)


def timed(fn, *args):
    start = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - start


def powerindex_run(game: Game, index: str) -> list[float]:
    pi = PIGame(game.quota, weights=list(game.seats.values()))
    getattr(pi, f"calc_{index}")()
    return getattr(pi, index)


def compare(game: Game, index: str) -> tuple[str, float, float, float]:
    ours_fn = banzhaf if index == "banzhaf" else shapley_shubik
    ours, t_ours = timed(ours_fn, game)
    theirs, t_theirs = timed(powerindex_run, game, index)
    diff = max(abs(float(ours[p]) - theirs[i]) for i, p in enumerate(game.seats))
    return index, t_ours, t_theirs, diff


def brute_minimal(game: Game) -> set[frozenset[str]]:
    """Every subset, kept if winning and every member pivotal."""
    seats, q = game.seats, game.quota
    out = set()
    parties = list(seats)
    for r in range(1, len(parties) + 1):
        for combo in combinations(parties, r):
            total = sum(seats[p] for p in combo)
            if total >= q and all(total - seats[p] < q for p in combo):
                out.add(frozenset(combo))
    return out


FIRST = ("Nadeem", "Tariq", "Asif", "Kamran", "Farhan", "Sajid", "Imran", "Zahid", "Bilal", "Usman")
LAST = ("Qureshi", "Awan", "Baig", "Lodhi", "Siddiqui", "Chaudhry", "Malik", "Bhatti", "Gondal", "Khattak")
PARTIES = ("PPP", "PML-N", "MQM-P", "JUI-F")


def switch_articles(folder: Path, n: int) -> None:
    """``n`` made-up articles after the 2024 election, each an MNA of one party joining another (n <= 100: distinct names)."""
    for i in range(n):
        name = f"{FIRST[i % 10]} {LAST[i // 10 % 10]}"
        source, target = PARTIES[i % 4], PARTIES[(i + 1) % 4]
        day = date(2024, 3 + i // 28 % 9, 1 + i % 28)
        (folder / f"switch{i:04}.txt").write_text(
            f"date {day.isoformat()}\nLAHORE: {source} MNA {name} quit the {source} on Monday and joined the "
            f"{target} at a ceremony.\n", encoding="utf-8")


def record_case(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        switch_articles(folder, n)
        url = f"sqlite:///{folder / 'record.db'}"
        ingest([Path(str(resources.files("allegiance") / "data" / "demo")), folder], url)
        house, t_plain = timed(house_from_record, url, "NA")
        since, t_since = timed(lambda: house_from_record(url, "NA", since=date(2023, 1, 1)))
        row(f"record seats: demo + {n} switches", t_plain, None,
            f"{len(house.applied)} of {len(house.moves)} moves applied; total {sum(house.seats.values())}")
        row("  with --defections-since 2023-01-01", t_since, None, f"{len(since.what_if)} what-if moves")


def row(label: str, ours: float, theirs: float | None, note: str) -> None:
    ratio = f"{theirs / ours:8.1f}x" if theirs else "        -"
    theirs_s = f"{theirs:10.4f}" if theirs else "         -"
    print(f"{label:<34}{ours:10.4f}{theirs_s}{ratio}  {note}")


def main() -> None:
    print(f"{'case':<34}{'ours s':>10}{'other s':>10}{'speed-up':>9}  note")
    print("-" * 90)
    for n, top in SIZES.items():
        game = random_game(n, top, seed=n)
        for index in ("banzhaf", "shapley_shubik"):
            name, t_ours, t_theirs, diff = compare(game, index)
            row(f"{name} n={n} seats={game.total}", t_ours, t_theirs, f"max |diff| {diff:.1e}")
    big = random_game(400, 5, seed=400)
    values, t_ours = timed(shapley_shubik, big)
    try:
        powerindex_run(big, "shapley_shubik")
        note = "powerindex finished"
    except OverflowError as exc:
        note = f"powerindex: OverflowError ({exc})"
    row(f"shapley_shubik n=400 seats={big.total}", t_ours, None, f"exact, sum={sum(values.values())}; {note}")
    house = random_game(22, 40, seed=22)
    found, t_ours = timed(minimal_winning_coalitions, house)
    truth, t_brute = timed(brute_minimal, house)
    same = {frozenset(k.members) for k in found} == truth
    row("minimal winning n=22 vs 2^22", t_ours, t_brute, f"{len(found)} coalitions, equal={same}")
    record_case(100)


if __name__ == "__main__":
    main()
