"""The medication check: interaction families, patient checks, ordering and bad input."""

from __future__ import annotations

import pytest

from carebridge.tools.medication.engine import MAX_DRUGS, MedInputError, check_medications, default_engine
from carebridge.tools.medication.fhir import detected_issues
from carebridge.tools.medication.knowledge import severity_rank

CONTRACT = {"drugs", "unknown", "interactions", "alerts", "label", "summary", "advice", "not_checked", "sources"}


def rules(result: dict) -> dict[str, str]:
    return {x["id"]: x["severity"] for x in result["interactions"]}


@pytest.mark.parametrize(("drugs", "rule", "severity"), [
    # ONC list
    (["simvastatin", "clarithromycin"], "simva_lova_cyp3a4", "contraindicated"),
    (["lovastatin", "itraconazole"], "simva_lova_cyp3a4", "contraindicated"),
    (["sertraline", "phenelzine"], "serotonergic_maoi", "contraindicated"),
    (["amiodarone", "levofloxacin"], "qt_qt", "major"),
    (["atazanavir", "omeprazole"], "atazanavir_ppi", "major"),
    (["tizanidine", "ciprofloxacin"], "tizanidine_cyp1a2", "contraindicated"),
    (["febuxostat", "azathioprine"], "febuxostat_thiopurines", "contraindicated"),
    (["sumatriptan", "moclobemide"], "triptan_maoi", "contraindicated"),
    (["ergotamine", "ritonavir"], "ergot_cyp3a4", "contraindicated"),
    # anticoagulants and antiplatelets
    (["warfarin", "ibuprofen"], "anticoagulant_nsaid", "major"),
    (["rivaroxaban", "aspirin"], "anticoagulant_antiplatelet", "major"),
    (["warfarin", "amiodarone"], "warfarin_amiodarone", "major"),
    (["warfarin", "fluconazole"], "warfarin_inhibitors", "major"),
    (["clopidogrel", "omeprazole"], "clopidogrel_omeprazole", "major"),
    # potassium
    (["lisinopril", "spironolactone"], "raas_potassium_sparing", "major"),
    (["losartan", "potassium chloride"], "raas_potassium_sparing", "major"),
    (["enalapril", "sacubitril/valsartan"], "sacubitril_ace", "contraindicated"),
    # nitrates + PDE5
    (["nitroglycerin", "sildenafil"], "nitrate_pde5", "contraindicated"),
    (["isosorbide mononitrate", "tadalafil"], "nitrate_pde5", "contraindicated"),
    # methotrexate, lithium, digoxin, theophylline, macrolides/azoles
    (["methotrexate", "co-trimoxazole"], "methotrexate_trimethoprim", "major"),
    (["lithium", "naproxen"], "lithium_nsaid", "major"),
    (["lithium", "hydrochlorothiazide"], "lithium_thiazide", "major"),
    (["digoxin", "amiodarone"], "digoxin_amiodarone", "major"),
    (["digoxin", "clarithromycin"], "digoxin_macrolides", "major"),
    (["theophylline", "ciprofloxacin"], "theophylline_cyp1a2", "major"),
    (["colchicine", "clarithromycin"], "colchicine_cyp3a4_pgp", "major"),
    (["tacrolimus", "voriconazole"], "calcineurin_cyp3a4_inhibitors", "major"),
    # other families, including a minor one
    (["oxycodone", "diazepam"], "opioid_benzodiazepine", "major"),
    (["metoprolol", "insulin glargine"], "beta_blocker_hypoglycaemics", "minor"),
    (["valproate", "meropenem"], "valproate_carbapenems", "major"),
])
def test_interaction_families(drugs: list[str], rule: str, severity: str) -> None:
    found = rules(check_medications(drugs))
    assert found.get(rule) == severity, found


def test_brand_and_chinese_names_go_through_the_same_rules() -> None:
    out = check_medications(["舒降之", "克拉霉素"])
    assert rules(out)["simva_lova_cyp3a4"] == "contraindicated"
    assert out["lang"] == "zh" and out["interactions"][0]["drugs_zh"] == ["辛伐他汀", "克拉霉素"]


