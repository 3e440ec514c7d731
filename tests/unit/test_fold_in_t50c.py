"""blind50 (after hospital: an operation, a procedure, a new medicine): the expected after-effects of an operation or
procedure, read as self-care only with the operation named and no danger sign; a water-works infection after a
catheter is urgent."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize(("text", "age", "group"), [
    # bruising around the cuts (NHS Laparoscopy recovery)
    ("Three days after my keyhole appendix operation the little cuts have yellow and purple bruising round them, "
     "nothing leaking", 40, "post_op_bruising"),
    ("做完手术一周，切口旁边有一片淤青，不红不热", 55, "post_op_bruising"),
    # itching of a healing wound (NHS Scars, NICE NG125)
    ("My scar from the operation keeps itching, it has healed and is not red", 45, "healing_wound_itch"),
    ("刀口已经长好了，就是有点发痒，不红不肿", 38, "healing_wound_itch"),
    # itchy cast (NHS Broken arm or wrist)
    ("Itchy under my plaster cast, fingers warm and pink and moving", 14, "cast_itch"),
    ("打了石膏两周，里面特别痒，手指头颜色正常", 30, "cast_itch"),
    # shoulder pain after keyhole surgery (NHS Laparoscopy recovery)
    ("Since the laparoscopy yesterday my right shoulder aches, no temperature, breathing fine", 35, "lap_shoulder_pain"),
    ("微创腹腔镜做完，左肩膀酸痛，不发烧", 29, "lap_shoulder_pain"),
    # a little blood after a tooth is out
    ("Had a molar pulled this morning and there's still a bit of blood in my spit, not pouring", 30, "extraction_ooze"),
    ("今天拔了颗牙，口水里有一点血，不是一直流", 26, "extraction_ooze"),
    # blood streaks after a bronchoscopy (NHS Bronchoscopy)
    ("I had a bronchoscopy with biopsies today. Some streaks of blood in my phlegm, breathing is fine", 60,
     "bronchoscopy_blood_streaks"),
    ("今天做了支气管镜，痰里带点血丝，不喘，胸口不疼", 58, "bronchoscopy_blood_streaks"),
])
def test_expected_after_effects_are_self_care(text: str, age: float, group: str) -> None:
    assert decide(text, age=age) == ("self_care", {group})


@pytest.mark.parametrize(("text", "age"), [
    # danger words keep each after-effect off self-care
    ("Three days after keyhole surgery there's bruising round the cuts and now a fever", 40),
    ("手术后刀口周围淤青，还发烧了", 55),
    ("My operation scar is itchy and there's pus coming out and a temperature", 45),
    ("Itchy under the cast and my fingers have gone numb", 14),
    ("打了石膏，里面很痒，手指发麻", 30),
    ("After the laparoscopy my shoulder hurts and I'm short of breath", 35),
    ("Had a tooth out and the bleeding won't stop, it's pouring", 30),
    ("Had a bronchoscopy today, streaks of blood in my phlegm and a fever of 38.5", 60),
    ("做了支气管镜，痰里带血丝，胸口疼，喘不上气", 58),
])
def test_a_danger_sign_is_no_self_care(text: str, age: float) -> None:
    assert decide(text, age=age)[0] != "self_care"


@pytest.mark.parametrize("text", [
    "coughing up streaks of blood in my phlegm for a week",  # no bronchoscopy: coughing up blood stays urgent
    "痰里带血丝好几天了",
])
def test_blood_in_phlegm_without_the_procedure_stays_urgent(text: str) -> None:
    assert decide(text, age=60) == ("urgent", {"coughing_blood"})


@pytest.mark.parametrize("text", [
    "My bruise from bumping the table is purple", "itchy rash on my arm",  # no operation named
    "腿上一块淤青", "身上发痒",
])
def test_no_procedure_named_no_after_effect_code(text: str) -> None:
    codes = current_codes(text)
    assert not codes & {"post_op_bruising", "wound_itch_healing", "cast_itch", "lap_shoulder_pain", "extraction_ooze"}


def test_a_hernia_repair_or_gallbladder_surgery_is_the_operation_not_a_bulge_or_stones() -> None:
    assert "hernia" not in current_codes("the wound from my hernia repair")
    assert "gallstones" not in current_codes("I had gallbladder surgery 4 days ago")
    assert "hernia" in current_codes("I think I have a hernia in my groin")
    assert "gallstones" in current_codes("they found gallstones on the scan")


@pytest.mark.parametrize("text", [
    "My dad had his catheter taken out two days ago and now it burns when he pees and he goes every hour",
    "拔了尿管两天，现在尿频尿痛",
])
def test_water_works_infection_after_a_catheter_is_urgent(text: str) -> None:
    assert decide(text, age=70) == ("urgent", {"uti_after_catheter"})


def test_water_works_symptoms_without_a_catheter_are_not_the_catheter_rule() -> None:
    assert "uti_after_catheter" not in decide("it burns when I pee, no catheter, never had one", age=70)[1]
    assert "catheter_recent" not in current_codes("尿频尿痛两天")
