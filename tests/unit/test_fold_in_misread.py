"""Ten known misreadings of the triage engine (found in earlier blind sets), each read as a family: positive phrasings
that were not in the vignette, and the near misses (negated, past, someone else, benign look-alikes) that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, department_group


# (1) 'fitted' as installed, serviced or sized is no fit; 'fitted' said of a person still is (NHS Epilepsy; NHS Carbon
# monoxide poisoning for the appliance fitted before the symptoms).
@pytest.mark.parametrize("text", [
    "we had a new boiler fitted on Monday and I've had a headache since",
    "got fitted for a hearing aid yesterday",
    "she wore a fitted dress to the party and now her ankle hurts",
    "the carpets were fitted last week",
    "the engineer was fitting the boiler all morning",
    "my ill-fitting dentures rub my gums",
])
def test_a_thing_fitted_is_no_seizure(text: str) -> None:
    assert "seizure" not in current_codes(text)


@pytest.mark.parametrize("text", ["he fitted for 10 minutes", "my son has fitted twice today", "baby fitted in the car seat",
                                  "she's fitting, arms jerking", "i think he fitted"])
def test_a_person_who_fitted_is_a_seizure(text: str) -> None:
    assert "seizure" in current_codes(text)


@pytest.mark.parametrize("text", [
    "the gas fire was fitted last week and since then I get headaches at home",
    "our boiler was serviced on monday and ever since I've felt dizzy and sick",
])
def test_a_gas_appliance_fitted_before_the_symptoms_is_carbon_monoxide_context(text: str) -> None:
    urgency, rules = decide(text, age=40)
    assert "co_exposure_risk" in current_codes(text) and "seizure" not in current_codes(text)
    assert urgency == "urgent" and "possible_carbon_monoxide" in rules


def test_a_carpet_fitted_before_a_headache_is_no_carbon_monoxide() -> None:
    assert "co_exposure_risk" not in current_codes("the carpet was fitted last week and since then I get headaches")


# (2) A duration belongs to the finding it is said with: "it ... 20 mins" is a long seizure only about a fit named before.
@pytest.mark.parametrize("text", [
    "I held it under cold water for 20 mins",
    "burnt my hand, ran it under the cold tap for 20 minutes",
    "nosebleed, pinched it for 10 minutes",
    "用凉水持续冲了二十分钟",
    "流鼻血十分钟了还没停",
])
def test_a_duration_of_something_else_is_no_long_seizure(text: str) -> None:
    assert "seizure_long_or_repeated" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "he's having a fit, it's been going 7 minutes",
    "she had a seizure. It lasted about 8 minutes",
    "孩子抽搐，持续了十分钟",
    "孩子抽筋，十分钟了还没停",
])
def test_a_duration_said_of_a_fit_is_a_long_seizure(text: str) -> None:
    urgency, _ = decide(text, age=30)
    assert "seizure_long_or_repeated" in current_codes(text) and urgency == "emergency_ambulance"


# (3) Floppy / 软绵绵 said of an adult is weakness all over, not a floppy child with sepsis (NICE NG51, NHS Sepsis).
@pytest.mark.parametrize("text", ["发烧38.9，浑身软绵绵没力气", "fever and I feel floppy and weak all over", "发烧，整个人软塌塌的"])
def test_a_feverish_adult_limp_all_over_is_no_sepsis(text: str) -> None:
    urgency, rules = decide(text, age=35)
    assert "sepsis_signs" not in rules and urgency not in ("emergency", "emergency_ambulance")
    assert department_group(text, age=35) == "内科"


@pytest.mark.parametrize("text, age", [("发烧，全身软绵绵的", 1), ("my baby has a fever and is floppy", 0.5), ("宝宝发烧，全身软绵绵的", None)])
def test_a_feverish_floppy_child_or_unknown_age_keeps_the_sepsis_sign(text: str, age: float | None) -> None:
    _, rules = decide(text, age=age)
    assert "sepsis_signs" in rules


def test_an_adult_with_fever_and_confusion_is_still_sepsis() -> None:
    _, rules = decide("老人发烧，浑身软塌塌的，有点糊涂", age=80)
    assert "sepsis_signs" in rules


# (4) A warm wound and a systemic fever in one clause pair: both are read.
@pytest.mark.parametrize("text", ["刀口红肿发热，今天烧到38.8度", "伤口又红又肿发热，人也发烧39度", "the wound is red and hot, and I have a temperature of 38.6"])
def test_a_warm_wound_and_a_fever_are_both_read(text: str) -> None:
    codes = current_codes(text)
    assert {"wound_infection", "fever"} <= codes


@pytest.mark.parametrize("text", ["伤口周围红肿发热，没发烧", "伤口周围红肿发热，体温正常"])
def test_a_warm_wound_without_a_fever_is_no_fever(text: str) -> None:
    assert "fever" not in current_codes(text)


# (5) A blister or sore on a diabetic foot that is not healing (NHS Diabetes foot problems; NICE NG19): urgent.
@pytest.mark.parametrize("text", [
    "糖尿病十年了，脚底的泡两个星期了还没好",
    "我是二型糖尿病，大脚趾磨了个泡，一直不好",
    "I'm diabetic, blister on my heel from new shoes, still not healed after 2 weeks",
])
def test_a_diabetic_foot_blister_not_healing_is_urgent(text: str) -> None:
    urgency, rules = decide(text, age=60)
    assert urgency == "urgent" and "diabetic_foot_wound" in rules


@pytest.mark.parametrize("text", ["脚后跟磨了个泡，昨天磨的", "手上烫了个泡，一直没长好"])
def test_a_fresh_blister_or_one_off_the_foot_is_no_unhealed_foot_wound(text: str) -> None:
    assert "foot_wound_unhealed" not in current_codes(text)


# (6) The glare, blur and halos of a known cataract are routine (NHS Cataracts); a sudden change is still urgent.
@pytest.mark.parametrize("text", [
    "I've got cataracts, my vision is cloudy and halos round lights",
    "白内障，看东西模糊，晚上车灯很晃眼",
    "my cataract makes headlights dazzle me",
])
def test_a_known_cataracts_glare_and_blur_are_routine(text: str) -> None:
    urgency, _ = decide(text, age=72)
    assert urgency == "routine" and "cataract" in current_codes(text)


@pytest.mark.parametrize("text", ["I have a cataract and suddenly my vision went blurry today", "no cataracts, but my vision went blurry this week",
                                  "my vision is blurry"])
def test_a_sudden_or_new_blur_is_still_urgent(text: str) -> None:
    urgency, _ = decide(text, age=72)
    assert urgency == "urgent"


def test_the_cataract_operation_is_not_the_cataract() -> None:
    codes = current_codes("had my cataract operation 3 days ago, now vision blurry")
    assert "cataract" not in codes and "eye_surgery_recent" in codes


# (7) Flicking a baby's soles: crying is a response; no crying or reaction is unresponsive (NHS Is your baby or toddler
# seriously ill; ESI v4 level 1).
@pytest.mark.parametrize("text", ["弹脚底板也不哭", "弹了几下脚心都没哭", "拍宝宝脚底板，他也不哭不动", "flicked the soles of his feet and he didn't cry"])
def test_a_baby_who_does_not_cry_when_the_soles_are_flicked_is_unresponsive(text: str) -> None:
    assert "unresponsive" in current_codes(text)


@pytest.mark.parametrize("text", ["弹脚底板他就哭了", "弹了弹脚底板，哭得很大声", "flicked her feet and she cried", "弹他脚心，他哭了几声"])
def test_a_baby_who_cries_when_the_soles_are_flicked_is_not_unresponsive(text: str) -> None:
    assert "unresponsive" not in current_codes(text)


# (8) A chemical on the face that missed the eyes is no chemical eye injury; one in the eye stays (NHS Eye injuries).
@pytest.mark.parametrize("text", ["84溅到脸上，没进眼睛", "漂白水溅了一脸，眼睛倒是没事", "消毒液溅到脸上，不过没溅到眼睛",
                                  "bleach splashed on my face but it missed my eyes", "bleach splashed on my face, didn't get in my eyes"])
def test_a_chemical_on_the_face_that_missed_the_eyes_is_not_in_the_eye(text: str) -> None:
    assert "eye_chemical" not in current_codes(text)


@pytest.mark.parametrize("text", ["消毒液溅到眼睛里了，冲完眼睛没事了", "洁厕灵溅到眼睛里了", "管道疏通剂不小心溅到眼睛里了，眼睛睁不开", "84消毒液溅了一脸，眼睛又红又疼", "bleach splashed in his eye"])
def test_a_chemical_in_the_eye_stays_a_chemical_eye_injury(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency" and "chemical_eye_injury" in rules


# (9) Asthma not controlled: reliever 3 or more times a week or waking at night (NHS Asthma; NICE NG245): routine, not a cold.
@pytest.mark.parametrize("text", [
    "I've got asthma, need my reliever most days and I wake up at night coughing",
    "my ventolin 4 times a week, cough at night",
    "asthma, waking at night with a cough",
    "哮喘，一周要喷四五次沙丁胺醇，晚上咳醒",
    "有哮喘，晚上老咳醒",
])
def test_asthma_not_controlled_is_a_routine_review(text: str) -> None:
    urgency, _ = decide(text, age=30)
    assert urgency == "routine" and "asthma_uncontrolled" in current_codes(text)


@pytest.mark.parametrize("text", ["asthma is getting worse, using my blue inhaler every 3 hours", "一天要喷四五次沙丁胺醇"])
def test_the_reliever_needed_every_few_hours_is_still_urgent(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "urgent" and "asthma_getting_worse" in rules


@pytest.mark.parametrize("text", ["I have a cold and cough, waking at night coughing", "I have asthma, use my inhaler once a week",
                                  "I have asthma, no night waking, inhaler twice a week"])
def test_a_cold_or_controlled_asthma_is_not_uncontrolled_asthma(text: str) -> None:
    assert "asthma_uncontrolled" not in current_codes(text)


# (10) Athlete's foot or ringworm with diabetes: see a GP (NHS Athlete's foot, NHS Ringworm): routine, not self-care.
@pytest.mark.parametrize("text", ["我有糖尿病，脚气，脚趾缝痒脱皮", "type 2 diabetes, ringworm on my arm", "diabetic, athlete's foot, itchy and peeling between my toes"])
def test_a_fungal_skin_infection_with_diabetes_is_not_self_care(text: str) -> None:
    urgency, _ = decide(text, age=55)
    assert urgency == "routine"


@pytest.mark.parametrize("text", ["athlete's foot between my toes, itchy and cracked", "脚气，脚趾缝痒脱皮", "ringworm on my arm, scaly red ring"])
def test_a_fungal_skin_infection_without_diabetes_stays_self_care(text: str) -> None:
    urgency, _ = decide(text, age=35)
    assert urgency == "self_care"