def test_each_interaction_carries_the_contract_fields_and_sources() -> None:
    out = check_medications(["warfarin", "aspirin", "ibuprofen"])
    assert CONTRACT <= set(out)
    for x in out["interactions"]:
        assert {"drugs", "severity", "mechanism", "management", "sources"} <= set(x)
        assert x["mechanism"]["en"] and x["mechanism"]["zh"] and x["sources"][0]["citation"]


def test_findings_are_ordered_most_serious_first_and_deterministic() -> None:
    drugs = ["aspirin", "ibuprofen", "warfarin", "simvastatin", "clarithromycin", "paracetamol"]
    a = check_medications(drugs)
    ranks = [severity_rank(x["severity"]) for x in a["interactions"]]
    assert ranks == sorted(ranks, reverse=True) and a["highest_severity"] == "contraindicated"
    assert check_medications(list(reversed(drugs)))["interactions"] == check_medications(list(reversed(drugs)))["interactions"]
    assert {x["id"] for x in a["interactions"]} == {x["id"] for x in check_medications(list(reversed(drugs)))["interactions"]}


def test_no_interaction_says_so_without_claiming_safety() -> None:
    out = check_medications(["amlodipine", "metformin"])
    assert out["interactions"] == [] and out["alerts"] == [] and out["highest_severity"] is None
    assert "no interaction" in out["summary"]["en"] and "pharmacist" in out["advice"]["en"]


# --- allergies ---------------------------------------------------------------------------
def test_penicillin_allergy_flags_penicillins_and_cross_reactive_antibiotics() -> None:
    out = check_medications(["amoxicillin", "ceftriaxone", "meropenem", "azithromycin"], allergies=["penicillin"])
    by_drug = {a["drugs"][0]: a for a in out["alerts"] if a["type"] == "allergy"}
    assert by_drug["amoxicillin"]["severity"] == "major"
    assert by_drug["ceftriaxone"]["severity"] == "moderate" and by_drug["ceftriaxone"]["cross_reactivity"]
    assert by_drug["meropenem"]["severity"] == "minor"
    assert "azithromycin" not in by_drug


def test_allergy_to_the_drug_itself_is_contraindicated_in_any_name() -> None:
    out = check_medications(["Augmentin"], allergies=["阿莫西林克拉维酸钾"])
    assert [(a["type"], a["severity"]) for a in out["alerts"]] == [("allergy", "contraindicated")]
    out = check_medications(["阿莫西林"], allergies=["青霉素"])
    assert out["alerts"][0]["severity"] == "major"


def test_allergy_named_by_a_drug_reaches_its_group() -> None:
    out = check_medications(["cefalexin", "ampicillin"], allergies=["amoxicillin"])
    sev = {a["drugs"][0]: a["severity"] for a in out["alerts"] if a["type"] == "allergy"}
    assert sev == {"ampicillin": "major", "cefalexin": "moderate"}


def test_sulfa_and_nsaid_allergies() -> None:
    out = check_medications(["co-trimoxazole", "furosemide"], allergies=["sulfa"])
    sev = {a["drugs"][0]: a["severity"] for a in out["alerts"]}
    assert sev == {"sulfamethoxazole_trimethoprim": "major", "furosemide": "minor"}
    out = check_medications(["ibuprofen", "celecoxib", "paracetamol"], allergies=["aspirin"])
    sev = {a["drugs"][0]: a["severity"] for a in out["alerts"] if a["type"] == "allergy"}
    assert sev == {"ibuprofen": "major", "celecoxib": "minor"}


def test_an_unknown_allergy_is_listed_as_not_checked() -> None:
    out = check_medications(["aspirin"], allergies=["strawberries"])
    assert out["allergies"][0]["resolved"] is None
    assert any(n["check"] == "allergy" and n["items"] == ["strawberries"] for n in out["not_checked"])


