"""Coalition arithmetic against brute force, powerindex, invariants and the 2024 house."""
from __future__ import annotations

import json
from fractions import Fraction
from itertools import combinations
from math import factorial

import pytest
import typer
from hypothesis import assume, given, settings, strategies as st
from typer.testing import CliRunner

from allegiance.cli.coalition import coalitions
from allegiance.analyse.coalition import (CoalitionError, SeatMove, analyse, compare_indices, Constraints, Game, banzhaf, deegan_packel, fewest_party_winning,
                                  holler, minimal_winning_coalitions, minimum_seat_winning,
                                  power_indices, shapley_shubik, what_if, winning_coalitions)
from allegiance.analyse.house import game_for_house

# February 2024 National Assembly, general seats as declared (IND = PTI-backed and other
# independents, one bloc); quota 169 of the full 336-seat house.
NA_2024 = {"IND": 101, "PML-N": 75, "PPP": 54, "MQM-P": 17, "JUI-F": 4, "PML-Q": 3, "IPP": 2, "BNP": 2,
           "MWM": 1, "PML-Z": 1, "BAP": 1, "NP": 1}


# ---------------------------------------------------------------- brute force

def subsets(parties):
    return (frozenset(c) for r in range(len(parties) + 1) for c in combinations(parties, r))


def brute(game: Game):
    seats, q = game.seats, game.quota
    parties = list(seats)
    wins = lambda s: sum(seats[p] for p in s) >= q
    winning = [s for s in subsets(parties) if wins(s)]
    mwc = {s for s in winning if all(not wins(s - {p}) for p in s)}
    n = len(parties)
    swings = {p: sum(1 for s in winning if p in s and not wins(s - {p})) for p in parties}
    ss = {p: sum(Fraction(factorial(len(s) - 1) * factorial(n - len(s)), factorial(n))
                 for s in winning if p in s and not wins(s - {p})) for p in parties}
    tb = sum(swings.values())
    members = {p: sum(1 for s in mwc if p in s) for p in parties}
    dp = {p: sum((Fraction(1, len(s)) for s in mwc if p in s), Fraction(0)) / len(mwc) for p in parties}
    return {"mwc": mwc, "winning": set(winning),
            "banzhaf": {p: Fraction(v, tb) for p, v in swings.items()}, "shapley_shubik": ss,
            "holler": {p: Fraction(v, sum(members.values())) for p, v in members.items()}, "deegan_packel": dp}


@st.composite
def games(draw, max_parties=8, max_seats=30):
    n = draw(st.integers(1, max_parties))
    seats = {f"P{i}": draw(st.integers(0, max_seats)) for i in range(n)}
    if sum(seats.values()) == 0:
        seats["P0"] = 1
    quota = draw(st.integers(1, sum(seats.values())))
    return Game(seats, quota)


@given(games())
@settings(max_examples=150, deadline=None)
def test_agrees_with_brute_force(game):
    truth = brute(game)
    assert {frozenset(k.members) for k in minimal_winning_coalitions(game)} == truth["mwc"]
    assert {frozenset(k.members) for k in winning_coalitions(game)} == truth["winning"]
    for name, values in power_indices(game).items():
        assert values == truth[name], name


@given(games(max_parties=12, max_seats=60))
@settings(max_examples=80, deadline=None)
def test_agrees_with_powerindex(game):
    from powerindex import Game as PIGame
    parties = [p for p, n in game.seats.items() if n > 0]
    assume(max(game.seats.values()) < game.quota)  # powerindex slices go wrong for a party that wins alone
    pi = PIGame(game.quota, weights=[game.seats[p] for p in parties])
    pi.calc_banzhaf()
    pi.calc_shapley_shubik()
    ours_b, ours_s = banzhaf(game), shapley_shubik(game)
    for i, p in enumerate(parties):
        assert float(ours_b[p]) == pytest.approx(pi.banzhaf[i], abs=1e-9)
        assert float(ours_s[p]) == pytest.approx(pi.shapley_shubik[i], abs=1e-9)


