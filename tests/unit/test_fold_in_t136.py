"""fold-t136: blind136 (a representative week of first messages) folded into the triage rules.

Each class names the public source its rule cites; the look-alikes beside it must not fire.
"""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_duration_days
from tests.triage_screen import current_codes, decide, fired, service_decide

EMERGENT = {"emergency", "emergency_ambulance"}


# t136e-010: NHS Testicular torsion (sudden testicle pain, often with tummy pain and being sick: go to A&E immediately);
# NICE CKS Scrotal pain and swelling. A boy's or man's private parts said in other words, in both languages.
@pytest.mark.parametrize("text", [
    "Hi my son is 11, woke up at 6 with a tummy ache and was sick. He's only now admitted its actually his private area that hurts, right side, really sore and he's walking funny.",
    "my son's private parts are really sore since this morning",
    "he's got a sudden pain in his bits and he's been sick",
    "my husband has a sudden pain in his nether regions",
    "突然蛋疼，疼得直冒汗",
    "儿子小鸡鸡那里突然疼，走路都别扭",
    "孩子突然说小鸡鸡那儿疼",
    "老公下面突然很疼，还吐了",
])
def test_a_boys_private_area_that_hurts_is_testicle_pain_and_torsion(text: str) -> None:
    assert "testicular_pain" in current_codes(text)
    assert "testicular_torsion" in fired(text)
    assert decide(text, 11)[0] in EMERGENT


@pytest.mark.parametrize("text", [
    "my private area hurts",                      # no sex said
    "she says her private parts are sore",
    "his private area doesn't hurt",
    "he hurt his private area last week but it's fine now",
    "这事真蛋疼",                                   # the idiom
    "我下面突然很疼",                                # no sex said
    "他小鸡鸡那里不疼",
    "我老公下面不疼",
    "吃了个鸡蛋突然肚子疼",
])
def test_no_sex_said_denied_past_or_the_idiom_is_not_testicle_pain(text: str) -> None:
    assert "testicular_pain" not in current_codes(text)
    assert "testicular_torsion" not in fired(text)


def test_a_private_area_ache_said_to_come_on_gradually_is_not_torsion() -> None:
    text = "my son's private area has been aching on and off for weeks, came on gradually"
    assert "testicular_torsion" not in fired(text)


# t136z-008: NHS Carbon monoxide poisoning (call 999 if someone loses consciousness); the amount between the burning and
# the charcoal ("烧了一盆炭") is the same indoor charcoal fire.
@pytest.mark.parametrize("text", [
    "早上起来我和老婆都头疼得厉害，恶心想吐，刚才她上厕所的时候晕倒了一下，现在醒了但是迷迷糊糊的。昨晚天冷在屋里烧了一盆炭取暖，窗户都关着。",
    "烧了一盆炭取暖，人晕倒了",
    "卧室里生了一盆炭火，早上起来叫不醒",
])
def test_a_basin_of_charcoal_burned_indoors_with_a_faint_is_carbon_monoxide(text: str) -> None:
    assert "carbon_monoxide_with_reduced_consciousness" in fired(text)
    assert decide(text)[0] == "emergency_ambulance"


@pytest.mark.parametrize("text", [
    "昨天烧了一堆炭烤肉，在院子里，今天头疼",
    "以前冬天在屋里烧过一盆炭取暖，现在没事了，今天只是头疼",
])
def test_charcoal_outside_or_long_ago_is_no_exposure(text: str) -> None:
    assert "co_exposure_risk" not in current_codes(text)


def test_a_basin_of_charcoal_indoors_with_a_headache_is_possible_carbon_monoxide() -> None:
    assert decide("昨晚在屋里烧了一盆炭取暖，窗户都关着，今早头疼恶心")[0] == "urgent"


# t136z-026, t116z-026: a thyroid nodule found on a scan (甲状腺结节和分化型甲状腺癌诊治指南 第二版 2023) goes to 外科.
@pytest.mark.parametrize("text", [
    "单位体检B超说甲状腺右叶有个结节，4mm，报告写TI-RADS 3类，建议随访。没有不舒服，脖子也摸不到。要挂哪个科复查",
    "体检B超说甲状腺有个结节1公分 不疼不痒",
    "ultrasound at my health check showed a small thyroid nodule",
])
def test_a_thyroid_nodule_goes_to_surgery(text: str) -> None:
    from tests.triage_screen import department_group
    assert "thyroid_nodule" in current_codes(text)
    assert department_group(text, 38) == "外科"
    assert decide(text, 38)[0] == "routine"


@pytest.mark.parametrize("text", ["甲状腺没有结节", "no thyroid nodules on the scan", "甲状腺功能正常"])
def test_no_thyroid_nodule(text: str) -> None:
    assert "thyroid_nodule" not in current_codes(text)


