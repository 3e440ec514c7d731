"""The blind-23 triage round: each fix with other phrasings, in English and Chinese, and look-alikes
that must stay as they were. Every group fails without its change."""

from __future__ import annotations

import pytest

from carebridge.tools.dose_reread import paracetamol_daily_mg
from tests.triage_screen import current_codes, fired


# --- a count of paracetamol said before the drug and its interval after it (NHS Paracetamol for
# adults: never more than 8 x 500 mg in 24 hours, more than that needs A&E even when well)
@pytest.mark.parametrize("text", [
    "toothache, I've been taking 2 paracetamol every 3 hours or so, day and night",
    "two panadol every 2 hours since yesterday for my back",
    "扑热息痛两片每三小时吃一次，牙疼好几天了",
])
def test_a_dose_every_few_hours_written_around_the_drug_is_over_the_maximum(text: str) -> None:
    assert "paracetamol_over_max_dose" in fired(text)


@pytest.mark.parametrize("text", [
    "I take 2 paracetamol every 6 hours for my back",
    "对乙酰氨基酚两片每6小时一次",
])
def test_the_usual_dose_every_four_to_six_hours_is_not(text: str) -> None:
    assert "paracetamol_over_max_dose" not in fired(text)


def test_the_interval_is_read_with_the_drug_between() -> None:
    assert paracetamol_daily_mg("2 paracetamol every 3 hours") == 6000.0


# --- a limb with a bend in it after an injury (NHS Broken arm or wrist: an odd shape or angle -> A&E)
@pytest.mark.parametrize("text", [
    "she fell off the trampoline onto her hand and her wrist has a funny bend in it now",
    "came off my bike, my forearm has an odd kink",
    "孩子从蹦床上摔下来，手腕有个奇怪的弯",
])
def test_a_bend_in_a_limb_after_a_fall_is_a_deformed_limb(text: str) -> None:
    assert "deformed_limb_after_injury" in fired(text)


@pytest.mark.parametrize("text", ["I fell over yesterday and my wrist has a funny rash on it", "手腕没有奇怪的弯，只是摔了一下有点疼"])
def test_a_fall_without_a_bend_is_not(text: str) -> None:
    assert "deformed_limb_after_injury" not in fired(text)


# --- priapism (NHS Priapism: an erection lasting longer than 4 hours -> A&E)
@pytest.mark.parametrize("text", [
    "I took some erection pills about 5 hours ago and it still hasn't gone down, it's really painful",
    "I've had an erection for over 4 hours",
    "吃了伟哥5个小时了还是没软下去，很疼",
    "勃起已经超过4个小时了",
])
def test_an_erection_for_four_hours_or_more_is_priapism(text: str) -> None:
    assert "priapism" in fired(text)


@pytest.mark.parametrize("text", [
    "I took viagra 2 hours ago and it hasn't gone down",
    "took cialis 5 hours ago and it hasn't worked",
    "没有阴茎异常勃起，就是有点尿频",
])
def test_a_short_erection_or_pills_that_did_not_work_are_not(text: str) -> None:
    assert "priapism" not in fired(text)


# --- "food poisoning" is a stomach bug, not a poisoning or overdose
@pytest.mark.parametrize("text", ["he reckons it's food poisoning", "吃坏肚子了，可能是食物中毒"])
def test_food_poisoning_is_not_a_poisoning(text: str) -> None:
    assert "poisoning_overdose" not in fired(text)


@pytest.mark.parametrize("text", ["I think I've been poisoned", "他喝农药中毒了"])
def test_a_poisoning_still_is(text: str) -> None:
    assert "poisoning_overdose" in fired(text)


# --- a figure of speech: "hit by a bus (not literally)", "feel like I've been hit by a bus" (aching all over)
@pytest.mark.parametrize("text", [
    "Hit by a bus yesterday (not literally): fever 38.5, aching everywhere",
    "I feel like I've been hit by a bus, fever and aching",
    "浑身疼得像被车碾过一样，发烧",
])
def test_a_bus_as_a_figure_of_speech_is_no_trauma(text: str) -> None:
    assert "major_trauma" not in current_codes(text)
    assert "fever" in current_codes(text)


@pytest.mark.parametrize("text", ["my son was hit by a bus on the way to school", "他被车撞了", "他好像被车撞了"])
def test_a_real_collision_is_still_trauma(text: str) -> None:
    assert "major_trauma" in current_codes(text)


# --- urgent, not routine: the urgent rules reached through the engine's decision
def _urgency(text: str, **patient: float | str) -> tuple[str, list[str]]:
    from carebridge.tools.triage_engine import extract_findings, patient_facts, triage

    found = extract_findings(text)
    decision = triage(found, patient_facts(patient, None, found))
    return decision.urgency, [r.id for r in decision.reasons]


# a dental abscess said as a pimple on the gum and a salty taste (NHS Dental abscess: see a dentist urgently);
# "pain in a back tooth" is a tooth, not back pain
@pytest.mark.parametrize("text", [
    "throbbing pain in a back bottom tooth and a pimple-like swelling on the gum that leaks a salty, horrible taste",
    "牙疼三天，牙龈上鼓了个小包，嘴里咸咸的",
])
def test_a_gum_swelling_by_a_painful_tooth_is_a_dental_abscess(text: str) -> None:
    assert "dental_abscess_signs" in _urgency(text)[1]


