"""Combination products checked as their parts (Percocet, 碳酸钙D3, Combivent): names, rules, allergy, duplicates."""

from __future__ import annotations

import copy

import pytest

from carebridge.tools.knowledge import KnowledgeError
from carebridge.tools.medication.engine import check_medications, default_engine
from carebridge.tools.medication.knowledge import build_med_knowledge, read_raw

SERIOUS = {"major", "contraindicated"}


@pytest.fixture(scope="module")
def resolver():
    return default_engine().resolver


@pytest.mark.parametrize(("name", "parts"), [
    ("Percocet", ["oxycodone", "paracetamol"]),
    ("oxycodone/acetaminophen", ["oxycodone", "paracetamol"]),
    ("氨酚羟考酮片", ["oxycodone", "paracetamol"]),
    ("co-codamol 30/500 tablets", ["codeine", "paracetamol"]),
    ("Tylenol with Codeine", ["codeine", "paracetamol"]),
    ("Tramacet", ["tramadol", "paracetamol"]),
    ("Hyzaar", ["losartan", "hydrochlorothiazide"]),
    ("氯沙坦钾氢氯噻嗪片", ["losartan", "hydrochlorothiazide"]),
    ("Caduet", ["amlodipine", "atorvastatin"]),
    ("amlodipine/atorvastatin", ["amlodipine", "atorvastatin"]),
    ("Janumet", ["sitagliptin", "metformin"]),
    ("Combivent", ["ipratropium", "salbutamol"]),
    ("吸入用复方异丙托溴铵溶液", ["ipratropium", "salbutamol"]),   # 复方 kept: not ipratropium alone
    ("Fostair 100/6 NEXThaler", ["beclometasone", "formoterol"]),
    ("Stalevo", ["levodopa_carbidopa", "entacapone"]),
    ("碳酸钙D3片", ["calcium_carbonate", "colecalciferol"]),
    ("Adcal-D3", ["calcium_carbonate", "colecalciferol"]),
    ("Caltrate 600+D", ["calcium_carbonate", "colecalciferol"]),
])
def test_a_combination_product_resolves_to_its_parts(resolver, name: str, parts: list[str]) -> None:
    got = resolver.resolve_all(name)
    assert [r.drug_id for r in got] == parts and {r.match for r in got} == {"component"}
    assert all(r.input == name for r in got)


def test_a_single_brand_of_one_part_is_not_the_combination(resolver) -> None:
    assert [r.drug_id for r in resolver.resolve_all("Cozaar")] == ["losartan"]
    assert [r.drug_id for r in resolver.resolve_all("Caltrate")] == ["calcium_carbonate"]
    assert [r.drug_id for r in resolver.resolve_all("异丙托溴铵气雾剂")] == ["ipratropium"]


def test_each_part_meets_the_rules() -> None:
    out = check_medications(["Percocet", "alprazolam"])
    assert {x["id"] for x in out["interactions"] if x["severity"] in SERIOUS} == {"opioid_benzodiazepine"}
    out = check_medications(["Tramacet", "phenelzine"])
    assert any(x["severity"] == "contraindicated" and "tramadol" in x["drug_ids"] for x in out["interactions"])
    out = check_medications(["Hyzaar", "lithium"])
    assert {"lithium_thiazide", "lithium_raas"} <= {x["id"] for x in out["interactions"]}


def test_a_part_taken_twice_is_the_same_medicine_twice() -> None:
    out = check_medications(["Percocet", "paracetamol 1g qid"])
    same = [a for a in out["alerts"] if a["type"] == "duplicate_therapy" and a.get("same_drug")]
    assert [a["drugs"] for a in same] == [["paracetamol"]]


def test_an_allergy_to_a_combination_covers_its_parts() -> None:
    out = check_medications(["paracetamol"], allergies=["Percocet"])
    assert [(a["type"], a["severity"], a["drugs"]) for a in out["alerts"]] == [("allergy", "contraindicated", ["paracetamol"])]
    assert not check_medications(["ibuprofen"], allergies=["Percocet"])["alerts"]


def test_a_dose_after_a_combination_belongs_to_no_single_part() -> None:
    out = check_medications(["co-codamol 30/500 mg 2 tablets qid"])
    assert all(i["dose"] is None for d in out["drugs"] for i in d["inputs"])


@pytest.mark.parametrize(("where", "mutate", "message"), [
    ("interaction", lambda raw: raw["interactions"]["interactions"][0].update(b=["oxycodone_paracetamol"]), "checked as its parts"),
    ("class", lambda raw: raw["classes"]["classes"]["opioids"].update(members=["oxycodone_paracetamol"]), "checked as its parts"),
    ("part", lambda raw: _record(raw, "oxycodone_paracetamol").update(parts=["oxycodone", "unobtainium"]), "unobtainium"),
    ("nested", lambda raw: _record(raw, "codeine_paracetamol").update(parts=["codeine", "oxycodone_paracetamol"]),
     "itself a combination"),
])
def test_a_combination_is_named_by_its_parts_everywhere(where: str, mutate, message: str) -> None:
    raw = copy.deepcopy(read_raw())
    mutate(raw)
    with pytest.raises(KnowledgeError, match=message):
        build_med_knowledge(raw)


def test_a_level_4_atc_code_needs_parts() -> None:
    raw = copy.deepcopy(read_raw())
    _record(raw, "calcium_carbonate")["atc"] = ["A12AX"]
    with pytest.raises(KnowledgeError, match="level-4"):
        build_med_knowledge(raw)


def test_combinations_are_in_no_class_of_their_own() -> None:
    kb = default_engine().kb
    combos = {d.id for d in kb.drugs.values() if d.parts}
    assert combos and all(not kb.drug_classes[c] for c in combos)
    assert all(not (members & combos) for members in kb.class_members.values())


def _record(raw: dict, drug_id: str) -> dict:
    return next(d for d in raw["drugs"]["drugs"] if d["id"] == drug_id)
