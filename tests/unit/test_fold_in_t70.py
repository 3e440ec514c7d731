"""blind70 (a representative week): what the first look missed, read for what it says, with the near-misses that
must not change."""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_duration_days
from carebridge.tools.triage_engine import decide_urgency, extract_findings, patient_facts
from tests.triage_screen import current_codes, decide


def decide_woman(text: str, age: float) -> tuple[str, set[str]]:
    """decide() for a woman (the thrush advice is for women)."""
    found = extract_findings(text)
    urgency, _, reasons = decide_urgency(found.present, patient_facts({"age_years": age, "sex": "F"}, None, found))
    return urgency, {r.id for r in reasons}


# NHS Paracetamol for adults: more than 8 tablets (4 g) in 24 hours needs A&E even when the person feels well. The
# amount is often said with a hedge ("快", "将近", "nearly") or after "一天下来" / "一天之内".
@pytest.mark.parametrize("text", [
    "两种感冒药里都有对乙酰氨基酚，算下来一天吃了快6克，现在没什么感觉",
    "泰诺林和感冒冲剂一起吃的，对乙酰氨基酚一天下来差不多吃了5克多",
    "扑热息痛一天之内吃了将近十二片",
    "I took two cold remedies and both had paracetamol in them, worked it out and it's nearly 6 grams in a day",
    "paracetamol plus a lemsip, about 5 g in the last 24 hours, feel fine",
])
def test_paracetamol_over_the_daily_maximum_said_with_a_hedge_goes_in_now(text: str) -> None:
    urgency, rules = decide(text, age=34)
    assert urgency == "emergency" and "paracetamol_over_max_dose" in rules


@pytest.mark.parametrize("text", [
    "对乙酰氨基酚一天吃了快4克",
    "对乙酰氨基酚一天最多吃4克，我吃了两片",
    "paracetamol, 3 grams in a day for my back",
])
def test_paracetamol_within_the_maximum_is_not_an_overdose(text: str) -> None:
    assert "paracetamol_over_max" not in current_codes(text)


# NHS Burns and scalds: every chemical burn goes to A&E; drain cleaner is a strong alkali or acid, however it is named.
@pytest.mark.parametrize("text", [
    "通下水道的那种药水溅到手背上了，冲了半天水还是火辣辣的疼",
    "手上沾了管道疏通剂，红了一片很疼",
    "通渠水溅到脚上了",
    "splashed drain cleaner on the back of my hand, rinsed it, the skin has gone white",
    "my arm got splashed with the stuff for unblocking the sink and it's burning",
])
def test_drain_cleaner_on_the_skin_is_a_chemical_burn(text: str) -> None:
    urgency, rules = decide(text, age=47)
    assert urgency == "emergency" and "serious_burn" in rules


@pytest.mark.parametrize("text", [
    "用疏通剂通下水道，戴了手套，没溅到身上",
    "下水道堵了，疏通剂倒进去也没用",
    "I used drain cleaner on the sink, didn't get any on me",
])
def test_drain_cleaner_not_on_the_skin_is_no_burn(text: str) -> None:
    assert "chemical_burn" not in current_codes(text)


def test_drain_cleaner_in_the_eye_stays_an_eye_chemical() -> None:
    assert "eye_chemical" in current_codes("疏通剂溅到眼睛里了")


# NHS Abdominal aortic aneurysm: a bulge or swelling in the aorta; sudden severe tummy or back pain in someone who has
# one is a burst aneurysm until shown otherwise (call 999).
@pytest.mark.parametrize("text", [
    "我爸75，之前体检说肚子里有根大血管鼓了个包一直在观察，今天突然腰和肚子剧痛，直冒汗",
    "他主动脉有个鼓包，医生说定期复查，刚才突然后背剧痛",
    "Dad has a bulge in his main artery they've been keeping an eye on, and suddenly there's severe pain in his tummy going through to his back",
])
def test_sudden_pain_with_a_known_bulging_aorta_calls_an_ambulance(text: str) -> None:
    urgency, rules = decide(text, age=75)
    assert urgency == "emergency_ambulance" and "burst_aortic_aneurysm_signs" in rules


def test_a_bulging_vein_is_not_an_aneurysm() -> None:
    assert "aortic_aneurysm" not in current_codes("腿上的血管鼓起来了，像蚯蚓一样")


# NHS Gout: a suddenly red, hot, swollen big toe joint is gout's own presentation (urgent GP, or 111 with a high
# temperature or shivers), not the sudden severe pain of the emergency rule.
@pytest.mark.parametrize("text", [
    "半夜右脚大脚趾突然肿得通红，疼得被子碰一下都受不了，量了体温38.3，浑身发冷",
    "大脚趾关节一下子又红又烫，疼得钻心，发烧38.5度",
    "big toe joint on my right foot suddenly went red and swollen overnight, agony, temperature 38.4 and shivery",
])
def test_gout_flare_with_fever_is_urgent_not_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=52)
    assert urgency == "urgent" and "gout_with_fever" in rules


