"""The blind-28 triage round: two under-triaged emergencies and the over- and under-calls behind them, each fixed
at its cause and written other ways than the vignette, next to look-alikes that must stay as they were: neck or
back pain after a fall with tingling hands or legs (spinal injury); "one of those flat round batteries"; "没尿干净"
and "没有尿血" that are not dehydration; "黑点" floaters that are not a blackout of sight; an itch "得要命" that is
not severe pain; contact with someone who "came out in spots" in pregnancy; gallstone pain with a temperature;
a strained back, piles, a neck lump, cramps on the first day of a period, spots that turn into blisters.
"""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_severity
from tests.triage_screen import current_codes as _codes
from tests.triage_screen import decide as _decide
from tests.triage_screen import fired as _fired


# --- spinal pain after a fall or accident with altered sensation or weakness in the limbs (NICE NG41 1.1.3-1.1.4)
@pytest.mark.parametrize("text", [
    "Mum slipped on the stairs and landed on her neck, her neck really hurts and both her hands are tingling",
    "came off his bike, back pain and now his legs feel numb",
    "从楼梯上摔下来，脖子疼，两只手发麻",
    "摔了一跤，腰疼，腿发麻",
])
def test_spinal_pain_after_a_fall_with_limb_tingling_calls_an_ambulance(text: str) -> None:
    assert "spinal_injury_nerve_signs" in _fired(text)
    assert _decide(text, 67)[0] == "emergency_ambulance"


@pytest.mark.parametrize("text", [
    "fell over yesterday, neck hurts a bit, no tingling or numbness in my arms or legs",
    "摔了一跤，腰疼，腿不麻，能走路",
    "lower back pain with tingling down my leg for weeks, no injury",
])
def test_no_tingling_or_no_injury_is_not(text: str) -> None:
    assert "spinal_injury_nerve_signs" not in _fired(text)


# --- a button battery named by its shape (NHS Healthier Together: swallowed battery -> A&E or 999)
@pytest.mark.parametrize("text", [
    "Pretty sure my 2 year old swallowed one of those flat round batteries from the scales",
    "he swallowed one of these little batteries from the remote",
    "两岁女儿好像吞了一颗电子秤上那种扁圆的电池，现在看着没事",
    "孩子可能吞了一个扁扁的圆电池",
])
def test_a_swallowed_flat_round_battery_is_an_emergency(text: str) -> None:
    assert "swallowed_button_battery" in _fired(text)


@pytest.mark.parametrize("text", [
    "she didn't swallow one of the batteries, I found them all",
    "my phone has a flat battery",
    "孩子没有吞那个扁圆的电池，找到了",
    "遥控器没电了，换了扁圆的电池",
])
def test_a_battery_not_swallowed_is_not(text: str) -> None:
    assert "swallowed_button_battery" not in _fired(text)


# --- "没尿干净" (incomplete emptying) and "没有尿血" (a denial) are not "no urine" (dehydration)
@pytest.mark.parametrize("text", [
    "尿完还滴滴答答，总觉得没尿干净。没有尿血，也不疼",
    "尿完总觉得没尿尽",
])
def test_incomplete_emptying_or_no_blood_in_urine_is_not_dehydration(text: str) -> None:
    assert "dehydration" not in _codes(text)


@pytest.mark.parametrize("text", ["孩子一天没尿了，嘴唇干", "宝宝从早上到现在没有尿"])
def test_no_urine_is_still_dehydration(text: str) -> None:
    assert "dehydration" in _codes(text)


# --- new floaters ("黑点") are a vision change for an eye check today, not a sudden loss of sight (NHS Floaters and flashes)
def test_new_black_dots_in_one_eye_are_floaters_not_vision_loss() -> None:
    text = "今天早上右眼突然多了一大堆黑点，像蚊子在眼前飞，时不时还看到闪光"
    assert "vision_loss_sudden" not in _codes(text)
    assert "stroke_signs" not in _fired(text)
    assert _decide(text, 58)[0] == "urgent"


@pytest.mark.parametrize("text", ["右眼突然黑了，什么都看不见", "左眼突然一黑", "右眼先是一堆黑点飘，现在像挡了块黑布"])
def test_an_eye_that_goes_black_is_still_vision_loss(text: str) -> None:
    assert "vision_loss_sudden" in _codes(text)


# --- a severe word that qualifies an itch is no pain score (ESI: severe pain)
@pytest.mark.parametrize("text", ["脚趾缝发白、脱皮，痒得要命", "痒得受不了", "unbearable itching between my toes"])
def test_a_severe_itch_is_no_pain_score(text: str) -> None:
    assert parse_severity(text) is None


