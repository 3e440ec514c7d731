"""fold-t118: blind118's misses (short vignettes in the style of the symptom-checker audits), each read as a family, with
the look-alikes that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, department_group, service_decide

_ISCHAEMIA = {"acute_limb_ischaemia", "acute_limb_ischaemia_pain"}


# (1) t118z-015 (under-triaged): a leg said to hurt, then felt cold and seen white after a comma, with numbness or a sudden
# start, is acute limb ischaemia (ESVS 2020: the 6 Ps; MSD Manual Acute peripheral arterial occlusion): emergency.
@pytest.mark.parametrize("text", [
    "68岁女，有房颤，一个多小时前左小腿突然很痛，摸着冰凉，颜色发白，脚有点麻不太能动",
    "他左腿一下子疼得厉害，摸上去冰冰的，颜色也发白了",
    "左脚今天早上开始疼，摸着冰凉，脚有点麻",
    "my mum's left leg suddenly got really painful an hour ago, it's ice cold to touch and looks white",
    "Dad's right leg suddenly started hurting badly, it's cold to the touch and pale",
])
def test_a_limb_cold_and_white_said_after_a_comma_is_acute_limb_ischaemia(text: str) -> None:
    urgency, rules = service_decide(text, 68, "F")
    assert urgency == "emergency" and rules & _ISCHAEMIA


@pytest.mark.parametrize("text", [
    "腿摔了一下，突然疼得脸色发白",
    "小腿抽筋了，摸着有点凉，揉一揉就好了",
    "I hurt my leg playing football, it's freezing outside today",
])
def test_a_pale_face_a_cramp_or_the_weather_is_no_blocked_artery(text: str) -> None:
    _, rules = service_decide(text, 40, "M")
    assert not rules & _ISCHAEMIA


@pytest.mark.parametrize("text", ["脚有点麻", "胳膊也有些麻", "手还有点麻了"])
def test_a_degree_word_between_the_limb_and_numb_is_numbness(text: str) -> None:
    assert "numbness" in current_codes(text)


@pytest.mark.parametrize("text", ["这事有点麻烦", "吃火锅吃得嘴有点麻辣"])
def test_trouble_and_spice_are_not_numbness(text: str) -> None:
    assert "numbness" not in current_codes(text)


# (2) t118z-047: 恶心 followed by 口干/口苦/口渴 ("头痛恶心口干") is nausea and a dry mouth, not the chest (心口).
@pytest.mark.parametrize("text", [
    "24岁男，昨晚喝多了，今天头痛恶心口干，吐过一次，现在能喝水了",
    "胃痛恶心口渴",
    "头疼恶心口苦，没胃口",
])
def test_nausea_then_a_dry_mouth_is_no_chest_pain(text: str) -> None:
    assert "chest_pain" not in current_codes(text)
    assert service_decide(text, 24, "M")[0] == "self_care"


@pytest.mark.parametrize("text", ["心口痛，恶心", "有点恶心，心口疼得厉害"])
def test_the_chest_named_beside_nausea_is_still_chest_pain(text: str) -> None:
    assert "chest_pain" in current_codes(text)


# (3) t118z-023: the skin round a sore gone red and hot ("周围发红发热") is the sore's warmth (NHS Cellulitis; NHS Diabetes,
# foot problems), not a temperature: a diabetic foot wound red and hot is urgent (NICE NG19), the diabetes team's (内科).
@pytest.mark.parametrize("text", [
    "60岁女，糖尿病十几年，右脚大脚趾旁边磨破个口子一个星期没长好，现在周围发红发热，有点流脓",
    "糖尿病，脚上的口子周围发红发热",
    "有糖尿病，脚底磨破的地方一直没好，四周的皮肤发红发烫",
])
def test_a_diabetic_foot_sore_red_and_hot_round_it_is_urgent_for_internal_medicine(text: str) -> None:
    urgency, rules = service_decide(text, 60, "F")
    assert urgency == "urgent" and "fever" not in current_codes(text)
    assert department_group(text, 60) == "内科"


def test_a_temperature_said_after_the_redness_is_still_a_fever() -> None:
    urgency, rules = service_decide("糖尿病，脚上的口子周围发红，发热38.5度", 60, "F")
    assert urgency == "emergency" and "diabetic_foot_infection_fever" in rules


# (4) t118z-029: blood on the paper after wiping, in a message about the bowels, is bleeding from the bottom (NHS Bleeding
# from the bottom; NHS Bowel cancer: see a GP), not a vaginal bleed (a man of 65 was sent to 妇产科).
@pytest.mark.parametrize("text", [
    "65岁男，最近一个多月大便不太正常，有时候稀有时候干，偶尔擦的纸上有点血，别的没啥不舒服",
    "便秘好几天了，擦完纸上有点红的",
    "拉屎的时候很用力，擦的纸上有血",
])
def test_blood_on_the_paper_in_a_bowel_message_is_the_bottom(text: str) -> None:
    codes = current_codes(text)
    assert "rectal_bleeding" in codes and "vaginal_bleeding" not in codes


@pytest.mark.parametrize("text", [
    "怀孕11周，肚子抽着疼，擦的纸上有红的",
    "怀孕8周，便秘，擦的纸上有点血",
    "大便正常，擦的时候纸上有一点淡粉色的血",
])
def test_blood_on_the_paper_in_pregnancy_or_pink_stays_a_vaginal_bleed(text: str) -> None:
    assert "vaginal_bleeding" in current_codes(text)


# (5) t118e-036: the pain word said before the chest, the press or twist after it, after moving furniture, is a chest
# strain (NHS Chest pain: starts after chest exercise, feels better resting the muscle; NHS Sprains and strains).
@pytest.mark.parametrize("text", [
    "34 yo male, moved a sofa on sunday, since then sharp pain on the right side of my chest when i twist or press on it, breathing fine, no sweating or sickness",
    "helped my brother move a wardrobe yesterday, now an ache in my left chest when I press on it",
    "after moving a heavy fridge, soreness in my ribs on the left when i twist",
])
def test_a_chest_sore_to_press_after_moving_furniture_is_a_strain(text: str) -> None:
    assert service_decide(text, 34, "M") == ("self_care", {"chest_wall_strain"})


@pytest.mark.parametrize("text", [
    "moved a sofa yesterday and now I have crushing pain in my chest and I'm sweaty",
    "moved house last week, now sharp chest pain when I breathe in and I'm breathless",
])
def test_chest_pain_with_danger_features_after_moving_furniture_stays_an_emergency(text: str) -> None:
    assert service_decide(text, 34, "M")[0] in ("emergency", "emergency_ambulance")


# (6) t118e-046: palpitations after the third coffee (NHS Heart palpitations: caffeine is a common trigger, cut down).
@pytest.mark.parametrize("text", [
    "36 f every now and then feel like my heart skips a beat or does a flip, mostly after my 3rd coffee, no chest pain or fainting, otherwise healthy",
    "my heart races after my third coffee of the day",
    "每次喝到第三杯咖啡就心慌，一会儿就好了",
])
def test_palpitations_after_the_third_coffee_are_self_care(text: str) -> None:
    assert service_decide(text, 36, "F") == ("self_care", {"caffeine_palpitations"})


def test_palpitations_after_coffee_with_a_faint_are_not_self_care() -> None:
    assert service_decide("my heart races after my third coffee and I nearly fainted", 36, "F")[0] != "self_care"


def test_a_heart_pounding_with_excitement_is_no_palpitation() -> None:
    assert "palpitations" not in current_codes("my heart pounds with excitement when she walks in")


# Look-alikes found in the regression run: "a bit white" holds no "it" of a cold limb (fen-047, athlete's foot), and a
# leg a little numb beside a long back pain stays the back's (t60z-033, sciatica: 外科).
def test_a_bit_white_between_the_toes_is_no_cold_limb() -> None:
    text = "skin between my toes is itchy, cracked and a bit white and flaky, i play a lot of football. it's not spreading up my foot"
    assert "cold_limb" not in current_codes(text)


def test_a_leg_a_little_numb_with_back_pain_stays_the_backs() -> None:
    assert department_group("腰疼好几个月了 坐久了就疼 有时候左腿有点麻 大小便都正常 走路没问题", 50) == "外科"
