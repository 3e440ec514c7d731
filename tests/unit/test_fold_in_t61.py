"""blind61 (school-age children and teenagers): what its first look missed, read for what it says, with the
near-misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide

# --- self-harm with bleeding that will not stop: an ambulance (NHS Help for suicidal thoughts, NICE NG225) ---

@pytest.mark.parametrize("text", [
    "my son slashed his forearm and the blood has come straight through three towels, he says he doesn't want to be here anymore",
    "she cut her wrist, I've been pressing on the cut for ages but it's still not stopping, she keeps saying she wants to die",
    "儿子把自己手腕割了，血一直往外涌，用毛巾捂着也止不住，他说活不下去了",
])
def test_self_harm_with_bleeding_that_will_not_stop_is_an_ambulance(text: str) -> None:
    urgency, rules = decide(text, age=16)
    assert urgency == "emergency_ambulance" and "self_harm_with_heavy_bleeding" in rules


@pytest.mark.parametrize("text", [
    "she cut herself last year, it healed, she feels low at times",
    "He said he didn't want to be here anymore, meaning the party, then cut his finger on a can, it stopped bleeding straight away",
    "女儿说不想活了，手上没有伤口，也没有出血",
])
def test_no_bleeding_now_is_not_the_ambulance_rule(text: str) -> None:
    _, rules = decide(text, age=16)
    assert "self_harm_with_heavy_bleeding" not in rules


@pytest.mark.parametrize("text", ["the blood is seeping through two tea towels", "I'm pressing on the wound but it's not stopping"])
def test_bleeding_through_towels_or_despite_pressure_is_heavy(text: str) -> None:
    assert "heavy_bleeding" in current_codes(text)


@pytest.mark.parametrize("text", ["I pressed on the cut for five minutes and it stopped",
                                  "the cut stopped bleeding, I'm pressing on it and it's not stopping hurting"])
def test_pressure_that_stopped_it_is_not_heavy_bleeding(text: str) -> None:
    assert "heavy_bleeding" not in current_codes(text)


@pytest.mark.parametrize("text", ["she says she didn't want to be here anymore", "he doesn't want to be here any more"])
def test_not_wanting_to_be_here_in_the_past_or_third_person_is_suicidal(text: str) -> None:
    assert "suicidal" in current_codes(text)


def test_not_wanting_to_be_at_a_place_is_not_suicidal() -> None:
    assert "suicidal" not in current_codes("I didn't want to be here at the party, it was boring")


# --- a knocked-out adult tooth (NHS Broken or knocked-out tooth): emergency; a baby tooth is not put back ---

@pytest.mark.parametrize(("text", "age"), [
    ("my daughter hit the trampoline frame and one of her adult front teeth came clean out, we've found it", 11),
    ("he got hit by a cricket ball and knocked out a permanent tooth", 14),
    ("踢球撞到了门框，一颗恒牙连根掉出来了", 12),
    ("摔了一跤，门牙整颗磕掉出来了，是新换的牙", 9),
])
def test_a_knocked_out_adult_tooth_is_an_emergency(text: str, age: float) -> None:
    urgency, rules = decide(text, age=age)
    assert urgency == "emergency" and "knocked_out_adult_tooth" in rules


@pytest.mark.parametrize(("text", "age"), [
    ("my 4 year old knocked out a baby tooth falling off the sofa", 4),
    ("3岁宝宝摔了一跤，一颗乳牙整个掉出来了", 3),
])
def test_a_knocked_out_baby_tooth_stays_urgent(text: str, age: float) -> None:
    assert decide(text, age=age) [0] == "urgent"


def test_a_chipped_adult_tooth_is_no_knocked_out_tooth() -> None:
    # blind66: a small painless chip is a routine dentist visit (NHS Broken or knocked-out tooth: not an emergency);
    # a chip that hurts stays urgent (tests/unit/test_fold_in_t66.py)
    urgency, rules = decide("门牙磕掉了一小块，是恒牙", age=11)
    assert urgency == "routine" and "knocked_out_adult_tooth" not in rules
    assert decide("门牙磕掉了一小块，是恒牙，喝凉水喊疼", age=11) == ("urgent", {"dental_chip_painful"})


def test_a_tooth_knocked_out_is_not_the_person_knocked_out() -> None:
    assert "knocked_out" not in current_codes("he knocked out one of his front teeth")
    assert "knocked_out" in current_codes("he was knocked out for a minute")


# --- scalds measured by palms, blisters said as 好大的水泡 (NHS Burns and scalds) ---

@pytest.mark.parametrize("text", [
    "孩子打翻了热汤，烫到肚子，面积比好几个巴掌还大",
    "热水烫到腿，起了好大的水泡",
])
def test_a_large_or_blistered_scald_is_serious(text: str) -> None:
    assert decide(text, age=5) == ("emergency", {"serious_burn"})


@pytest.mark.parametrize("text", ["热水烫了一下手背，红了一小块，没起泡", "烫到的地方没有起好大的水泡，只是有点红"])
def test_a_small_scald_without_blisters_stays_minor(text: str) -> None:
    assert "serious_burn" not in decide(text, age=5)[1]


# --- an overdose found, not told; a blister pack is no blister ---

def test_empty_blister_packs_around_someone_are_a_possible_overdose() -> None:
    urgency, rules = decide("found him on the floor with empty blister packs next to him, can barely wake him", age=16)
    assert urgency == "emergency_ambulance" and "poisoning_overdose" in rules


def test_a_blister_pack_bought_is_no_overdose_and_no_burn() -> None:
    codes = current_codes("I bought a blister pack of antihistamines for her hay fever")
    assert "overdose_poisoning" not in codes and "burn_serious" not in codes


def test_a_face_gone_white_with_heavy_bleeding_is_shock() -> None:
    urgency, rules = decide("腿上划了个大口子，血一股一股地冒，按着也止不住，脸都白了", age=15)
    assert urgency == "emergency_ambulance" and "bleeding_with_shock" in rules


def test_a_face_white_with_fright_alone_is_no_emergency() -> None:
    assert decide("吓得脸都白了，其实没受伤", age=10)[0] == "routine"


# --- urgent: possible type 1 diabetes in a child (NICE NG18), asthma needing the reliever every few hours, fractures ---

@pytest.mark.parametrize("text", [
    "my son is always thirsty and his jeans are hanging off him lately",
    "孩子最近特别能喝水，瘦了好几斤",
])
def test_a_thirsty_child_losing_weight_may_have_type_1_diabetes(text: str) -> None:
    assert decide(text, age=11) == ("urgent", {"child_possible_type1_diabetes"})


def test_thirst_in_an_adult_or_without_weight_loss_is_not_the_child_rule() -> None:
    assert "child_possible_type1_diabetes" not in decide("最近特别能喝水，瘦了好几斤", age=45)[1]
    assert "child_possible_type1_diabetes" not in decide("孩子喝水多，没有瘦，精神很好", age=8)[1]


@pytest.mark.parametrize("text", [
    "she's needing her blue inhaler every 3 hours since the cold started",
    "the inhaler helps, just not for long",
    "这两天万托林一天要吸五六次",
])
def test_the_reliever_needed_every_few_hours_is_asthma_getting_worse(text: str) -> None:
    assert decide(text, age=9) == ("urgent", {"asthma_getting_worse"})


@pytest.mark.parametrize("text", ["鼻喷雾一天喷三次", "he uses his blue inhaler about twice a month"])
def test_a_nasal_spray_or_rare_reliever_use_is_not_asthma_getting_worse(text: str) -> None:
    assert "asthma_worse" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "fell off the climbing frame onto his outstretched arm, now his wrist is puffy and sore",
    "摔了一跤，锁骨那里肿起来了，很疼",
])
def test_possible_wrist_or_collarbone_fracture(text: str) -> None:
    assert decide(text, age=12) == ("urgent", {"possible_fracture"})


# Changed in stop 28: a bump rising over the collarbone after an injury is the shoulder changed shape, and NHS Broken
# collarbone says go to A&E for that (111 for a very painful or swollen shoulder or an arm that cannot be used normally).
# blind35 t35z-042 and blind42 t42z-013 (labelled emergency) had reached it only through a stroke misreading.
@pytest.mark.parametrize("text", [
    "she landed on her shoulder and now her collarbone has a lump on it",
    "打篮球摔倒，左边锁骨那里鼓起一个包",
    "骑车摔了，肩膀着地，锁骨那里凸起来一块，胳膊抬不起来",
])
def test_a_bump_over_the_collarbone_after_an_injury_is_a_changed_shape(text: str) -> None:
    assert decide(text, age=12) == ("emergency", {"deformed_limb_after_injury"})


@pytest.mark.parametrize("text", ["I have had a small lump on my collarbone for months, no injury", "锁骨上面摸到一个包，不疼，一个月了"])
def test_a_lump_on_the_collarbone_without_an_injury_is_no_changed_shape(text: str) -> None:
    assert decide(text, age=40)[0] not in ("emergency", "emergency_ambulance")


def test_a_fall_on_an_outstretched_hand_with_a_fine_wrist_is_no_fracture_sign() -> None:
    assert "fracture_signs" not in current_codes("she fell on her outstretched hand, wrist is fine, not swollen")


# --- self-care: growing pains (NHS Growing pains), verrucas (NHS Warts and verrucas), silica gel (BC DPIC) ---

@pytest.mark.parametrize("text", [
    "my 7 year old wakes up at night crying that his legs ache, a rub and he's back asleep, fine all day",
    "6岁女儿晚上老说腿疼，两条腿都疼，揉一揉就睡着了，白天跑跑跳跳都正常",
])
def test_growing_pains_are_self_care(text: str) -> None:
    assert decide(text, age=7) == ("self_care", {"growing_pains"})


@pytest.mark.parametrize("text", [
    "7岁孩子晚上老说腿疼，两条腿都疼，揉一揉就好了，但是今天发烧38.5",
    "my 6 year old wakes up crying that her legs ache, and one knee is swollen and red",
])
def test_leg_pain_with_fever_or_a_swollen_joint_is_not_growing_pains(text: str) -> None:
    assert decide(text, age=6)[0] != "self_care"


@pytest.mark.parametrize("text", [
    "there's a hard rough patch on the sole of his foot with tiny black dots, been there two months",
    "脚后跟长了个硬硬的东西，中间有好几个小黑点，快两个月了",
])
def test_a_verruca_described_is_self_care(text: str) -> None:
    assert decide(text, age=12) == ("self_care", {"warts_verrucas"})


def test_a_verrucas_black_dots_are_not_floaters_but_the_eyes_are() -> None:
    assert "blurred_vision" not in current_codes("脚底长了个硬东西，中间有几个小黑点")
    assert "blurred_vision" in current_codes("右眼前面突然多了好多小黑点在飘")


@pytest.mark.parametrize("text", [
    "my toddler chewed open a silica gel sachet from a shoebox and ate a few beads, she's fine",
    "孩子把饼干里的硅胶干燥剂吃了几粒，现在玩得好好的",
])
def test_silica_gel_is_self_care(text: str) -> None:
    assert decide(text, age=3) == ("self_care", {"silica_gel_swallowed"})


def test_another_desiccant_is_still_a_chemical() -> None:
    assert decide("孩子误吃了食品袋里的干燥剂，是生石灰那种", age=3)[0] == "emergency_ambulance"
