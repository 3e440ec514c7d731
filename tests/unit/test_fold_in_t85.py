"""blind85 (symptom-checker audit style, half third person): the two under-triaged emergencies of the first look, each
read as a family, with the near misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


# (1) A cut still bleeding through the cloth or towel held on it, the pressure said after it (NHS Cuts and grazes: go
# to A&E if the bleeding has not stopped after pressing on it for 10 minutes).
@pytest.mark.parametrize("text", [
    "sliced my thumb open on a tin, it's still bleeding into the cloth despite pressing on it",
    "the gash on his arm is still oozing through the bandage even after pressing hard on it for 20 minutes",
    "she cut her hand on a knife, it keeps bleeding through the kitchen towel after pressure for ten minutes",
    "血还在往外渗，已经按了十五分钟了",
    "血一直往外流，用毛巾捂了二十分钟了",
    "孩子手被玻璃划破了，血还在流，都用纱布压着十几分钟了",
])
def test_a_cut_still_bleeding_after_pressure_is_heavy_bleeding(text: str) -> None:
    urgency, rules = decide(text, age=35)
    assert urgency == "emergency" and "heavy_bleeding" in rules


@pytest.mark.parametrize("text", [
    "his knee is still bleeding a bit, it stopped after pressing on it",
    "it was still bleeding through the plaster but then stopped after pressing on it",
    "血还在渗，按了两分钟",
    "cut my finger, bled a little, stopped after pressing on it for a couple of minutes",
])
def test_a_bleed_that_stopped_or_was_pressed_only_briefly_is_not_heavy(text: str) -> None:
    assert "heavy_bleeding" not in current_codes(text)


# (2) Pain that settled low on the right and has now spread across the whole tummy, or a tummy hard to the touch (NHS
# Appendicitis: call 999 or go to A&E if the pain suddenly gets worse and spreads across your tummy, or the tummy is
# hard: the appendix may have burst).
@pytest.mark.parametrize("text", [
    "she had pain low down on the right which has now spread across her whole belly",
    "A 12-year-old girl had pain in the lower right of her tummy since this morning and now her whole tummy hurts",
    "the pain moved to the lower right overnight, then it got worse and spread all over his stomach",
    "一位12岁女孩右下腹疼了一天，刚才疼痛突然加重，扩散到整个肚子",
    "孩子先是肚脐周围疼，后来转到右下腹，现在整个肚子都疼了",
])
def test_lower_right_pain_that_has_spread_across_the_tummy_is_a_possible_burst_appendix(text: str) -> None:
    urgency, rules = decide(text, age=12)
    assert urgency == "emergency" and "appendicitis_pain_spreading" in rules


@pytest.mark.parametrize("text", [
    "his tummy is hard to the touch and he's crying with the pain",
    "her belly, which is hard when you press on it, hurts all over",
    "孩子肚子疼，肚子摸着很硬",
    "肚皮按上去特别硬，疼得直哭",
])
def test_a_tummy_hard_to_the_touch_is_a_rigid_abdomen(text: str) -> None:
    urgency, rules = decide(text, age=8)
    assert urgency == "emergency" and "rigid_abdomen" in rules


@pytest.mark.parametrize("text", [
    "pain low down on the right, it hasn't spread across his whole tummy",
    "右下腹有点疼，没有扩散",
    "I had pain in my lower right belly last year that spread across my whole tummy, fine now",
])
def test_lower_right_pain_that_has_not_spread_or_was_long_ago_stays_same_day(text: str) -> None:
    _, rules = decide(text, age=12)
    assert "appendicitis_pain_spreading" not in rules


@pytest.mark.parametrize("text", ["the rash has spread across his whole tummy", "his tummy is soft, not hard to touch",
                                  "肚子软软的，摸着不硬"])
def test_a_rash_across_the_tummy_or_a_soft_tummy_is_neither_spread_pain_nor_rigidity(text: str) -> None:
    codes = current_codes(text)
    assert "abdominal_pain_spread" not in codes and "abdominal_rigidity" not in codes


# (3) What a cough brings up as phlegm is no vomit (NHS Pneumonia: a cough bringing up yellow, green, brown or
# bloodstained mucus); blood or red brought up stays vomiting blood.
@pytest.mark.parametrize("text", [
    "chesty cough for a week bringing up rusty brown phlegm",
    "he keeps coughing and bringing up dark brown mucus",
    "she's been coughing, brought up thick brown sputum this morning",
])
def test_brown_phlegm_brought_up_with_a_cough_is_not_vomiting_blood(text: str) -> None:
    assert "vomit_blood" not in current_codes(text)


@pytest.mark.parametrize("text", ["she brought up bright red blood and phlegm", "he's bringing up dark brown stuff like coffee",
                                  "bringing up clots of blood and some mucus"])
def test_blood_or_coffee_grounds_brought_up_stay_vomiting_blood(text: str) -> None:
    assert "vomit_blood" in current_codes(text)


# (4) A hotpot, a train or a dragon fruit is no fire (NHS Heartburn and acid reflux: occasional heartburn after a meal
# is self-care); steam from a kettle said as 热气 is a scald (NHS Burns and scalds).
@pytest.mark.parametrize("text", ["昨晚吃完火锅后胃里反酸、烧心", "吃了顿麻辣火锅，胃里烧得慌", "坐了一夜火车，胃里反酸烧心"])
def test_a_hotpot_or_train_before_heartburn_is_no_burn(text: str) -> None:
    assert "burn" not in current_codes(text)


@pytest.mark.parametrize("text", ["被水壶喷出的热气烫了一下手背", "开锅盖的时候被热气烫到了手指", "被电饭煲冒出的蒸汽烫了手"])
def test_steam_from_a_pan_or_kettle_that_scalds_is_a_burn(text: str) -> None:
    assert "burn" in current_codes(text)


@pytest.mark.parametrize("text", ["最近有点热气，嘴巴长了个泡", "屋里热气太足了，有点闷"])
def test_heatiness_or_a_warm_room_is_no_burn(text: str) -> None:
    assert "burn" not in current_codes(text)


# (5) A small or shallow cut said so, its bleeding stopped with a few minutes' pressure (NHS Cuts and grazes: treat at
# home); a big or deep one still needs closing.
@pytest.mark.parametrize("text", ["切菜时把手指划了个小口子，不深，按了几分钟血就止住了", "削苹果切了个小口子，按了一会儿就不流了",
                                  "拆快递划了个浅口子，按了一下就止血了"])
def test_a_small_cut_said_so_that_stopped_bleeding_is_self_care(text: str) -> None:
    urgency, _ = decide(text, age=40)
    assert urgency == "self_care"


@pytest.mark.parametrize("text", ["手上划了个大口子", "割了一道很深的口子"])
def test_a_big_or_deep_cut_still_needs_closing(text: str) -> None:
    urgency, rules = decide(text, age=40)
    assert urgency == "urgent" and "wound_needs_care" in rules


# (6) The skin round chickenpox blisters (or a bite or scratch) red, swollen and sore (NHS Chickenpox: urgent GP if
# the skin around the blisters is red, hot or painful; NHS Cellulitis).
@pytest.mark.parametrize("text", ["一位5岁男孩出水痘第三天，有个痘周围红肿发烫", "水痘出了几天，两个疱旁边的皮肤又红又肿又疼",
                                  "蚊子包周围的皮肤变得又红又肿又痛"])
def test_red_swollen_sore_skin_round_blisters_is_a_skin_infection(text: str) -> None:
    urgency, rules = decide(text, age=5)
    assert urgency == "urgent" and "skin_infection" in rules


@pytest.mark.parametrize("text", ["出水痘了，疱周围不红不肿", "水痘第三天，疱都结痂了，周围也不红"])
def test_chickenpox_blisters_with_calm_skin_round_them_stay_self_care(text: str) -> None:
    urgency, rules = decide(text, age=5)
    assert "skin_infection" not in rules and urgency == "self_care"


# (7) Nappy rash said as the patch the nappy covers; dry itchy skin on the legs (NHS Nappy rash; NHS Itchy skin).
@pytest.mark.parametrize("text", ["尿不湿包着的屁股那块红了一片", "宝宝屁股那片红了", "穿纸尿裤的那块地方红了一片"])
def test_the_patch_the_nappy_covers_gone_red_is_nappy_rash(text: str) -> None:
    assert "nappy_rash" in current_codes(text)


@pytest.mark.parametrize("text", ["两条小腿皮肤又干又痒", "后背干痒好几天了", "胳膊上的皮肤老是又干又痒"])
def test_dry_itchy_skin_on_the_body_is_itching(text: str) -> None:
    assert "itching" in current_codes(text)


@pytest.mark.parametrize("text", ["嗓子干痒，咳嗽", "眼睛干痒"])
def test_a_dry_tickly_throat_or_dry_eyes_are_not_itchy_skin(text: str) -> None:
    assert "itching" not in current_codes(text)
