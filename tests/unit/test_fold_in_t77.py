"""blind77 (poisonings, overdoses, bites, stings, chemicals and exposures at home, at work and outdoors), with blind79's
drain cleaner up a forearm and deep dog bite: what the first look missed, read for what it says, with the near-misses
that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize("text", [
    "We've all had headaches since the boiler got serviced, now my wife is really drowsy and I can't get a proper answer out of her",
    "ever since the new gas fire was put in mum has been confused and very drowsy",
    "热水器刚修过以后，我妈一直头疼，现在迷迷糊糊的叫不太醒",
])
def test_symptoms_since_a_gas_appliance_was_serviced_with_drowsiness_are_carbon_monoxide(text: str) -> None:
    urgency, rules = decide(text, age=45)
    assert urgency == "emergency_ambulance" and "carbon_monoxide_with_reduced_consciousness" in rules


@pytest.mark.parametrize("text", [
    "headaches and feeling sick since the boiler was serviced last week",
    "锅炉检修过之后这几天一直头晕恶心",
])
def test_symptoms_since_a_gas_appliance_was_serviced_are_possible_carbon_monoxide(text: str) -> None:
    urgency, rules = decide(text, age=40)
    assert urgency == "urgent" and "possible_carbon_monoxide" in rules


def test_a_boiler_serviced_long_ago_is_no_carbon_monoxide_source() -> None:
    assert "co_exposure_risk" not in current_codes("the boiler was serviced last year, I have a headache")


@pytest.mark.parametrize("text", [
    "Our friend's dog bit my 6 year old on the face, it's bleeding",
    "a dog bit my 3 yo on the cheek at the park",
    "the neighbour's dog bit my little boy on the ear",
])
def test_a_dog_bite_on_the_face_of_a_child_named_by_age_is_a_face_bite(text: str) -> None:
    urgency, rules = decide(text, age=6)
    assert urgency == "emergency" and "bite_face_or_head" in rules


def test_a_dog_bite_on_a_childs_hand_is_not_a_face_bite() -> None:
    text = "a dog bit my 6 year old on the hand, her face is fine"
    assert "animal_bite_face" not in current_codes(text)
    urgency, rules = decide(text, age=6)
    assert urgency == "urgent" and "animal_bite" in rules


@pytest.mark.parametrize("text", [
    "遛狗的时候被别人家的大狗咬了小腿，咬得挺深的，肉都翻开了，血一直在渗",
    "被流浪狗咬了胳膊，皮开肉绽的",
    "the dog bit my calf and the flesh is laid open",
])
def test_a_bite_with_the_flesh_laid_open_is_a_deep_bite(text: str) -> None:
    urgency, rules = decide(text, age=34)
    assert urgency == "emergency" and "deep_or_bleeding_bite" in rules


def test_a_bite_that_broke_the_skin_is_not_a_deep_bite() -> None:
    urgency, rules = decide("被狗咬了一下，破了点皮，出了点血", age=34)
    assert urgency == "urgent" and "animal_bite" in rules and "deep_or_bleeding_bite" not in rules


@pytest.mark.parametrize("text", [
    "back from winter climbing. 3 fingertips went white and hard up there and now they're swollen with blisters of cloudy fluid",
    "I think I've got frostbite on two toes after the ski trip, they have blisters full of milky fluid",
    "滑雪的时候手套湿了，几个手指头冻得发白发硬，现在起了水泡",
    "爬雪山冻伤了，脚趾头起了好几个水泡",
])
def test_frostbite_with_blisters_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=31)
    assert urgency == "emergency" and "frostbite_worse_signs" in rules


def test_frostbite_without_worse_signs_is_urgent() -> None:
    urgency, rules = decide("I think I have a bit of frostnip on my nose after the hike", age=30)
    assert urgency == "urgent" and "frostbite" in rules


@pytest.mark.parametrize("text", ["每年冬天手指都长冻疮，痒", "my chilblains are back on my toes, itchy"])
def test_chilblains_are_not_frostbite(text: str) -> None:
    assert "frostbite" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "厂里一个师傅下污水井清淤，倒在里面了，刚拉上来还是不醒，有股臭鸡蛋味",
    "孩子掉进水里，捞上来以后一直没反应",
    "室友吃了一板安眠药，怎么拍都拍不醒",
])
def test_still_not_waking_after_being_pulled_out_or_shaken_is_unresponsive(text: str) -> None:
    urgency, rules = decide(text, age=39)
    assert urgency == "emergency_ambulance"
    assert "unresponsive" in current_codes(text)


def test_woken_after_being_pulled_out_is_not_unresponsive() -> None:
    assert "unresponsive" not in current_codes("拉上来以后人就醒了，能说话")


@pytest.mark.parametrize("text", [
    "我妈听人说草乌泡酒治风湿，今晚喝了一小杯，半个小时后嘴巴舌头发麻，恶心",
    "我爸喝了自己泡的川乌药酒，现在嘴麻、心慌、想吐",
    "she made a tea from monkshood in the garden and now feels sick",
])
def test_aconite_drunk_with_symptoms_is_a_plant_poisoning(text: str) -> None:
    urgency, rules = decide(text, age=66)
    assert urgency == "emergency" and "plant_or_mushroom_poisoning" in rules


@pytest.mark.parametrize("text", ["草乌泡的酒我没喝，只是擦腿", "I grow monkshood in the garden, is it dangerous to touch"])
def test_aconite_not_drunk_is_not_a_poisoning(text: str) -> None:
    assert "plant_ingestion" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "刷厕所的时候洁厕灵溅到手臂上了，现在一大片红肿起水泡",
    "洁厕剂弄到手上了，火辣辣的",
    "Was unblocking the sink with that strong drain cleaner stuff and it splashed up my forearm, the skin's gone white",
    "some oven cleaner splashed up my arm",
])
def test_a_toilet_or_drain_cleaner_on_the_skin_is_a_chemical_burn(text: str) -> None:
    urgency, rules = decide(text, age=50)
    assert urgency == "emergency" and "serious_burn" in rules


def test_a_toilet_cleaner_used_without_a_splash_is_not_a_chemical_burn() -> None:
    assert "chemical_burn" not in current_codes("用洁厕灵刷了厕所，有点头晕")


@pytest.mark.parametrize("text", [
    "my fingers go white then blue in the cold since I started using the jackhammer, numb for ages after",
    "一到冬天手指头就发白然后发紫",
    "I think I have Raynaud's, my toes turn white then red",
])
def test_fingers_white_then_blue_in_the_cold_are_raynauds_not_cyanosis(text: str) -> None:
    codes = current_codes(text)
    assert "raynaud" in codes and "dyspnea_severe" not in codes and "cold_limb" not in codes
    assert decide(text, age=53)[0] == "routine"


def test_lips_and_fingers_going_blue_while_struggling_to_breathe_are_still_cyanosis() -> None:
    assert "dyspnea_severe" in current_codes("his lips and fingers are going blue and he is struggling")


@pytest.mark.parametrize("text", [
    "in Spain and got a prickly itchy rash of tiny red spots on my chest and back where I've been sweating. feel well",
    "itchy little red bumps on his neck wherever he gets sweaty",
])
def test_a_prickly_rash_where_one_sweats_is_heat_rash(text: str) -> None:
    urgency, rules = decide(text, age=34)
    assert urgency == "self_care" and "minor_skin" in rules


def test_tiny_red_spots_that_do_not_fade_are_still_a_non_blanching_rash() -> None:
    assert "nonblanching_rash" in current_codes("tiny red spots that don't fade under a glass and a fever")


@pytest.mark.parametrize("text", [
    "My 7 yo stepped on a bee. I scraped the sting out, foot is red and a bit swollen round the spot",
    "sat on a wasp in the garden, pulled the sting out, a bit sore",
    "家里猫好像有跳蚤，我脚踝一圈都是小红包，特别痒",
    "出差住的酒店，早上起来胳膊上一排红包很痒，床单上看到几个小黑点，是不是有臭虫",
    "forgot sun cream at the cricket, face and arms are pink and sore, no blisters",
    "found a tick on my son's tummy after camping, got it out with tweezers whole. no rash, no fever",
])
def test_a_bee_sting_flea_or_bed_bug_bites_mild_sunburn_or_a_tick_removed_are_self_care(text: str) -> None:
    urgency, rules = decide(text, age=30)
    # dept39's insect_sting_local_swelling (NHS Insect bites and stings) is the same self-care advice, named for the sting
    assert urgency == "self_care" and rules & {"minor_skin", "insect_sting_local_swelling"}


@pytest.mark.parametrize("text", [
    "had a tick on my leg 2 weeks ago, now there's a round red patch around the spot, like a target, getting bigger",
    "被蜱虫咬过的地方出现了一个靶形红斑，越来越大",
])
def test_a_spreading_bulls_eye_rash_after_a_tick_is_not_self_care(text: str) -> None:
    assert "lyme_rash" in current_codes(text)
    assert decide(text, age=47)[0] == "routine"


def test_a_round_rash_around_a_tick_bite_paler_in_the_middle_is_not_self_care() -> None:
    text = "Found a tick on my thigh and pulled it off. Now there's a round red rash around the spot, paler in the middle"
    assert "lyme_rash" in current_codes(text) and decide(text, age=34)[0] == "routine"


def test_a_10k_in_the_heat_that_settles_is_self_care() -> None:
    text = ("Did a 10k in the heat, felt dizzy, headachey and sick at the end. Sat in the shade and drank water, "
            "about half an hour later I feel pretty much back to normal")
    urgency, rules = decide(text, age=30)
    assert urgency == "self_care" and "heat_exhaustion_recovering" in rules


@pytest.mark.parametrize("text", [
    "my 18 month old chewed one of those little 'do not eat' silica gel sachets from a shoebox, she's totally fine",
    "he bit into a do not eat packet of silica gel beads, he's fine",
])
def test_a_do_not_eat_label_denies_nothing(text: str) -> None:
    urgency, rules = decide(text, age=1)
    assert urgency == "self_care" and "silica_gel_swallowed" in rules


def test_silica_gel_not_eaten_is_still_denied() -> None:
    assert "silica_gel_swallowed" not in current_codes("he did not eat any of the silica gel beads")


@pytest.mark.parametrize("text", [
    "昨天去游泳馆游了两个小时，今天两只眼睛都有点红，干涩，不痛，看东西清楚",
    "been in the swimming pool all afternoon and my eyes are red and stinging, vision fine",
])
def test_red_eyes_after_a_chlorinated_pool_are_a_minor_irritant(text: str) -> None:
    urgency, rules = decide(text, age=22)
    assert urgency == "self_care" and "minor_eye_irritant" in rules


def test_a_painful_eye_after_swimming_is_not_self_care() -> None:
    assert decide("been swimming and now my eye is red and really painful and blurry", age=22)[0] != "self_care"
