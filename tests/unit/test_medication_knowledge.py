"""Medication knowledge integrity: sources, references, ATC codes, coverage of the ONC list."""

from __future__ import annotations

import copy
import re

import pytest

from carebridge.tools.knowledge import KnowledgeError
from carebridge.tools.medication.knowledge import build_med_knowledge, load_med_knowledge, read_raw
from carebridge.tools.medication.resolver import Resolver

ONC_PAIRS = {  # Phansalkar et al. JAMIA 2012: the 15 high-priority interactions, one drug of each side
    1: ("methylphenidate", "phenelzine"), 2: ("atazanavir", "omeprazole"), 3: ("febuxostat", "azathioprine"),
    4: ("sertraline", "phenelzine"), 5: ("irinotecan", "ketoconazole"), 6: ("pethidine", "selegiline"),
    7: ("amitriptyline", "tranylcypromine"), 8: ("amiodarone", "levofloxacin"), 9: ("ramelteon", "fluvoxamine"),
    10: ("rifampicin", "darunavir"), 11: ("simvastatin", "clarithromycin"), 12: ("ergotamine", "ritonavir"),
    13: ("tizanidine", "ciprofloxacin"), 14: ("tranylcypromine", "procarbazine"), 15: ("sumatriptan", "moclobemide"),
}


@pytest.fixture(scope="module")
def kb():
    return load_med_knowledge()


def test_at_least_300_drugs_each_with_atc_chinese_name_and_sources(kb) -> None:
    assert len(kb.drugs) >= 300
    for d in kb.drugs.values():
        # The Chinese name comes from CADN, or for a herbal medicine from the Chinese Pharmacopoeia.
        assert d.sources and "who-atc" in d.sources and ({"cadn", "chp-2020"} & set(d.sources)), d.id
        # A full (level-5) code; only a combination checked as its parts may carry a level-4 group (A12AX).
        level = r"[A-Z]\d{2}[A-Z]{2}(?:\d{2})?" if d.parts else r"[A-Z]\d{2}[A-Z]{2}\d{2}"
        assert all(re.fullmatch(level, c) for c in d.atc), d.id
        assert re.search(r"[\u4e00-\u9fff]", d.zh), d.id


def test_every_record_cites_a_known_source(kb) -> None:
    cited = [s for d in kb.drugs.values() for s in d.sources]
    cited += [s for c in kb.classes.values() for s in c.sources]
    cited += [s for r in kb.interactions for s in r.sources]
    cited += [s for r in (*kb.renal, *kb.pregnancy, *kb.lactation) for s in r.sources]
    cited += [s for r in kb.max_daily_dose.values() for s in r.sources]
    assert set(cited) <= set(kb.sources)


@pytest.mark.parametrize(("section", "path"), [
    ("drugs", ("drugs", 0)), ("interactions", ("interactions", 0)), ("classes", ("classes", "ppi")),
    ("patient", ("renal", 0)), ("patient", ("max_daily_dose", 0)), ("patient", ("pregnancy", 0)),
])
def test_a_record_that_loses_its_source_is_rejected(section: str, path: tuple) -> None:
    raw = copy.deepcopy(read_raw())
    record = raw[section][path[0]][path[1]]
    record["sources"] = []
    with pytest.raises(KnowledgeError):
        build_med_knowledge(raw)
    del record["sources"]
    with pytest.raises(KnowledgeError):
        build_med_knowledge(raw)


def test_unknown_source_drug_class_and_bad_atc_are_named() -> None:
    raw = copy.deepcopy(read_raw())
    raw["interactions"]["interactions"][0]["sources"] = ["made-up-source"]
    raw["interactions"]["interactions"][1]["b"] = ["no_such_drug"]
    raw["patient"]["renal"][0]["drug"] = "unobtainium"
    with pytest.raises(KnowledgeError) as info:
        build_med_knowledge(raw)
    message = str(info.value)
    assert "made-up-source" in message and "no_such_drug" in message and "unobtainium" in message
    raw = copy.deepcopy(read_raw())
    raw["drugs"]["drugs"][0]["atc"] = ["A2BC1"]
    with pytest.raises(KnowledgeError, match="ATC"):
        build_med_knowledge(raw)


def test_brands_need_the_brand_source() -> None:
    raw = copy.deepcopy(read_raw())
    rec = next(d for d in raw["drugs"]["drugs"] if d.get("brands"))
    rec["sources"] = ["who-atc", "cadn"]
    with pytest.raises(KnowledgeError, match="brand"):
        build_med_knowledge(raw)


def test_one_name_for_two_drugs_is_rejected(kb) -> None:
    raw = copy.deepcopy(read_raw())
    raw["drugs"]["drugs"][1].setdefault("brands", []).append("Losec")  # omeprazole's brand on another drug
    with pytest.raises(KnowledgeError, match="two drugs"):
        Resolver(build_med_knowledge(raw))


def test_all_15_onc_pairs_are_covered(kb) -> None:
    numbers = {r.onc for r in kb.interactions if r.onc}
    assert numbers == set(range(1, 16))
    for n, (a, b) in ONC_PAIRS.items():
        rules = [r for r in kb.interactions if r.onc == n]
        assert any((a in kb.expand(r.a) and b in kb.expand(r.b)) or (b in kb.expand(r.a) and a in kb.expand(r.b))
                   for r in rules), n


def test_interaction_rules_use_the_four_severities_and_have_both_languages(kb) -> None:
    assert {r.severity for r in kb.interactions} == {"contraindicated", "major", "moderate", "minor"}
    for r in kb.interactions:
        assert r.mechanism.en and r.mechanism.zh and r.management.en and r.management.zh
        assert re.search(r"[\u4e00-\u9fff]", r.management.zh), r.id
