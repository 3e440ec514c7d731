"""fold-t134: blind134 (long-term conditions, their flare-ups and complications): its under-triaged emergencies, each
read as a family in both languages, with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, fired, service_decide

EMERGENT = ("emergency", "emergency_ambulance")


# (1) t134e-016: a fever in someone with sickle cell disease (NHS Sickle cell disease: a temperature of 38C or above, A&E;
# Atlas of Pediatric Emergency Medicine: fever in a child with sickle cell disease is a medical emergency).
@pytest.mark.parametrize(("text", "age"), [
    ("my boy is 10 and has sickle cell, he's got a temperature of 38.5 tonight, bit of achy legs but playing on his tablet", 10),
    ("my daughter has sickle cell anaemia and her temp is 38.2, she seems fine in herself", 6),
    ("I have sickle cell disease and I'm hot and shivery tonight", 24),
    ("my son is HbSS, he's got a fever", 4),
    ("孩子有镰状细胞贫血，今晚发烧38度6，精神还行", 8),
    ("我是镰刀型贫血，今天发烧发冷", 30),
    ("女儿镰状细胞病，体温38.3", 12),
])
def test_a_fever_with_sickle_cell_disease_is_an_emergency(text: str, age: int) -> None:
    urgency, rules = service_decide(text, age, "M")
    assert urgency in EMERGENT and "sickle_cell_fever" in rules


@pytest.mark.parametrize("text", [
    "I have sickle cell trait and a fever with a cold",
    "I carry the sickle cell gene, temperature 38.4 and a sore throat",
    "my son has sickle cell, no fever, just tired after school",
    "孩子有镰状细胞病，体温37.6，没有发烧",
    "我是镰状细胞特征携带者，感冒发烧了",
])
def test_the_trait_a_denied_fever_or_a_temperature_under_38_is_no_sickle_cell_fever(text: str) -> None:
    assert "sickle_cell_fever" not in fired(text)


# (2) t134e-017: cancer spread to the bones with numbness, tingling or wobbliness in both legs (NICE NG234: sensory loss
# and difficulty walking are symptoms of metastatic spinal cord compression: contact the MSCC coordinator immediately).
@pytest.mark.parametrize("text", [
    "my prostate cancer has spread to my bones, my back has got a lot worse this week and since yesterday both legs feel "
    "numb and wobbly when i walk",
    "breast cancer that's gone to my spine, now both my legs are tingly",
    "dad has bone mets from lung cancer and his legs have gone all numb",
    "肺癌骨转移，这几天两条腿发麻",
    "乳腺癌转移到腰椎了，现在两条腿都发麻",
])
def test_both_legs_numb_with_cancer_in_the_bones_is_possible_cord_compression(text: str) -> None:
    urgency, rules = service_decide(text, 70, "M")
    assert urgency in EMERGENT and "spinal_metastases_neuro_signs" in rules


@pytest.mark.parametrize("text", [
    "prostate cancer with bone mets, on chemo, my fingers and feet tingle",
    "prostate cancer with bone mets, back aches a bit, legs fine, peeing fine",
    "both my legs feel numb after sitting cross-legged, no cancer",
])
def test_chemo_tingling_fine_legs_or_no_cancer_is_no_cord_compression(text: str) -> None:
    assert "spinal_metastases_neuro_signs" not in fired(text)


# (3) t134z-008: the chest symptom corrected from a pain to a tightness with 就是/只是 (NHS Heart attack: pressure or
# tightness; with sweating and breathlessness: 999). recall38a's chest-pain family: one alternation widened.
@pytest.mark.parametrize("text", [
    "我妈糖尿病二十年了，今天突然一身大汗，胸口说不上痛就是闷得慌，喘不上气，脸白得吓人",
    "胸口不是疼，就是闷，出了一身冷汗，气短",
    "胸口谈不上痛，只是有点压着，冒冷汗，喘不上气",
])
def test_a_chest_not_painful_just_tight_with_sweating_and_breathlessness_is_a_heart_attack_sign(text: str) -> None:
    urgency, rules = service_decide(text, 69, "F")
    assert urgency == "emergency_ambulance" and "chest_pain_danger_features" in rules


def test_a_chest_not_painful_said_alone_is_no_chest_pain() -> None:
    assert "chest_pain" not in current_codes("胸口不疼，就是嗓子有点干")


# (4) t134z-013: blood brought up by a cough with 出来 between, counted by the mouthful and its colour named (NHS Coughing
# up blood: more than a few spots or streaks, A&E or 999); a streak is coughing_blood (urgent).
@pytest.mark.parametrize("text", [
    "吃着达比加群，今天咳嗽咳出来好几口鲜红的血",
    "咳出来好几口暗红色的血",
    "咳了好几口鲜红色的血",
])
def test_mouthfuls_of_coughed_blood_said_with_a_colour_are_heavy(text: str) -> None:
    urgency, rules = service_decide(text, 70, "M")
    assert urgency in EMERGENT and "coughing_blood_danger" in rules


@pytest.mark.parametrize("text", ["咳出来一点鲜红的血", "咳嗽咳出来一点红的血", "今天咳出了些鲜红色的血"])
def test_a_little_bright_blood_coughed_up_is_coughing_blood(text: str) -> None:
    urgency, rules = service_decide(text, 60, "M")
    assert urgency == "urgent" and "coughing_blood" in rules


def test_coughed_up_clots_stay_as_heavy_as_before() -> None:
    assert service_decide("咳出来暗红色的血块", 60, "M")[0] in EMERGENT


@pytest.mark.parametrize("text", ["咳出来的痰是黄的", "咳出来的痰里没有血", "咳了血压也高了点", "咳嗽了，血糖有点高"])
def test_phlegm_without_blood_or_a_blood_pressure_is_no_coughed_blood(text: str) -> None:
    codes = current_codes(text)
    assert "cough_blood" not in codes and "cough_blood_heavy" not in codes


# (5) t134z-016 (KNOWN_MISSES, a label disagreement): breathlessness getting worse, or there even sitting still, is read
# as breathlessness (NHS Heart failure: breathlessness after activity or at rest); the house's answer is urgent.
@pytest.mark.parametrize("text", [
    "我有心衰，这两天越来越喘，今天坐着不动也喘，晚上只能坐着睡",
    "心衰，坐着不动也喘",
    "这几天越来越喘",
    "这两天躺着休息都喘",
])
def test_breathless_getting_worse_or_at_rest_is_breathlessness(text: str) -> None:
    urgency, _ = service_decide(text, 73, "F")
    assert "dyspnea" in current_codes(text) and urgency in ("urgent", "emergency", "emergency_ambulance")


@pytest.mark.parametrize("text", ["我坐着不动也不喘", "哮喘好多了，最近不怎么喘了"])
def test_no_breathlessness_at_rest_is_no_breathlessness(text: str) -> None:
    assert "dyspnea" not in current_codes(text)
