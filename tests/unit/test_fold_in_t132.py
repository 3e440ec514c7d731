"""fold-t132: blind132 (injuries at home, at work, in sport, on the road) folded into the triage rules.

Each emergency case names the public source its rule cites; the look-alikes beside it must not fire.
"""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, fired


# t132z-015: 无名指 (the ring finger) holds 无 but denies nothing: a palm cut with the ring and little fingers numb is
# the loss of feeling NHS Cuts and grazes (and Health and care Portsmouth, Bleeding and wounds) sends to A&E.
@pytest.mark.parametrize("text", [
    "切西瓜刀一滑 划到左手掌了 口子挺深 按着血差不多止住了 可是无名指和小指麻了 弯不下去",
    "刀划到手心了 口子深 无名指和小指头都麻了",
    "被玻璃割到手掌，口子挺深，现在无名指发麻，弯不了",
])
def test_a_numb_ring_finger_after_a_cut_is_a_wound_with_lost_feeling(text: str) -> None:
    assert decide(text) == ("emergency", {"deep_wound_or_numb"})


@pytest.mark.parametrize("text", [
    "切菜划到无名指了，口子不深，不麻",
    "无名指没有麻，就是划了个小口子",
])
def test_a_ring_finger_cut_without_numbness_is_not_the_numb_wound_flag(text: str) -> None:
    assert "deep_wound_or_numb" not in fired(text)


# t132e-001: NICE NG41: after a dive into shallow water, neck pain with weakness or altered feeling in the arms or hands.
@pytest.mark.parametrize("text", [
    "dived into the shallow end at my mates pool and smacked my head on the bottom, neck really hurts and both arms are tingly and kind of weak. im lying on the side not moving",
    "jumped into the shallow end and hit my head on the bottom, my neck hurts and my hands are all tingly",
    "went head first into the shallow end, neck hurts and both my arms feel really weak",
])
def test_arms_said_weak_or_tingly_after_a_shallow_dive_is_the_spinal_flag(text: str) -> None:
    assert decide(text) == ("emergency_ambulance", {"spinal_injury_nerve_signs"})


@pytest.mark.parametrize("text", [
    "dove into the shallow end, neck hurts, arms are not weak or tingly",
    "tingly lip, cold sore coming up again",
    "my arms feel weak after the gym, no injury",
])
def test_weak_or_tingly_without_the_dive_and_neck_is_not_the_spinal_flag(text: str) -> None:
    assert "spinal_injury_nerve_signs" not in fired(text)


# t132e-012: NHS Eye injuries: something hit the eye at high speed and the sight has changed.
@pytest.mark.parametrize("text", [
    "was hammering a masonry nail and something pinged into my right eye. its watering loads, vision a bit blurry",
    "using the angle grinder and a bit of metal flew into my eye, vision slightly fuzzy now",
])
def test_vision_a_bit_blurry_after_a_high_speed_fragment_is_an_emergency(text: str) -> None:
    assert decide(text) == ("emergency", {"high_velocity_eye_injury"})


def test_a_hammered_fragment_with_clear_vision_stays_urgent() -> None:
    assert "high_velocity_eye_injury" not in fired("hammering a nail and something flew into my eye, it's watering but I can see fine")


# t132e-015: NHS Burns and scalds: A&E for blistered burns on the hands; hot hair tools are burn agents.
@pytest.mark.parametrize("text", [
    "my 4 year old grabbed my hair straighteners, his palm and 2 fingers have big blisters coming up. had it under cool water 20 mins",
    "she grabbed the curling tongs by the hot end and now has blisters on her fingers",
    "孩子抓了我的卷发棒，手心起了好几个大水泡",
])
def test_a_blistered_burn_from_hair_straighteners_is_a_serious_burn(text: str) -> None:
    assert "serious_burn" in fired(text)


@pytest.mark.parametrize("text", [
    "用卷发棒烫到手指了，红了一小块，没起泡",
    "my hair straighteners stopped working, need new ones",
])
def test_a_hair_tool_burn_without_blisters_is_not_a_serious_burn(text: str) -> None:
    assert "serious_burn" not in fired(text)


