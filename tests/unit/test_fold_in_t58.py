"""blind58 (a representative week of first messages): what its first look missed, read for what it says, with the
near-misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize("text", [
    "Banged my head on the car boot an hour ago, no blackout, but I've thrown up twice since",
    "hit my head on a shelf this morning and have thrown up a couple of times",
    "头撞到柜门上了，之后吐了两次，头越来越疼",
])
def test_vomiting_after_a_head_blow_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=40)
    assert urgency == "emergency" and "head_injury_danger" in rules


def test_not_thrown_up_after_a_head_bump_is_no_vomiting() -> None:
    text = "bumped my head on a cupboard, haven't thrown up, didn't pass out"
    assert "vomiting" not in current_codes(text)
    assert decide(text, age=40)[0] != "emergency"


@pytest.mark.parametrize("text", [
    "怀孕34周，平时宝宝动得挺多，今天一上午就动了一两下",
    "孕33周了，宝宝今天一整天感觉只踢了两三次",
    "38周了，宝宝喝了点甜的躺左边也还是不怎么动",
])
def test_few_movements_in_a_day_is_reduced_fetal_movements(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency" and "reduced_fetal_movements" in rules


@pytest.mark.parametrize("text", ["怀孕34周，宝宝今天动了好多下，踢得很欢", "宝宝今天一上午动得挺多"])
def test_plenty_of_movements_is_not_reduced(text: str) -> None:
    assert "reduced_fetal_movements" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "孩子从单杠上掉下来，左手前臂肿了，看着有点弯",
    "摔了一跤以后小臂有点歪，一动就疼",
    "my son fell off the trampoline and his forearm looks a bit bent",
])
def test_an_injured_forearm_that_is_bent_is_deformed(text: str) -> None:
    urgency, rules = decide(text, age=9)
    assert urgency == "emergency" and "deformed_limb_after_injury" in rules


@pytest.mark.parametrize("text", ["小腿有点弯，是不是O型腿", "胳膊弯一下就疼", "手腕肿了还有点疼"])
def test_bent_without_an_injury_is_no_emergency(text: str) -> None:
    assert decide(text, age=9)[0] != "emergency"


@pytest.mark.parametrize("text", [
    "真的撑不住了，药都准备好了，打算今晚就了结",
    "I've got everything ready and I'm going to end it tonight",
])
def test_means_ready_and_an_ending_set_for_tonight_is_suicidal(text: str) -> None:
    urgency, rules = decide(text, age=35)
    assert urgency == "emergency" and "suicidal_intent" in rules


@pytest.mark.parametrize("text", [
    "材料都准备好了，想今晚就结束这个项目",
    "行李都准备好了，明天就出发",
    "I've got everything ready for the party tonight",
])
def test_ready_for_an_ordinary_ending_is_not_suicidal(text: str) -> None:
    assert "suicidal" not in current_codes(text)


@pytest.mark.parametrize(("text", "rule"), [
    ("My back tooth on the right has been throbbing for days and now my cheek is swollen", "dental_abscess_signs"),
    ("怀孕6周，擦的时候纸上有一点淡粉色的血，肚子不痛", "pregnancy_pain_or_bleeding"),
    ("爸爸有糖尿病，脚后跟磨了个泡，前天破了，周围有点红", "diabetic_foot_wound"),
])
def test_urgent_said_in_everyday_words(text: str, rule: str) -> None:
    urgency, rules = decide(text, age=50 if "爸爸" in text else 30)
    assert urgency == "urgent" and rule in rules


def test_bright_red_blood_on_the_paper_is_not_a_vaginal_bleed() -> None:
    assert "vaginal_bleeding" not in current_codes("上厕所擦的时候纸上有鲜红的血，大便干")


def test_an_unbroken_foot_blister_is_no_wound() -> None:
    assert "foot_wound_unhealed" not in current_codes("糖尿病，脚底磨了个泡，没破，不红")


@pytest.mark.parametrize("text", [
    "stood up into the open boot lid, proper bang, got a small lump, no sickness, feel fine",
    "起身的时候撞到吊柜了，起了个包，没吐也没晕",
])
def test_standing_up_into_a_cupboard_is_a_head_bump(text: str) -> None:
    assert "head_injury" in current_codes(text)
    assert decide(text, age=40) == ("self_care", {"minor_head_bump"})


def test_standing_up_under_a_shelf_without_a_blow_is_no_head_bump() -> None:
    assert "head_injury" not in current_codes("standing up under the shelf is awkward")


@pytest.mark.parametrize("text", [
    "Had 5 strong coffees for the exam and my heart keeps skipping a beat now. No chest pain, not dizzy.",
    "今天喝了三大杯美式，心怦怦直跳，没有胸痛，不头晕，没晕倒",
])
def test_palpitations_after_a_lot_of_coffee_are_self_care(text: str) -> None:
    assert decide(text, age=25) == ("self_care", {"caffeine_palpitations"})


@pytest.mark.parametrize("text", [
    "Had 5 coffees and now my heart is racing with chest pain",        # a warning sign of its own
    "喝了三杯咖啡以后心慌，还晕倒了一次",
])
def test_caffeine_does_not_explain_away_warning_signs(text: str) -> None:
    assert decide(text, age=25)[0] != "self_care"


def test_palpitations_without_caffeine_are_no_caffeine_group() -> None:
    assert "caffeine_palpitations" not in decide("my heart keeps skipping a beat, no chest pain", age=25)[1]


@pytest.mark.parametrize(("text", "code"), [
    ("Every year at about this time I start sneezing and my eyes itch", "hay_fever"),
    ("每年一到这个时候就打喷嚏、眼睛痒", "hay_fever"),
    ("my left shoulder has ached for weeks, worse lifting my arm", "joint_pain"),
    ("体检说我胆固醇偏高，甘油三酯也高", "raised_lipids"),
    ("my cholesterol came back high at the health check", "raised_lipids"),
    ("这半年月经很不规律，有时五十多天才来一次", "gyn_symptoms"),
])
def test_department_findings_in_everyday_words(text: str, code: str) -> None:
    assert code in current_codes(text)


@pytest.mark.parametrize(("text", "code"), [
    ("每年这个时候都要去体检", "hay_fever"),
    ("every year at this time I get my flu jab", "hay_fever"),
    ("胆固醇不高，血脂正常", "raised_lipids"),
])
def test_department_near_misses(text: str, code: str) -> None:
    assert code not in current_codes(text)


def test_snoring_with_a_blocked_nose_goes_to_ent() -> None:
    from tools.triage_engine import extract_findings, patient_facts, triage
    found = extract_findings("鼻子老是不通气，晚上打鼾很响，白天犯困")
    decision = triage(found, patient_facts({"age_years": 45}, None, found))
    assert decision.department.group_zh == "耳鼻咽喉科"


@pytest.mark.parametrize(("text", "days"), [
    ("宝宝1岁2个月，下午量38.2，有点流鼻涕", None),    # an age in years and months, no duration
    ("孩子3岁零5个月，咳嗽三天", 3.0),
    ("孩子3岁，咳了2个月", 60.0),                      # a duration after an age still counts
])
def test_months_of_an_age_are_no_duration(text: str, days: float | None) -> None:
    from tools.slots import parse_duration_days
    assert parse_duration_days(text) == days
