"""Countries as data: parties, their aliases, houses and scopes, loaded from
``data/<country>/``. Adding a country means adding a folder, not code.
"""
from __future__ import annotations

import csv
import difflib
import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

from ..errors import RegistryError, UnknownParty

DEFAULT_COUNTRY = "pk"


@dataclass(frozen=True)
class Party:
    code: str
    name: str
    aliases: tuple[str, ...]
    urdu: tuple[str, ...] = ()
    # a party the record names but the registry lacks: its code was made from its name by the extractor,
    # and the registry's keeper should add it
    unregistered: bool = False
    # the people a story may name it by ("Imran Khan's party", "the Zardari-led party"): its founders and
    # heads who led no other party; never aliases of the party itself
    leaders: tuple[str, ...] = ()

    def all_names(self) -> tuple[str, ...]:
        """Every written form: the code, the full name, English and Urdu aliases. A code of two letters
        is a written form only when the aliases list it ("JI" is, "AP" is not): short codes collide with
        everyday abbreviations (a wire service's "(AP)")."""
        seen: dict[str, None] = {}
        code = self.code if len(self.code) > 2 or self.code in self.aliases else ""
        for name in (code, self.name, *self.aliases, *self.spelled_codes(), *self.urdu):
            if name:
                seen.setdefault(name, None)
        return tuple(seen)

    def spelled_codes(self) -> tuple[str, ...]:
        """A faction's letter written out as its word: 'PML-Nawaz', 'PML Quaid', 'PML (Functional)' for the
        codes PML-N, PML-Q and PML-F, whose names end in '(Nawaz)', '(Quaid)', '(Functional)'. The press
        writes them so, and no data file should have to list every spelling."""
        code = re.fullmatch(r"([A-Z]{2,})-([A-Z])", self.code)
        word = re.search(r"\(([A-Z][a-z]+)\)\s*$", self.name)
        if not code or not word or word.group(1)[0] != code.group(2):
            return ()
        base, spelled = code.group(1), word.group(1)
        return (f"{base}-{spelled}", f"{base} {spelled}", f"{base} ({spelled})", f"{base}({spelled})")


@dataclass(frozen=True)
class House:
    code: str
    name: str
    seats: int
    majority: int
    scope: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Government:
    """A period in which one party led a scope's government (`leader` None: a caretaker set-up)."""

    scope: str
    start: date
    leader: str | None


@dataclass(frozen=True)
class Registry:
    """Everything country-specific that the extractor and the analysis need."""

    country: str
    parties: dict[str, Party]
    houses: dict[str, House]
    scopes: dict[str, tuple[str, ...]]
    default_house: str
    governments: tuple[Government, ...] = field(default=())

    def leader_on(self, scope: str, day: date) -> str | None:
        """The party leading `scope`'s government on `day` by the country's ``governments.tsv``: what
        "the government" means in a story that does not say who leads it. None before the file's first
        period, in a caretaker period, and for a scope the file does not cover."""
        periods = self._periods.get(scope)
        if not periods:
            return None
        at = bisect_right([p.start for p in periods], day)
        return periods[at - 1].leader if at else None

    @cached_property
    def _periods(self) -> dict[str, list[Government]]:
        out: dict[str, list[Government]] = {}
        for period in sorted(self.governments, key=lambda p: p.start):
            out.setdefault(period.scope, []).append(period)
        return out

    def party(self, code: str) -> Party:
        try:
            return self.parties[code]
        except KeyError:
            known = ", ".join(sorted(self.parties))
            raise RegistryError(f"unknown party code {code!r}; known codes: {known}") from None

    def find_party(self, name: str) -> Party:
        """A party by its code in any case, or by any of its names or aliases (``pti``, ``PMLN``,
        ``Pakistan Tehreek-e-Insaf``: case, spaces and punctuation ignored); else `UnknownParty` with
        close names suggested."""
        key = _key(name)
        if key in self._by_key:
            return self.parties[self._by_key[key]]
        folded = {n.casefold(): p.code for p in self.parties.values() for n in (p.code, p.name, *p.aliases)}
        close = difflib.get_close_matches(name.casefold(), list(folded), n=8, cutoff=0.6)
        codes = list(dict.fromkeys(folded[c] for c in close))[:4]
        suggestions = [f"{c} ({self.parties[c].name})" for c in codes]
        raise UnknownParty(name, sorted(self.parties), suggestions)

    @cached_property
    def _by_key(self) -> dict[str, str]:
        """Every written form of every party, reduced to letters and digits in lower case -> its code; a
        party's own code wins over another party's alias."""
        out: dict[str, str] = {}
        for party in self.parties.values():
            for name in party.all_names():
                out.setdefault(_key(name), party.code)
        out.update({_key(code): code for code in self.parties})
        return out

    def house(self, code: str) -> House:
        for house in self.houses.values():
            if code.lower() in (house.code.lower(), house.name.lower()):
                return house
        known = ", ".join(self.houses)
        raise RegistryError(f"unknown house {code!r}; known houses: {known}")


