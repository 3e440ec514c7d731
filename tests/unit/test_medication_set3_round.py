"""Blind set 3 round: new rules (each with its source), brands, new drugs and quiet neighbours."""

from __future__ import annotations

import pytest

from carebridge.tools.medication.engine import check_medications, default_engine

SERIOUS = {"major", "contraindicated"}


def rules(drugs: list[str]) -> dict[str, str]:
    return {x["id"]: x["severity"] for x in check_medications(drugs)["interactions"]}


@pytest.mark.parametrize(("drugs", "rule", "severity"), [
    # EU SmPC 4.4/4.5 and MHRA (2010): discourage strong or moderate CYP2C19 inhibitors with clopidogrel
    (["clopidogrel 75 mg", "fluvoxamine"], "clopidogrel_cyp2c19_inhibitors", "major"),
    (["硫酸氢氯吡格雷片", "盐酸氟西汀胶囊"], "clopidogrel_cyp2c19_inhibitors", "major"),
    (["Plavix", "fluconazole"], "clopidogrel_cyp2c19_inhibitors", "major"),
    (["clopidogrel", "moclobemide"], "clopidogrel_cyp2c19_inhibitors", "major"),
    # sofosbuvir-containing regimens (Harvoni, Epclusa labels)
    (["amiodarone", "Harvoni"], "sofosbuvir_amiodarone", "major"),
    (["胺碘酮", "索磷布韦维帕他韦片"], "sofosbuvir_amiodarone", "major"),
    (["Epclusa", "carbamazepine"], "sofosbuvir_inducers", "major"),
    # lercanidipine SmPC 4.3; ritonavir and nirmatrelvir/ritonavir labels; naltrexone label
    (["lercanidipine", "clarithromycin"], "lercanidipine_contraindicated", "contraindicated"),
    (["乐卡地平", "环孢素"], "lercanidipine_contraindicated", "contraindicated"),
    (["Paxlovid", "flecainide"], "ritonavir_antiarrhythmics", "contraindicated"),
    (["ritonavir", "propafenone"], "ritonavir_antiarrhythmics", "contraindicated"),
    (["naltrexone", "tramadol"], "naltrexone_opioids", "contraindicated"),
    (["纳曲酮", "Percocet"], "naltrexone_opioids", "contraindicated"),
    # new drugs that join existing class rules through their ATC code
    (["利福平", "炔雌醇环丙孕酮片"], "hormonal_contraceptive_inducers", "major"),
    (["Cerazette", "carbamazepine"], "hormonal_contraceptive_inducers", "major"),
    (["temazepam", "oxycodone"], "opioid_benzodiazepine", "major"),
    (["Priadel 400 mg", "bendroflumethiazide"], "lithium_thiazide", "major"),
    (["timolol eye drops", "verapamil"], "beta_blocker_rate_limiting_ccb", "major"),
    (["quinapril", "spironolactone"], "raas_potassium_sparing", "major"),
    (["Dexilant", "atazanavir"], "atazanavir_ppi", "major"),
])
def test_new_rules_and_members(drugs: list[str], rule: str, severity: str) -> None:
    found = rules(drugs)
    assert found.get(rule) == severity, found


@pytest.mark.parametrize("drugs", [
    # CYP2C19: only the named inhibitors; pantoprazole and sertraline stay below major
    ["clopidogrel", "pantoprazole"], ["clopidogrel", "sertraline"], ["clopidogrel", "citalopram"],
    ["ticagrelor", "fluoxetine"], ["prasugrel", "fluvoxamine"],
    # set 3's harmless pairs that now resolve
    ["salbutamol inhaler", "beclometasone inhaler"], ["lactulose 15 ml bd", "senna 15 mg"],
    ["latanoprost eye drops", "timolol 0.5% eye drops"], ["Sinemet 25/100", "entacapone 200 mg"],
    ["Seretide 250 Accuhaler", "Singulair 10 mg"], ["ipratropium nebules 500 mcg", "salbutamol nebules 2.5 mg"],
    ["cetirizine 10 mg", "beclometasone nasal spray"], ["硫酸沙丁胺醇吸入气雾剂", "丙酸倍氯米松吸入气雾剂"],
    ["噻托溴铵粉吸入剂", "布地奈德福莫特罗粉吸入剂"], ["甲钴胺片", "维生素B1片"], ["醋酸泼尼松片", "碳酸钙D3片"],
    # neighbours of the new drugs
    ["lercanidipine", "atorvastatin"], ["naltrexone", "paracetamol"], ["flecainide", "bisoprolol"],
    ["Percocet", "ibuprofen"], ["Adcal-D3", "alendronate"], ["Fostair", "Spiriva"], ["Janumet", "atorvastatin"],
    ["timolol eye drops", "amlodipine"], ["Harvoni", "paracetamol"], ["co-codamol", "naproxen"],
])
def test_neighbours_stay_below_major(drugs: list[str]) -> None:
    out = check_medications(drugs)
    assert not out["unknown"], out["unknown"]
    severities = {x["severity"] for x in out["interactions"]}
    assert not severities & SERIOUS, severities