@pytest.mark.parametrize("text", [
    "突然肚子疼得在床上打滚",
    "out of nowhere I have agonising pain in my back",
])
def test_other_sudden_severe_pain_stays_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=52)
    assert urgency == "emergency" and "sudden_severe_pain" in rules


# NICE NG97: memory problems creeping on over months are assessed in primary care, unlike the confusion of delirium,
# which comes on over hours or days. The time may be said after the memory words, in a later sentence.
@pytest.mark.parametrize("text", [
    "My mother keeps forgetting things she's just been told and asks the same question again and again. It's been creeping on over the last year",
    "Dad keeps forgetting names and asks me the same things over and over, it's been getting gradually worse over the past few months",
    "奶奶老是忘事，刚说过的话转头就忘，同一个问题问好几遍，差不多一年了",
    "我妈总是问同样的问题，记不住事，这样有大半年了",
])
def test_memory_loss_over_months_is_not_acute_confusion(text: str) -> None:
    urgency, rules = decide(text, age=76)
    assert urgency != "emergency" and "altered_consciousness" not in rules
    assert "memory_decline" in current_codes(text)


@pytest.mark.parametrize("text", [
    "since this morning Mum keeps forgetting what I just told her and asks the same question again and again",
    "妈妈今天早上开始老是问同一个问题，刚说完又问",
])
def test_repeated_questions_since_today_stay_acute_confusion(text: str) -> None:
    urgency, rules = decide(text, age=76)
    assert urgency == "emergency" and "altered_consciousness" in rules


# NHS Shingles: a blistering rash on one side only; near the eye, see a GP urgently.
@pytest.mark.parametrize("text", [
    "额头右边到头顶起了一片小水泡，只在一边，疼得像针扎",
    "左边肋骨那里长了一串小水疱，只长在一侧，火辣辣地疼",
])
def test_blisters_on_one_side_only_are_shingles(text: str) -> None:
    urgency, rules = decide(text, age=67)
    assert urgency == "urgent" and "shingles" in rules


def test_one_sided_headache_is_not_shingles() -> None:
    assert "shingles" not in current_codes("头疼只在一边，跳着疼")


# NHS Cataracts: cloudy vision that came on over months is for the optician or GP; months said as how long it has
# been ("好几个月了", "半年多了") is the Chinese of "for months".
@pytest.mark.parametrize("text", [
    "奶奶看东西越来越模糊，像隔着一层雾，好几个月了，眼睛不红不疼",
    "看东西模糊半年多了，眼睛不疼",
])
def test_blurred_vision_for_months_is_not_a_new_vision_change(text: str) -> None:
    urgency, rules = decide(text, age=73)
    assert urgency == "routine" and "new_vision_change" not in rules


def test_blurred_vision_since_yesterday_is_new() -> None:
    assert "new_vision_change" in decide("昨天开始看东西模糊", age=73)[1]


# NHS Thrush: a pharmacist can help if you have had thrush before and recognise it.
@pytest.mark.parametrize("text", [
    "下面又痒了，白带像豆腐渣一样，跟去年那次一模一样，那次用了栓剂就好了。没怀孕",
    "外阴瘙痒，白带像豆腐渣，上次用了凯妮汀就好了",
    "itchy down below again with thick white discharge, same as last time when a pessary cleared it",
])
def test_thrush_like_last_time_is_for_the_pharmacist(text: str) -> None:
    urgency, rules = decide_woman(text, age=32)
    assert urgency == "self_care" and "thrush_recognised" in rules


@pytest.mark.parametrize("text", ["下面痒，白带多，第一次这样", "头疼，跟上次一样"])
def test_a_first_time_itch_or_another_repeat_is_no_thrush_history(text: str) -> None:
    assert "thrush_before" not in current_codes(text)


# NHS Heartburn and acid reflux: see a GP for heartburn most days for 3 weeks or more; a span said without a number
# ("for the last month") is a duration too.
@pytest.mark.parametrize(("text", "days"), [
    ("heartburn pretty much every day for the last month", 30.0),
    ("over the past few months", 60.0),
    ("in the last year", 365.0),
    ("for the last week", 7.0),
])
def test_a_span_said_without_a_number_is_a_duration(text: str, days: float) -> None:
    assert parse_duration_days(text) >= days and (days > 7 or parse_duration_days(text) == days)