# ---------------------------------------------------------------- invariants

@given(games(max_parties=10))
@settings(max_examples=100, deadline=None)
def test_indices_sum_to_one_and_dummies_get_nothing(game):
    truth = brute(game) if len(game.seats) <= 8 else None
    for values in power_indices(game).values():
        assert sum(values.values()) == 1
        assert all(v >= 0 for v in values.values())
    never_pivotal = {p for p in game.seats if not any(p in k for k in minimal_winning_coalitions(game))}
    for values in power_indices(game).values():
        assert all(values[p] == 0 for p in never_pivotal)
    if truth:
        assert never_pivotal == {p for p, v in truth["banzhaf"].items() if v == 0}


@given(games(max_parties=10))
@settings(max_examples=100, deadline=None)
def test_equal_seats_equal_power_and_monotone(game):
    b, s = banzhaf(game), shapley_shubik(game)
    for p, q in combinations(game.seats, 2):
        if game.seats[p] == game.seats[q]:
            assert b[p] == b[q] and s[p] == s[q]
        if game.seats[p] > game.seats[q]:
            assert b[p] >= b[q] and s[p] >= s[q]


@given(games(max_parties=8), st.data())
@settings(max_examples=120, deadline=None)
def test_constraints_respected(game, data):
    parties = sorted(game.seats)
    required = frozenset(data.draw(st.lists(st.sampled_from(parties), max_size=2)))
    excluded = frozenset(data.draw(st.lists(st.sampled_from(parties), max_size=2))) - required
    pair = frozenset(data.draw(st.lists(st.sampled_from(parties), min_size=2, max_size=2, unique=True))
                     if len(parties) > 1 else [])
    apart = frozenset({pair}) if len(pair) == 2 and not pair <= required else frozenset()
    c = Constraints(required, excluded, apart)
    seats, q = game.seats, game.quota
    feasible = [s for s in subsets(parties) if required <= s and not s & excluded and not any(a <= s for a in apart)
                and sum(seats[p] for p in s) >= q]
    assert {frozenset(k.members) for k in winning_coalitions(game, c)} == set(feasible)
    want = {s for s in feasible
            if all(sum(seats[x] for x in s - {p}) < q for p in s - required)}
    assert {frozenset(k.members) for k in minimal_winning_coalitions(game, c)} == want


@given(games(max_parties=7))
@settings(max_examples=80, deadline=None)
def test_connected_coalitions(game):
    order = tuple(sorted(game.seats))
    c = Constraints(order=order)
    runs = {frozenset(order[i:j]) for i in range(len(order)) for j in range(i + 1, len(order) + 1)
            if sum(game.seats[p] for p in order[i:j]) >= game.quota}
    assert {frozenset(k.members) for k in winning_coalitions(game, c)} == runs
    for k in minimal_winning_coalitions(game, c):
        ends = {k.members[0], k.members[-1]} if len(k.members) > 1 else set()
        assert frozenset(k.members) in runs
        assert all(frozenset(k.members) - {e} not in runs for e in ends)


