"""Roots 12-16 (reject, threaten, protest, force posture, reduce relations): own sentences."""

from __future__ import annotations

import pytest

from eventwire import code_text

from .coding import PUB, has_event, lacks_root
from .coding import coded as _codes

_has = has_event
_no_root = lacks_root


@pytest.mark.parametrize("text,root,source,target", [
    # 12 reject
    ("Kenya on Tuesday rejected a Somali proposal for talks on the maritime border.",
     "125", "KEN", "SOM"),
    ("Peru's government turned down a request from Bolivia for emergency fuel supplies on Monday.",
     "122", "PERGOV", "BOL"),
    ("A request from Bolivia for emergency fuel supplies was turned down by Peru on Monday.",
     "122", "PER", "BOL"),
    ("Serbia on Monday declined an invitation to join the European Union's energy platform.",
     "121", "SRB", "IGOEUR"),
    ("China vetoed Japan's draft resolution on Myanmar on Monday.", "129", "CHN", "JPN"),
    # 13 threaten
    ("Ghana threatened on Monday to impose sanctions on Togo.", "1312", "GHA", "TGO"),
    ("Chile threatened on Monday to cut off aid to Bolivia.", "1311", "CHL", "BOL"),
    ("Sudan's government threatened on Tuesday to expel the U.N. mission.", "136", "SDNGOV",
     "IGOUNO"),
    ("Egypt warned on Monday that it would cut diplomatic ties with Ethiopia.", "1313", "EGY",
     "ETH"),
    # 14 protest
    ("Thousands of protesters marched in Nairobi on Monday against new taxes.", "14", "KEN", "KEN"),
    ("French farmers blocked motorways around Lyon and Paris on Tuesday.", "144", "FRAAGR", "FRA"),
    ("Nurses in Kenya went on strike on Monday over unpaid wages.", "143", "KEN", "KEN"),
    ("An activist in Egypt began a hunger strike on Monday.", "142", "EGY", "EGY"),
    # 15 force posture
    ("Russia has massed troops near its border with Finland.", "154", "RUS", "FIN"),
    ("Pakistan's armed forces were placed on high alert on Monday after threats from India.",
     "152", "PAKMIL", "IND"),
    ("China held naval drills near Taiwan on Monday.", "150", "CHN", "TWN"),
    # 16 reduce relations
    ("Bolivia severed diplomatic relations with Israel on Tuesday.", "161", "BOL", "ISR"),
    ("Two Russian diplomats were expelled by Latvia on Monday.", "166", "LVA", "RUS"),
    ("Latvia on Monday ordered two Russian diplomats to leave the country.", "166", "LVA", "RUS"),
    ("Germany suspended development aid to Niger on Monday.", "162", "DEU", "NER"),
    ("Japan banned seafood imports from China on Monday.", "163", "JPN", "CHN"),
    # round 2: refusals by negation, idioms, nouns
    ("Mexico said on Monday it would not accept a U.S. plan to end the dispute.", "127", "MEX", "USA"),
    ("Belarus will never hand over the detained Lithuanian activists, officials said on Monday.",
     "1243", "BLR", "LTU"),
    ("Peru on Monday said no to Chile's call for talks on fishing rights.", "125", "PER", "CHL"),
    ("Turkey said it would not comply with a ruling by the European Court of Human Rights.", "128",
     "TUR", "IGO"),
    # round 2: threats
    ("Iran issued a stern warning to Azerbaijan on Monday.", "130", "IRN", "AZE"),
    ("Russia on Monday promised a military response to Sweden's decision to host NATO troops.",
     "138", "RUS", "SWE"),
    ("Turkey's president said on Monday he would not hesitate to strike Kurdish militants in Iraq.",
     "138", "TURGOV", "IRQ"),
    # round 2: protest, force posture, reduce relations
    ("Thousands of teachers in Kenya took part in rallies on Monday over unpaid wages.", "141", "KEN", "KEN"),
    ("Farmers in Spain set up roadblocks on major roads on Monday.", "144", "ESP", "ESP"),
    ("Dock workers in Chile downed tools on Monday over pay.", "143", "CHL", "CHL"),
    ("South Korean jets flew near the border on Monday in a show of force against North Korea.",
     "150", "KOR", "PRK"),
    ("Armenia declared a general mobilisation on Monday after clashes with Azerbaijan.", "154", "ARM",
     "AZE"),
    ("Peru announced on Monday the severance of diplomatic relations with Mexico.", "161", "PER", "MEX"),
    ("Fresh sanctions were imposed on Iran by Canada on Monday.", "163", "CAN", "IRN"),
    ("Mali ordered the expulsion of two Algerian diplomats on Monday.", "166", "MLI", "DZA"),
    ("Germany suspended deliveries of weapons to Turkey on Monday.", "1622", "DEU", "TUR"),
])
def test_coded(text: str, root: str, source: str, target: str) -> None:
    assert _has(text, root, source, target), _codes(text)