# t132e-009: NHS Snake bites (do not drive: call 999 and ask for an ambulance) and NPIS Snake bite (vomiting, swollen
# lips: the venom through the body).
@pytest.mark.parametrize("text", [
    "got bitten on the ankle by a snake on the heath, pretty sure it was an adder with the zigzag. ankle is massively swollen and ive been sick twice now and my lips feel tingly",
    "bitten on the hand by an adder while gardening, now feeling dizzy and throwing up",
    "在山上被蛇咬了脚踝，肿得厉害，已经吐了两次",
])
def test_a_snake_bite_with_sickness_or_faintness_is_an_ambulance(text: str) -> None:
    assert decide(text)[0] == "emergency_ambulance"
    assert "snake_bite_with_systemic_signs" in fired(text)


@pytest.mark.parametrize("text", [
    "bitten on the leg by a snake on the walk, a bit swollen, feel fine otherwise",
    "被蛇咬了一口，脚背有点肿，不恶心不头晕",
])
def test_a_snake_bite_alone_stays_an_emergency_not_an_ambulance(text: str) -> None:
    assert decide(text) == ("emergency", {"snake_bite"})


# t132e-005: NICE NG39 and NHS When to call 999: the chest struck in a crash with breathing getting harder.
@pytest.mark.parametrize("text", [
    "car went into the back of a van about 30mph, my chest hit the steering wheel. its getting harder to breathe and it hurts every breath, feel a bit faint",
    "got kicked in the ribs at rugby and now I'm really short of breath",
    "出车祸了，方向盘顶到胸口了，现在越来越喘不上气",
    "骑电动车摔了，胸口撞到车把上了，喘气越来越费劲",
])
def test_a_blow_to_the_chest_with_breathing_getting_harder_is_an_ambulance(text: str) -> None:
    assert decide(text)[0] == "emergency_ambulance"
    assert "chest_injury_breathing" in fired(text)


@pytest.mark.parametrize("text", [
    "胸口撞到桌角了，按着有点疼，不按不疼",
    "hit my chest on the table corner, sore when I press it, breathing is fine",
    "seatbelt left a bruise across my chest after a minor bump, no trouble breathing",
])
def test_a_knock_to_the_chest_with_normal_breathing_is_not_the_chest_injury_flag(text: str) -> None:
    assert "chest_injury_breathing" not in fired(text)


def test_a_shunt_into_the_back_of_a_van_is_a_road_collision() -> None:
    assert "road_collision" in current_codes("car went into the back of a van on the motorway, neck a bit stiff")


# t132z-016: Health and care Portsmouth, Bleeding and wounds: something stuck in the cut, do not take it out, go to ED.
@pytest.mark.parametrize("text", [
    "装修用射钉枪 钉子打进左手虎口了 还插在里面没敢拔 血倒不多",
    "用钉枪的时候打偏了，钉子还扎在手掌里",
    "the nail from the nail gun went through my thumb and its still in there",
    "slipped and a screwdriver went into my palm, it's still sticking out of my hand",
])
def test_something_driven_in_and_still_stuck_is_an_emergency(text: str) -> None:
    assert decide(text) == ("emergency", {"impaled_object"})


@pytest.mark.parametrize("text", [
    "got a splinter in my palm from the fence panel, got most of it out with tweezers",
    "手上扎了根小木刺，已经用镊子夹出来了",
    "my nail is still sore after I caught it in the door",
    "the knife slipped and cut my finger, not deep, stopped bleeding",
    # blind106 t106e-013: the nail stuck out of the plank, not out of the foot (a puncture, NHS Tetanus: urgent advice)
    "Stood on a rusty nail sticking out of an old plank in the garden, went right through my trainer into the sole of my foot",
    "钉子钉在木板上翘起来了，踩了一脚扎破了脚底，已经拔出来了",
])
def test_a_splinter_or_a_plain_cut_is_not_an_impaled_object(text: str) -> None:
    assert "impaled_object" not in fired(text)


# t132e-036: a bed's leg is furniture, not a swollen leg (NHS Broken toe: a stubbed, swollen toe is cared for at home).
def test_a_toe_stubbed_on_the_bed_leg_is_not_a_swollen_leg() -> None:
    text = "stubbed my little toe on the bed leg, its bruised and swollen, might be broken? can still walk on my heel ok"
    assert "leg_swelling_one" not in current_codes(text)
    assert decide(text)[0] == "self_care"


def test_a_swollen_leg_is_still_read() -> None:
    assert "leg_swelling_one" in current_codes("banged my shin on the table leg, now my leg is swollen and warm")