# t136e-049: NHS Baby teething symptoms names not sleeping very well among teething's signs.
def test_teething_with_broken_sleep_is_self_care() -> None:
    text = "7 month old drooling loads, chewing everything, one red cheek and a bit grumpy, sleeping badly. temp 37.4."
    assert service_decide(text, 0.6)[0] == "self_care"


def test_broken_sleep_with_teething_words_in_an_adult_or_a_floppy_baby_is_not() -> None:
    assert decide("my wisdom tooth is coming through, sleeping badly", 40)[0] != "self_care"
    assert decide("my 7 month old is teething, not sleeping well, and floppy", 0.6)[0] in EMERGENT


# t136e-028: NHS Migraine: the zigzag aura of a known migraine, the usual one, is no new change in vision.
@pytest.mark.parametrize("text", [
    "I've had migraines since I was a teenager, same pattern always - zigzag lights then a one sided headache, sumatriptan works. Nothing new or different about them.",
    "Usual migraine kicking off - zigzag lights in my vision for about 20 min then throbbing on one side",
    "偏头痛又犯了，跟以前一样，眼前先冒闪光，然后半边头疼",
])
def test_a_known_migraines_usual_aura_is_no_new_vision_change(text: str) -> None:
    urgency, reasons = decide(text, 38)
    assert {"migraine_usual_pattern", "headache"} <= current_codes(text)  # read beside the headache, not instead of it
    assert not reasons & {"new_vision_change", "new_floaters_or_flashes", "new_vision_change_sudden"}
    assert urgency in {"routine", "self_care"}


@pytest.mark.parametrize("text", [
    "first time ever I've seen zigzag lights then a headache",
    "I get migraines but this is different, zigzag lights that won't go away",
])
def test_a_first_or_different_aura_stays_a_new_vision_change(text: str) -> None:
    assert decide(text, 38)[0] == "urgent"


def test_a_usual_migraine_with_stroke_signs_is_still_999() -> None:
    assert decide("my usual migraine but this time my arm went weak and my speech is slurred", 38)[0] == "emergency_ambulance"


# t136z-037: NHS Neck pain: a neck cricked overnight (脖子扭了 on waking) is the self-care stiff neck; a fall is not.
def test_a_neck_cricked_on_waking_is_self_care() -> None:
    text = "早上起来脖子扭了，往左转不过去，一转就疼，肩膀也紧。昨晚枕头太高了。手不麻不软。"
    assert "neck_pain" in current_codes(text)
    assert decide(text, 34)[0] == "self_care"


def test_a_neck_twisted_in_a_fall_with_numbness_is_not_self_care() -> None:
    assert decide("打篮球摔了一跤脖子扭了，往左转不过去，手麻", 34)[0] in EMERGENT


# t136z-046: NHS Piles: the years the piles have been had are their history; this flare's days decide (self-care).
def test_years_of_piles_then_a_flare_of_days_is_the_flares_length() -> None:
    assert parse_duration_days("痔疮好几年了，这几天吃辣的又犯了，大便完纸上有点鲜红的血") == 3
    assert parse_duration_days("腰疼好几年了，这两天又犯了") == 2
    # no flare said: the years stand
    assert parse_duration_days("有痔疮好几年了，这个礼拜大便干，擦屁股纸上有点鲜红的血") >= 365
    text = "痔疮好几年了，这几天吃辣的又犯了，大便完纸上有点鲜红的血，量不多，肛门外面有个小肉球，有点痒疼。能不能买点药膏"
    assert service_decide(text, 33, "F")[0] == "self_care"


def test_piles_that_keep_coming_back_or_a_month_long_flare_are_not_self_care() -> None:
    assert service_decide("痔疮好几年了，又犯了一个多月了，纸上有血", 33, "F")[0] != "self_care"
    assert service_decide("痔疮老是反复出血，这个月有好几回了", 33, "F")[0] != "self_care"


# t136z-033: 怕冷 said as how one always is in winter (NHS Underactive thyroid: being sensitive to the cold) is feeling the
# cold, not a fever's chills: with long tiredness it is a GP appointment, not a cold to treat at home.
def test_feeling_the_cold_every_winter_is_cold_intolerance_not_chills() -> None:
    text = "一到冬天手脚冰凉，怕冷，来月经的时候肚子也凉凉的疼，平时容易累。西医查过血常规、甲功都正常。想找个中医调理一下，开点中药"
    codes = current_codes(text)
    assert "cold_intolerance" in codes and "chills" not in codes
    assert decide(text, 29)[0] == "routine"


@pytest.mark.parametrize("text", ["发烧38度5，怕冷，浑身疼", "感冒了，有点怕冷，流鼻涕", "平时身体好，这两天发烧怕冷"])
def test_a_fevers_chills_stay_chills(text: str) -> None:
    codes = current_codes(text)
    assert "chills" in codes and "cold_intolerance" not in codes
