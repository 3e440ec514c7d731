"""blind39 (injuries, outdoor and seasonal problems): what its first look missed, read for what it says, with the
near-misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize("text", [
    "He dove off the jetty into shallow water and struck his head; his neck hurts badly and he cannot move or feel his legs",
    "She came off her horse, her back really hurts and she can't feel either of her legs",
    "他跳进浅水池撞到了头，脖子很疼，两条腿动不了也没感觉",
])
def test_spinal_injury_with_legs_that_cannot_move_or_feel(text: str) -> None:
    urgency, rules = decide(text, age=20)
    assert urgency == "emergency_ambulance" and "spinal_injury_nerve_signs" in rules


@pytest.mark.parametrize("text", [
    "fell off the ladder yesterday, my neck hurts a bit but I can move and feel both legs fine",
    "摔了一跤，脖子很疼，两条腿能动也有感觉",
])
def test_neck_pain_after_a_fall_with_working_legs_is_no_spinal_flag(text: str) -> None:
    assert "spinal_injury_nerve_signs" not in decide(text, age=40)[1]


def test_legs_that_cannot_move_are_not_a_stiff_neck() -> None:
    codes = current_codes("his neck hurts and he can't move his legs")
    assert "neck_stiffness" not in codes and "limb_weakness" in codes
    assert "neck_stiffness" in current_codes("my neck hurts and I can't move it")


@pytest.mark.parametrize("text", [
    "The curtains caught fire and my dad breathed in a lot of thick smoke; now his voice is croaky and he's wheezing",
    "楼道着火，我妈在浓烟里待了好几分钟，现在声音哑了，有点喘不上气",
])
def test_smoke_inhalation_with_breathing_or_voice_signs(text: str) -> None:
    assert decide(text, age=55) == ("emergency_ambulance", {"smoke_inhalation_breathing"})


@pytest.mark.parametrize("text", [
    "I smoke about 15 a day and get a bit out of breath on the stairs",
    "我吸烟二十年了，爬楼有点喘",
    "他抽了很多烟，声音有点哑",
])
def test_smoking_is_no_smoke_inhalation(text: str) -> None:
    assert "smoke_inhalation" not in current_codes(text)


def test_yellowish_tissue_in_a_cut_is_a_deep_wound() -> None:
    urgency, rules = decide("Cut my hand on a broken jar, it's gaping and I can see some yellowish tissue", age=30)
    assert urgency == "emergency" and "deep_wound_or_numb" in rules
    assert "wound_deep" not in current_codes("small cut on my finger, I can't see any yellow tissue or fat")


def test_a_paracetamol_total_pinned_to_today_is_that_days_amount() -> None:
    text = "这两天发烧，吃了扑热息痛和感冒药，都有对乙酰氨基酚，今天加起来吃了5克，人没什么不舒服"
    assert decide(text, age=35)[0] == "emergency"
    # over two days without "today", 6 g is 3 g a day: under the maximum
    assert "paracetamol_over_max" not in current_codes("这两天感冒，吃了扑热息痛，加起来一共吃了6克")
    assert "paracetamol_over_max" not in current_codes("这两天感冒，今天吃了扑热息痛，加起来吃了3克")


def test_an_accidental_deep_cut_is_no_self_harm() -> None:
    assert "suicidal" not in current_codes("The chisel slipped and cut deep into my palm, it's bleeding a lot")
    assert "suicidal" in current_codes("I've been cutting deep again and I can't stop")


def test_a_spray_on_a_mouth_ulcer_is_no_inhaler() -> None:
    assert "dyspnea_severe" not in current_codes("嘴里长了溃疡，贴了溃疡贴、喷了药都没用")
    assert "dyspnea_severe" in current_codes("哮喘犯了，喘得厉害，喷了药也不管用")


@pytest.mark.parametrize("text", [
    "舌头上的溃疡已经五个星期了，一直不好",
    "I've had an ulcer on the inside of my cheek for about four weeks now",
])
def test_a_mouth_ulcer_over_three_weeks_is_no_self_care(text: str) -> None:
    assert "mouth_ulcer_persistent" in current_codes(text)
    assert decide(text, age=50)[0] == "routine"


def test_a_recent_mouth_ulcer_stays_self_care() -> None:
    assert decide("嘴里长了个溃疡，两三天了，有点疼", age=30)[0] == "self_care"


def test_a_dash_ends_a_denial() -> None:
    codes = current_codes("the tablets from the chemist aren't working — constant sneezing and a blocked nose")
    assert "runny_nose" in codes
    assert "fever" not in current_codes("I have a cough - no fever")


@pytest.mark.parametrize("text", [
    "Went camping and pulled a tick off my thigh last week; since yesterday I've had a fever of 38.7 and aches",
    "前几天爬山，胳膊上发现一只蜱虫叮着，拔掉了，今天开始发烧38度6",
])
def test_fever_after_a_tick_bite_is_urgent(text: str) -> None:
    assert decide(text, age=45) == ("urgent", {"tick_bite_with_fever"})


def test_a_tick_bite_without_fever_is_not_urgent() -> None:
    assert decide("被蜱虫咬了，已经拔掉，不发烧", age=30)[0] != "urgent"


@pytest.mark.parametrize("text", [
    "Dozed off by the pool and my legs have come up in blisters, and I'm hot and shivery",
    "在海边晒伤了，后背起了好多水泡，还发烧",
])
def test_sunburn_with_blisters_or_fever_is_urgent(text: str) -> None:
    assert decide(text, age=30)[0] == "urgent"


@pytest.mark.parametrize("text", [
    "got a bit burnt at the park yesterday, my arms are pink and sore, no blisters, no temperature",
    "I caught my wrist on my hair straighteners, small red mark, no blisters",
    "stubbed my big toe on the door, it's bruised and sore but straight and not numb",
    "这几天刚度假回来，back from a holiday in Japan, and now I can't sleep at night",
])
def test_everyday_words_for_self_care(text: str) -> None:
    assert decide(text, age=30)[0] == "self_care"


def test_heat_exhaustion_said_as_the_sun_too_strong() -> None:
    text = "下午在工地外面等人，太阳特别毒，头晕、出了一身汗，在阴凉处喝了水歇了一会儿，已经好了"
    assert "heat_exhaustion" in current_codes(text)
    assert "heat_exhaustion" not in current_codes("今天太阳不大，有点头晕")


def test_a_fish_hook_wound_with_pus_is_an_infected_wound_not_a_stye() -> None:
    text = "两天前被鱼钩扎进大拇指，现在又红又肿，针眼那里冒了点脓"
    codes = current_codes(text)
    assert "stye" not in codes and "skin_infection" in codes
    assert "stye" in current_codes("孩子长针眼了，眼皮肿")


@pytest.mark.parametrize("text", [
    "给楼下的流浪猫喂食，被它抓破了手背",
    "I was stroking a stray kitten and it scratched my wrist, broke the skin a little",
])
def test_an_animal_named_before_its_scratch(text: str) -> None:
    assert decide(text, age=35) == ("urgent", {"animal_bite"})


def test_an_animal_that_never_scratched_is_no_exposure() -> None:
    assert "animal_bite" not in current_codes("我家猫很乖，从来没被它抓过")


def test_chilblains_are_no_purple_rash_or_burn() -> None:
    text = "Every winter when the cold weather comes my fingers get red-purple itchy swellings that burn when I warm up"
    codes = current_codes(text)
    assert "chilblains" in codes and "nonblanching_rash" not in codes and "burn" not in codes
    assert "nonblanching_rash" in current_codes("purple spots on his legs that don't fade under a glass")


@pytest.mark.parametrize("text", [
    "Grandad's boiler packed up during the cold spell and now he's cold to the touch, very drowsy and mumbling",
    "老人家暖气坏了，降温好几天，现在浑身冰凉，叫他迷迷糊糊的",
])
def test_cold_exposure_with_drowsiness_is_hypothermia(text: str) -> None:
    urgency, rules = decide(text, age=85)
    assert urgency == "emergency_ambulance" and "hypothermia_signs" in rules


@pytest.mark.parametrize("text", [
    "the heating was off for two days in the cold weather but she's warm now and chatting normally, not confused",
    "暖气坏了，降温好几天，人很清醒，不迷糊",
])
def test_cold_exposure_without_signs_is_no_hypothermia_flag(text: str) -> None:
    assert "hypothermia_signs" not in decide(text, age=80)[1]


def test_a_small_shallow_kitchen_cut_is_no_wound_to_close() -> None:
    assert decide("切菜切到手指，口子不深，一厘米不到，按了一会儿就不出血了", age=40)[0] == "self_care"
    assert "wound" in current_codes("切到手指了，口子挺深的")


@pytest.mark.parametrize("text", [
    "My dad gets cramp in his calf at night now and then; stretching it eases it in a few minutes",
    "最近半夜腿肚子老抽筋，掰一掰脚几分钟就好，腿不肿",
])
def test_night_leg_cramps_are_self_care(text: str) -> None:
    assert decide(text, age=70) == ("self_care", {"leg_cramps"})


def test_cramp_beside_a_swollen_calf_is_not_self_care() -> None:
    assert decide("leg cramps and my calf is swollen and red", age=60)[0] == "urgent"
    assert "leg_cramps" not in current_codes("孩子发烧抽筋了")


@pytest.mark.parametrize("text", [
    "my thighs are really sore after my first spin class, nothing swollen",
    "第一次去健身房练完深蹲，两天了大腿酸痛，上下楼都疼",
])
def test_muscle_soreness_after_exercise_is_self_care(text: str) -> None:
    assert decide(text, age=28) == ("self_care", {"exercise_muscle_ache"})


def test_sore_muscles_with_cola_coloured_urine_are_not_self_care() -> None:
    assert decide("跑完马拉松大腿酸痛，小便像可乐一样", age=35)[0] != "self_care"