def test_a_back_tooth_is_not_back_pain() -> None:
    assert "back_pain" not in current_codes("pain in my back tooth")
    assert "back_pain" in current_codes("pain in my back after lifting")


def test_a_bad_taste_in_food_is_no_abscess_sign() -> None:
    assert "dental_infection_signs" not in current_codes("there's a bad taste in the soup")


# a red or sticky eye in a baby under 28 days (NHS Conjunctivitis: urgent GP appointment or 111)
@pytest.mark.parametrize("text", ["Our baby is 12 days old and her left eye is red and gunky", "宝宝出生12天，左眼红，眼屎多"])
def test_a_red_eye_in_a_newborn_is_urgent(text: str) -> None:
    assert _urgency(text, age_years=0.03)[0] == "urgent"


def test_a_red_eye_in_an_older_child_is_not() -> None:
    assert "newborn_red_or_sticky_eye" not in _urgency("my 3 year old's eye is red and sticky", age_years=3)[1]


# possible measles (NHS Measles: urgent GP appointment or 111)
@pytest.mark.parametrize("text", [
    "fever for days and now small white spots inside her cheeks",
    "high temperature, then a rash that started behind his ears and spread",
    "发烧好几天了，今天从耳朵后面开始出红疹，口腔颊黏膜上有些小白点",
])
def test_measles_signs_with_fever_or_rash_are_urgent(text: str) -> None:
    assert "possible_measles" in _urgency(text)[1]


@pytest.mark.parametrize("text", ["had my measles jab yesterday and now a slight fever", "不确定打没打过麻疹疫苗，现在发烧", "起了荨麻疹，有点发烧"])
def test_the_vaccine_or_hives_is_not_measles(text: str) -> None:
    assert "possible_measles" not in _urgency(text)[1]


# possible carbon monoxide (NHS Carbon monoxide poisoning: get help from 111)
@pytest.mark.parametrize("text", [
    "we've had the coal fire going indoors all week and we all have headaches and feel sick",
    "这几天一家人都头疼恶心，冬天屋里一直烧煤炉取暖",
    "头晕恶心好几天，在家就难受，出门上班反而好点",
])
def test_headache_with_a_fuel_heater_or_better_away_from_home_is_urgent(text: str) -> None:
    assert "possible_carbon_monoxide" in _urgency(text)[1]


@pytest.mark.parametrize("text", ["I have a headache and I'm going out later", "头疼，出门散步", "we have a coal fire indoors, all well"])
def test_a_headache_or_a_coal_fire_alone_is_not(text: str) -> None:
    assert "possible_carbon_monoxide" not in _urgency(text)[1]


# --- words read as the wrong finding, and findings that were missed (department and level follow)
def test_the_cold_tap_is_not_a_cold() -> None:
    assert "cold_flu" not in current_codes("burnt my arm on the oven tray and held it under the cold tap for 20 minutes")
    assert "cold_flu" in current_codes("I've had a cold for three days")


def test_a_red_blotch_covering_the_white_of_the_eye_is_a_burst_blood_vessel_and_the_eye_department() -> None:
    text = "woke up with a bright red blotch covering half the white of his left eye, had a bad coughing fit yesterday"
    from carebridge.tools.triage_engine import extract_findings, patient_facts, triage

    found = extract_findings(text)
    assert "subconj_haemorrhage" in found.present
    assert triage(found, patient_facts({"age_years": 63}, None, found)).department.group_zh == "眼科"


def test_cramps_the_first_days_of_every_period_are_period_pain() -> None:
    assert "period_pain" in current_codes("bad cramps the first 2 days of every period")


@pytest.mark.parametrize("text", ["his hearing has got steadily worse in both ears", "TV on full blast, keeps mishearing us"])
def test_hearing_getting_gradually_worse_is_a_hearing_problem(text: str) -> None:
    assert "hearing_problem" in current_codes(text)


def test_the_worst_days_of_a_period_are_no_pain_score() -> None:
    from carebridge.tools.slots import parse_severity

    assert parse_severity("On the worst days I flood through a super tampon and a pad within an hour") is None
    assert parse_severity("the worst pain of my life") == 8


@pytest.mark.parametrize("text", ["hard little lump on the sole of my foot with black dots in it", "got a verruca from the pool", "脚底长了个跖疣"])
def test_a_verruca_is_a_minor_skin_problem(text: str) -> None:
    # since blind61 a wart or verruca has its own self-care group (NHS Warts and verrucas: months-old ones are still
    # self-care), beside minor_skin's two weeks
    assert _urgency(text, age_years=35) == ("self_care", ["warts_verrucas"])


@pytest.mark.parametrize("text", ["I have genital warts", "尖锐湿疣"])
def test_genital_warts_are_not(text: str) -> None:
    assert "warts" not in current_codes(text)
