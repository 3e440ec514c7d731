"""Label-sourced interaction families added after blind set 1: positive pairs and quiet neighbours."""

from __future__ import annotations

import pytest

from carebridge.tools.medication.engine import check_medications, default_engine

SERIOUS = {"major", "contraindicated"}


def rules(drugs: list[str]) -> dict[str, str]:
    return {x["id"]: x["severity"] for x in check_medications(drugs)["interactions"]}


@pytest.mark.parametrize(("drugs", "rule", "severity"), [
    # QT drugs whose own label contraindicates QT or CYP partners
    (["thioridazine", "fluoxetine"], "thioridazine_contraindicated", "contraindicated"),
    (["硫利达嗪", "帕罗西汀"], "thioridazine_contraindicated", "contraindicated"),
    (["pimozide", "sertraline"], "pimozide_contraindicated", "contraindicated"),
    (["pimozide", "clarithromycin"], "pimozide_contraindicated", "contraindicated"),
    (["ziprasidone", "moxifloxacin"], "ziprasidone_qt", "contraindicated"),
    (["齐拉西酮", "胺碘酮"], "ziprasidone_qt", "contraindicated"),
    (["dofetilide", "verapamil"], "dofetilide_contraindicated", "contraindicated"),
    (["Tikosyn", "hydrochlorothiazide"], "dofetilide_contraindicated", "contraindicated"),
    (["dronedarone", "ketoconazole"], "dronedarone_strong_cyp3a4", "contraindicated"),
    (["dronedarone", "citalopram"], "dronedarone_qt", "contraindicated"),
    (["domperidone", "levofloxacin"], "domperidone_qt", "contraindicated"),
    (["itraconazole", "quinidine"], "azole_qt_substrates", "contraindicated"),
    # drugs whose label contraindicates strong CYP3A4 inhibitors or inducers
    (["ivabradine", "ketoconazole"], "ivabradine_strong_cyp3a4", "contraindicated"),
    (["伊伐布雷定", "克拉霉素"], "ivabradine_strong_cyp3a4", "contraindicated"),
    (["ivabradine", "diltiazem"], "ivabradine_rate_limiting_ccb", "contraindicated"),
    (["eplerenone", "clarithromycin"], "eplerenone_strong_cyp3a4", "contraindicated"),
    (["lurasidone", "rifampicin"], "lurasidone_cyp3a4", "contraindicated"),
    (["ranolazine", "carbamazepine"], "ranolazine_inducers", "contraindicated"),
    (["tolvaptan", "itraconazole"], "tolvaptan_strong_cyp3a4", "contraindicated"),
    (["三唑仑", "伊曲康唑胶囊"], "triazolam_cyp3a4", "contraindicated"),
    (["alprazolam", "ketoconazole"], "alprazolam_azoles", "contraindicated"),
    (["atorvastatin", "posaconazole"], "atorvastatin_posaconazole", "contraindicated"),
    (["felodipine", "itraconazole"], "azole_felodipine", "contraindicated"),
    (["methadone", "ketoconazole"], "azole_methadone", "contraindicated"),
    (["alfuzosin", "ritonavir"], "alfuzosin_cyp3a4", "contraindicated"),
    (["ticagrelor", "clarithromycin"], "ticagrelor_strong_cyp3a4", "contraindicated"),
    (["ticagrelor", "rifampicin"], "ticagrelor_strong_cyp3a4_inducers", "major"),
    (["quetiapine", "erythromycin"], "quetiapine_strong_cyp3a4", "contraindicated"),
    (["simvastatin", "erythromycin"], "simva_lova_cyp3a4", "contraindicated"),
    (["ergotamine", "erythromycin"], "ergot_cyp3a4", "contraindicated"),
    (["麦角胺咖啡因片", "克拉霉素"], "ergot_cyp3a4", "contraindicated"),
    (["irinotecan", "rifampin"], "irinotecan_strong_cyp3a4_inducers", "major"),
    (["威凡", "卡马西平"], "voriconazole_inducers", "contraindicated"),
    (["voriconazole", "phenytoin"], "voriconazole_phenytoin_ritonavir", "major"),
    (["拜新同", "利福平"], "nifedipine_rifampicin", "contraindicated"),
    (["nifedipine", "carbamazepine"], "nifedipine_inducers", "major"),
    (["nimodipine", "phenytoin"], "nimodipine_inducers", "contraindicated"),
    (["praziquantel", "rifampicin"], "praziquantel_rifampicin", "contraindicated"),
    (["Yasmin", "rifampicin"], "hormonal_contraceptive_inducers", "major"),
    (["sofosbuvir", "amiodarone"], "sofosbuvir_amiodarone", "major"),
    (["ritonavir", "fluticasone"], "ritonavir_corticosteroids", "major"),
    (["dabigatran", "dronedarone"], "dabigatran_pgp_inhibitors", "contraindicated"),
    # other label contraindications and single-source pairs
    (["bupropion", "phenelzine"], "bupropion_maoi", "contraindicated"),
    (["盐酸安非他酮缓释片", "反苯环丙胺"], "bupropion_maoi", "contraindicated"),
    (["metronidazole", "disulfiram"], "metronidazole_disulfiram", "contraindicated"),
    (["clozapine", "carbamazepine"], "clozapine_agranulocytosis", "contraindicated"),
    (["clozapine", "rifampicin"], "clozapine_strong_inducers", "major"),
    (["agomelatine", "fluvoxamine"], "agomelatine_cyp1a2", "contraindicated"),
    (["duloxetine", "ciprofloxacin"], "duloxetine_cyp1a2", "contraindicated"),
    (["sumatriptan", "ergotamine"], "triptan_ergot", "contraindicated"),
    (["华法林", "咪康唑口腔凝胶"], "warfarin_miconazole", "major"),
    (["miconazole oral gel", "simvastatin"], "miconazole_cyp3a4_substrates", "contraindicated"),
    (["methotrexate", "trimethoprim"], "methotrexate_trimethoprim", "major"),
    (["甲氨蝶呤片", "复方磺胺甲噁唑片"], "methotrexate_trimethoprim", "major"),
    (["trimethoprim", "spironolactone"], "trimethoprim_potassium", "major"),
    (["amiloride", "potassium chloride"], "amiloride_triamterene_potassium", "contraindicated"),
    (["aliskiren", "lisinopril"], "aliskiren_raas", "major"),
    (["riociguat", "sildenafil"], "riociguat_pde5_nitrates", "contraindicated"),
    (["isotretinoin", "doxycycline"], "retinoid_tetracyclines", "contraindicated"),
    (["acitretin", "methotrexate"], "acitretin_methotrexate", "contraindicated"),
    (["capecitabine", "warfarin"], "capecitabine_warfarin", "major"),
    (["Sinemet", "phenelzine"], "levodopa_nonselective_maoi", "contraindicated"),
    (["ketorolac", "ibuprofen"], "ketorolac_contraindicated", "contraindicated"),
])
def test_label_sourced_rules(drugs: list[str], rule: str, severity: str) -> None:
    found = rules(drugs)
    assert found.get(rule) == severity, found