# --- dose, kidney, pregnancy, breastfeeding --------------------------------------------------
@pytest.mark.parametrize(("item", "over"), [
    ("paracetamol 1g qid", False), ("paracetamol 1g q4h", True), ("paracetamol 5g/day", True),
    ("对乙酰氨基酚 500mg 每日3次", False), ("ibuprofen 800mg qid", False), ("ibuprofen 1200mg tid", True),
    ("tramadol 100mg q4h", True),
])
def test_maximum_daily_dose(item: str, over: bool) -> None:
    out = check_medications([item])
    dose = [a for a in out["alerts"] if a["type"] == "dose"]
    assert bool(dose) == over
    if over:
        assert dose[0]["daily_mg"] > dose[0]["max_daily_mg"] and dose[0]["severity"] == "major"


def test_dose_without_a_rule_or_frequency_is_reported_not_checked() -> None:
    out = check_medications(["warfarin 5mg daily", "paracetamol 500mg"])
    checks = {(n["check"], tuple(n["items"])) for n in out["not_checked"]}
    assert ("dose", ("warfarin",)) in checks and ("dose", ("paracetamol",)) in checks


@pytest.mark.parametrize(("egfr", "severity"), [(25, "contraindicated"), (40, "moderate"), (60, None)])
def test_metformin_kidney_thresholds(egfr: float, severity: str | None) -> None:
    out = check_medications(["metformin"], egfr=egfr)
    renal = [a["severity"] for a in out["alerts"] if a["type"] == "renal"]
    assert renal == ([severity] if severity else [])


def test_renal_class_rule_and_unchecked_drugs_are_listed() -> None:
    out = check_medications(["ibuprofen", "nitrofurantoin", "amlodipine"], egfr=45)
    sev = {a["drugs"][0]: a["severity"] for a in out["alerts"] if a["type"] == "renal"}
    assert sev == {"nitrofurantoin": "contraindicated"}  # NSAID rule fires only below 30
    assert next(n for n in out["not_checked"] if n["check"] == "renal")["items"] == ["amlodipine"]


def test_pregnancy_and_breastfeeding_cautions() -> None:
    out = check_medications(["lisinopril", "warfarin", "paracetamol"], pregnant=True)
    sev = {a["drugs"][0]: a["severity"] for a in out["alerts"] if a["type"] == "pregnancy"}
    assert sev == {"lisinopril": "contraindicated", "warfarin": "contraindicated"}
    assert "paracetamol" in next(n for n in out["not_checked"] if n["check"] == "pregnancy")["items"]
    assert not [a for a in check_medications(["lisinopril"])["alerts"] if a["type"] == "pregnancy"]
    out = check_medications(["codeine"], breastfeeding=True)
    assert [a["type"] for a in out["alerts"]] == ["lactation"]


# --- duplicates --------------------------------------------------------------------------
def test_same_drug_under_two_names_is_merged_and_flagged() -> None:
    out = check_medications(["波立维", "clopidogrel", "Plavix"])
    assert len(out["drugs"]) == 1 and len(out["drugs"][0]["inputs"]) == 3
    same = [a for a in out["alerts"] if a.get("same_drug")]
    assert same and same[0]["severity"] == "major" and "波立维" in same[0]["text"]["en"]


def test_two_drugs_of_one_class_are_duplicate_therapy() -> None:
    out = check_medications(["omeprazole", "pantoprazole", "ibuprofen", "diclofenac"])
    dup = {tuple(a["drugs"]): a["drug_class"] for a in out["alerts"] if a["type"] == "duplicate_therapy"}
    assert dup == {("omeprazole", "pantoprazole"): "ppi", ("ibuprofen", "diclofenac"): "nsaids"}


# --- bad input ---------------------------------------------------------------------------
@pytest.mark.parametrize(("drugs", "kwargs", "code"), [
    ([], {}, "no_drugs"), (["  "], {}, "no_drugs"), (["aspirin"] * (MAX_DRUGS + 1), {}, "too_many_drugs"),
    (["x" * 300], {}, "name_too_long"), (["aspirin"], {"egfr": -3}, "bad_egfr"), (["aspirin"], {"egfr": "abc"}, "bad_egfr"),
    ("aspirin", {}, "bad_drugs"), ([1, 2], {}, "bad_drugs"), (["aspirin"], {"allergies": "penicillin"}, "bad_allergies"),
])
def test_bad_input_is_a_clear_error(drugs, kwargs: dict, code: str) -> None:
    with pytest.raises(MedInputError) as info:
        check_medications(drugs, **kwargs)
    assert info.value.code == code and len(info.value.en) > 20 and info.value.zh


