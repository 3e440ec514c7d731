"""blind123 (adults of 36 to 64 in working life): the self-care and department-only misses of the first look, each read as a
family in both languages, with the look-alikes that must not change. The time since the menopause is no complaint's length;
dry eyes after screens are the eye's self-care; a soft or itchy lump at the anus with bright red blood on the paper is
piles; the thumb and first fingers tingling at night are carpal tunnel's (骨科); a shoulder that aches is a joint's pain."""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_duration_days
from tests.triage_screen import current_codes, department_group, fired, service_decide


# (1) NHS Vaginal dryness: common around and after the menopause, a pharmacist can help. "绝经两年了" dates the menopause, as
# a baby's age dates the baby: it is not how long the dryness has lasted (t123z-028 read 730 days, past the group's year).
@pytest.mark.parametrize("text", [
    "绝经两年了 下面老是干干的 同房的时候疼 没有出血 分泌物也正常",
    "两年前就绝经了，下面有点干，同房的时候疼",
    "post-menopausal for 3 years. my vagina feels dry and sex is painful, no bleeding",
    "post-menopausal for 5 years, vaginal dryness and sex is painful, no bleeding or discharge",
])
def test_the_time_since_the_menopause_is_no_length_of_the_dryness(text: str) -> None:
    assert parse_duration_days(text) is None
    urgency, rules = service_decide(text, 54, "F")
    assert urgency == "self_care" and "vaginal_dryness_after_menopause" in rules
    assert department_group(text, 54) == "妇产科"


@pytest.mark.parametrize("text,days", [
    ("绝经两年了，最近下面干了三个月", 90),
    ("my periods stopped 3 years ago, dry down there for 2 months", 60),
    ("停经两个月了", 60),  # a missed period dates a possible pregnancy: left as it was
    ("咳嗽两年了", 730),
    ("went through the menopause 2 years ago", None),
])
def test_a_complaints_own_length_beside_the_menopause_still_counts(text: str, days: float | None) -> None:
    assert parse_duration_days(text) == days


def test_bleeding_after_the_menopause_is_still_not_self_care() -> None:
    urgency, _ = service_decide("绝经两年了，这两天下面又出血了", 54, "F")
    assert urgency != "self_care"


# (2) NHS Dry eyes: dry, gritty or sore eyes, likelier after long hours at screens; a pharmacist can help (eye drops).
@pytest.mark.parametrize("text", [
    "天天对着电脑十来个小时 眼睛又干又酸 看久了有点模糊 眨眨眼就好 不红也不疼",
    "看手机看久了眼睛干酸，不红不疼",
    "上班一天盯着屏幕，眼睛又酸又涩",
    "dry gritty eyes from working at the computer all day, no pain",
    "my eyes are so dry at work with the air con, not red, no pain",
])
def test_dry_eyes_after_screens_are_self_care_for_the_eye_clinic(text: str) -> None:
    assert "eye_red" in current_codes(text)
    urgency, rules = service_decide(text, 43, "F")
    assert urgency == "self_care" and "mild_conjunctivitis" in rules
    assert department_group(text, 43) == "眼科"


@pytest.mark.parametrize("text", ["i dried my eyes and stopped crying", "dry skin on my eyelids", "口干，眼睛不干", "no dry eyes, just a headache"])
def test_dried_tears_or_a_denied_dry_eye_is_no_dry_eye(text: str) -> None:
    assert "eye_red" not in current_codes(text)


def test_dry_eyes_with_sight_going_suddenly_is_not_self_care() -> None:
    urgency, _ = service_decide("my eyes are dry and this morning i suddenly lost the sight in my right eye", 50, "F")
    assert urgency != "self_care"


# (3) NHS Piles: lumps around the anus, itching, bright red blood after a poo; often better in days, a pharmacist can help.
@pytest.mark.parametrize("text", [
    "itchy lump at my bum and bright red blood on the toilet paper when i wipe, been straining alot cos im bunged up. blood isnt mixed in the poo",
    "small soft lump around my anus, itchy, a bit of bright red blood on the paper after i poo",
    "little lump at my back passage and bright red blood on the toilet paper after a poo",
])
def test_a_soft_or_itchy_lump_at_the_anus_with_blood_on_the_paper_is_piles(text: str) -> None:
    assert "haemorrhoids" in current_codes(text)
    urgency, rules = service_decide(text, 44, "M")
    assert urgency == "self_care" and "piles_home_treatment" in rules
    assert department_group(text, 44) == "外科"


@pytest.mark.parametrize("text", ["a lump on my bum cheek, red and sore", "small lump on my bottom lip", "itchy lump at the bottom of my neck"])
def test_a_lump_on_the_bum_cheek_lip_or_neck_is_no_piles(text: str) -> None:
    assert "haemorrhoids" not in current_codes(text)


def test_piles_with_a_lot_of_blood_are_not_self_care() -> None:
    urgency, _ = service_decide("itchy lump at my bum and the toilet water turned red with blood, lots of clots", 44, "M")
    assert urgency != "self_care"


# (4) NHS Carpal tunnel syndrome: tingling or numbness in the thumb, index and middle fingers, often worse at night; the
# fingers said with a digit ("first 2 fingers") after the thumb. Treated by 骨科 (外科), not read as a nerve disease of 神经内科.
@pytest.mark.parametrize("text", [
    "pins and needles in my thumb and first 2 fingers mostly at night, shaking my hand makes it go away. i type all day",
    "tingling in my thumb and 2 fingers at night, i work on a keyboard all day",
    "numbness in my thumb and first 2 fingers, wakes me up at night",
])
def test_the_thumb_and_first_fingers_tingling_at_night_are_carpal_tunnel(text: str) -> None:
    assert "carpal_tunnel" in current_codes(text)
    assert department_group(text, 62) == "外科"


def test_a_numb_thumb_in_the_day_alone_is_no_carpal_tunnel() -> None:
    assert "carpal_tunnel" not in current_codes("my thumb went numb from the cold this afternoon")


# (5) NHS Shoulder pain: "my shoulder aches" is a joint's pain (外科), no longer nothing recognised; the cardiac red flag
# still decides a shoulder ache said with a tight chest.
@pytest.mark.parametrize("text", [
    "spent the weekend painting the ceiling and now my right shoulder aches when i lift my arm above my head, can still move it ok",
    "my right shoulder aches when i reach up to the top shelf",
    "her left shoulder aches when she lifts her arm, she can still move it",
])
def test_a_shoulder_elbow_or_knee_that_aches_is_joint_pain(text: str) -> None:
    assert "joint_pain" in current_codes(text)
    assert department_group(text, 46) == "外科"


def test_a_shoulder_ache_with_a_tight_chest_and_sweating_stays_an_emergency() -> None:
    text = "my left shoulder aches and my chest feels tight and heavy, sweating"
    assert "chest_pain_danger_features" in fired(text)
    urgency, _ = service_decide(text, 58, "M")
    assert urgency == "emergency_ambulance"


def test_my_heart_aches_is_no_joint_pain() -> None:
    assert "joint_pain" not in current_codes("my heart aches since she left")