@pytest.mark.parametrize(("drugs", "reported", "not_reported"), [
    # the specific rule speaks; the general one it replaces stays quiet for that pair
    (["thioridazine", "citalopram"], "thioridazine_contraindicated", "qt_qt"),
    (["dronedarone", "clarithromycin"], "dronedarone_qt", "dronedarone_strong_cyp3a4"),
    (["alprazolam", "itraconazole"], "alprazolam_azoles", "midazolam_strong_cyp3a4"),
    (["amiloride", "potassium chloride"], "amiloride_triamterene_potassium", "potassium_sparing_potassium"),
    (["clozapine", "carbamazepine"], "clozapine_agranulocytosis", "clozapine_strong_inducers"),
    (["duloxetine", "fluvoxamine"], "duloxetine_cyp1a2", "serotonergic_serotonergic"),
])
def test_a_pair_is_reported_once_by_its_most_specific_rule(drugs, reported, not_reported) -> None:
    found = rules(drugs)
    assert reported in found and not_reported not in found, found


@pytest.mark.parametrize("drugs", [
    ["ivabradine", "amlodipine"], ["ivabradine", "bisoprolol"], ["eplerenone", "azithromycin"],
    ["tamsulosin", "metformin"], ["ticagrelor", "atorvastatin"], ["nifedipine", "metformin"],
    ["amlodipine", "rifampicin"], ["voriconazole", "paracetamol"], ["bupropion", "sertraline"],
    ["quetiapine", "amoxicillin"], ["domperidone", "omeprazole"], ["clozapine", "paracetamol"],
    ["内舒拿", "氯雷他定片"], ["福善美", "维生素D3"], ["alendronate", "colecalciferol"],
    ["trimethoprim", "paracetamol"], ["miconazole", "amoxicillin"], ["methotrexate", "folic acid"],
    ["Sinemet", "rasagiline"], ["美多芭", "司来吉兰"], ["ketorolac", "paracetamol"],
])
def test_neighbouring_harmless_pairs_stay_below_major(drugs: list[str]) -> None:
    severities = {x["severity"] for x in check_medications(drugs)["interactions"]}
    assert not severities & SERIOUS, severities