def test_shapley_shubik_exact_for_400_parties():
    seats = {f"P{i}": 1 + i % 3 for i in range(400)}
    game = Game(seats, sum(seats.values()) // 2 + 1)
    values = shapley_shubik(game)
    assert sum(values.values()) == 1
    assert values["P2"] > values["P1"] > values["P0"] > 0


def test_minimal_winning_in_a_22_party_house_are_all_minimal():
    # its speed against brute force is measured in benchmarks/coalition.py, not here
    seats = {f"P{i}": 3 + (i * 7) % 37 for i in range(22)}
    game = Game(seats, sum(seats.values()) // 2 + 1)
    found = minimal_winning_coalitions(game)
    assert len({k.members for k in found}) == len(found) > 0
    assert all(k.seats >= game.quota and k.seats - game.seats[k.members[-1]] < game.quota for k in found)


# ---------------------------------------------------------------- the 2024 National Assembly

def test_na_2024():
    game = game_for_house("NA", NA_2024)
    assert game.quota == 169 and game.total == 262
    mwc = {frozenset(k.members): k for k in minimal_winning_coalitions(game)}
    assert mwc[frozenset({"IND", "PML-N"})].seats == 176            # 101 + 75
    assert mwc[frozenset({"IND", "PPP", "MQM-P"})].surplus == 3     # 101 + 54 + 17 = 172
    exact = frozenset({"IND", "PPP", "JUI-F", "PML-Q", "IPP", "BNP", "MWM", "PML-Z", "BAP"})
    assert mwc[exact].surplus == 0                                  # 101+54+4+3+2+2+1+1+1 = 169: every member pivotal
    assert exact | {"NP"} not in mwc                                # NP (1 seat) would be a spare
    # PML-N + PPP + MQM-P = 146: the parties that formed the government needed more than the three
    assert not any(k <= {"PML-N", "PPP", "MQM-P"} for k in mwc)
    assert sum(NA_2024[p] for p in NA_2024 if p != "IND") == 161 < 169   # without IND nobody wins
    assert all("IND" in k for k in mwc)
    smallest = minimum_seat_winning(game)
    assert {k.seats for k in smallest} == {169} and exact in {frozenset(k.members) for k in smallest}
    assert [k.members for k in fewest_party_winning(game)] == [("IND", "PML-N")]
    apart = Constraints(incompatible=frozenset({frozenset({"IND", "PML-N"})}), excluded=frozenset({"PPP"}))
    assert all("PML-N" not in k and "PPP" not in k for k in minimal_winning_coalitions(game, apart))


def test_na_2024_what_if_independents_join_sic():
    game = Game({**NA_2024, "SIC": 0}, 169)
    after = what_if(game, [("IND", "SIC", 80)])
    assert after.seats["SIC"] == 80 and after.seats["IND"] == 21 and after.quota == 169
    assert banzhaf(after)["IND"] < banzhaf(game)["IND"]
    shifts = {(s.party, s.index): s for s in compare_indices(game, after)}
    assert shifts["SIC", "holler"].before == 0 < shifts["SIC", "holler"].after
    assert sum(s.change for s in shifts.values() if s.index == "banzhaf") == 0


def test_seat_moves_vacate_and_bring_new_parties():
    game = Game({"A": 50, "B": 40, "C": 10}, 51)
    after = what_if(game, [SeatMove("A", None, 2), SeatMove("B", "D", 1, kind="person", person="X")])
    assert after.seats == {"A": 48, "B": 39, "C": 10, "D": 1} and after.quota == 51 and after.total == 98
    with pytest.raises(CoalitionError, match=r"seats \(X\) from B: it holds 39"):
        what_if(after, [SeatMove("B", "A", 40, person="X")])
    with pytest.raises(CoalitionError, match="from Z: it holds no seats in the house"):
        what_if(game, [SeatMove("Z", "A")])
    report = analyse(game, moves=[SeatMove("C", "B", 10)])
    assert [k.members for k in report.minimal] == [("A", "C"), ("A", "B")]
    assert [k.members for k in report.after_minimal] == [("A", "B")] and report.after.seats["C"] == 0


def test_majority_alone_is_trivial():
    game = Game({"A": 60, "B": 30, "C": 10}, 51)
    assert [k.members for k in minimal_winning_coalitions(game)] == [("A",)]
    for values in power_indices(game).values():
        assert values == {"A": 1, "B": 0, "C": 0}
    assert holler(game)["A"] == deegan_packel(game)["A"] == 1


@pytest.mark.parametrize("seats, quota, message", [
    ({}, 1, "empty"),
    ({"A": 0}, 1, "empty"),
    ({"A": -2, "B": 5}, 2, "negative"),
    ({"A": 2.5}, 2, "whole number"),
    ({"A": 10}, 11, "above the total"),
    ({"A": 10}, 0, "at least 1"),
])
def test_bad_games(seats, quota, message):
    with pytest.raises(CoalitionError, match=message):
        Game(seats, quota)


def test_bad_constraints_and_moves():
    game = Game({"A": 5, "B": 4, "C": 2}, 6)
    with pytest.raises(CoalitionError, match="unknown party in required: X"):
        minimal_winning_coalitions(game, Constraints(required=frozenset({"X"})))
    with pytest.raises(CoalitionError, match="unknown party in excluded"):
        winning_coalitions(game, Constraints(excluded=frozenset({"Y"})))
    with pytest.raises(CoalitionError, match="required and excluded"):
        winning_coalitions(game, Constraints(required=frozenset("A"), excluded=frozenset("A")))
    with pytest.raises(CoalitionError, match="unknown party in move"):
        what_if(game, [("A", "Z", 1)])
    with pytest.raises(CoalitionError, match="holds 4"):
        what_if(game, [("B", "A", 5)])
    with pytest.raises(CoalitionError, match="more than 1 coalitions"):
        winning_coalitions(game, limit=1)
    with pytest.raises(CoalitionError, match="336"):
        game_for_house("NA", {"A": 400})


# ---------------------------------------------------------------- CLI

@pytest.fixture
def run():
    app = typer.Typer()
    app.command("coalitions")(coalitions)

    @app.command("noop")
    def noop() -> None:  # a second command keeps "coalitions" a named subcommand
        pass

    runner = CliRunner()
    return lambda *args: runner.invoke(app, ["coalitions", *args])


def seat_args(seats):
    return [a for p, n in seats.items() for a in ("--seat", f"{p}={n}")]


def test_cli_table(run):
    result = run(*seat_args(NA_2024))
    assert result.exit_code == 0, result.output
    # IND is not one party (updated when independents became single-seat players): no "IND + PML-N" bloc
    assert "quota 169" in result.output and "Shapley-Shubik" in result.output
    assert "IND + PML-N" not in result.output and "PML-N + IND×94" in result.output
    assert "11 parties and 101 independents (each a one-seat player) counted" in result.output


def test_cli_json_with_file_and_moves(run, tmp_path):
    path = tmp_path / "seats.csv"
    path.write_text("party,seats\n" + "".join(f"{p},{n}\n" for p, n in NA_2024.items()) + "SIC,0\n")
    result = run("--seats", str(path), "--move", "IND:SIC:80", "-f", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["quota"] == 169 and data["independents"] == {"counted": "single", "unattached_seats": 101,
                                                               "index_is": "each seat's"}
    # each independent is a one-seat player: IND's index is one of them in the game of single seats
    spread = {p: n for p, n in NA_2024.items() if p != "IND"} | {"SIC": 0} | {f"I{i}": 1 for i in range(101)}
    assert Fraction(data["indices"]["banzhaf"]["IND"]["exact"]) == banzhaf(Game(spread, 169))["I0"]
    assert data["what_if"]["seats"]["SIC"] == 80
    # IND was one bloc that could be kept apart before; now it is refused with what to do
    refused = run("--seats", str(path), "--apart", "IND,PML-N")
    assert refused.exit_code == 2 and "unattached seats" in refused.output


def test_cli_csv(run):
    result = run("--seat", "PTI=25", "--seat", "PPP=20", "--seat", "JI=15", "--house", "PA-Balochistan", "-f", "csv")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "section,item,key,value"


@pytest.mark.parametrize("args, message", [
    (["--seat", "PTI=-1"], "cannot be negative"),
    (["--seat", "PTI=x"], "whole number"),
    (["--seat", "PTI"], "PARTY=N"),
    (["--seat", "PTI=10"], "above the total"),
    (["--seat", "PTI=200", "--require", "PPP"], "unknown party in required: PPP"),
    (["--seat", "PTI=200", "--move", "PTI:PPP"], "FROM:TO:N"),
    (["--seat", "PTI=200", "--house", "Moon"], "unknown house"),
    (["--seats", "/nonexistent.csv"], "cannot read seats file"),
    ([], "give the seats"),
])
def test_cli_bad_input(run, args, message):
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output
