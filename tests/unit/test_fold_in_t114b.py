"""blind114 (after an operation, a procedure, a discharge or the birth): the self-care misses of the first look that were
misreadings of harmless after-care and postnatal things, each read as a family, with the look-alikes that must not
change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, department_group, service_decide


# (1) Breasts gone hard, full or swollen said with the days since the birth (2 to 7) in place of the milk coming in: the
# milk coming in (NHS Breastfeeding problems, breast engorgement: 2 to 4 days after the birth the breasts can feel full,
# hard, warm and painful; feed often, hand express). "Rock hard" there is the breasts', never a rigid abdomen.
@pytest.mark.parametrize("text", [
    "day 4 after birth and my boobs have suddenly gone rock hard, hot and swollen, both sides, baby struggling to latch on. no fever",
    "3 days after giving birth and my breasts are rock hard and sore, no temperature",
    "day three after having my baby, my boobs feel so full and hard, no fever",
])
def test_breasts_gone_hard_days_after_the_birth_are_engorgement_not_a_rigid_abdomen(text: str) -> None:
    assert "abdominal_rigidity" not in current_codes(text)
    urgency, rules = service_decide(text, 28, "F")
    assert urgency == "self_care" and "breast_engorgement" in rules


@pytest.mark.parametrize("text", [
    "my tummy has gone rock hard and it really hurts",
    "day 4 after birth, my belly is rock hard and so painful",
])
def test_a_tummy_gone_rock_hard_is_still_a_rigid_abdomen(text: str) -> None:
    assert "abdominal_rigidity" in current_codes(text)


def test_hard_breasts_with_a_fever_after_the_birth_are_not_self_care() -> None:
    urgency, _ = service_decide("day 4 after birth and my boobs have gone rock hard, hot and swollen, and i have a fever of 38.8", 28, "F")
    assert urgency != "self_care"


def test_breasts_gone_hard_with_the_stone_likeness_in_chinese_is_no_headache() -> None:
    # blind114 t114z-042: "胀得跟石头一样，又热又疼": 头 of 石头 is no head, so the pain is the breasts', and 妇产科 sees it
    text = "生完第三天下奶了，两边胀得跟石头一样，又热又疼，宝宝含不住，没发烧"
    assert "headache" not in current_codes(text)
    assert department_group(text, 27) == "妇产科"


@pytest.mark.parametrize("text", ["头又胀又疼", "头胀，疼得厉害", "脑袋又热又疼"])
def test_the_head_itself_still_passes_its_site_on(text: str) -> None:
    assert "headache" in current_codes(text)


# (2) The birth said as "day 4 after birth" or "4 days after having my son": the first two weeks after the birth, the
# context the baby blues are read after (NHS Postnatal depression: tearful, anxious in the first week, normal).
@pytest.mark.parametrize("text", [
    "4 days after having my son i keep crying for no reason, feel anxious and snappy with my husband",
    "5 days after having my daughter and i keep crying for no reason",
    "day 3 after birth and i'm so tearful and emotional",
])
def test_crying_in_the_first_days_after_the_birth_said_of_a_son_or_daughter_is_the_baby_blues(text: str) -> None:
    assert "early_postnatal" in current_codes(text)
    urgency, rules = service_decide(text, 28, "F")
    assert urgency == "self_care" and "baby_blues" in rules


@pytest.mark.parametrize("text", [
    "4 days after having my son i keep crying and i have thoughts of ending my life",
    "day 3 after birth, crying all the time and i feel like harming the baby",
])
def test_the_baby_blues_never_cover_thoughts_of_harm(text: str) -> None:
    urgency, _ = service_decide(text, 28, "F")
    assert urgency != "self_care"


# (3) The bleeding after the birth said to have turned brownish, or 恶露 said pale brown or pink and little now (NHS Your
# post-pregnancy body: lighter and pinkish brown over the weeks; NICE NG194: heavier bleeding, clots, a smell or a fever
# need assessment).
@pytest.mark.parametrize("text,age", [
    ("12 days after birth, bleeding had gone brownish and light but yesterday it went a bit red again for a few hours, now settling. feel fine", 27),
    ("10 days after giving birth, the bleeding had turned pinkish and is much lighter", 30),
    ("顺产两周了，恶露现在是淡褐色的，量很少，偶尔有一点点粉色，没有味道，正常吗", 26),
    ("剖宫产后第十天，恶露是浅褐色的，没有异味", 31),
    ("顺产三周了，恶露量很少，不疼不发烧", 29),
])
def test_lochia_getting_lighter_and_browner_is_self_care(text: str, age: int) -> None:
    assert "lochia_settling" in current_codes(text)
    urgency, rules = service_decide(text, age, "F")
    assert urgency == "self_care" and "lochia_settling" in rules


@pytest.mark.parametrize("text", [
    "顺产两周了，恶露是淡褐色的，但是有股臭味，还发烧",
    "顺产十天，恶露量不少，还有大血块",
    "12 days after birth, bleeding had gone brownish but now it's heavy again with big clots",
])
def test_lochia_with_a_smell_fever_clots_or_heavy_again_is_not_self_care(text: str) -> None:
    urgency, _ = service_decide(text, 28, "F")
    assert urgency != "self_care"


# (4) A fracture already operated on ("骨折手术出院后") is the operation's history, not a new possible fracture.
@pytest.mark.parametrize("text", [
    "脚踝骨折手术出院后在吃止疼药，4天没大便了，肚子有点胀，放屁正常，吃饭也还行",
    "手腕骨折术后一个月，肚子有点胀",
    "小腿骨折做了手术出院一周，肚子有点胀",
])
def test_a_fracture_already_operated_on_is_no_new_possible_fracture(text: str) -> None:
    assert "fracture_signs" not in current_codes(text)
    urgency, _ = service_decide(text, 66, "F")
    assert urgency != "urgent"


@pytest.mark.parametrize("text", ["摔了一跤，手腕可能骨折了", "怀疑骨折了，脚踝肿得厉害", "孩子胳膊骨折了要不要手术"])
def test_a_fracture_said_now_is_still_read(text: str) -> None:
    assert "fracture_signs" in current_codes(text)


# (5) Lumps grown at the bottom ("屁股那里长了几个肉球") after the birth: piles (NHS Piles: common in pregnancy and after the
# birth; a pharmacist can recommend creams; a GP if no better after 7 days of home treatment).
@pytest.mark.parametrize("text", [
    "生完孩子以后屁股那里长了几个肉球，大便的时候疼，纸上偶尔带点鲜血",
    "产后肛门口长了个肉球，擦屁股纸上有点血",
    "生完宝宝屁股那儿冒出几个小肉球，有点痒",
])
def test_lumps_grown_at_the_bottom_after_the_birth_are_piles_self_care(text: str) -> None:
    assert "haemorrhoids" in current_codes(text)
    urgency, rules = service_decide(text, 30, "F")
    assert urgency == "self_care" and "piles_home_treatment" in rules


@pytest.mark.parametrize("text", [
    "生完孩子以后屁股那里长了几个肉球，发烧38度5，疼得坐不了",
    "产后肛门口长了个肉球，大便全是血，头晕",
])
def test_piles_after_the_birth_with_fever_or_a_lot_of_blood_are_not_self_care(text: str) -> None:
    urgency, _ = service_decide(text, 30, "F")
    assert urgency != "self_care"


@pytest.mark.parametrize("text", ["脸上长了几个肉球", "脖子上长了个肉疙瘩"])
def test_a_lump_elsewhere_is_no_piles(text: str) -> None:
    assert "haemorrhoids" not in current_codes(text)


# (6) Big clots said with the bleeding ("heavy again with big clots") are heavy bleeding, as "passing big clots" was: the
# lochia reading above must never make them self-care (NICE NG194 Postnatal care: large clots need assessment).
@pytest.mark.parametrize("text", [
    "12 days after birth, bleeding had gone brownish but now it's heavy again with big clots",
    "day 5 after birth, bleeding is like a heavy period with some big clots",
])
def test_big_clots_after_the_birth_are_heavy_bleeding(text: str) -> None:
    assert "heavy_bleeding" in current_codes(text)
    urgency, _ = service_decide(text, 28, "F")
    assert urgency in ("emergency", "emergency_ambulance")


@pytest.mark.parametrize("text", ["no big clots, bleeding is light now", "12 days after birth, the bleeding is brownish, no clots"])
def test_clots_denied_are_no_heavy_bleeding(text: str) -> None:
    assert "heavy_bleeding" not in current_codes(text)
