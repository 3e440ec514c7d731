"""fold-t116: blind116's under-triaged emergencies (very short, hurried messages), each read as a family, with the
look-alikes that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, service_decide


# (1) t116e-013: two players' heads meeting is a blow to the head; sick since is head_injury_danger (NHS Head injury and
# concussion: go to A&E if you have been sick since the injury; NICE NG232).
@pytest.mark.parametrize("text", [
    "clash of heads at football bit dazed, been sick twice since",
    "clashed heads with a defender, threw up since",
    "head to head collision in rugby and been sick",
    "we bumped heads in the playground and she vomited twice",
])
def test_heads_clashing_then_vomiting_is_a_head_injury_emergency(text: str) -> None:
    urgency, rules = service_decide(text, 20, "M")
    assert urgency == "emergency" and "head_injury_danger" in rules


@pytest.mark.parametrize("text", [
    "we had a clash of ideas at work, now a headache",
    "my head keeps clashing with my boss's plans, bit stressed",
])
def test_a_clash_that_is_no_blow_to_the_head_is_no_head_injury(text: str) -> None:
    assert "head_injury" not in current_codes(text)


# (2) t116z-002: pinyin typed with one space before the characters ("xiongkou 憋着疼") is the body word, as "xiongkou憋着疼"
# already was; chest pain with a cold sweat is chest_pain_danger_features (NHS Heart attack: call 999).
@pytest.mark.parametrize("text", [
    "xiongkou 憋着疼 一直冒冷汗 快半个小时了",
    "xiongkou 疼 出了一身冷汗",
    "xiongkou 闷 冷汗直冒",
    "xiong 疼 出冷汗 二十分钟了",
])
def test_pinyin_chest_a_space_before_the_characters_with_cold_sweat_is_an_ambulance(text: str) -> None:
    urgency, rules = service_decide(text, 56, "M")
    assert urgency == "emergency_ambulance" and "chest_pain_danger_features" in rules


@pytest.mark.parametrize("text", [
    "我 yao 去医院拿药",
    "明天 xiong 哥来看我",
])
def test_one_syllable_pinyin_before_a_space_and_no_symptom_stays_latin(text: str) -> None:
    codes = current_codes(text)
    assert "back_pain" not in codes and "chest_pain" not in codes


# (3) t116z-009: 咋 is the spoken 怎么: "没咋感觉到宝宝动" is movement hardly felt (NHS Your baby's movements: call the
# maternity unit immediately; the red flag reduced_fetal_movements from 24 weeks).
@pytest.mark.parametrize("text", [
    "34周了 今天一天都没咋感觉到宝宝动",
    "30周了 一上午都没咋感觉到他动",
    "孕32周 宝宝不咋动了",
    "35周 宝宝今天动的 几乎没咋感觉",
])
def test_baby_hardly_felt_moving_said_with_za_is_reduced_fetal_movements(text: str) -> None:
    urgency, rules = service_decide(text, 31, "F")
    assert urgency == "emergency" and "reduced_fetal_movements" in rules


@pytest.mark.parametrize("text", [
    "32周 宝宝动得挺欢 没咋感觉到不舒服",
    "33周 没咋感觉到宫缩 宝宝动得挺好",
])
def test_za_beside_a_baby_moving_well_is_no_reduced_movement(text: str) -> None:
    assert "reduced_fetal_movements" not in current_codes(text)


# (4) t116z-016: 大腿根 is the groin: "大腿根疝气鼓出来推不回去了" is a hernia that will not go back, not a thigh's changed
# shape (NHS Inguinal hernia: A&E if it cannot be pushed back, with pain or vomiting).
@pytest.mark.parametrize("text", [
    "大腿根疝气鼓出来推不回去了 很疼 还吐了",
    "右边大腿根疝气鼓出来推不回去 疼死了",
    "大腿根的疝气今天鼓出来推不回去 硬邦邦的",
])
def test_a_groin_hernia_bulging_out_and_stuck_is_an_emergency(text: str) -> None:
    urgency, rules = service_decide(text, 60, "M")
    assert urgency == "emergency" and "hernia_will_not_go_back" in rules


def test_a_groin_hernia_bulging_out_is_no_misshapen_limb() -> None:
    assert "limb_misshapen" not in current_codes("左腿根疝气凸出来按不回去了 吐了两次")


def test_a_groin_bulge_that_goes_back_is_no_stuck_hernia() -> None:
    codes = current_codes("大腿根鼓了个包 躺下能推回去 不疼")
    assert "hernia_stuck" not in codes and "limb_misshapen" not in codes


def test_a_thigh_bulging_out_after_a_fall_is_still_a_misshapen_limb() -> None:
    assert "limb_misshapen" in current_codes("摔了一跤 大腿鼓出来一块 看着形状不对")