def test_the_cyp2c19_rule_says_where_the_us_and_eu_labels_differ() -> None:
    rule = next(r for r in default_engine().kb.interactions if r.id == "clopidogrel_cyp2c19_inhibitors")
    assert "omeprazole and esomeprazole" in rule.management.en and "SmPC" in rule.management.en
    assert set(rule.sources) == {"ema-smpc", "mhra-dsu-clopidogrel-2010"}


@pytest.fixture(scope="module")
def resolver():
    return default_engine().resolver


@pytest.mark.parametrize(("name", "drug"), [
    # UK, US and Chinese brands of drugs already in the dictionary
    ("Priadel 400 mg", "lithium"), ("Camcolit", "lithium"), ("Cardicor", "bisoprolol"), ("Pacerone", "amiodarone"),
    ("Cordarone X", "amiodarone"), ("ProAir HFA", "salbutamol"), ("Oramorph", "morphine"),
    ("MST Continus", "morphine"), ("Epilim Chrono", "valproic_acid"), ("Depakote", "valproic_acid"),
    ("divalproex sodium", "valproic_acid"), ("合心爽", "diltiazem"), ("Tildiem LA", "diltiazem"),
    ("Zydol", "tramadol"), ("Lustral", "sertraline"), ("Efexor XL", "venlafaxine"), ("Zispin", "mirtazapine"),
    ("Innovace", "enalapril"), ("悦宁定", "enalapril"), ("Amias", "candesartan"), ("Nebilet", "nebivolol"),
    ("Burinex", "bumetanide"), ("Demadex", "torasemide"), ("Brufen", "ibuprofen"), ("Voltarol", "diclofenac"),
    ("Zyloric", "allopurinol"), ("Calpol", "paracetamol"), ("Piriton", "chlorphenamine"),
    ("Uniphyllin Continus", "theophylline"), ("Flixonase", "fluticasone"), ("Movicol", "macrogol"),
    ("Toujeo SoloStar", "insulin_glargine"), ("Wegovy", "semaglutide"), ("Eltroxin", "levothyroxine"),
    ("补佳乐", "estradiol"), ("戊酸雌二醇片", "estradiol"), ("奇曼丁", "tramadol"), ("喜普妙", "citalopram"),
    # drugs added in this round (WHO ATC code and CADN name)
    ("beclometasone dipropionate 100 micrograms inhaler", "beclometasone"), ("Qvar", "beclometasone"),
    ("latanoprost 0.005% eye drops", "latanoprost"), ("适利达", "latanoprost"), ("马来酸噻吗洛尔滴眼液", "timolol"),
    ("senna 7.5 mg tablets", "senna"), ("番泻叶", "senna"), ("维生素B1片", "thiamine"), ("vitamin B1", "thiamine"),
    ("flucloxacillin 500 mg capsules", "flucloxacillin"), ("bendroflumethiazide 2.5 mg", "bendroflumethiazide"),
    ("Zanidip", "lercanidipine"), ("盐酸乐卡地平片", "lercanidipine"), ("Harvoni", "ledipasvir_sofosbuvir"),
    ("来迪派韦索磷布韦片", "ledipasvir_sofosbuvir"), ("Diane-35", "cyproterone_ethinylestradiol"),
    ("达英-35", "cyproterone_ethinylestradiol"), ("达英-35片", "cyproterone_ethinylestradiol"),
    ("Restoril", "temazepam"), ("Tambocor", "flecainide"), ("铝碳酸镁咀嚼片", "hydrotalcite"),
    ("匹维溴铵片", "pinaverium"), ("carbimazole", "carbimazole"), ("Neo-Mercazole", "carbimazole"),
])
def test_brands_and_new_drugs_resolve(resolver, name: str, drug: str) -> None:
    res = resolver.resolve(name)
    assert res.drug_id == drug and res.confidence == 1.0, res


@pytest.mark.parametrize(("name", "not_drug"), [
    ("Cozaar Comp", "losartan"),     # a combination brand is never its first part alone
    ("Foster", "beclometasone"),     # an English word (the EU Fostair brand) is left out on purpose
    ("Mirena", "levonorgestrel"),    # an intrauterine system: inducers do not defeat it, so not the pill
])
def test_names_left_out_on_purpose(resolver, name: str, not_drug: str) -> None:
    assert resolver.resolve(name).drug_id != not_drug


def test_a_chat_reply_asks_to_check_a_name_read_by_sound() -> None:
    from carebridge.tools.medication.render import render_reply

    out = check_medications(["二甲双瓜缓释片", "磷酸西格列汀片"])
    assert [d["id"] for d in out["drugs"]] == ["metformin", "sitagliptin"] and not out["unknown"]
    reply = render_reply(out, "zh")
    assert "您是否指二甲双胍？请核对药名。" in reply
    assert "Did you mean 二甲双胍? Please check the name." in render_reply(out, "en")
    exact = check_medications(["二甲双胍"])["drugs"][0]["inputs"][0]
    assert exact["note"] is None and exact["confidence"] == 1.0
