"""Time and peak memory of `allegiance extract` on adversarial inputs, one process each.

    python benchmarks/adversarial.py [--sizes 100000,1000000,4900000]

Inputs are written to a temporary folder: trigger-dense text (the same
move sentence over and over, every sentence a candidate), text with no
sentence end at all, and an HTML page of the same dense paragraphs in
nested elements. The baseline, measured in the same run, is one ordinary
article (process start and model load included), so the ratios say what
the size itself costs. Goal (hardening issue): 5 MB under 30 s and 1 GB.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MOVE = "PTI MNA Ali Khan joined the PML-N on Friday, sources said in Lahore. "
ORDINARY = ("date 2023-05-20\nLAHORE: Former PTI MNA Ali Khan joined the PML-N on Friday at a gathering in Lahore. "
            "He said he had parted ways with the PTI after the events of May 9. The PML-N welcomed him.\n")


def dense(size: int) -> str:
    return "date 2023-05-20\n" + MOVE * (size // len(MOVE))


def unbroken(size: int) -> str:
    return "date 2023-05-20\n" + "word " * (size // 5)


def html(size: int) -> str:
    item = f'<div class="c"><p>{MOVE}</p><span>menu</span></div>\n'
    return "<html><head><title>T</title></head><body><article>" + item * (size // len(item)) + "</article></body></html>"


def run(path: Path) -> tuple[float, float, int]:
    """Seconds, peak resident MB and exit status of one `allegiance extract` process."""
    start = time.perf_counter()
    proc = subprocess.Popen([str(Path(sys.executable).parent / "allegiance"), "extract", str(path), "-o", os.devnull],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    _pid, status, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="100000,1000000,4900000", help="input sizes in bytes (the reader refuses over 5 MB)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "ordinary.txt"
        base.write_text(ORDINARY, encoding="utf-8")
        b_sec, b_mb, _ = run(base)
        print(f"{'input':<22}{'bytes':>10}{'seconds':>9}{'peak MB':>9}{'x time':>8}{'x mem':>7}  exit")
        print(f"{'ordinary article':<22}{len(ORDINARY):>10}{b_sec:>9.1f}{b_mb:>9.0f}{1:>8.1f}{1:>7.1f}  baseline")
        for size in (int(s) for s in args.sizes.split(",")):
            for name, make, suffix in (("dense triggers", dense, ".txt"), ("no sentence end", unbroken, ".txt"),
                                       ("dense HTML", html, ".html")):
                path = Path(tmp) / f"{name.replace(' ', '-')}-{size}{suffix}"
                path.write_text(make(size), encoding="utf-8")
                sec, mb, code = run(path)
                print(f"{name:<22}{path.stat().st_size:>10}{sec:>9.1f}{mb:>9.0f}{sec / b_sec:>8.1f}{mb / b_mb:>7.1f}  {code}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
