"""blind104 (pregnancy, the weeks after birth and women's health), the adults' part: the self-care complaints of pregnancy
and after the birth that the words did not reach (each read as a family, with the near misses that must not change),
and the department misses of adults (a pregnancy problem goes to 产科, the signs of PCOS to 妇科)."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, department_group, service_decide, service_facts

EMERGENT = ("emergency", "emergency_ambulance")


# (1) The weeks of a pregnancy said with a lay word after them ("28 weeks gone", "10 wks pg") are a pregnancy, not an
# illness of 28 weeks (t104e-037: leg cramps in pregnancy, NHS Leg cramps in pregnancy: self-care).
@pytest.mark.parametrize("text", [
    "cramp in my calves at night, 30 weeks gone, stretching sorts it, no swelling",
    "bad leg cramps waking me up, 26 wks gone",
])
def test_weeks_gone_is_a_pregnancy_and_leg_cramps_in_it_are_self_care(text: str) -> None:
    found, facts = service_facts(text, 28, "F")
    assert facts.pregnant and (facts.duration_days is None or facts.duration_days < 30)
    urgency, rules = service_decide(text, 28, "F")
    assert urgency == "self_care" and "leg_cramps" in rules


def test_weeks_pg_is_a_pregnancy() -> None:
    assert "pregnancy" in current_codes("12 wks pg and terrible heartburn at night")


@pytest.mark.parametrize("text", [
    "2 weeks gone by and I still have this cough",
    "had a cough for 3 weeks now",
])
def test_weeks_gone_by_or_a_plain_duration_is_no_pregnancy(text: str) -> None:
    assert "pregnancy" not in current_codes(text)


# (2) Ankles "like balloons" by the evening in late pregnancy (NHS Swollen ankles, feet and fingers in pregnancy: normal,
# self-care); with a headache and vision problems it stays pre-eclampsia (t104e-038).
@pytest.mark.parametrize("text", [
    "36 weeks pregnant and my feet are like balloons by the evening, fine in the morning",
    "34 weeks pregnant, ankles look like balloons at night, no headache, vision fine",
])
def test_ankles_like_balloons_in_pregnancy_are_self_care(text: str) -> None:
    urgency, rules = service_decide(text, 30, "F")
    assert urgency == "self_care" and "pregnancy_swollen_ankles" in rules


def test_ankles_like_balloons_with_a_headache_and_spots_in_pregnancy_stay_an_emergency() -> None:
    urgency, rules = service_decide("35 weeks pregnant and my ankles are like balloons, bad headache and seeing spots", 30, "F")
    assert urgency in EMERGENT and "pregnancy_preeclampsia_signs" in rules


def test_a_face_puffy_too_is_not_self_care() -> None:
    urgency, _ = service_decide("34 weeks pregnant, feet like balloons and my face is puffy too", 30, "F")
    assert urgency != "self_care"


# (3) The birth dated with its weekday ("had my baby on friday (4 days ago)") is the first two weeks after it: tears then
# are the baby blues (NHS Postnatal depression: normal in the first two weeks; t104e-043).
@pytest.mark.parametrize("text", [
    "had my son on monday, 3 days ago, and I keep bursting into tears",
    "had my baby on sunday (5 days ago) and I'm so weepy, crying over nothing",
])
def test_the_birth_dated_by_weekday_with_tears_is_baby_blues(text: str) -> None:
    urgency, rules = service_decide(text, 29, "F")
    assert urgency == "self_care" and "baby_blues" in rules


@pytest.mark.parametrize("text", [
    "my sister had her baby on friday (4 days ago), she's weepy",
    "had my baby on friday (4 days ago), crying all the time and I've had thoughts of harming myself",
])
def test_someone_elses_birth_or_thoughts_of_self_harm_are_not_baby_blues(text: str) -> None:
    urgency, rules = service_decide(text, 29, "F")
    assert "baby_blues" not in rules and urgency != "self_care"


# (4) Breasts sore or heavy before a period, settling once it comes: cyclical breast pain (NHS Breast pain; t104e-042),
# seen by 外科 like every breast complaint; a lump, a fever or a pregnancy keep it off self-care.
@pytest.mark.parametrize("text", [
    "my breasts are so tender in the days before my period, goes once it starts",
    "before each period my boobs feel swollen and heavy, no lumps",
    "乳房每次来月经前一周就胀痛，来了就好",
    "来月经前两三天乳房胀痛，摸着没有硬块",
])
def test_breast_pain_before_a_period_is_cyclical_breast_pain(text: str) -> None:
    urgency, rules = service_decide(text, 34, "F")
    assert urgency == "self_care" and "cyclical_breast_pain" in rules
    assert department_group(text, 34) == "外科"


@pytest.mark.parametrize("text", [
    "my boobs get sore before my period and I found a lump in my left breast",
    "my right breast is sore in one spot all month, not linked to my period",
])
def test_a_lump_or_pain_in_one_place_is_not_cyclical_pain(text: str) -> None:
    urgency, rules = service_decide(text, 34, "F")
    assert urgency != "self_care" and "cyclical_breast_pain" not in rules


def test_cyclical_pain_with_a_fever_is_still_the_breast_inflammation_rule() -> None:
    urgency, rules = service_decide("my boobs get really sore before my period and now I have a fever of 38.5 and shivers", 34, "F")
    assert urgency == "urgent" and "breast_inflammation_with_fever" in rules


# (5) Thrush said to be back, or a chemist's treatment that cleared it before (NHS Thrush: a pharmacist can help when
# you recognise it; a GP if pregnant or the first time; t104e-048).
@pytest.mark.parametrize("text", [
    "pretty sure it's thrush again, itchy with thick white discharge, no smell",
    "itchy down there and cottage cheese discharge, the cream from the chemist cleared it last year",
])
def test_thrush_again_is_thrush_had_before(text: str) -> None:
    urgency, rules = service_decide(text, 30, "F")
    assert urgency == "self_care" and "thrush_recognised" in rules


def test_its_thrush_again_still_names_the_thrush() -> None:
    assert {"thrush_before", "gyn_symptoms"} <= current_codes("I think its thrush again, same itching down there")


@pytest.mark.parametrize("text", [
    "每次来月经前几天胸胀、脾气特别大、动不动就想哭，月经一来就好了",
    "我24岁，每次来月经前一周就乳房胀、脾气特别差、容易发火",
])
def test_breasts_with_mood_before_a_period_stay_premenstrual_symptoms(text: str) -> None:
    urgency, rules = service_decide(text, 26, "F")
    assert urgency == "self_care" and "premenstrual_symptoms" in rules and department_group(text, 26) == "妇产科"


@pytest.mark.parametrize("text", [
    "i'm 20 weeks pregnant and think i have thrush again, itchy",
    "never had thrush before, itchy and white discharge",
])
def test_thrush_in_pregnancy_or_the_first_time_is_not_self_care(text: str) -> None:
    urgency, rules = service_decide(text, 30, "F")
    assert urgency != "self_care" and "thrush_recognised" not in rules


# (6) A healing tear after the birth: "2nd degree tear", "the bleeding's getting lighter", and "nothing" touching a
# finding as its denial ("nothing smells off"): t104e-049 (NICE NG194, NHS Your post-pregnancy body).
def test_a_healing_second_degree_tear_with_lighter_bleeding_and_no_smell_is_self_care() -> None:
    text = "5 days after the birth, had a 2nd degree tear with stitches, still sore to sit on, the bleeding's getting lighter and nothing smells off"
    urgency, rules = service_decide(text, 30, "F")
    assert urgency == "self_care" and "perineal_stitches_healing" in rules
    assert "offensive_lochia" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "6 days since the birth, the bleeding's getting lighter but it smells off",
    "had a 2nd degree tear with stitches, 5 days after the birth, and the stitches are oozing pus and red",
])
def test_a_smell_or_pus_after_the_birth_is_not_self_care(text: str) -> None:
    urgency, _ = service_decide(text, 30, "F")
    assert urgency != "self_care"


def test_a_second_degree_tear_healed_months_ago_is_no_healing_wound() -> None:
    assert "perineal_stitches" not in current_codes("I had a 2nd degree tear which apparently healed fine but sex is still painful")


def test_nothing_touching_a_finding_denies_it_but_not_one_further_on() -> None:
    assert "offensive_lochia" not in current_codes("the bleeding is lighter and nothing smells off")
    assert "headache" in current_codes("I have tried everything and nothing works, my headache is awful")


# (7) Afterpains: cramping tummy pains while breastfeeding after the birth (NHS Your post-pregnancy body; t104z-045).
@pytest.mark.parametrize("text", [
    "3 days after the birth, I get period-like cramps when I breastfeed",
    "顺产第三天，喂奶的时候小肚子一阵阵疼，出血量正常",
    "剖腹产后第5天，每次喂奶子宫那里就抽着疼",
])
def test_cramps_while_breastfeeding_after_the_birth_are_afterpains(text: str) -> None:
    urgency, rules = service_decide(text, 31, "F")
    assert urgency == "self_care" and "afterpains_breastfeeding" in rules


@pytest.mark.parametrize("text", [
    "顺产第三天，喂奶的时候小肚子一阵阵疼，有点发烧38.5",
    "顺产第三天，喂奶的时候小肚子疼，恶露有臭味",
    "I'm 30 weeks pregnant and get tummy cramps when I feed my toddler",
    "2 days after the birth, afterpains are worse with this baby, and bleeding heavily soaking a pad an hour",
])
def test_afterpains_with_a_fever_smell_heavy_bleeding_or_a_pregnancy_are_not_self_care(text: str) -> None:
    urgency, _ = service_decide(text, 31, "F")
    assert urgency != "self_care"


# (8) Departments: a 内科 problem in pregnancy is the maternity team's (NICE NG133; NHS Flu), irregular periods with acne
# are PCOS signs for 妇科 (NHS PCOS), a nipple pulling in is a breast change for 外科, a prolapse felt and an HPV result
# are 妇科's.
@pytest.mark.parametrize("text", [
    "怀孕32周，这几天在家量血压都是146/96，以前都是110/70，不头疼",
    "孕24周，发烧38.6，咳嗽，浑身疼，孩子刚得了流感",
    "28 weeks pregnant, my home blood pressure was 145/95 twice today, no headache",
])
def test_a_medical_problem_in_pregnancy_goes_to_obstetrics(text: str) -> None:
    assert department_group(text, 30) == "妇产科"


def test_the_same_blood_pressure_without_a_pregnancy_stays_internal_medicine() -> None:
    assert department_group("my home blood pressure was 145/95 twice today, no headache", 45) == "内科"


@pytest.mark.parametrize("text", [
    "月经老是两三个月才来一次，脸上一直长痘，体重也涨了",
    "my periods are really irregular, every 2 or 3 months, and I've got bad acne on my chin",
])
def test_irregular_periods_with_acne_go_to_gynaecology(text: str) -> None:
    assert department_group(text, 23) == "妇产科"


def test_tiredness_cold_and_heavier_periods_without_acne_stay_internal_medicine() -> None:
    assert department_group("这半年总觉得累，特别怕冷，体重涨了七八斤，月经量也多了", 38) == "内科"


@pytest.mark.parametrize("text", [
    "my left nipple has started turning inwards over the last few weeks",
    "the skin on my breast looks dimpled like orange peel",
])
def test_a_nipple_turning_in_or_dimpled_breast_skin_is_a_breast_change_for_surgery(text: str) -> None:
    assert "breast_symptoms" in current_codes(text)
    assert department_group(text, 50) == "外科"


def test_a_babys_nipple_latch_is_not_a_breast_change() -> None:
    assert "breast_symptoms" not in current_codes("my baby's nipple confusion from the bottle")


@pytest.mark.parametrize("text", [
    "there's a feeling of something coming down below, worse by evening",
    "I can feel a bulge at the entrance of my vagina",
    "最近总觉得下面有个东西往下掉出来，站久了更明显",
])
def test_a_prolapse_felt_goes_to_gynaecology(text: str) -> None:
    assert "gyn_symptoms" in current_codes(text)
    assert department_group(text, 65) == "妇产科"


@pytest.mark.parametrize("text", [
    "体检查出HPV18阳性，要挂什么科",
    "my smear came back abnormal and they found high-risk HPV",
    "宫颈TCT结果是ASC-US，要紧吗",
])
def test_a_cervical_screening_result_goes_to_gynaecology(text: str) -> None:
    assert "cervical_screening_abnormal" in current_codes(text)
    assert department_group(text, 38) == "妇产科"


def test_hpv_negative_is_no_abnormal_result() -> None:
    assert "cervical_screening_abnormal" not in current_codes("体检HPV阴性，TCT正常")
