"""The packaged CAMEO table: complete, with the right QuadClass, Goldstein and PLOVER columns."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from eventwire import cameo

REFERENCE = Path(__file__).parents[2] / "shared" / "reference"
SCRIPT = Path(__file__).parents[1] / "scripts" / "build_cameo_table.py"
PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}


@pytest.fixture
def reference() -> Path:
    if not (REFERENCE / "CAMEO.eventcodes.txt").exists():
        pytest.skip(f"reference files not found at {REFERENCE} (they live outside the repo)")
    return REFERENCE


def test_every_reference_code_is_in_the_table_with_its_name(reference: Path) -> None:
    lines = (reference / "CAMEO.eventcodes.txt").read_text(encoding="utf-8").splitlines()[1:]
    ref = dict(line.split("\t", 1) for line in lines if line.strip())
    assert set(ref) == set(cameo.codes())
    for code, name in ref.items():
        if code != "044":
            assert cameo.lookup(code).name == name.strip()


def test_packaged_table_is_what_the_generator_builds(reference: Path, tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("build_cameo_table", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--reference", str(reference), "--check"]) == 0


@pytest.mark.parametrize(("code", "plover", "mode", "quad", "goldstein"), [
    ("042", "CONSULT", "visit", 1, 1.9),
    ("041", "CONSULT", "phone", 1, 1.0),
    ("071", "AID", None, 2, 7.4),
    ("190", "ASSAULT", None, 4, -10.0),
    ("0841", "RETREAT", "release", 2, 7.0),
    ("112", "ACCUSE", "disapprove", 3, -2.0),
    # listed in the crosswalk under another root's heading: the code's own line counts
    ("191", "COERCE", "restrict", 4, -9.5),
    ("1712", "ASSAULT", "seize", 4, -9.2),
    ("0813", "RETREAT", None, 2, 5.0),
])
def test_known_codes(code: str, plover: str, mode: str | None, quad: int,
                     goldstein: float) -> None:
    c = cameo.lookup(code)
    assert (c.code, c.plover, c.plover_mode, c.quad_class, c.goldstein) == (
        code, plover, mode, quad, goldstein)


def test_044_name_is_repaired() -> None:
    assert cameo.lookup("044").name == "Meet at third location"


def test_appeals_are_request_and_statements_have_no_plover_type() -> None:
    appeals = [c for code, c in cameo.codes().items() if code.startswith("02")]
    statements = [c for code, c in cameo.codes().items() if code.startswith("01")]
    assert len(appeals) > 10 and {c.plover for c in appeals} == {"REQUEST"}
    assert {"017", "01", "010"} <= {c.code for c in statements}
    assert {(c.plover, c.plover_mode) for c in statements} == {(None, None)}


def test_every_other_code_has_a_plover_type_of_the_sixteen() -> None:
    typed = {c.plover for code, c in cameo.codes().items() if not code.startswith("01")}
    assert None not in typed and typed <= PLOVER_TYPES


@pytest.mark.parametrize(("roots", "quad"), [
    (range(1, 6), 1), (range(6, 9), 2), (range(9, 14), 3), (range(14, 21), 4)])
def test_quad_class_follows_the_root(roots: range, quad: int) -> None:
    wanted = {f"{r:02d}" for r in roots}
    found = {c.quad_class for code, c in cameo.codes().items() if code[:2] in wanted}
    assert found == {quad}


def test_goldstein_is_on_the_scale() -> None:
    assert all(-10.0 <= c.goldstein <= 10.0 for c in cameo.codes().values())


def test_unknown_code_raises_keyerror_naming_it() -> None:
    with pytest.raises(KeyError, match="'999'"):
        cameo.lookup("999")
    with pytest.raises(KeyError):
        cameo.lookup("42")  # leading zero matters


def test_root() -> None:
    assert cameo.root("0421") == "04"
    assert cameo.root("190") == "19"
    with pytest.raises(ValueError):
        cameo.root("x")
