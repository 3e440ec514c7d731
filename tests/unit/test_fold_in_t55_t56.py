"""blind55 (a week at a general hospital's 智能导诊 and an English clinic) and blind56 (older people and long-term
illness, often written by a carer): what their first look missed, read for what it says, with the near-misses that
must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, fired


# --- spreading dental infection (NHS Dental abscess; SDCEP) ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "my molar has been throbbing for days, now the swelling has gone down into my neck and I can hardly open my mouth",
    "tooth abscess and now the floor of my mouth is swollen",
    "后槽牙疼了好几天，现在肿到耳根和脖子了",
    "智齿发炎好几天了，现在嘴张不开，脖子也肿了",
])
def test_a_dental_infection_spreading_to_the_neck_or_the_floor_of_the_mouth_is_an_emergency(text: str) -> None:
    assert "dental_infection_spreading" in fired(text)


@pytest.mark.parametrize("text", [
    "toothache with a swollen cheek and a temperature, I can open my mouth fine and swallowing is normal",
    "牙疼，脸肿了，发烧，嘴能张开，吃东西咽得下去",
    "my neck is swollen from mumps, no toothache",
    "智齿周围牙龈肿，嘴巴张不太开，喘气咽东西都没问题",
])
def test_a_swollen_cheek_or_a_stiff_jaw_with_toothache_stays_an_urgent_dentist(text: str) -> None:
    assert "dental_infection_spreading" not in fired(text)


# --- a dehydrated small child with no energy (NICE CG84: lethargy is a red flag) ----------------------------------
@pytest.mark.parametrize(("text", "age"), [
    ("宝宝两岁，拉了一天水样便，从早上到现在都没尿，眼窝凹下去了，没精神", 2),
    ("my 18 month old has had diarrhoea all day, no wet nappies since this morning, she has no energy", 1),
])
def test_a_dehydrated_toddler_with_no_energy_is_an_emergency(text: str, age: float) -> None:
    urgency, rules = decide(text, age=age)
    assert urgency == "emergency" and "child_dehydrated_and_drowsy" in rules


def test_a_tired_adult_who_has_not_peed_is_not_the_child_rule() -> None:
    assert "child_dehydrated_and_drowsy" not in decide("haven't had a wee since this morning and I'm tired", age=40)[1]


# --- sepsis said in a carer's words (NICE NG51) -------------------------------------------------------------------
def test_a_hot_shaking_parent_hardly_responding_with_blotchy_knees_is_high_risk_sepsis() -> None:
    text = "Grandma is hardly responding tonight, burning hot but shaking, and her knees look blotchy and purple"
    urgency, rules = decide(text, age=88)
    assert urgency == "emergency_ambulance" and "sepsis_high_risk" in rules


@pytest.mark.parametrize("text", ["the cancer is hardly responding to the treatment", "it's burning hot outside today"])
def test_treatment_not_working_or_hot_weather_is_no_sepsis_sign(text: str) -> None:
    codes = current_codes(text)
    assert "unresponsive" not in codes and "fever" not in codes


def test_hot_and_shaking_is_shivering() -> None:
    assert "chills" in current_codes("he's hot and shaking all over")


# --- a diabetic foot wound with a fever (NICE NG19 1.1.1) ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "I'm diabetic, the blister on my heel isn't healing and has gone red, now I've got the shivers",
    "我有2型糖尿病，脚趾上的口子一直不好，发红了，今天发烧38度6",
])
def test_a_diabetic_foot_wound_with_fever_is_an_emergency(text: str) -> None:
    assert "diabetic_foot_infection_fever" in fired(text)


@pytest.mark.parametrize("text", [
    "I'm diabetic, the blister on my heel isn't healing and has gone red, no fever",
    "我没有糖尿病，脚上的口子一直不好，发烧了",
])
def test_a_foot_wound_without_fever_or_without_diabetes_is_not_that_rule(text: str) -> None:
    assert "diabetic_foot_infection_fever" not in fired(text)


# --- missed dialysis with signs of high potassium (UK Kidney Association) ------------------------------------------
@pytest.mark.parametrize("text", [
    "mum couldn't get to dialysis on Tuesday because of the snow, today her heart is pounding and she nearly fainted",
    "我爸这周透析没去成，今天心慌得厉害，腿软站不住",
])
def test_weakness_or_palpitations_after_missed_dialysis_calls_an_ambulance(text: str) -> None:
    assert "missed_dialysis_potassium_signs" in fired(text)


@pytest.mark.parametrize("text", [
    "he missed a dialysis session but feels fine, no palpitations, not faint",
    "我妈规律透析，一次没落下，最近有点心慌",
])
def test_a_missed_session_without_those_signs_or_a_session_not_missed_is_not_that_rule(text: str) -> None:
    assert "missed_dialysis_potassium_signs" not in fired(text)


# --- DKA in everyday Chinese (NICE NG17; NHS Diabetic ketoacidosis) ----------------------------------------------
def test_a_meter_reading_hi_with_vomiting_is_dka() -> None:
    assert "diabetic_ketoacidosis_signs" in fired("我爸打胰岛素，今天血糖仪一测直接显示HI，一直吐")


def test_thirst_said_as_ke_de_lihai_with_deep_breathing_is_dka() -> None:
    assert "diabetes_symptoms_with_dka_signs" in fired("我妈这两天渴得要命，喘气又深又快")
    assert "thirst_polyuria" not in current_codes("不渴得厉害")


# --- self-care and routing said in everyday words ----------------------------------------------------------------
@pytest.mark.parametrize(("text", "age"), [
    ("I forgot to take my amlodipine this morning, should I take two tomorrow?", 70),
    ("昨晚的二甲双胍忘吃了，今天要补吗", 66),
])
def test_a_forgotten_dose_of_a_regular_tablet_is_self_care(text: str, age: float) -> None:
    assert decide(text, age=age) == ("self_care", {"missed_medicine_dose"})


@pytest.mark.parametrize("text", ["I forgot my insulin this morning", "我没忘吃药", "忘吃避孕药了"])
def test_insulin_the_pill_or_a_denied_miss_is_not_a_plain_missed_dose(text: str) -> None:
    assert "missed_dose" not in current_codes(text)


def test_a_child_who_ate_an_adult_medicine_is_still_an_exposure() -> None:
    assert "adult_medicine_swallowed" in current_codes("孙子把我的降压药吃了两片")


def test_hair_coming_out_in_handfuls_on_chemo_is_the_chemotherapy_hair_loss_group() -> None:
    assert decide("老伴在化疗，头发一把一把地往下掉，怎么护理", age=70) == ("self_care", {"chemotherapy_hair_loss"})


def test_weight_up_from_one_figure_to_another_in_heart_failure_is_urgent() -> None:
    assert decide("I have heart failure and my weight went up from 68 to 70.5 kg in three days", age=80)[0] == "urgent"
    assert "weight_gain" not in current_codes("my weight has stayed at 68 kg")


@pytest.mark.parametrize(("text", "age"), [
    ("my dad has Parkinson's and has been constipated for 3 days, eating and passing wind", 80),
    ("我妈帕金森，三天没大便了，肚子不胀不疼，能吃", 76),
])
def test_parkinsons_named_does_not_block_constipation_self_care(text: str, age: float) -> None:
    assert decide(text, age=age)[0] == "self_care"


@pytest.mark.parametrize(("text", "code"), [
    ("his Parkinson's tablets wear off before the next dose", "parkinsons_wearing_off"),
    ("帕金森的药劲儿过得太快，没到下顿就抖", "parkinsons_wearing_off"),
    ("my dentures keep slipping when I eat", "denture_problem"),
    ("假牙戴久了，最近老松", "denture_problem"),
    ("I have to hold the paper at arm's length to read it now", "near_vision_difficulty"),
    ("现在看手机得拿远一点才看得清，老花了吧", "near_vision_difficulty"),
])
def test_long_term_complaints_are_read_for_routing(text: str, code: str) -> None:
    assert code in current_codes(text)


def test_a_dentist_appointment_is_not_a_denture_problem() -> None:
    assert "denture_problem" not in current_codes("my teeth are fine, just a check-up")


def test_cracked_itchy_hands_are_a_minor_skin_problem() -> None:
    assert decide("天冷手干，手指裂口子，有点痒", age=50) == ("self_care", {"minor_skin"})
    assert "itching" not in current_codes("嗓子有点痒")


@pytest.mark.parametrize(("text", "age"), [
    ("I've had a sore throat for two days, I'm 75, no temperature, eating fine", 75),
    ("嗓子疼了两天，72岁，不发烧，吃饭喝水都行", 72),
])
def test_a_sore_throat_alone_is_self_care_at_any_adult_age(text: str, age: float) -> None:
    assert decide(text, age=age) == ("self_care", {"sore_throat_simple"})


def test_a_sore_throat_with_fever_or_trouble_swallowing_is_not_that_group() -> None:
    assert "sore_throat_simple" not in decide("sore throat with a fever of 38.5", age=70)[1]
    assert "sore_throat_simple" not in decide("sore throat and I can't swallow", age=70)[1]


@pytest.mark.parametrize(("text", "age"), [
    ("had my covid booster yesterday, arm is sore and I feel achy and tired", 80),
    ("昨天打了流感疫苗，今天浑身酸痛，有点乏力", 68),
])
def test_aching_the_day_after_a_vaccine_is_self_care(text: str, age: float) -> None:
    assert decide(text, age=age) == ("self_care", {"vaccine_side_effects"})


def test_breathing_trouble_after_a_vaccine_is_not_self_care() -> None:
    assert decide("had my flu jab an hour ago and now I'm short of breath and my face is swelling", age=70)[0] != "self_care"


def test_vaginal_dryness_after_the_menopause_is_self_care_but_not_with_bleeding() -> None:
    assert decide("过了更年期，下面很干，同房时疼", age=60) == ("self_care", {"vaginal_dryness_after_menopause"})
    assert decide("my vagina is dry and I've had some bleeding after sex", age=60)[0] != "self_care"


@pytest.mark.parametrize("text", [
    "the anticoagulation clinic rang, my INR is 7.2 on warfarin, no bleeding",
    "我爸吃华法林，今天查INR是5.8，没有出血",
])
def test_a_high_inr_on_warfarin_is_urgent(text: str) -> None:
    assert decide(text, age=80) == ("urgent", {"inr_high_no_bleeding"})


def test_an_inr_in_range_is_not_high() -> None:
    assert "inr_high" not in current_codes("my INR was 2.6 last week")


def test_spotting_on_underwear_years_after_the_menopause_is_postmenopausal_bleeding() -> None:
    assert "postmenopausal_bleeding" in current_codes("绝经好多年了，最近发现内裤上有点血迹")
