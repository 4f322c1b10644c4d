"""Round-4 generalisation tests for roots 01, 05 and 14 (sentences written for these tests)."""

from .coding import coded as _codes


def _has(text, code, source, target):
    evs = _codes(text)
    assert any(c == code and s == source and t == target for c, s, t in evs), evs


def test_013_sounded_upbeat_adverb():
    _has("Ghana's foreign minister sounded upbeat on Monday about the chances of reviving talks with Togo.",
         "013", "GHAGOV", "TGO")


def test_015_admitted_that_past_perfect():
    _has("The Indonesian navy admitted on Tuesday that one of its ships had strayed into Malaysian waters.",
         "015", "IDNMIL", "MYS")


def test_015_admit_that_future_is_not_admission():
    evs = _codes("Chile's government admitted on Tuesday that it will need more time to finish the review.")
    assert not any(c == "015" for c, _, _ in evs), evs


def test_016_dismissed_as_claims():
    _has("Officials in Baku dismissed as \"fabrications\" claims that Azerbaijani troops had shelled villages in Armenia.",
         "016", "AZEGOV", "ARM")


def test_016_denied_that():
    _has("The Israeli military denied on Sunday that its troops had fired on Lebanese journalists.",
         "016", "ISRMIL", "LBNMED")


def test_011_no_comment_noun():
    _has("There was no immediate comment from Sudan's foreign ministry on the Ugandan statement.",
         "011", "SDNGOV", "UGA")


def test_014_reviewing_whether_to():
    _has("The Canadian government is reviewing whether to ban Russian-made drones, officials said on Monday.",
         "014", "CANGOV", "RUS")


def test_052_spoke_out_in_support():
    _has("Turkey's foreign ministry spoke out in support of Azerbaijan on Tuesday.", "052", "TURGOV", "AZE")


def test_141_sit_in_staged():
    evs = _codes("Opposition supporters staged a sit-in outside the electoral commission in Lusaka on Monday.")
    assert any(c.startswith("14") and s.startswith("ZMB") and t.startswith("ZMB") for c, s, t in evs), evs


def test_141_rally_drew_crowds():
    _has("A rally against corruption drew thousands of Romanians to Bucharest's main square on Sunday.",
         "141", "ROUCVL", "ROUGOV")


def test_141_protests_were_held_passive():
    _has("Protests were held in several Iraqi cities on Friday over power cuts.", "141", "IRQCVL", "IRQGOV")


def test_141_rallied_in_place_against_not_113():
    evs = _codes("Tens of thousands of Serbians rallied in Belgrade on Saturday against the government's mining plans.")
    assert ("141", "SRBCVL", "SRBGOV") in evs, evs
    assert not any(c == "113" for c, _, _ in evs), evs


def test_14_negative_market_rally():
    evs = _codes("Shares rallied in Tokyo on Monday against a backdrop of strong earnings.")
    assert not any(c.startswith("14") for c, _, _ in evs), evs


def test_051_heaped_praise_on():
    _has("Italy's prime minister heaped praise on Albania on Thursday for its help with migration.",
         "051", "ITAGOV", "ALB")


def test_051_heaped_praise_negative_no_actor():
    evs = _codes("Critics heaped praise on the new film.")
    assert not any(c.startswith("05") for c, _, _ in evs), evs


def test_057_put_pen_to_paper():
    evs = _codes("Ghana and Togo put pen to paper on a border accord in Accra on Friday.")
    assert any(c == "057" and {s, t} == {"GHA", "TGO"} for c, s, t in evs), evs


def test_054_extended_recognition():
    _has("Peru extended diplomatic recognition to the new government in Bolivia.", "054", "PER", "BOL")
