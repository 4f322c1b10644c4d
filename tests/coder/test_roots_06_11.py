"""Roots 06-11 (material cooperation, aid, yield, investigate, demand, disapprove): rules of
patterns/06_07_cooperation_aid.jsonl, 08_09_10_yield_investigate_demand.jsonl and
11_disapprove.jsonl.

Sentences are written for these tests (not taken from the gold set)."""

from __future__ import annotations

import pytest

from .coding import coded, roots


def _events(text: str) -> set[tuple[str, str, str]]:
    return set(coded(text))


_roots = roots


CASES = [
    # 06 material cooperation
    ("Portugal and Angola on Monday set up a joint investment fund worth 200 million euros in "
     "Luanda.", ("061", "PRT", "AGO")),
    ("Indonesia began sharing satellite data with Malaysia on Monday.", ("064", "IDN", "MYS")),
    ("Ghanaian police handed a suspected drug smuggler over to Nigerian prosecutors on Friday.",
     ("063", "GHACOP", "NGAJUD")),
    ("A Lithuanian fraud suspect was extradited to Lithuania by Norway on Tuesday.",
     ("063", "NOR", "LTU")),
    ("Chad and Niger launched a joint operation against jihadists on Monday.",
     ("060", "TCD", "NER")),
    # 07 aid
    ("The European Union extended a 300 million euro ($330 million) loan to Moldova on "
     "Wednesday.", ("071", "IGOEUREEC", "MDA")),
    ("Kenya received a 200 million dollar loan from the World Bank on Monday.",
     ("071", "IGOUNODEVWBK", "KEN")),
    ("Canada sent 20 tonnes of medical supplies and tents to Turkey on Monday.",
     ("073", "CAN", "TUR")),
    ("Food and blankets were delivered to Syria by the World Food Programme on Tuesday.",
     ("073", "IGOUNOWFP", "SYR")),
    ("Germany delivered two air defence systems and ammunition to Ukraine on Thursday.",
     ("072", "DEU", "UKR")),
    ("Brazil granted asylum to a Bolivian opposition senator on Friday.",
     ("075", "BRA", "BOLLEG")),
    ("Rwanda deployed 500 troops to the Central African Republic on Friday to help protect the "
     "capital.", ("074", "RWA", "CAF")),
    # 08 yield
    ("Greece returned 30 looted statues to Italy on Tuesday.", ("0842", "GRC", "ITA")),
    ("Two Thai sailors were released by Somali pirates on Friday.", ("0841", "SOMCRM", "THA")),
    ("Iraq allowed UN weapons inspectors into a military site near Baghdad on Thursday.",
     ("0862", "IRQ", "IGOUNO")),
    ("India lifted its ban on rice exports to Bangladesh on Tuesday.", ("085", "IND", "BGD")),
    ("Egyptian authorities reopened the border crossing on Monday to let aid convoys into Sudan.",
     ("0863", "EGYGOV", "SDN")),
    ("Russian forces completed their withdrawal from the Ukrainian city of Izium on Friday.",
     ("0874", "RUSMIL", "UKR")),
    # 09 investigate
    ("South African prosecutors opened an investigation into Zambian officials on Monday.",
     ("090", "ZAFJUD", "ZMBGOV")),
    ("An inquiry into the conduct of Chilean police was opened by the UN human rights office on "
     "Tuesday.", ("090", "IGOUNOHRIHCH", "CHLCOP")),
    ("Indian investigators questioned a Chinese businessman on Wednesday over tax evasion.",
     ("091", "INDGOV", "CHNBUS")),
    # 10 demand
    ("Poland demanded on Monday that Belarus release a jailed Polish journalist.",
     ("1053", "POL", "BLR")),
    ("The release of two jailed Danish activists was demanded on Tuesday by Amnesty "
     "International.", ("1053", "NGOHRIAMN", "DNKCVL")),
    ("Jordan demanded an immediate halt to Israel's military operations in the West Bank.",
     ("107", "JOR", "ISRMIL")),
    ("Kenya demanded that Somali troops withdraw from the border town of Mandera.",
     ("106", "KEN", "SOMMIL")),
    ("Chile demanded that Bolivia explain the arrest of two Chilean soldiers.",
     ("101", "CHL", "BOL")),
    # 11 disapprove
    ("The United States said on Thursday that Islamabad had failed to act against militant "
     "groups.", ("112", "USA", "PAKGOV")),
    ("Turkey condemned Sweden on Monday over a Koran burning in Stockholm.",
     ("111", "TUR", "SWE")),
    ("Sweden was condemned by Turkey on Monday.", ("111", "TUR", "SWE")),
    ("Serbia was accused by Kosovo on Monday of stoking unrest in the north.",
     ("112", "XKX", "SRB")),
    ("Nigeria lodged a formal protest with Ghana on Friday over the treatment of Nigerian "
     "traders.", ("114", "NGA", "GHA")),
    ("Morocco summoned the Algerian ambassador on Thursday.", ("114", "MAR", "DZAGOV")),
    ("Ukraine sued Russia at the International Court of Justice on Monday.",
     ("115", "UKR", "RUS")),
    ("The Netherlands said it was deeply disappointed by Hungary's decision to block the bill.",
     ("110", "NLD", "HUN")),
    # round 2: further phrasings
    ("Vietnamese and Indian coast guard crews wrapped up three days of joint search-and-rescue "
     "drills on Friday.", ("062", "VNM", "IND")),
    ("Thai police handed over a suspected Australian fugitive to Australia on Monday.",
     ("063", "THACOP", "AUS")),
    ("Norwegian intelligence tipped off Danish police on Tuesday about a planned attack.",
     ("064", "NORSPY", "DNKCOP")),
    ("Qatar deposited $2 billion with Egypt's central bank on Monday.", ("071", "QAT", "EGYGOV")),
    ("The UN children's agency handed out blankets and food to Afghan refugees on Tuesday.",
     ("073", "IGOUNOKID", "AFGREF")),
    ("Cuba's government granted amnesty to 500 prisoners on Friday.", ("0841", "CUBGOV", "CUBCVL")),
    ("Chile will not lift sanctions on Venezuela, its foreign minister said on Monday.",
     ("1244", "CHL", "VEN")),
    ("Serbian troops left Kosovo on Friday.", ("0874", "SRBMIL", "XKX")),
    ("Kenyan magistrates placed a former governor under investigation on Monday.",
     ("091", "KENJUD", "KENELI")),
    ("Peruvian prosecutors summoned former President Pedro Castillo for questioning on Monday.",
     ("091", "PERJUD", "PERELI")),
    ("Bolivian police are looking into corruption allegations against a former minister.",
     ("090", "BOLCOP", "BOLELI")),
    ("Brazil insisted on Monday that Paraguayan troops leave the disputed area.",
     ("106", "BRA", "PRYMIL")),
    ("Greece voiced strong disapproval on Monday of Turkey's decision to convert the museum.",
     ("110", "GRC", "TUR")),
    ("The Czech president took aim at Russia on Friday over the cyberattacks.",
     ("111", "CZEGOV", "RUS")),
    ("Chile took Bolivia to the International Court of Justice on Monday.", ("115", "CHL", "BOL")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][0] + "-" + c[0][:30]
                                                           for c in CASES])