def test_one_drug_and_unknowns_give_a_clear_answer() -> None:
    out = check_medications(["warfarin", "zzzqqq"])
    assert out["unknown"][0]["input"] == "zzzqqq" and "zzzqqq" in out["summary"]["en"]
    assert any(n["check"] == "unknown_drugs" for n in out["not_checked"])
    out = check_medications(["warfarin"])
    assert "one medicine" in out["summary"]["en"]


def test_mixed_scripts_in_one_list() -> None:
    out = check_medications(["阿司匹林", "warfarin", "布洛芬 400mg tid", "Plavix"])
    assert [d["id"] for d in out["drugs"]] == ["aspirin", "warfarin", "ibuprofen", "clopidogrel"]
    assert out["drugs"][2]["inputs"][0]["dose"]["daily_mg"] == 1200


def test_every_drug_in_the_dictionary_at_once_stays_correct() -> None:
    kb = default_engine().kb
    singles = [d.name_en for d in kb.drugs.values() if not d.parts and d.id not in ("simvastatin", "clarithromycin")]
    names = ["simvastatin", "clarithromycin", *singles[:298]]
    out = check_medications(names)
    assert len(out["drugs"]) == 300 and not out["unknown"]
    pairs = {(x["id"], *sorted(x["drug_ids"])) for x in out["interactions"]}
    assert len(pairs) == len(out["interactions"])  # each rule reports a pair once
    small = check_medications(["simvastatin", "clarithromycin"])
    assert rules(small).items() <= {x["id"]: x["severity"] for x in out["interactions"]
                                    if set(x["drug_ids"]) == {"simvastatin", "clarithromycin"}}.items()


def test_fhir_detected_issues() -> None:
    out = check_medications(["simvastatin", "clarithromycin", "paracetamol 2g qid"])
    bundle = detected_issues(out, "en")
    assert bundle["resourceType"] == "Bundle" and bundle["total"] == len(out["interactions"]) + len(out["alerts"])
    first = bundle["entry"][0]["resource"]
    assert first["resourceType"] == "DetectedIssue" and first["status"] == "preliminary" and first["severity"] == "high"
    assert first["code"]["coding"][0]["code"] == "DRG" and [i["display"] for i in first["implicated"]] == ["simvastatin", "clarithromycin"]
    assert any(e["resource"]["code"].get("coding", [{}])[0].get("code") == "DOSEH" for e in bundle["entry"])


def test_same_atc_group_and_combination_products_are_duplicates() -> None:
    out = check_medications(["levodopa/carbidopa", "美多芭"])
    assert [a.get("atc_group") for a in out["alerts"]] == ["N04BA"]
    out = check_medications(["Seretide", "fluticasone"])
    assert [a.get("drug_class") for a in out["alerts"]] == ["inhaled_corticosteroids"]
    out = check_medications(["aspirin", "aspirin"])
    assert out["alerts"][0]["same_drug"] and "x2" in out["alerts"][0]["text"]["en"]


@pytest.mark.parametrize(("drugs", "only"), [
    (["tramadol", "sertraline"], {"tramadol_ssri"}),
    (["amitriptyline", "phenelzine"], {"tca_maoi"}),
    (["pethidine", "selegiline"], {"serotonergic_maoi"}),
    (["morphine", "selegiline"], {"opioid_maoi"}),
    (["sertraline", "mirtazapine"], {"serotonergic_serotonergic"}),
])
def test_a_more_specific_rule_replaces_the_generic_one_for_a_pair(drugs: list[str], only: set[str]) -> None:
    assert set(rules(check_medications(drugs))) == only


def test_unless_must_name_a_rule() -> None:
    import copy

    from carebridge.tools.knowledge import KnowledgeError
    from carebridge.tools.medication.knowledge import build_med_knowledge, read_raw

    raw = copy.deepcopy(read_raw())
    raw["interactions"]["interactions"][0]["unless"] = ["no_such_rule"]
    with pytest.raises(KnowledgeError, match="no_such_rule"):
        build_med_knowledge(raw)