def test_a_combination_without_a_product_is_checked_part_by_part_and_keeps_no_dose() -> None:
    out = check_medications(["amlodipine/atorvastatin 5/10mg", "clarithromycin"])
    assert [d["id"] for d in out["drugs"]] == ["amlodipine", "atorvastatin", "clarithromycin"]
    assert {d["inputs"][0]["match"] for d in out["drugs"][:2]} == {"component"}
    assert all(d["inputs"][0]["dose"] is None for d in out["drugs"][:2])
    assert "atorvastatin_strong_cyp3a4" in {x["id"] for x in out["interactions"]}


def test_every_new_qt_member_is_on_the_known_risk_list_and_rules_cite_labels() -> None:
    kb = default_engine().kb
    qt = kb.class_members["qt_known_risk"]
    assert {"dofetilide", "thioridazine", "quinidine", "disopyramide", "droperidol", "ibutilide"} <= qt
    assert "ziprasidone" not in qt  # its own label lists the QT drugs it may not be combined with (ziprasidone_qt)
    for rule in kb.interactions:
        if rule.severity == "contraindicated":
            assert set(rule.sources) & {"fda-label", "ema-smpc", "ema-domperidone-2014", "onc-2012"}, rule.id


@pytest.mark.parametrize(("names", "severity"), [
    (["Lipitor 80mg", "cyclosporine"], "major"),          # atorvastatin label: avoid
    (["匹伐他汀", "环孢素"], "contraindicated"),            # pitavastatin label: contraindicated
    (["St John's wort", "rivaroxaban"], "major"),         # strong inducer (FDA table) + DOAC
    (["贯叶连翘提取物", "他克莫司"], "major"),
    (["瑞舒伐他汀钙片", "CsA"], "major"),                   # EU SmPC: contraindicated; US: 5 mg cap
])
def test_ciclosporin_statins_and_st_johns_wort(names, severity) -> None:
    out = default_engine().check(names)
    assert not out["unknown"]
    assert [i["severity"] for i in out["interactions"]] == [severity]


def test_rosuvastatin_with_ciclosporin_is_not_called_contraindicated() -> None:
    out = default_engine().check(["rosuvastatin", "ciclosporin"])
    assert all(i["severity"] != "contraindicated" for i in out["interactions"])


@pytest.mark.parametrize(("abbreviation", "generic"), [
    ("NTG", "glyceryl_trinitrate"), ("RFP", "rifampicin"), ("CsA", "ciclosporin"),
    ("HCQ", "hydroxychloroquine"), ("VPA", "valproic_acid"), ("MMI", "thiamazole")])
def test_abbreviations_used_on_chinese_wards_resolve(abbreviation: str, generic: str) -> None:
    out = default_engine().check([abbreviation])
    assert not out["unknown"] and [d["id"] for d in out["drugs"]] == [generic]