def test_codes(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(text)


NEGATIVE = [
    # speculation / consideration is not cooperation or aid
    ("Officials said Peru would consider closer trade ties with Chile.", "06"),
    ("Japan said it was considering aid to Sri Lanka.", "07"),
    # a politician flown somewhere is not an aid delivery
    ("Ecuador flew its foreign minister to Lima on Monday.", "07"),
    # releasing a statement is not releasing a person
    ("The statement was released by the ministry on Monday.", "08"),
    # a plan to examine figures is not an investigation
    ("Analysts said they would examine the budget figures next week.", "09"),
    # a demand made as the purpose of a protest is coded as the protest
    ("Thousands of students marched in Dhaka to demand lower fees.", "10"),
    ("Investors demanded higher yields on Italian bonds on Tuesday.", "10"),
    # habitual criticism and calling claims baseless (a denial) are not 11
    ("Human rights groups have long criticised Belarus over its treatment of prisoners.", "11"),
    ("Hungary denied the claims, calling them baseless.", "11"),
    # round 2: precision traps
    ("Rescue workers pulled three survivors from the rubble on Tuesday.", "08"),
    ("The firm withdrew its annual profit forecast on Wednesday.", "08"),
    ("Farmers blocked roads on Monday, stepping up protests against cheap imports.", "08"),
    ("Economists expect the IMF to approve a new loan for Egypt later this year.", "07"),
    ("Islamist gunmen fired on residents of the town on Wednesday.", "11"),
]


@pytest.mark.parametrize(("text", "root"), NEGATIVE, ids=[n[1] + "-" + n[0][:30]
                                                          for n in NEGATIVE])
def test_not_coded(text: str, root: str) -> None:
    assert root not in _roots(text)


# round 3: constructions that were missing on unseen text
ROUND3 = [
    ("Peruvian and Chilean soldiers launched a joint search for the missing fishermen on "
     "Monday.", ("060", "PERMIL", "CHLMIL")),
    ("The handover of a drug trafficking suspect by Panama to Colombia took place on "
     "Friday.", ("063", "PAN", "COL")),
    ("Doctors Without Borders opened a field hospital in Kharkiv on Monday.",
     ("073", "NGOHLHMSF", "UKR")),
    ("A Cuban dissident has been granted asylum in Spain.", ("075", "ESP", "CUBOPP")),
    ("Kenya's opposition on Sunday called off the protests planned for this week.",
     ("082", "KENOPP", "KENGOV")),
    ("Some 200 rebel fighters surrendered to Congolese troops on Tuesday.",
     ("0874", "CODREB", "CODMIL")),
    ("Armenia reopened its border crossing with Georgia on Friday.", ("081", "ARM", "GEO")),
    ("The U.N. Human Rights Council set up a commission of inquiry to investigate Russia's "
     "actions on Monday.", ("092", "IGOUNOHRI", "RUS")),
    ("Kyiv insisted on Monday that Moscow honour the grain deal.", ("100", "UKRGOV", "RUSGOV")),
    ("Germany voiced misgivings on Tuesday about Poland's new media law.",
     ("110", "DEU", "POL")),
    ("The court ruled on Tuesday that Turkey had violated the journalist's rights.",
     ("116", "JUD", "TUR")),
]


@pytest.mark.parametrize(("text", "expected"), ROUND3, ids=[c[0][:40] for c in ROUND3])
def test_round3_codes(text: str, expected: tuple[str, str, str]) -> None:
    got = _events(text)
    code, src, tgt = expected
    assert any(c[:2] == code[:2] and (s == src or s.endswith(src) or src.endswith(s))
               and (t == tgt or t.startswith(tgt) or tgt.startswith(t)) for c, s, t in got), got


ROUND3_NEGATIVE = [
    # what is demanded has not been done
    ("Serbia demanded on Monday that Kosovo free the detained officers.", "08"),
    # opening an investigation is not opening a crossing for aid
    ("Israel opened an investigation into the strike on an aid convoy on Tuesday.", "08"),
    # a petition handed over is not humanitarian aid
    ("Activists handed a petition on clean water to officials in Oslo on Monday.", "07"),
    # pulling products off shelves is not a troop withdrawal
    ("Supermarkets in Kuwait pulled French products off their shelves on Monday.", "08"),
    # calling something a violation of a truce is not declaring a truce
    ("Israel called the strike a violation of the truce.", "08"),
    # police raiding an activist's home is repression, not an investigation
    ("Police raided the home of an opposition activist in Minsk on Tuesday.", "09"),
]


@pytest.mark.parametrize(("text", "root"), ROUND3_NEGATIVE, ids=[n[1] + "-" + n[0][:30]
                                                                  for n in ROUND3_NEGATIVE])
def test_round3_not_coded(text: str, root: str) -> None:
    assert root not in _roots(text)
