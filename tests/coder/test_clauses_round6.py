"""Clause semantics, round 6: which trigger words report an event that happened (claims,
references, durative spans, negation a rule asks for itself).

Sentences are written for these tests (not taken from the gold set)."""

from __future__ import annotations

from .coding import coded, has_event, lacks_root

# -- accusations and claims: the accusation is coded, the alleged act is not ----------------

def test_charged_that_is_an_accusation_not_the_act() -> None:
    text = ("Amnesty International charged on Tuesday that Egyptian police had beaten "
            "detained students in Alexandria.")
    assert has_event(text, "112", "NGOHRIAMN", "EGYCOP")
    assert lacks_root(text, "17")
    assert lacks_root(text, "18")


def test_charged_with_keeps_the_charge_only() -> None:
    text = "Kenyan prosecutors on Tuesday charged two police officers with killing a student."
    assert lacks_root(text, "18")
    assert lacks_root(text, "20")


def test_report_that_parsed_as_relative_clause_is_a_claim() -> None:
    text = ("The Ugandan army on Monday rejected an Amnesty report that its soldiers had "
            "tortured detained opposition supporters in Gulu.")
    assert has_event(text, "016", "UGAMIL", "NGOHRIAMN")
    assert lacks_root(text, "18")


def test_evidence_that_asserts_the_act() -> None:
    text = ("Ukrainian investigators said on Tuesday they had found evidence that Russian "
            "soldiers tortured civilians with electric shocks in a basement in Kherson.")
    assert has_event(text, "182", "RUSMIL", "UKR")


# -- "before" clauses: a past clause of its own tells what happened next -------------------

def test_before_past_clause_is_an_event() -> None:
    text = ("Hundreds of teachers marched in Harare on Tuesday before riot police dispersed "
            "them with tear gas.")
    assert has_event(text, "175", "ZWECOP", "ZWE")


def test_before_present_clause_is_a_time_reference() -> None:
    text = ("Tehran said on Tuesday that Washington must lift sanctions before Iran returns "
            "to the nuclear deal.")
    assert not any(c.startswith("04") for c, _, _ in coded(text))


def test_before_gerund_stays_a_time_reference() -> None:
    text = "Kenyan police dispersed the protesters in Nairobi on Tuesday before leaving."
    assert has_event(text, "175", "KENCOP", "KEN")


# -- durative spans: years sum up many acts, a past week or month is news --------------------

def test_past_month_is_not_durative() -> None:
    text = ("Pakistan has forced more than 100,000 Afghans back across the border in the past "
            "month, the U.N. refugee agency said on Tuesday.")
    assert has_event(text, "201", "PAK", "AFG")


def test_past_week_is_not_durative() -> None:
    text = ("Kenyan police have arrested more than 300 opposition supporters in Nairobi over "
            "the past week.")
    assert has_event(text, "173", "KENCOP", "KEN")


def test_past_years_are_durative() -> None:
    assert lacks_root("Pakistan has forced more than 100,000 Afghans back across the border "
                      "over the past ten years, the U.N. refugee agency said on Tuesday.", "20")
    assert lacks_root("Kenyan police have arrested more than 3,000 opposition supporters over "
                      "the past decade.", "17")


# -- negation a rule names itself ---------------------------------------------------------

def test_no_intention_rule_codes_its_own_negation() -> None:
    text = ("Poland said on Monday it had no intention of paying the fine imposed by the "
            "European Court of Justice.")
    assert has_event(text, "128", "POL", "IGOEURJUDECJ")


def test_refusal_rules_keep_their_refusal_code() -> None:
    assert has_event("Italy will not approve any arms exports to Egypt, the prime minister said "
                     "on Tuesday.", "1622", "ITA", "EGY")
    assert lacks_root("M23 rebels did not withdraw from the Congolese town of Rutshuru over the "
                      "weekend, residents said.", "12")


# -- purpose clauses: a body set up to act is the act; other purposes are not ---------------

def test_voted_to_launch_an_inquiry_is_the_inquiry() -> None:
    text = ("The UN Human Rights Council voted on Thursday to launch an independent "
            "investigation into Belarus's violent crackdown on protesters.")
    assert has_event(text, "09", "IGOUNOHRI", "BLR")


def test_topic_of_an_inquiry_is_not_launched() -> None:
    # "launch an investigation into the crackdown": the crackdown is not what is launched
    text = ("The UN Human Rights Council voted on Thursday to launch an independent "
            "investigation into Belarus's violent crackdown on protesters.")
    assert lacks_root(text, "17")


def test_plain_purpose_stays_a_purpose() -> None:
    assert lacks_root("Ugandan police rushed to Gulu on Monday to disperse the protesters.", "17")


