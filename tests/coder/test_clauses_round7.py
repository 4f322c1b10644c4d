"""Clause semantics and dates, round 7: refused permissions, claims answered in a reduced
relative, and campaigns dated "since" their start.

Sentences are written for these tests (not taken from the gold set)."""

from __future__ import annotations

from eventwire import code_text

from .coding import coded, has_event, lacks_root


def _dated(text: str, published: str) -> list[tuple[str, str, str, str]]:
    return [(e.code, e.source, e.target, e.date)
            for e in code_text(text, published=published)]


# -- "refused to let X meet Y": the refusal is the refuser's, not X's ------------------------

def test_refused_to_let_an_envoy_meet_is_no_refusal_by_the_envoy() -> None:
    text = ("Belarus's government has refused to let a U.N. rapporteur visit the country or "
            "meet jailed opposition leader Maria Kolesnikova.")
    assert not any(s.startswith("IGOUNO") and c.startswith("12") for c, s, _ in coded(text))
    assert lacks_root(text, "04")


def test_refused_to_meet_stays_a_refusal() -> None:
    text = "Serbia's president refused on Tuesday to meet the Kosovo prime minister in Brussels."
    assert has_event(text, "12", "SRB", "XKX")


# -- "a claim denied by X": X denies, the claimant is the target, undated by the claim ------

def test_claim_denied_by_is_a_denial_by_the_agent() -> None:
    text = ("Rwanda said its soldiers had shot down a Congolese drone on Monday, a claim "
            "denied by Congolese officials.")
    events = _dated(text, "2023-05-10")
    denials = [e for e in events if e[0] == "016"]
    assert denials and all(s.startswith("COD") and t.startswith("RWA") for _, s, t, _ in denials)
    assert all(d == "2023-05-10" for *_, d in denials)  # not the day of the claimed act


# -- "since <year>": a campaign dated from its start, its participles are its parts ----------

def test_campaign_since_a_named_year_is_coded_from_its_start() -> None:
    text = ("Sudan's army has waged a campaign of mass atrocities in Darfur since the 2019 "
            "uprising, burning villages and killing civilians, a U.N. panel said on Tuesday.")
    events = _dated(text, "2023-05-10")
    assert ("200", "SDNMIL", "SDNCVL", "2019") in events
    assert not any(c.startswith("17") for c, *_ in events)  # the burning is the campaign's


def test_since_the_past_years_stays_durative() -> None:
    text = "Over the past ten years, Russia has forgiven African debts worth billions of dollars."
    assert lacks_root(text, "08")
    assert lacks_root(text, "07")


# -- a government's past order to its own organs is the act; an order to foreigners is not --

def test_order_to_own_ministries_to_suspend_contact_is_the_cut() -> None:
    text = ("Algeria's foreign minister on Tuesday instructed Algerian government ministries "
            "to suspend all contact with the French embassy in Algiers.")
    assert has_event(text, "16", "DZA", "FRA")
    assert lacks_root(text, "13")


def test_order_to_troops_to_seize_is_not_a_seizure() -> None:
    text = ("Turkey's defence minister said on Friday he had instructed the army to seize more "
            "territory in northern Syria.")
    assert not any(c.startswith("19") for c, _, _ in coded(text))


def test_planned_suspension_stays_an_intent() -> None:
    text = "Algeria will suspend all contact with the French embassy, its foreign minister said."
    assert not any(c == "161" for c, _, _ in coded(text))


# -- "hours after" / "days after" a clause: dated from the sentence's date ------------------

def test_hours_and_days_after_a_clause_are_dated_from_the_sentence() -> None:
    import datetime as dt

    from eventwire import dates

    anchor = dt.date(2023, 5, 10)
    hours = dates.find_dates("Kenya closed the border on Monday, hours after gunmen attacked "
                             "a post.", anchor, None)
    assert [(d.text, d.span.start.isoformat(), d.span.precision) for d in hours][-1] == (
        "hours after", "2023-05-08", "day")
    days = dates.find_dates("Chad closed the border on Monday, days after rebels attacked "
                            "a post.", anchor, None)
    assert [(d.text, d.span.precision) for d in days][-1] == ("days after", "month")
    assert dates.find_dates("The envoys talked for hours after the vote.", anchor, None) == []


# -- demands, shared modals and forced acts ------------------------------------------------

def test_insisted_that_a_singular_subject_act_is_a_demand() -> None:
    text = "Polish farmers insisted on Monday that Brussels abandon its trade talks with Ukraine."
    assert lacks_root(text, "16")


def test_demanded_act_joined_to_a_participle_is_still_demanded() -> None:
    text = ("Kenya's opposition demanded on Sunday that the government lift the curfew imposed "
            "last week and free all detained students.")
    assert lacks_root(text, "08")


def test_conjunct_shares_the_modal() -> None:
    text = ("Chad may suspend relations with Sudan or withdraw its ambassador from Khartoum, "
            "its president said on Friday.")
    assert not any(c == "161" for c, _, _ in coded(text))


def test_may_be_forced_to_is_no_intent_but_was_forced_to_is_done() -> None:
    assert lacks_root("The World Food Programme may be forced to pull out of Yemen, its chief "
                      "warned on Tuesday.", "03")
    assert has_event("Russia was forced to withdraw its troops from Kherson on Friday.",
                     "0874", "RUS", "UKR")


def test_attempt_is_no_threat() -> None:
    text = "Rioters in Dili tried to storm the parliament building on Wednesday."
    assert lacks_root(text, "13")


def test_proposal_nobody_makes_is_not_coded() -> None:
    text = ("A proposal to impose a curfew on migrants in Calais was debated by town "
            "councillors on Monday.")
    assert lacks_root(text, "13")
    assert lacks_root(text, "17")



def test_naming_another_as_responsible_is_no_admission() -> None:
    text = "Zelenskiy said on Friday that Putin was responsible for the strike on Dnipro."
    assert not any(c == "015" for c, _, _ in coded(text))
    assert has_event("The Islamic State said on Monday it was responsible for the bombing "
                     "in Kabul.", "015", "AFG", "AFG")
