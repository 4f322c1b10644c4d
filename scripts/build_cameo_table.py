"""Build src/eventwire/data/cameo/codes.tsv from the CAMEO and PLOVER reference files.

Inputs (in --reference, default /work/shared/reference):
  CAMEO.eventcodes.txt       code -> name (GDELT lookup table)
  CAMEO.goldsteinscale.txt   code -> Goldstein scale value
  CAMEO2PLOVER-2021.txt      code -> PLOVER type, mode (crosswalk for roots 03-20)

The package reads only the generated TSV, so the reference files are needed to regenerate
it, never at run time. Column sources are described in data/cameo/README.md.

Usage: .venv/bin/python scripts/build_cameo_table.py [--reference DIR] [--check]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

TSV = Path(__file__).resolve().parents[1] / "src/eventwire/data/cameo/codes.tsv"
HEADER = ("code", "name", "goldstein", "quad_class", "plover", "plover_mode")
# Names that are garbled in the published GDELT table.
NAME_FIXES = {"044": "Meet at third location"}
# QuadClass by CAMEO root (first two digits).
QUAD_BY_ROOT = {f"{r:02d}": 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4
                for r in range(1, 21)}


def read_pairs(path: Path) -> dict[str, str]:
    """code -> second column of a two-column TSV with a header row, in file order."""
    pairs: dict[str, str] = {}
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    for n, line in enumerate(lines, start=2):
        if not line.strip():
            continue
        code, _, value = line.partition("\t")
        code = code.strip()
        if not code.isdigit() or code in pairs:
            raise SystemExit(f"{path}:{n}: bad or repeated code {code!r}")
        pairs[code] = value.strip()
    return pairs


def read_crosswalk(path: Path) -> dict[str, tuple[str, str | None]]:
    """code -> (PLOVER type, mode or None); the first line for a code wins.

    Lines look like ``0841: RETREAT, release,   legal # comment``; some codes are listed
    under another root's heading (191 under 17), so the code on each line is what counts.
    Root 08 is listed twice (CONCEDE, then RETREAT); the first, matching 080, is kept.
    """
    table: dict[str, tuple[str, str | None]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        body = line.split("#", 1)[0].strip()
        if not body or ":" not in body:
            continue
        code, _, rest = body.partition(":")
        code = code.strip()
        if not code.isdigit():
            continue
        cells = [c.strip() for c in rest.split(",")]
        plover = cells[0].upper()
        mode = cells[1] if len(cells) > 1 and cells[1] else None
        table.setdefault(code, (plover, mode))
    return table


def plover_for(code: str, crosswalk: dict[str, tuple[str, str | None]]
               ) -> tuple[str | None, str | None]:
    """PLOVER (type, mode) for a code: roots 01/02 by rule, else the nearest listed code."""
    if code.startswith("01"):
        return None, None  # public statements are not PLOVER events
    if code.startswith("02"):
        return "REQUEST", None  # appeals are PLOVER REQUEST (no mode)
    for n in range(len(code), 1, -1):
        if code[:n] in crosswalk:
            return crosswalk[code[:n]]
    raise SystemExit(f"code {code} has no PLOVER type in the crosswalk, nor any parent")


def build(reference: Path) -> list[tuple[str, ...]]:
    """The table rows (header first), in the order of the eventcodes file."""
    names = read_pairs(reference / "CAMEO.eventcodes.txt")
    goldstein = read_pairs(reference / "CAMEO.goldsteinscale.txt")
    crosswalk = read_crosswalk(reference / "CAMEO2PLOVER-2021.txt")
    if set(names) != set(goldstein):
        raise SystemExit(f"eventcodes and goldsteinscale differ: {set(names) ^ set(goldstein)}")
    rows: list[tuple[str, ...]] = [HEADER]
    for code, name in names.items():
        plover, mode = plover_for(code, crosswalk)
        rows.append((code, NAME_FIXES.get(code, name), str(float(goldstein[code])),
                     str(QUAD_BY_ROOT[code[:2]]), plover or "", mode or ""))
    unused = sorted(set(crosswalk) - set(names))
    if unused:
        print(f"note: crosswalk codes not in eventcodes (ignored): {unused}", file=sys.stderr)
    return rows


def render(rows: list[tuple[str, ...]]) -> str:
    return "".join("\t".join(r) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reference", type=Path, default=Path("/work/shared/reference"))
    ap.add_argument("--out", type=Path, default=TSV)
    ap.add_argument("--check", action="store_true", help="fail if the TSV is out of date")
    args = ap.parse_args(argv)
    text = render(build(args.reference))
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is out of date; rerun without --check", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date")
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10)) - 1} codes to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