@pytest.mark.parametrize("text", ["肚子疼得要命", "so itchy, severe pain too", "itchy severe pain", "头痛得要命，浑身痒"])
def test_severe_pain_beside_an_itch_still_counts(text: str) -> None:
    assert parse_severity(text) == 8


def test_athletes_foot_that_itches_badly_is_self_care() -> None:
    assert _decide("脚趾缝发白、脱皮，痒得要命，夏天穿一天运动鞋更厉害。没有红肿流脓。", 33)[0] == "self_care"


# --- contact with someone who came out in spots, in pregnancy (NHS Chickenpox: urgent GP appointment)
@pytest.mark.parametrize("text", [
    "I'm 16 weeks pregnant and I've never had chickenpox. Spent all Sunday afternoon with my nephew and he came out in spots the next day.",
    "20 weeks pregnant. I was with my niece on Saturday and she came out in itchy spots yesterday.",
    "怀孕20周，没得过水痘，前天和侄子待了一下午，第二天他出了一身疹子",
])
def test_pregnant_contact_with_someone_who_came_out_in_spots_is_urgent(text: str) -> None:
    assert "chickenpox" in _codes(text)
    assert _decide(text, 29)[0] == "urgent"


@pytest.mark.parametrize("text", ["I came out in spots after eating prawns", "怀孕20周，和侄子待了一下午，他没出疹子"])
def test_own_spots_or_no_spots_is_no_contact(text: str) -> None:
    assert "chickenpox" not in _codes(text)


# --- spots that fill into blisters over the body are chickenpox (NHS Chickenpox), urgent in an adult
@pytest.mark.parametrize("text", [
    "前天开始发烧，昨天身上脸上冒出好多小水泡，很痒",
    "发烧38度多，今天脸上身上冒出好多红疹子，有的变成了小水泡，很痒",
])
def test_blisters_over_the_body_with_a_fever_in_an_adult_is_chickenpox(text: str) -> None:
    assert "chickenpox" in _codes(text)
    assert _decide(text, 26)[0] == "urgent"


@pytest.mark.parametrize("text", ["手被开水烫了，起了个水泡", "身上没有起水泡"])
def test_a_burn_blister_or_no_blisters_is_not_chickenpox(text: str) -> None:
    assert "chickenpox" not in _codes(text)


# --- gallstone pain with a temperature or chills (NHS Gallstones: complicated gallstone disease, see a GP at once)
@pytest.mark.parametrize("text", [
    "前年B超说有胆结石。昨晚右上腹开始疼，到现在还没停，还有点发烧37.9，怕冷",
    "I have gallstones, pain under my right ribs since last night and now a temperature of 38.2 with chills",
])
def test_gallstone_pain_with_fever_is_urgent(text: str) -> None:
    assert _decide(text, 50) == ("urgent", {"gallstone_pain"})


@pytest.mark.parametrize("text", [
    "吃完油腻的东西右上腹就胀痛，每次一两个钟头自己就好了。没发烧，体检B超说有胆结石",
    "had my gallbladder out years ago, now a stomach ache and a temperature",
])
def test_gallstone_pain_that_settles_or_no_gallbladder_is_not(text: str) -> None:
    assert "gallstone_pain" not in _decide(text, 56)[1]


# --- lexicon: a strained back, piles, a neck lump, cramps on the first day of a period
@pytest.mark.parametrize(("text", "code"), [
    ("搬家扛箱子闪了一下腰，腰下面两边酸疼，弯腰翻身都疼", "back_pain"),
    ("Fairly sure I've got piles: itchy, a bit of bright red blood on the paper", "rectal_bleeding"),
    ("脖子右边摸到一个黄豆大小的疙瘩，一个多月了，不疼", "lump"),
    ("First day of my period and the cramps are horrible, lower tummy and back", "period_pain"),
])
def test_everyday_wordings_are_read(text: str, code: str) -> None:
    assert code in _codes(text)


@pytest.mark.parametrize(("text", "code"), [
    ("腰不疼，弯腰也不疼", "back_pain"),
    ("I have piles of washing to do", "rectal_bleeding"),
    ("脖子上没有摸到疙瘩", "lump"),
    ("first day of my period, no cramps, just tired", "period_pain"),
])
def test_their_denials_and_look_alikes_are_not(text: str, code: str) -> None:
    assert code not in _codes(text)