@pytest.mark.parametrize("text,root", [
    ("Nigeria's army dismissed the commander of its northern division on Monday.", "12"),
    ("Argentina did not reject the proposal, officials said.", "12"),
    ("The IMF warned on Monday that Ghana's economic outlook remained difficult.", "13"),
    ("Officials in Peru said protests have become a regular feature of politics.", "14"),
    ("Poland did not deploy troops to the border, a spokesman said.", "15"),
    ("Germany has not expelled any Russian diplomats, a spokesman said on Friday.", "16"),
    ("Chile threatened on Monday to cut off or reduce aid to Bolivia.", "16"),
    ("Mexico did not accept the plan until Monday, officials said.", "12"),
    ("The minister declined to discuss reports of a cabinet reshuffle on Monday.", "12"),
    ("The weather service issued a flood warning for northern Chile on Monday.", "13"),
    ("Thousands of pilgrims gathered in Mecca on Monday for the annual hajj.", "14"),
    ("Russia has held a military parade on Red Square every year since 1995.", "15"),
    ("Talks between Peru and Chile ended on Monday without agreement.", "16"),
])
def test_not_coded(text: str, root: str) -> None:
    assert _no_root(text, root), _codes(text)


def test_threat_dated_when_made() -> None:
    ev = [e for e in code_text("Ghana threatened on Monday to impose sanctions on Togo.",
                               published=PUB) if e.code.startswith("13")]
    assert ev and ev[0].date == "2023-05-08"


# round 3: generalised phrasings (own sentences)
@pytest.mark.parametrize("text,root,source,target", [
    ("Bolivia's president on Monday brushed aside the IMF's demand for spending cuts.", "12",
     "BOLGOV", "IGO"),
    ("Peru's parliament voted down the trade agreement with Ecuador on Monday.", "12", "PER", "ECU"),
    ("Poland's president vetoed a bill on media ownership on Monday.", "12", "POLGOV", "POLLEG"),
    ("Myanmar has barred UN investigators from visiting Rakhine state, officials said on Monday.",
     "12", "MMR", "IGOUNO"),
    ("China will take resolute countermeasures if Lithuania continues its provocations, Beijing "
     "said on Monday.", "13", "CHN", "LTU"),
    ("Iran vowed on Monday to close the Strait of Hormuz to ships linked to the United States.",
     "13", "IRN", "USA"),
    ("Hungary threatened on Monday to take the European Commission to court over the frozen funds.",
     "13", "HUN", "IGOEUR"),
    ("More than 500 people joined a march organised by Amnesty International in Lima on Sunday.",
     "14", "PER", "PER"),
    ("Chinese warplanes crossed the median line of the Taiwan Strait on Monday.", "15", "CHN", "TWN"),
    ("North Korean jets harassed a South Korean patrol vessel on Monday.", "15", "PRK", "KOR"),
    ("China launched three days of drills around Taiwan on Monday.", "15", "CHN", "TWN"),
    ("Serbia has frozen its participation in the Collective Security Treaty Organization, the "
     "minister said on Monday.", "16", "SRB", "IGO"),
    ("The United States held up a shipment of missiles to Saudi Arabia on Monday.", "16", "USA",
     "SAU"),
    ("The European Union adopted a new package of sanctions against Belarus on Monday.", "16",
     "IGOEUR", "BLR"),
    ("The UN Security Council voted on Monday to end its peacekeeping mission in South Sudan.", "16",
     "IGOUNO", "SSD"),
])
def test_coded_round3(text: str, root: str, source: str, target: str) -> None:
    assert _has(text, root, source, target), _codes(text)


@pytest.mark.parametrize("text,root", [
    ("Shares in Seoul rallied on Monday as exporters gained on a weaker won.", "14"),
    ("A Chinese surveillance plane entered Japanese airspace on Monday.", "15"),
    ("Economists said Beijing might retaliate if Washington raises tariffs.", "13"),
    ("The minister set aside funds for flood relief on Monday.", "12"),
])
def test_not_coded_round3(text: str, root: str) -> None:
    assert _no_root(text, root), _codes(text)


@pytest.mark.parametrize("text,root,source,target", [
    ("The EU gave Serbia until June to align its visa policy.", "13", "IGOEUR", "SRB"),
    ("Russia slashed gas supplies to Germany on Monday.", "16", "RUS", "DEU"),
    ("The United States will maintain sanctions on Cuba, the State Department said on Monday.",
     "12", "USA", "CUB"),
    ("Egypt announced on Monday the termination of its gas agreement with Israel.", "16", "EGY",
     "ISR"),
])
def test_coded_round3_vocabulary(text: str, root: str, source: str, target: str) -> None:
    assert _has(text, root, source, target), _codes(text)