def _key(name: str) -> str:
    return "".join(c for c in name.casefold() if c.isalnum())


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(a.strip() for a in (cell or "").split("|") if a.strip())


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def country_dir(country: str) -> Path:
    """The data folder of a bundled country, or a folder path given directly."""
    given = Path(country)
    if given.is_dir():
        return given
    bundled = Path(str(resources.files("allegiance") / "data" / country))
    if not (bundled / "parties.tsv").is_file():
        raise RegistryError(
            f"no country data for {country!r}: expected {bundled}/parties.tsv "
            "(or pass a folder holding parties.tsv and houses.tsv)")
    return bundled


@lru_cache(maxsize=8)
def load_registry(country: str = DEFAULT_COUNTRY) -> Registry:
    """Read a country's folder: parties.tsv, houses.tsv, scopes.tsv, country.json."""
    folder = country_dir(country)
    parties = {
        row["code"]: Party(row["code"], row["name"], _split(row.get("aliases")), _split(row.get("urdu")),
                           leaders=_split(row.get("leaders")))
        for row in _rows(folder / "parties.tsv")
    }
    houses = {}
    if (folder / "houses.tsv").is_file():
        for row in _rows(folder / "houses.tsv"):
            try:
                seats, majority = int(row["seats"]), int(row["majority"])
            except ValueError as exc:
                raise RegistryError(f"{folder / 'houses.tsv'}: house {row['code']}: {exc}") from None
            houses[row["code"]] = House(row["code"], row["name"], seats, majority,
                                        row.get("scope") or "national", _split(row.get("aliases")))
    scopes = {}
    if (folder / "scopes.tsv").is_file():
        scopes = {row["scope"]: _split(row.get("aliases")) for row in _rows(folder / "scopes.tsv")}
    meta = {}
    if (folder / "country.json").is_file():
        meta = json.loads((folder / "country.json").read_text(encoding="utf-8"))
    default_house = meta.get("default_house") or next(iter(houses), "")
    governments = _governments(folder / "governments.tsv", parties, scopes) if (folder / "governments.tsv").is_file() else ()
    return Registry(meta.get("code", folder.name), parties, houses, scopes, default_house, governments)


def _governments(path: Path, parties: dict[str, Party], scopes: dict[str, tuple[str, ...]]) -> tuple[Government, ...]:
    """Rows of ``scope <TAB> from <TAB> leader`` after a header; ``#`` starts a comment line. A row
    that names an unknown scope or party, or a day that is no ISO date, is refused with its line."""
    out = []
    header_seen = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if not header_seen:
            header_seen = True
            if cells[:3] == ["scope", "from", "leader"]:
                continue
        if len(cells) < 3:
            raise RegistryError(f"{path}:{number}: expected scope, from and leader separated by tabs")
        scope, start, leader = cells[:3]
        if scopes and scope not in scopes:
            raise RegistryError(f"{path}:{number}: unknown scope {scope!r}; known scopes: {', '.join(scopes)}")
        try:
            day = date.fromisoformat(start)
        except ValueError:
            raise RegistryError(f"{path}:{number}: {start!r} is not a date (YYYY-MM-DD)") from None
        if leader != "-" and leader not in parties:
            raise RegistryError(f"{path}:{number}: unknown party code {leader!r}")
        out.append(Government(scope, day, None if leader == "-" else leader))
    return tuple(out)
