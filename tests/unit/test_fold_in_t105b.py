"""blind105 (long-term conditions and medicines): the routine, self-care and department misses of the first look, each read
as a family, with the near misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, department_group, service_decide


# (1) "worst at night", "worst first thing" say when a complaint is worse, not how bad it is (blind105 t105e-005: an itch
# worst at night was read as a severe pain, urgent).
@pytest.mark.parametrize("text", [
    "itchy all over for three weeks, worst at night",
    "my eczema itches, worst in the evenings",
    "stiff knees, worst first thing",
    "dry cough for a week, worst at night",
])
def test_worst_at_a_time_of_day_is_no_severe_pain(text: str) -> None:
    urgency, rules = service_decide(text, age=50)
    assert "severe_pain" not in rules and urgency != "urgent"


@pytest.mark.parametrize("text", ["the worst pain I've ever had in my back", "back pain, worst at night, it's excruciating"])
def test_a_worst_pain_is_still_severe(text: str) -> None:
    urgency, rules = service_decide(text, age=50)
    assert urgency == "urgent" and "severe_pain" in rules


# (2) A flu vaccine is not flu (NHS Flu vaccine; blind105 t105z-034: "社区通知打流感疫苗" read a flu in a man on rivaroxaban,
# urgent as a high-risk fever).
@pytest.mark.parametrize("text", ["下周要去打流感疫苗", "社区让老人打流感疫苗，我吃华法林能打吗", "can I have the flu jab on apixaban",
                                  "is the flu vaccine safe with warfarin"])
def test_a_flu_vaccine_is_no_flu(text: str) -> None:
    assert "cold_flu" not in current_codes(text)


@pytest.mark.parametrize("text", ["得了流感，发烧39度", "I've got the flu", "打了流感疫苗还是得了流感"])
def test_flu_itself_is_still_flu(text: str) -> None:
    assert "cold_flu" in current_codes(text)


# (3) Lupus named (红斑狼疮) is the illness, not a rash now (blind105 t105z-023 went to 皮肤科 on it).
@pytest.mark.parametrize("text", ["我有系统性红斑狼疮，吃羟氯喹好几年了", "红斑狼疮十年了，最近关节疼"])
def test_lupus_named_is_no_rash(text: str) -> None:
    codes = current_codes(text)
    assert "rash" not in codes and "rheumatic_condition" in codes


@pytest.mark.parametrize("text", ["脸上起了一片红斑", "胳膊上出了几块红斑，痒"])
def test_a_red_patch_is_still_a_rash(text: str) -> None:
    assert "rash" in current_codes(text)


# (4) Planning to start trying for a baby is not trouble conceiving (NHS Infertility: see a GP after a year of trying;
# blind105 t105e-022 went to 妇产科 on a valproate question before pregnancy).
@pytest.mark.parametrize("text", ["we want to start trying for a baby next year, I take lamotrigine",
                                  "thinking about trying for a baby, is my epilepsy medicine safe",
                                  "planning to start trying to get pregnant in the summer"])
def test_planning_a_pregnancy_is_no_infertility(text: str) -> None:
    assert "infertility" not in current_codes(text)


@pytest.mark.parametrize("text", ["we've been trying for a baby for two years", "been trying to get pregnant for 18 months, nothing"])
def test_trying_for_a_long_time_is_still_infertility(text: str) -> None:
    assert "infertility" in current_codes(text)


# (5) Getting up in the night to pee, counted (起夜三四回), is a urine symptom; beside heart failure (diuretics) it is the
# heart team's question, not insomnia's self-care at the psychiatry clinic (blind105 t105z-037; NHS Furosemide).
@pytest.mark.parametrize("text", ["最近晚上要起夜三四回", "一晚上起夜好几次", "老伴晚上起夜两三趟"])
def test_getting_up_at_night_to_pee_counted_is_a_urine_symptom(text: str) -> None:
    assert "urinary_symptoms" in current_codes(text)


@pytest.mark.parametrize("text", ["心衰吃利尿药，晚上起夜三四回，睡不好，白天没精神", "心力衰竭，最近起夜好几次"])
def test_night_peeing_with_heart_failure_goes_to_internal_medicine(text: str) -> None:
    urgency, _ = decide(text, age=80)
    assert urgency == "routine" and department_group(text, age=80) == "内科"


@pytest.mark.parametrize("text", ["晚上起夜给孩子喂奶，睡不好", "起夜上厕所的时候摔了一跤"])
def test_getting_up_at_night_without_a_count_is_no_urine_symptom(text: str) -> None:
    assert "urinary_symptoms" not in current_codes(text)


# (6) A problem said beside the treatment that causes it goes to the treating team first (departments.yaml
# combination_routes; NHS Chemotherapy side effects, NHS Methotrexate, NHS Warfarin, NHS Sodium valproate, NHS Itchy skin).
@pytest.mark.parametrize("text", [
    "化疗第三次了，嘴里长了好几个溃疡",
    "on chemo, my hair is coming out in clumps",
    "on methotrexate, mouth ulcers and a sore throat since yesterday",
    "on warfarin and my gums bleed when I brush, bruises on my legs I can't explain",
    "吃丙戊酸钠治癫痫，最近掉头发厉害",
    "chronic kidney disease, itchy all over for weeks",
])
def test_a_treatment_side_effect_goes_to_internal_medicine(text: str) -> None:
    assert department_group(text, age=55) == "内科"


@pytest.mark.parametrize("text", ["嘴里长了好几个溃疡，一个礼拜了", "my hair is thinning on top"])
def test_the_same_problem_without_the_treatment_keeps_its_clinic(text: str) -> None:
    assert department_group(text, age=55) in ("口腔科", "皮肤科")


# (7) A hypo said in diabetes words, treated and rechecked (NHS Low blood sugar): "went low", "15 mins later 5.8"; the
# shakiness of a hypo is no long seizure (blind105 t105e-048).
@pytest.mark.parametrize("text", [
    "type 1, went low before tea, 3.3, shaky, had some jelly babies and 15 mins later 6.1, feel fine now",
    "went low after the gym 3.0, sweaty and shaky, drank a lucozade, 10 minutes later 5.9, all good",
])
def test_a_hypo_treated_and_back_up_is_self_care(text: str) -> None:
    urgency, rules = decide(text, age=40)
    assert urgency == "self_care" and "hypo_treated_at_home" in rules


@pytest.mark.parametrize("text", ["shaky and sweaty for 20 minutes after my hypo", "felt shaky for 10 minutes before lunch"])
def test_feeling_shaky_for_minutes_is_no_long_seizure(text: str) -> None:
    assert "seizure_long_or_repeated" not in current_codes(text)


@pytest.mark.parametrize("text", ["he had a fit, shaking all over for 6 minutes", "she's been fitting for 7 minutes"])
def test_a_long_fit_is_still_a_long_fit(text: str) -> None:
    urgency, _ = decide(text, age=30)
    assert urgency == "emergency_ambulance"


@pytest.mark.parametrize("text", ["my mood went low last week", "my blood pressure went low at the clinic"])
def test_other_things_going_low_are_no_hypo(text: str) -> None:
    assert "hypoglycaemia" not in current_codes(text)


# (8) A loose tummy is diarrhoea (NHS Diarrhoea and vomiting: looser poo more often); three weeks of it on metformin is a GP
# visit (NHS Metformin), not the short-lived self-care (blind105 t105e-035).
@pytest.mark.parametrize("text", ["my tummy's been a bit loose since yesterday", "stomach still loose, couple of runny poos a day",
                                  "bowels have been loose all week"])
def test_a_loose_tummy_is_diarrhoea(text: str) -> None:
    assert "diarrhea" in current_codes(text)


@pytest.mark.parametrize("text", ["loose skin on my tummy after losing weight", "baby does 3 soft poos a day, feeding well",
                                  "my tummy feels loose after the c-section, the skin is saggy"])
def test_loose_skin_or_soft_baby_poo_is_no_diarrhoea(text: str) -> None:
    assert "diarrhea" not in current_codes(text)


def test_loose_stools_for_three_weeks_on_metformin_are_routine() -> None:
    urgency, _ = service_decide("started metformin 3 weeks ago and my tummy's been loose ever since, a lot of wind", age=60)
    assert urgency == "routine"


# (9) A cut while shaving is an accident, not self-harm; a nick that stopped with pressure is a minor cut, on a blood
# thinner too (NHS Warfarin side effects: a cut may bleed a little longer, press on it) (blind105 t105e-043).
@pytest.mark.parametrize("text", ["cut myself shaving this morning, it's stopped now", "nicked my chin shaving, stopped with a bit of pressure",
                                  "on apixaban, nicked myself shaving, bled a while but it's stopped"])
def test_a_shaving_nick_is_a_minor_cut(text: str) -> None:
    urgency, rules = decide(text, age=70)
    assert urgency == "self_care" and "suicidal" not in current_codes(text)


@pytest.mark.parametrize("text", ["I cut myself on purpose last night", "I keep cutting myself when I'm upset"])
def test_cutting_oneself_on_purpose_is_still_self_harm(text: str) -> None:
    assert "suicidal" in current_codes(text)


def test_a_shaving_cut_that_will_not_stop_is_heavy_bleeding() -> None:
    urgency, _ = decide("on warfarin, cut myself shaving and it won't stop bleeding, blood pouring", age=70)
    assert urgency in ("emergency", "emergency_ambulance")


# (10) A forgotten dose of an epilepsy medicine is the medicines pages' advice (NHS Levetiracetam, Lamotrigine: take it when
# you remember unless the next is near; Epilepsy Society: one missed dose rarely causes a seizure) (blind105 t105z-025).
@pytest.mark.parametrize("text", [
    "儿子有癫痫，吃丙戊酸钠，今天早上忘吃了，现在要补吗",
    "I take levetiracetam, forgot my morning dose, should I take it now",
    "my daughter is on lamotrigine for epilepsy and she missed her evening dose",
    "癫痫吃拉莫三嗪的，昨晚漏服了一次",
])
def test_a_forgotten_epilepsy_medicine_dose_is_self_care(text: str) -> None:
    urgency, rules = decide(text, age=12)
    assert urgency == "self_care" and "missed_medicine_dose" in rules


@pytest.mark.parametrize("text", ["epilepsy, forgot my levetiracetam this morning and just had a seizure",
                                  "有癫痫，今天早上忘吃早饭了", "吃华法林的，今天早上忘吃了"])
def test_a_missed_dose_with_a_seizure_or_food_forgotten_or_a_blood_thinner_is_not_self_care(text: str) -> None:
    urgency, _ = decide(text, age=30)
    assert urgency != "self_care"


# (11) Still awake in the small hours is insomnia (NHS Insomnia; NHS Prednisolone: difficulty sleeping is common)
# (blind105 t105e-012).
@pytest.mark.parametrize("text", ["wide awake till 3am every night this week", "lying awake until 4 in the morning since I started the tablets"])
def test_awake_in_the_small_hours_is_insomnia(text: str) -> None:
    assert "insomnia" in current_codes(text)


@pytest.mark.parametrize("text", ["the baby was awake at 3 for a feed", "stay awake till 5 minutes past"])
def test_other_awake_times_are_no_insomnia(text: str) -> None:
    assert "insomnia" not in current_codes(text)


# (12) A dose brought back up soon after it was taken (Medicines for Children leaflets: sick within 30 minutes of a dose,
# give the same dose again) (blind105 t105e-034); not a steroid replacement dose, and not with a danger sign.
@pytest.mark.parametrize("text", [
    "she was sick about 5 minutes after her evening dose of lamotrigine, fine otherwise",
    "he threw up 10 minutes after his medicine, playing happily now",
    "儿子吃完药十分钟就吐了，现在玩得挺好，要不要再喂一次",
])
def test_a_dose_vomited_soon_after_is_self_care(text: str) -> None:
    urgency, rules = decide(text, age=8)
    assert urgency == "self_care" and "dose_vomited_soon_after" in rules


@pytest.mark.parametrize("text", ["I have Addison's, I was sick 10 minutes after my morning hydrocortisone dose",
                                  "was sick 5 minutes after her dose, now very drowsy and floppy",
                                  "he threw up 10 minutes after his medicine and has a fever of 39"])
def test_a_dose_vomited_with_steroid_dependence_or_a_danger_sign_is_not_self_care(text: str) -> None:
    urgency, _ = decide(text, age=8)
    assert urgency != "self_care"


# (13) Food tasting of metal during chemotherapy (Macmillan, Changes in taste: common, usually temporary; plastic cutlery)
# (blind105 t105e-026); without chemotherapy it is not this advice, and a lost sense of taste with a cold stays a cold's.
@pytest.mark.parametrize("text", ["on chemo and everything tastes of metal", "化疗以后嘴里一股铁锈味，吃饭还行",
                                  "my chemo makes food taste funny, eating fine"])
def test_a_metallic_taste_on_chemotherapy_is_self_care(text: str) -> None:
    urgency, rules = decide(text, age=60)
    assert urgency == "self_care" and "chemotherapy_taste_change" in rules


def test_a_metallic_taste_without_chemotherapy_is_a_gp_question() -> None:
    urgency, _ = decide("everything tastes like metal for a month, no idea why", age=60)
    assert urgency == "routine"


def test_a_lost_sense_of_taste_with_a_cold_is_no_taste_change() -> None:
    assert "taste_change" not in current_codes("lost my sense of taste and smell with this cold")