def test_future_instituting_is_not_done() -> None:
    text = "The Chilean government will send a team to investigate the clashes in Bolivia."
    assert not any(c.startswith("09") for c, _, _ in coded(text))


# -- what a claim noun's clause says vs what happened to the claim ----------------------------

def test_denied_charge_does_not_hide_the_accusation() -> None:
    text = "Uganda's government has blamed the opposition for the riots, a charge the NUP denies."
    assert has_event(text, "112", "UGAGOV", "UGAOPP")


def test_claim_content_stays_a_claim() -> None:
    text = ("Claims that Ugandan troops had shelled Congolese villages were dismissed by "
            "Kampala on Tuesday.")
    assert has_event(text, "016", "UGAGOV", "COD")
    assert lacks_root(text, "19")


# -- "after" clauses: days after is news, years after is history -----------------------------

def test_years_after_is_history() -> None:
    assert lacks_root("Belgium returned a gold mask to Congo on Tuesday, more than a century "
                      "after colonial soldiers looted it.", "17")
    assert lacks_root("Belgium returned a gold mask to Congo on Tuesday, 60 years after "
                      "colonial soldiers looted it.", "17")


def test_days_after_is_news() -> None:
    text = ("Kenyan troops entered the town on Tuesday, two days after Al-Shabaab gunmen "
            "stormed a police station there.")
    assert has_event(text, "17", "SOMREB", "KEN")


# -- speculation: a third party's "could" is nobody's intent ---------------------------------

def test_analysts_could_is_speculation() -> None:
    assert coded("Analysts say Nairobi could impose a curfew if the protests spread.") == []
    assert coded("If the truce collapses, the Sudanese army could launch a fresh offensive on "
                 "Khartoum, a security analyst told reporters.") == []


def test_belief_is_speculation() -> None:
    assert coded("Some observers believe Ankara may eventually recognise Kosovo as a state.") == []


def test_own_could_is_intent() -> None:
    assert has_event("Kenya's president said Nairobi could impose a curfew if the protests "
                     "spread.", "13", "KENGOV", "KEN")
    assert has_event("The Kenyan foreign minister is expected to visit Ethiopia next week.",
                     "036", "KENGOV", "ETH")


# -- conditions, negated plans and intents hidden in conjuncts and gerunds --------------------

def test_condition_embeds_the_trigger() -> None:
    text = ("Kenya's government warned the Al-Shabaab militants on Friday that it would "
            "suspend talks if the militants kept attacking soldiers.")
    assert coded(text) == [("134", "KENGOV", "SOMREB")]


def test_no_plans_to_is_negated() -> None:
    assert coded("Officials in Nairobi said on Wednesday they had no plans to reimpose a "
                 "nationwide curfew.") == []


def test_conjoined_infinitive_is_an_offer_not_a_deployment() -> None:
    text = ("Rwanda has offered to host the talks and to deploy 500 police officers to "
            "Mozambique, its foreign minister said on Saturday.")
    assert lacks_root(text, "07")
    assert lacks_root(text, "15")


def test_committed_to_gerund_is_intent() -> None:
    text = ("Under the deal signed in Doha, Washington committed to withdrawing all its troops "
            "from Iraq within a year.")
    assert has_event(text, "0356", "USAGOV", "IRQ")
    assert lacks_root(text, "08")


def test_open_to_gerund_is_intent() -> None:
    text = "The Kremlin said on Thursday it was open to freeing a detained French journalist."
    assert lacks_root(text, "08")


# -- obligations: what one is told one must do is the speaker's demand --------------------

def test_must_is_a_demand_not_an_intent() -> None:
    text = ("Algeria told Paris it must publicly back its position on Western Sahara, the "
            "foreign ministry said on Monday.")
    assert coded(text) == [("100", "DZA", "FRAGOV")]


def test_have_to_is_not_an_intent() -> None:
    assert lacks_root("U.N. peacekeepers would have to leave Mali by the end of the year, the "
                      "junta said on Tuesday.", "03")


def test_plural_subjunctive_after_demand_is_demanded() -> None:
    text = ("The UN envoy demanded on Monday that Sudanese authorities allow aid agencies "
            "unhindered access to Darfur.")
    assert coded(text) == [("100", "IGOUNO", "SDNGOV")]


# -- causatives: what one was prompted to do was done, by the one prompted ----------------------

def test_prompted_to_is_done_by_the_object() -> None:
    text = ("Slovenia recognised the State of Palestine on Tuesday, prompting Israel to summon "
            "the Slovenian ambassador.")
    assert has_event(text, "114", "ISR", "SVN")


def test_may_be_prompted_stays_hypothetical() -> None:
    assert lacks_root("Israel may be prompted to summon the Slovenian ambassador.", "11")
