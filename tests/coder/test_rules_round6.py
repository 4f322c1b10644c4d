"""Round 6 rule selection and codes: sentences written for these tests."""

from __future__ import annotations

from .coding import coded


def test_joint_meeting_implies_no_visit() -> None:
    """Both sides named together ("signed by X and Y", "talks between X and Y", "X and Y
    officials met") do not say who travelled: no visit (042) is inferred from the place."""
    for text in (
        "A trade agreement was signed by Chile and Peru in Lima on Monday.",
        "Talks between Bolivia and Paraguay resumed in Asuncion on Tuesday.",
        "Chilean and Argentine officials met their Peruvian counterparts in Lima on Monday.",
        "Officials from Japan and Vietnam held security talks in Hanoi on Monday.",
    ):
        assert not any(c == "042" for c, _, _ in coded(text)), text


def test_one_sided_meeting_abroad_is_a_visit() -> None:
    """"X met Y in Y's capital": X made a visit, besides the meeting."""
    events = coded("Peruvian President Dina Boluarte met Chilean President Gabriel Boric in "
                   "Santiago on Monday.")
    assert ("040", "PERGOV", "CHLGOV") in events
    assert ("042", "PERGOV", "CHL") in events
