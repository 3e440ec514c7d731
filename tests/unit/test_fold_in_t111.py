"""blind111 (older people, often told by family): the under-triaged emergencies of the first look and the urgent and
self-care near misses, each read as a family, with the near misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, service_decide


# (1) A wrist or ankle that cannot be turned after the injury is a limb not used (NHS Broken arm or wrist: difficulty
# moving it); with a crack heard it is the suspected fracture (go to A&E).
@pytest.mark.parametrize("text", [
    "fell on my outstretched hand on the ice, heard a crack and now I can't turn my wrist",
    "tripped over the kerb and landed on his hand, heard a snap, he cannot rotate it at all",
    "摔倒的时候手撑了一下地，听到咔的一声，现在手腕转不了",
    "滑了一跤，当时听见咔嚓一声，手腕子一点都转不动",
])
def test_a_crack_heard_and_a_wrist_that_will_not_turn_is_a_suspected_fracture(text: str) -> None:
    urgency, rules = decide(text, age=79)
    assert urgency == "emergency" and "suspected_fracture_crack_and_loss_of_use" in rules


@pytest.mark.parametrize("text", ["the tap is so stiff I can't turn it on", "I can't turn it off, the alarm keeps going",
                                  "can't turn my head since I slept funny", "我这脖子转不动了，落枕了"])
def test_a_tap_an_alarm_or_a_stiff_neck_that_will_not_turn_is_no_injured_limb(text: str) -> None:
    assert "limb_not_used" not in current_codes(text)


def test_a_wrist_that_will_not_turn_without_a_crack_stays_same_day() -> None:
    urgency, rules = decide("fell on my hand yesterday, wrist swollen and I can't turn it", age=79)
    assert urgency == "urgent" and "suspected_fracture_crack_and_loss_of_use" not in rules


# (2) A hot drink tipped onto a body part is a scald (NHS Burns and scalds); blisters with it are the serious burn.
@pytest.mark.parametrize("text", [
    "he knocked a mug of coffee off the side and it went all over his hand",
    "the toddler pulled a cup of tea down and it spilled down her chest",
    "hot coffee spilled over his leg at breakfast",
    "孙女把一杯热茶碰翻了，全洒在胳膊上",
    "热汤泼到了手背上",
])
def test_a_hot_drink_tipped_onto_the_body_is_a_scald(text: str) -> None:
    assert "burn" in current_codes(text)


@pytest.mark.parametrize("text", [
    "she pulled a mug of tea off the counter and it went down her arm, there are big blisters on her forearm now",
    "宝宝把热茶碰翻了，洒到手上，现在起了好几个大水泡",
])
def test_a_hot_drink_scald_with_blisters_is_a_serious_burn(text: str) -> None:
    urgency, rules = decide(text, age=2)
    assert urgency == "emergency" and "serious_burn" in rules


@pytest.mark.parametrize("text", ["a cup of tea went down well after the walk", "spilled my coffee all over the table",
                                  "the pain went down my left arm", "茶水洒在桌子上了"])
def test_a_drink_that_lands_on_no_body_or_pain_spreading_is_no_scald(text: str) -> None:
    assert "burn" not in current_codes(text)


def test_pain_going_down_the_arm_is_still_read_as_spreading_pain() -> None:
    assert "cardiac_radiation" in current_codes("crushing chest pain and it went down my left arm")


# (3) A cut whose length is said before its depth is a wound (NHS Cuts and grazes), and the flesh turned out to both
# sides is the flesh laid open (the existing 肉翻开 reading: wound_deep, A&E).
@pytest.mark.parametrize("text", ["手上口子三公分左右挺深的", "伤口2厘米长很深", "小腿上划了个口子，口子大概四厘米，挺深"])
def test_a_cut_with_its_length_then_called_deep_is_a_wound(text: str) -> None:
    assert "wound" in current_codes(text)


@pytest.mark.parametrize("text", [
    "孩子摔了一跤，下巴磕破了个口子，肉往两边翻开了，血已经止住了",
    "切菜切到手，伤口的肉向两边翻出来了",
])
def test_flesh_turned_out_to_both_sides_is_a_deep_wound(text: str) -> None:
    urgency, rules = decide(text, age=6)
    assert urgency == "emergency" and "deep_wound_or_numb" in rules


@pytest.mark.parametrize("text", ["口子两公分，不深，血止住了", "膝盖擦破一点皮，口子很浅"])
def test_a_shallow_cut_is_not_a_deep_wound(text: str) -> None:
    assert "wound_deep" not in current_codes(text)
    assert decide(text, age=6)[0] not in ("emergency", "emergency_ambulance")


# (4) Bite holes named first, then which of them are deep and that they bled (NHS Animal and human bites: A&E if the
# wound is deep or bleeding a lot; 狂犬病暴露预防处置工作规范: III级暴露).
@pytest.mark.parametrize("text", [
    "被流浪狗咬了手，三个牙洞，有一个很深的，流了好多血",
    "让邻居的狗咬了一口，腿上几个牙印，其中两个挺深的，出了不少血",
])
def test_bite_holes_of_which_some_are_deep_and_bled_are_a_deep_bite(text: str) -> None:
    urgency, rules = decide(text, age=75)
    assert urgency == "emergency" and "deep_or_bleeding_bite" in rules


@pytest.mark.parametrize("text", ["被狗咬了，几个牙洞，有两个挺深的，流了点血，现在已经止住了",
                                  "被猫咬了，两个牙洞挺深的，没怎么出血"])
def test_deep_bite_holes_that_stopped_or_never_bled_are_not_a_bleeding_deep_wound(text: str) -> None:
    assert "deep_wound_bleeding" not in current_codes(text)


# (5) A blood sugar of 14 mmol/L or more with being sick or tummy pain (NHS High blood sugar: A&E, possible DKA or
# HHS; HSE Hyperglycaemia; 中国高血糖危象诊断与治疗指南).
@pytest.mark.parametrize("text", [
    "type 2 on insulin, sugar was 24 this morning and I've been sick twice",
    "Mum's diabetic, her BM is 19.6 and she's got tummy ache",
    "glucose 320 mg/dl and vomiting since last night",
    "我爸打胰岛素的，早上血糖测了22，吐了两次",
    "糖尿病，这两天没打针，血糖仪显示26点多，肚子疼",
])
def test_a_very_high_blood_sugar_with_vomiting_or_tummy_pain_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=76)
    assert urgency == "emergency" and "high_blood_sugar_with_vomiting_or_tummy_pain" in rules


@pytest.mark.parametrize("text", ["blood sugar 12 today and I was sick once", "血糖12，吐了一次",
                                  "my sugar is 15 but no vomiting and no tummy pain", "血糖一直在15左右，没什么不舒服"])
def test_a_lower_sugar_or_no_sickness_is_not_this_flag(text: str) -> None:
    _, rules = decide(text, age=76)
    assert "high_blood_sugar_with_vomiting_or_tummy_pain" not in rules


@pytest.mark.parametrize("text", ["HbA1c 14% last month", "糖尿病是14年前查出来的", "血糖14年前就高了",
                                  "I take 2 sugars in my tea", "血糖仪是去年买的", "blood sugar was 5.6"])
def test_an_hba1c_a_date_or_a_normal_reading_is_no_very_high_sugar(text: str) -> None:
    assert "blood_glucose_very_high" not in current_codes(text)


# (6) "Keeping an eye on" names no eye, and a denial hedged with "I don't think" runs over the "she has" it names.
@pytest.mark.parametrize("text", ["the nurses were keeping an eye on the sore and it has got bigger",
                                  "we kept an eye on the lump, it has got bigger"])
def test_keeping_an_eye_on_something_that_got_bigger_is_no_swollen_eye(text: str) -> None:
    codes = current_codes(text)
    assert "eye_swelling" not in codes and "lip_face_swelling" not in codes


def test_an_eye_that_has_got_bigger_and_swollen_is_still_read() -> None:
    assert "lip_face_swelling" in current_codes("her eye has got bigger and swollen since the sting")


@pytest.mark.parametrize("text", ["I don't think she has a temperature", "I dont think he has a fever"])
def test_a_hedged_denial_of_a_temperature_is_a_denial(text: str) -> None:
    assert "fever" not in current_codes(text)


@pytest.mark.parametrize("text", ["I think she has a temperature", "no cough and she has a fever"])
def test_a_temperature_said_without_the_hedged_denial_is_still_read(text: str) -> None:
    assert "fever" in current_codes(text)


# (7) The white of the eye that "has a bright red patch" is a burst blood vessel (NHS Subconjunctival haemorrhage).
@pytest.mark.parametrize("text", ["the white of his eye has a big red patch this morning",
                                  "white of my left eye has got a bright red blotch, no pain"])
def test_a_red_patch_on_the_white_of_the_eye_is_a_subconjunctival_haemorrhage(text: str) -> None:
    assert "subconj_haemorrhage" in current_codes(text)


def test_a_red_sticky_eye_is_not_a_burst_blood_vessel() -> None:
    assert "subconj_haemorrhage" not in current_codes("the white of my eye is red and sticky with yellow gunk")


# (8) An eyelid that jumps, with two time words before it (NHS Eyelid twitching: self-care).
@pytest.mark.parametrize("text", ["右眼皮这两天一直跳", "眼皮最近老是跳，是不是没睡好"])
def test_an_eyelid_that_keeps_jumping_is_a_twitch(text: str) -> None:
    assert "eyelid_twitch" in current_codes(text)


def test_a_swollen_eyelid_is_no_twitch() -> None:
    assert "eyelid_twitch" not in current_codes("眼皮这两天一直肿")


# (9) Only a little pee over a morning or an afternoon is peeing less (NHS Diarrhoea and vomiting: signs of
# dehydration, urgent GP appointment or NHS 111).
@pytest.mark.parametrize("text", ["拉肚子两天了，一下午才尿了一点点", "上吐下泻，半天只解了一点点小便", "一上午就尿了一点，颜色很深"])
def test_only_a_little_pee_over_half_a_day_is_dehydration(text: str) -> None:
    assert "dehydration" in current_codes(text)


@pytest.mark.parametrize("text", ["一上午就喝了一点点水", "一下午就吃了一点点饭"])
def test_drinking_or_eating_a_little_is_not_peeing_less(text: str) -> None:
    assert "dehydration" not in current_codes(text)


# (10) A cough bringing up phlegm at 65 or over (NHS Chest infection: urgent GP appointment or NHS 111 at 65 or over).
@pytest.mark.parametrize("text", ["cough bringing up green phlegm for 4 days", "咳嗽有黄痰三天了", "chesty cough with yellow phlegm since Monday"])
def test_a_cough_with_phlegm_at_65_or_over_is_same_day(text: str) -> None:
    urgency, rules = service_decide(text, age=81)
    assert urgency == "urgent" and "chest_infection_65_or_over" in rules


@pytest.mark.parametrize("text, age", [("cough bringing up green phlegm for 4 days", 40),
                                       ("runny nose and a cough with phlegm for 3 days", 81),
                                       ("咳嗽有痰两个月了", 81)])
def test_a_younger_persons_cough_a_cold_or_a_long_cough_is_not_this_rule(text: str, age: int) -> None:
    _, rules = service_decide(text, age=age)
    assert "chest_infection_65_or_over" not in rules


# (11) Brown raised patches that look stuck on, unchanged for years (NHS Seborrhoeic keratosis: harmless, see a GP only
# if one changes or bleeds).
@pytest.mark.parametrize("text", ["my mum has brown warty patches on her back that look like they've been stuck on, had them years",
                                  "背上好几块咖啡色的斑，有点凸，像粘上去似的，好多年了"])
def test_unchanged_stuck_on_brown_patches_are_self_care(text: str) -> None:
    urgency, rules = service_decide(text, age=80)
    assert urgency == "self_care" and "seborrhoeic_keratosis_unchanged" in rules


@pytest.mark.parametrize("text", ["brown patch on her back that looks stuck on but it has started bleeding",
                                  "背上褐色的斑像贴上去的，最近痒得厉害"])
def test_a_stuck_on_patch_that_bleeds_or_itches_is_not_self_care(text: str) -> None:
    _, rules = service_decide(text, age=80)
    assert "seborrhoeic_keratosis_unchanged" not in rules


# (12) Sight 'worse with car headlights at night' is the glare of a cataract (NHS Cataracts: see an optician).
@pytest.mark.parametrize("text", ["my sight has gone misty, worse with car headlights at night",
                                  "vision blurry and cloudy, I struggle with oncoming headlights"])
def test_misty_sight_with_headlight_glare_is_not_a_new_vision_change(text: str) -> None:
    _, rules = service_decide(text, age=78)
    assert "glare_at_night" in current_codes(text) and "new_vision_change" not in rules


def test_blurred_vision_without_glare_is_still_a_new_vision_change() -> None:
    _, rules = service_decide("my vision went blurry in one eye yesterday", age=78)
    assert "new_vision_change" in rules or "new_vision_change_sudden" in rules


# (13) An age signed off at the end of a message ("... eating is bit sore. 77 years") is no duration.
@pytest.mark.parametrize("text, days", [("painful ulcer inside my cheek since 4 days, I bit it. eating is bit sore. 77 years", 4.0),
                                        ("cough 3 days. 81 years.", 3.0)])
def test_an_age_signed_off_at_the_end_is_not_how_long_it_has_lasted(text: str, days: float) -> None:
    from carebridge.tools.slots import parse_duration_days
    assert parse_duration_days(text) == days


@pytest.mark.parametrize("text, days", [("45 years", 45 * 365.0), ("knee pain for 45 years", 45 * 365.0), ("cough, 2 years", 730.0)])
def test_a_lone_answer_or_a_duration_said_with_for_stays_a_duration(text: str, days: float) -> None:
    from carebridge.tools.slots import parse_duration_days
    assert parse_duration_days(text) == days
