"""Word lists are data: every list in the lexicon files is read by name somewhere in the package."""
import json
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "allegiance"
LEXICONS = sorted((PACKAGE / "data" / "lexicon").glob("*.json"))
READ_BY_PREFIX = ("judge_",)  # the judge reads every list whose name starts so (extractor/judge.py)


def _source() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", LEXICONS, ids=lambda p: p.name)
def test_every_list_is_read(path):
    source = _source()
    names = [k.rstrip("+") for k in json.loads(path.read_text(encoding="utf-8")) if not k.startswith("_")]
    unread = [n for n in names if not re.search(rf"[\"']{re.escape(n)}[\"']", source)
              and not (n.startswith(READ_BY_PREFIX) and any(f'"{p}"' in source for p in READ_BY_PREFIX))]
    assert not unread, f"{path.name}: lists no code reads: {unread}"


def test_the_check_sees_an_unread_list(tmp_path):
    assert not re.search(r"[\"']no_such_list_anywhere[\"']", _source())
