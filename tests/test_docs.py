"""Documentation is tested: every command of the CLI appears in the README."""
from pathlib import Path

from allegiance.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme():
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    missing = [n for n in names if f"allegiance {n}" not in README]
    assert names and not missing, f"commands missing from README.md: {missing}"


def test_readme_starts_with_the_two_commands():
    blocks = [line.strip() for line in README.splitlines() if line.startswith("    ")][:2]
    assert "allegiance demo" in blocks[0] and "pytest" in blocks[1]
