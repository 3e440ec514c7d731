"""selfcare39: known, mild medicine effects and passing mental-health episodes the NHS pages send home, each blocked by
its danger signs (blind134 long-term conditions, blind131 mental health, alcohol and drugs)."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, fired, service_decide


def _level(text: str, age: float = 45) -> str:
    return service_decide(text, age=age, sex="F")[0]


def _rules(text: str, age: float = 45) -> set[str]:
    return service_decide(text, age=age, sex="F")[1]


# --- blood thinners: minor bleeding that stopped, one missed DOAC dose (NHS Side effects of warfarin, NHS Apixaban) ---

@pytest.mark.parametrize("text", [
    "on warfarin, bit of blood on my toothbrush when i brush, stops straight away",
    "on apixaban for af, keep getting small bruises on my arms when i knock them, they fade like normal",
    "吃利伐沙班的，刷牙时牙龈出一点点血，一会儿就停了",
    "吃华法林，刷牙的时候出了点血，马上就止住了",
])
def test_minor_bleeding_on_a_blood_thinner_that_stopped_is_self_care(text: str) -> None:
    assert _level(text) == "self_care" and "anticoagulant_minor_bleeding" in _rules(text)


@pytest.mark.parametrize("text, floor", [
    ("on warfarin, gums bleeding when i brush and it wont stop", "emergency"),
    ("on warfarin, bit of blood on my toothbrush, stops straight away, and my poo is black", "emergency"),
    ("on apixaban, small bruises that fade like normal, but i banged my head this morning", "emergency"),
    ("吃华法林的，刷牙时牙龈出一点点血，一会儿就停了，但是大便是黑的", "emergency"),
    ("on rivaroxaban, bruises appearing for no reason", "urgent"),
    ("on warfarin, gums bleed when i brush", "urgent"),
])
def test_a_danger_sign_or_a_bleed_that_goes_on_blocks_the_minor_bleed_advice(text: str, floor: str) -> None:
    from carebridge.tools.triage_engine import rank
    assert rank(_level(text)) >= rank(floor)


def test_a_stopped_bleed_without_a_blood_thinner_is_not_the_anticoagulant_reading() -> None:
    assert "anticoag_minor_bleed" not in current_codes("my gums bleed when i brush, stops straight away")


@pytest.mark.parametrize("text", [
    "forgot my morning apixaban, its about 1pm now, do i take it or wait till tonight",
    "今天早上的利伐沙班忘吃了，要补吗",
])
def test_one_missed_doac_dose_is_self_care(text: str) -> None:
    assert _level(text) == "self_care" and "missed_doac_dose" in _rules(text)


@pytest.mark.parametrize("text", [
    "forgot my apixaban this morning and i fell and banged my head",
    "forgot my morning apixaban, and now my leg is swollen and painful",
    "forgot my apixaban, chest pain and breathless",
    "forgot my warfarin this morning",
    "forgot my apixaban for three days",
])
def test_a_missed_blood_thinner_with_danger_signs_warfarin_or_days_of_doses_is_not_self_care(text: str) -> None:
    assert _level(text) != "self_care"


# --- common medicine side effects (NHS Metformin, Furosemide, Atorvastatin, steroid inhalers, Citalopram) ---

@pytest.mark.parametrize("text, rule", [
    ("just started metformin last week, bit of a runny tummy and feel a bit sick after food", "metformin_stomach_side_effects"),
    ("dad started furosemide for his heart failure, he's weeing loads in the mornings after he takes it", "diuretic_expected_peeing"),
    ("吃了呋塞米以后小便特别多", "diuretic_expected_peeing"),
    ("吃阿托伐他汀一个礼拜了，偶尔有点头痛，不严重", "statin_common_side_effects"),
    ("using my brown steroid inhaler, voice has gone a bit hoarse and theres white patches on my tongue", "inhaled_steroid_mouth_throat"),
    ("用舒利迭一年多了，最近嗓子有点哑，医生说用完要漱口我老忘", "inhaled_steroid_mouth_throat"),
    ("started citalopram 5 days ago and feel a bit sick and have had a headache, is that normal", "antidepressant_starting_side_effects"),
    ("刚开始吃舍曲林一周，有点恶心头疼", "antidepressant_starting_side_effects"),
])
def test_known_mild_side_effects_are_self_care(text: str, rule: str) -> None:
    assert _level(text) == "self_care" and rule in _rules(text)


@pytest.mark.parametrize("text", [
    "started metformin, being sick all day, tummy pain and breathing fast",
    "on metformin, diarrhoea and feel very drowsy",
    "dad started furosemide, weeing loads and feels dizzy and faint",
    "on furosemide, peeing more, burning when i pee",
    "on atorvastatin, my thighs ache and feel weak",
    "on atorvastatin, worst headache of my life came on suddenly",
    "using my brown steroid inhaler, hoarse and wheezy and cant catch my breath",
    "用舒利迭，嗓子有点哑，还发烧",
    "started sertraline 2 weeks ago and im having more thoughts about hurting myself than before, havent done anything",
    "started sertraline last week, sweating, shaking and my heart is racing",
    "stopped my sertraline last week, feel sick and dizzy",
    "started sertraline 2 months ago, headache",
])
def test_side_effects_with_a_danger_sign_or_outside_the_pages_limits_are_not_self_care(text: str) -> None:
    rules = _rules(text)
    assert not rules & {"metformin_stomach_side_effects", "diuretic_expected_peeing", "statin_common_side_effects",
                        "inhaled_steroid_mouth_throat", "antidepressant_starting_side_effects"}


def test_how_long_a_named_treatment_has_been_taken_is_not_the_complaints_length() -> None:
    from carebridge.tools.slots import parse_duration_days
    assert parse_duration_days("用舒利迭一年多了，最近嗓子有点哑") is None
    assert parse_duration_days("打胰岛素好几年了，最近肚子上有个鼓包") is None
    assert parse_duration_days("been on metformin for 10 years, lately diarrhoea for 3 days") == 3
    # a side effect said to have gone on since the start keeps the treatment's length (blind100 t100z-031)
    assert parse_duration_days("吃二甲双胍两个月了，一直肚子胀，大便稀") == 60
    assert parse_duration_days("been on ramipril about 2 months, got this tickly dry cough that never goes away") == 60
    assert parse_duration_days("吃药三个月了还咳") == 90  # a generic medicine may be the complaint's own treatment


# --- a treated low sugar, insulin lumps, a fistula's buzz (NHS Low blood sugar; Diabetes UK; Kidney Care UK) ---

@pytest.mark.parametrize("text, rule", [
    ("我妈吃格列美脲，下午心慌手抖，测了3.5，喝了半杯果汁吃了几块饼干，现在6.1了，人没事了", "hypo_treated_at_home"),
    ("打胰岛素好几年了，肚子上老打针的地方摸着有一块软软的鼓包，不红不痛", "insulin_injection_lumps"),
    ("soft lumps on my tummy at my injection sites", "insulin_injection_lumps"),
    ("我妈刚做了透析用的动静脉瘘，摸上去手臂那里一直有嗡嗡震动的感觉，是不是坏了", "fistula_thrill_normal"),
    ("my fistula buzzes all the time, is that normal", "fistula_thrill_normal"),
])
def test_diabetes_and_dialysis_reassurance_is_self_care(text: str, rule: str) -> None:
    assert _level(text) == "self_care" and rule in _rules(text)


@pytest.mark.parametrize("text", [
    "i cant feel the buzz in my fistula anymore",
    "my fistula has stopped buzzing",
    "内瘘摸不到震动了",
])
def test_a_fistula_buzz_that_stopped_is_urgent(text: str) -> None:
    assert _level(text) == "urgent" and "fistula_buzz_lost" in _rules(text)


@pytest.mark.parametrize("text", [
    "内瘘那里红肿发热，有嗡嗡震动",
    "my fistula is red and swollen and buzzing",
    "打胰岛素的地方有个鼓包，又红又痛",
    "lump where i inject my insulin, red and sore",
    "测了3.1，喝了果汁，现在还是2.9，没上来",
    "had a hypo, had some sweets, now 5.8, but chest pain",
])
def test_a_red_hot_sore_lump_or_fistula_or_a_hypo_not_recovering_is_not_self_care(text: str) -> None:
    assert _level(text) != "self_care"


# --- a usual seizure with the person come round (NHS What to do if someone has a seizure) ---

def test_a_usual_short_seizure_with_the_person_come_round_and_oriented_is_no_ambulance() -> None:
    # come round and knowing where she is is the recovery (NHS What to do if someone has a seizure: 999 only if they do
    # not regain full consciousness); the house keeps a recovered usual seizure for the epilepsy team (routine:
    # test_overtriage_s20), so the blind134 self-care label is not followed
    text = ("my daughter (19) has epilepsy, she just had one of her usual fits, lasted about a minute, shes come round "
            "now, sleepy but knows where she is")
    assert "seizure_recovered" in current_codes(text)
    assert service_decide(text, age=19, sex="F")[0] == "routine"


@pytest.mark.parametrize("text", [
    "my son has epilepsy and he's having one of his usual seizures right now",
    "my wife has epilepsy, had a usual fit, came round but doesnt know who i am",
    "my son has epilepsy, had one of his usual fits, hit his head on the table, back to normal now",
])
def test_a_seizure_still_going_not_oriented_or_with_an_injury_is_an_emergency(text: str) -> None:
    assert _level(text, 30).startswith("emergency")


# --- hangover anxiety, a panic attack that passed, a settled whitey (HSE Hangover, NHS Panic disorder, FRANK) ---

@pytest.mark.parametrize("text, rule", [
    ("every time i drink the next day i get this massive anxiety, like dread and racing heart, goes by the evening. is this normal lol", "hangover_anxiety"),
    ("每次喝完酒第二天就特别心慌焦虑 总觉得自己做错了什么 到晚上就好了", "hangover_anxiety"),
    ("had a panic attack on the tube this morning, tingly fingers, couldnt breathe properly, passed in about 10 min. ive had them before and my gp knows, just a bit shaken", "panic_attack_settled"),
    ("smoked a joint at a mates, went really pale and dizzy and threw up, heart racing. been lying on the floor half an hour and feel better now", "cannabis_whitey_settled"),
])
def test_passing_episodes_are_self_care(text: str, rule: str) -> None:
    assert _level(text, 24) == "self_care" and rule in _rules(text, 24)


@pytest.mark.parametrize("text", [
    "the day after drinking i get really anxious and have thoughts of ending it all",
    "stopped drinking 2 days ago after drinking every day, shaking and anxious",
    "hungover and anxious, chest pain",
    "喝完酒第二天心慌胸痛",
    "had a panic attack, it passed but i still have chest pain",
    "had a panic attack with chest pain, it passed",
    "panic attack hasnt passed, been going for an hour",
    "had a panic attack and now cant feel my left arm",
    "smoked weed, heart racing and chest pain, feel better now",
    "smoked a joint, went pale, passed out, feel better now",
    "smoked a joint and still feel awful, throwing up",
])
def test_passing_episodes_with_a_danger_sign_or_not_passed_are_not_that_advice(text: str) -> None:
    assert not _rules(text, 24) & {"hangover_anxiety", "panic_attack_settled", "cannabis_whitey_settled"}


def test_smoking_cannabis_is_no_fit() -> None:
    assert "seizure" not in current_codes("抽了大麻，脸发白头晕吐了，躺了半小时好多了")


# --- one extra paracetamol dose within the daily maximum (NHS Paracetamol for adults) ---

@pytest.mark.parametrize("text", [
    "accidentally took 3 paracetamol instead of 2 this afternoon, only had 6 in total today, will i be ok",
    "头疼下午吃了一片扑热息痛 结果忘了又多吃了一片 今天一共就吃了4片 会不会中毒啊",
])
def test_one_extra_paracetamol_within_the_maximum_is_self_care(text: str) -> None:
    assert _level(text, 30) == "self_care" and "paracetamol_extra_within_limit" in _rules(text, 30)


@pytest.mark.parametrize("text, floor", [
    ("accidentally took 3 paracetamol instead of 2, had 12 in total today", "emergency"),
    ("paracetamol, had 20 in total today", "emergency"),
    ("头疼吃扑热息痛，不小心多吃了一次，今天一共就吃了10片", "emergency"),
    ("accidentally took 3 paracetamol instead of 2", "urgent"),
    ("accidentally took 3 paracetamol instead of 2, 6 in total today, feel sick and my skin looks yellow", "urgent"),
    ("took my blood pressure tablet twice by mistake", "urgent"),
])
def test_paracetamol_over_the_maximum_or_unknown_totals_are_not_self_care(text: str, floor: str) -> None:
    from carebridge.tools.triage_engine import rank
    assert rank(_level(text, 30)) >= rank(floor)


# --- over-triage fixes: a low temperature after a transplant, a slowly swelling arm ---

def test_a_low_grade_temperature_after_a_transplant_is_urgent_not_a_sepsis_flag() -> None:
    text = "肾移植三年了，这两天尿频尿痛，今天有点低烧37.9，腰这边有点酸"
    assert "fever_after_organ_transplant" not in fired(text)
    assert _level(text, 50) == "urgent"


@pytest.mark.parametrize("text", [
    "kidney transplant, on tacrolimus, temp 37.6 but shivering and shaking under the duvet",
    "换肾三年了，吃着环孢素，今晚发高烧",
    "kidney transplant, on tacrolimus, temp 38.4",
])
def test_shivering_or_a_high_temperature_after_a_transplant_stays_an_emergency(text: str) -> None:
    assert fired(text) & {"fever_after_organ_transplant", "rigors_after_organ_transplant"}


@pytest.mark.parametrize("text", [
    "乳腺癌手术后两年了，这两个月右胳膊慢慢变粗，有点发沉，不红也不疼",
    "since my breast cancer op my right arm has slowly got bigger and feels heavy",
])
def test_an_arm_slowly_getting_bigger_is_a_swelling_not_a_stroke(text: str) -> None:
    assert "stroke_signs" not in fired(text) and "arm_swelling_gradual" in current_codes(text)
    assert decide(text, 55)[0] == "routine"


@pytest.mark.parametrize("text", ["右胳膊发沉，说话也不清楚", "my left arm suddenly went heavy and weak", "右胳膊突然发沉抬不起来"])
def test_a_sudden_heavy_or_weak_arm_stays_a_stroke_sign(text: str) -> None:
    assert decide(text, 55)[0] == "emergency_ambulance"
