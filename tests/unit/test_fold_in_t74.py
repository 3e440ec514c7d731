"""blind74 (poisonings, overdoses and exposures, and the outdoors): what the first look missed, read for what it
says, with the near-misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize("text", [
    "Been taking Lemsip and paracetamol on top. Worked it out and its about 12 tablets worth in the last 24 hours",
    "Been on Lemsip and paracetamol together all week. Added it all up and it's about 10 tablets worth in the last 24 hours",
    "I took cold and flu capsules and panadol for my cold. Just realised that's 14 tablets worth over the last 24 hours",
])
def test_paracetamol_added_up_in_a_later_sentence_is_over_the_maximum(text: str) -> None:
    urgency, rules = decide(text, age=37)
    assert urgency == "emergency" and "paracetamol_over_max_dose" in rules


def test_paracetamol_added_up_within_the_maximum_is_not_over_it() -> None:
    text = "Took paracetamol for my cold. It's about 6 tablets worth in the last 24 hours"
    assert "paracetamol_over_max" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "splashed drain cleaner on my forearm unblocking the sink, the skin is white",
    "some oven cleaner went down my wrist and it's burning",
    "caustic soda splashed on his neck at work",
    "疏通剂溅到手腕上了，起泡了",
])
def test_a_chemical_on_any_skin_is_a_chemical_burn(text: str) -> None:
    urgency, rules = decide(text, age=41)
    assert urgency == "emergency" and "serious_burn" in rules


def test_acid_reflux_is_not_a_chemical_burn() -> None:
    assert "chemical_burn" not in current_codes("acid reflux burning on my chest")


@pytest.mark.parametrize("text", [
    "Got a shock off an old extension lead in the shed, small grey burn mark on my palm",
    "got a shock off the toaster, my finger has a little burn",
    "my son got an electric shock from a frayed lamp cable",
])
def test_a_shock_from_a_mains_lead_or_appliance_is_an_electric_shock(text: str) -> None:
    urgency, rules = decide(text, age=40)
    assert urgency == "emergency" and "serious_burn" in rules


@pytest.mark.parametrize("text", ["the news gave me a shock off guard", "got a shock from the news this morning"])
def test_a_fright_is_not_an_electric_shock(text: str) -> None:
    assert "electrical_burn" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "something bit me on the ankle, i saw a zigzag snake slither off",
    "something bit my leg in the long grass and I saw a snake slither away",
    "在山上被什么东西咬了一口，低头看见一条蛇溜走了",
    "下地干活被咬了一下，回头瞅见一条蛇",
])
def test_a_bite_with_a_snake_seen_after_it_is_a_snake_bite(text: str) -> None:
    urgency, rules = decide(text, age=48)
    assert urgency == "emergency" and "snake_bite" in rules


def test_a_dog_bite_and_a_snake_on_television_is_not_a_snake_bite() -> None:
    urgency, rules = decide("the dog bit me, later we watched a snake documentary", age=40)
    assert "snake_bite" not in rules and urgency == "urgent" and "animal_bite" in rules


@pytest.mark.parametrize("text", [
    "中午家里自己杀了条河豚吃，现在嘴巴舌头发麻，喘不上气",
    "昨晚吃了河豚，现在嘴唇发麻",
    "we ate pufferfish at dinner and now his tongue and lips are tingling",
])
def test_pufferfish_eaten_is_a_poisoning(text: str) -> None:
    urgency, rules = decide(text, age=45)
    assert urgency == "emergency_ambulance" and "poisoning_overdose" in rules


def test_pufferfish_talked_about_is_not_a_poisoning() -> None:
    assert "overdose_poisoning" not in current_codes("我看纪录片讲河豚很毒")


@pytest.mark.parametrize("text", [
    "我爸把84消毒液装在矿泉水瓶里放桌上，我刚才口渴拿起来就喝了一大口",
    "洁厕灵倒在饮料瓶里，我儿子拿起来喝了一口",
])
def test_a_household_chemical_in_a_drink_bottle_drunk_is_a_poisoning(text: str) -> None:
    urgency, rules = decide(text, age=33)
    assert urgency == "emergency_ambulance" and "poisoning_overdose" in rules


def test_a_chemical_at_home_not_drunk_is_not_a_poisoning() -> None:
    assert "overdose_poisoning" not in current_codes("家里有84消毒液，没喝过")


@pytest.mark.parametrize("text", [
    "我妈在浴室洗澡洗了快一个小时没出来，燃气热水器装在里面的，撬开门她瘫在地上，迷迷糊糊的",
    "她在卫生间洗澡，燃气热水器装在里面，半天没出来，进去一看人迷迷糊糊的叫不太醒",
])
def test_the_gas_water_heater_in_the_bathroom_with_drowsiness_is_carbon_monoxide(text: str) -> None:
    urgency, rules = decide(text, age=62)
    assert urgency == "emergency_ambulance" and "carbon_monoxide_with_reduced_consciousness" in rules


def test_the_gas_water_heater_in_the_bathroom_with_a_headache_is_possible_carbon_monoxide() -> None:
    urgency, rules = decide("卫生间洗澡，燃气热水器就装在里头，洗完头晕恶心", age=60)
    assert urgency == "urgent" and "possible_carbon_monoxide" in rules


def test_no_gas_heater_in_the_bathroom_is_no_carbon_monoxide_source() -> None:
    assert "co_exposure_risk" not in current_codes("浴室里没有燃气热水器，是电的，洗完澡头有点晕")


@pytest.mark.parametrize("text", [
    "I've been smoking weed every day, I want to stop but every time I try I cant sleep",
    "I want to stop drinking but every time I try I get the shakes",
    "I really want to stop smoking, who do I see",
])
def test_wanting_to_stop_a_habit_is_not_suicidal(text: str) -> None:
    assert "suicidal" not in current_codes(text)


@pytest.mark.parametrize("text", ["I just want it all to stop", "I want it to end for good"])
def test_wanting_it_all_to_stop_is_still_suicidal(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency" and "suicidal_intent" in rules


@pytest.mark.parametrize("text", ["the skunk I smoke is making me paranoid", "weed makes me paranoid so I quit"])
def test_a_drug_making_me_paranoid_is_not_psychosis(text: str) -> None:
    assert "psychosis" not in current_codes(text)


def test_paranoid_ideas_about_the_neighbours_are_still_psychosis() -> None:
    urgency, rules = decide("he is paranoid, says the neighbours are spying on him", age=30)
    assert urgency == "urgent" and "possible_psychosis" in rules


@pytest.mark.parametrize("text", ["早上迷迷糊糊喝了一口冰箱里的牛奶，后来才看到过期三天了", "半夜迷迷糊糊吃了两片药，也不记得是哪个"])
def test_half_awake_doing_something_is_not_confusion(text: str) -> None:
    assert "confusion" not in current_codes(text)


def test_a_mother_who_is_muddled_and_hard_to_wake_is_still_confused() -> None:
    urgency, rules = decide("我妈迷迷糊糊的，叫不太醒", age=70)
    assert urgency == "emergency" and "altered_consciousness" in rules


@pytest.mark.parametrize("text", [
    "fell into a patch of nettles, legs are covered in white lumpy itchy bumps and tingling",
    "nettles got me, my legs are covered in white itchy bumps",
])
def test_white_bumps_of_a_rash_are_not_a_white_limb(text: str) -> None:
    assert "cold_limb" not in current_codes(text)


def test_a_leg_gone_white_cold_and_numb_is_still_limb_ischaemia() -> None:
    urgency, rules = decide("my leg went white and cold and numb suddenly", age=70)
    assert urgency == "emergency" and "acute_limb_ischaemia" in rules


@pytest.mark.parametrize("text", [
    "bee stung me on the forearm while gardening, got the sting out, a bit swollen and red",
    "a wasp stung me on the arm, a bit red and swollen",
    "an ant bit my foot, itchy little spots",
    "在院子里被小红蚂蚁咬了脚背，起了几个小白脓点，痒",
    "被蚂蚁咬了几个包，痒",
    "被毛毛虫蛰了，脖子上起了红疹子，痒",
])
def test_a_small_bite_or_sting_is_self_care(text: str) -> None:
    urgency, rules = decide(text, age=40)
    # dept39's insect_sting_local_swelling (NHS Insect bites and stings) is the same self-care advice, named for the sting
    assert urgency == "self_care" and rules & {"minor_skin", "insect_sting_local_swelling"}


def test_a_popped_heel_blister_is_not_an_achilles_snap() -> None:
    text = "did a 20 mile hike in new boots, got a big blister on each heel, one popped"
    assert "heel_snap" not in current_codes(text)
    assert decide(text, age=46)[0] == "self_care"


def test_a_pop_at_the_back_of_the_heel_is_still_an_achilles_snap() -> None:
    urgency, rules = decide("heard a pop at the back of my heel playing squash and can't stand on tiptoe", age=40)
    assert urgency == "emergency" and "suspected_achilles_rupture" in rules


@pytest.mark.parametrize("text", [
    "a dog at the park jumped up and bit my calf, broke the skin",
    "a dog ran up and bit my hand at the park, it bled",
    "the neighbours cat suddenly scratched my arm",
])
def test_an_animal_that_bit_after_doing_something_is_an_animal_bite(text: str) -> None:
    urgency, rules = decide(text, age=33)
    assert urgency == "urgent" and "animal_bite" in rules


@pytest.mark.parametrize("text", [
    "上周腿上被虫子咬的包被我抓破了，这两天越来越红越来越疼，中间有脓，周围摸着发烫",
    "被虫子咬的包抓破了，越来越红，里面有脓",
    "痘痘挤破了，流了点脓，摸着有点热",
])
def test_a_bite_or_spot_getting_redder_with_pus_is_infected(text: str) -> None:
    urgency, rules = decide(text, age=40)
    assert urgency == "urgent" and "skin_infection" in rules


@pytest.mark.parametrize("text", [
    "bitten by a mosquito, the swelling is red and about 12 cm across",
    "前天手背被蚊子还是什么虫咬了，今天整个手背到手腕都红肿了，量了一下红的那片有十几厘米",
])
def test_a_large_reaction_round_a_bite_is_urgent(text: str) -> None:
    assert decide(text, age=31)[0] == "urgent"


def test_a_small_bump_from_a_bite_is_not_a_large_reaction() -> None:
    text = "bitten by a mosquito, a small red bump 1 cm"
    assert "bite_reaction_large" not in current_codes(text) and decide(text, age=30)[0] == "self_care"


@pytest.mark.parametrize("text", [
    "a wasp was in my can of coke, stung me on the inside of my cheek, I can breathe fine",
    "a bee stung me inside my mouth, I can breathe fine",
    "a wasp stung me right next to my eye",
    "在海里被水母蛰到了左边脸，靠近眼睛那块，火辣辣的疼",
    "被蜜蜂蛰到眼皮上了，肿了，看东西清楚",
])
def test_a_sting_in_the_mouth_or_near_the_eye_is_urgent(text: str) -> None:
    urgency, rules = decide(text, age=26)
    assert urgency == "urgent" and "sting_in_mouth_or_near_eye" in rules


@pytest.mark.parametrize("text", ["被蚊子咬了个包，眼睛没事", "a bee stung me on the arm, my eyes are watering from the pain"])
def test_a_sting_elsewhere_is_not_near_the_eye(text: str) -> None:
    assert "sting_mouth_or_eye" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "宝宝9个月，周末带出去玩了一下午，脸和小胳膊晒得通红，摸着烫",
    "my 8 month old has sunburn on her cheeks after the park",
])
def test_sunburn_in_a_baby_is_urgent(text: str) -> None:
    urgency, rules = decide(text, age=0)
    assert urgency == "urgent" and "sunburn_baby" in rules


def test_sunburn_in_an_adult_stays_self_care() -> None:
    assert decide("I got sunburnt at the beach, red and sore", age=30)[0] == "self_care"


@pytest.mark.parametrize("text", [
    "did a long run in the heat and felt dizzy, sick and sweaty after. half an hour later I feel basically back to normal",
    "did a long run in the heat, felt dizzy and sweaty, cooled down and half an hour later I'm fine",
])
def test_heat_exhaustion_after_a_run_that_settles_is_self_care(text: str) -> None:
    urgency, rules = decide(text, age=32)
    assert urgency == "self_care" and "heat_exhaustion_recovering" in rules


@pytest.mark.parametrize("text", [
    "消毒水放在水杯里，我没注意喝了几口，嗓子疼",
    "洁厕灵装在饮料瓶里，孩子不小心喝了一口",
])
def test_a_chemical_drunk_without_noticing_is_a_poisoning(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency_ambulance" and "poisoning_overdose" in rules


@pytest.mark.parametrize("text", ["我被插线板电了一下，手指头有个小黑点", "刚才被洗衣机电到了一下，手麻了"])
def test_a_shock_from_a_power_strip_or_appliance_said_in_chinese_is_an_electric_shock(text: str) -> None:
    assert "electrical_burn" in current_codes(text)


def test_a_bite_said_as_a_noun_before_the_snake_is_a_snake_bite() -> None:
    urgency, rules = decide("felt a sharp bite on my ankle on the hike, then noticed an adder in the heather", age=40)
    assert urgency == "emergency" and "snake_bite" in rules


@pytest.mark.parametrize("text", [
    "我老公天天晚上要喝半斤白酒，不喝就睡不着，早上手有点抖",
    "我爸不喝两口就睡不着，想戒又戒不了",
])
def test_drinking_needed_to_sleep_is_alcohol_dependence_not_insomnia(text: str) -> None:
    assert "alcohol_concern" in current_codes(text)
    assert decide(text, age=50)[0] == "routine"


@pytest.mark.parametrize("text", [
    "I was given co-codamol after my op and I'm still taking more than I should. I think I might be hooked",
    "I've been smoking weed every day for about 3 years",
    "my brother is addicted to tramadol",
    "我弟弟最近在溜冰（冰毒），家里想带他去戒掉",
    "止痛药吃上瘾了，离不开",
])
def test_worry_about_drug_dependence_is_read(text: str) -> None:
    assert "drug_concern" in current_codes(text)


@pytest.mark.parametrize("text", ["I'm addicted to Netflix lately", "he is hooked on his phone", "溜冰场摔了一跤"])
def test_a_habit_or_an_ice_rink_is_not_drug_dependence(text: str) -> None:
    assert "drug_concern" not in current_codes(text)


def test_a_babys_face_burnt_red_by_the_sun_is_sunburn() -> None:
    urgency, rules = decide("宝宝10个月，晒得小脸通红", age=0)
    assert urgency == "urgent" and "sunburn_baby" in rules

