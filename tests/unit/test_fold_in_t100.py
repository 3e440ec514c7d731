"""blind99 (relatives and carers writing about someone else) and blind100 (people of 65 and over): the seven
under-triaged emergencies of the first look, each read as a family, the urgent and ambulance misses with a reading
gap, and the near misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, service_decide

EMERGENT = ("emergency", "emergency_ambulance")


# (1) Acute urinary retention told by a relative or in other words (NHS Urinary retention: suddenly cannot pee at all,
# A&E): "he hasn't been able to pee", "not been able to pass water", "keeps going to the loo and nothing comes out".
@pytest.mark.parametrize("text", [
    "my grandad hasn't been able to wee since yesterday evening and his tummy is swollen",
    "Dad has not been able to pass urine all day, he's in agony low down",
    "my husband hasn't been able to pass any water since this morning",
    "he keeps going to the toilet but nothing comes out and his lower tummy is bulging",
    "I keep trying and only get a few drops, my belly is swollen and sore",
    "公公从昨晚到现在一直尿不出来，小肚子胀得硬邦邦的",
    "老伴前列腺不好，昨晚开始一滴尿都解不出，下腹胀痛",
])
def test_a_relative_who_cannot_pass_urine_is_acute_retention(text: str) -> None:
    urgency, rules = service_decide(text, age=74, sex="M")
    assert urgency in EMERGENT and "urinary_retention" in rules


@pytest.mark.parametrize("text", [
    "he hasn't been able to pee properly for years, weak stream",
    "she keeps going to the toilet, it stings when she pees",
    "baby hasn't had a wet nappy since this morning",
    "he was able to pass urine fine this morning",
])
def test_a_weak_stream_cystitis_or_a_dry_nappy_is_not_retention(text: str) -> None:
    assert "urinary_retention" not in current_codes(text)


# (2) A thunderclap headache told as a blow (NHS Subarachnoid haemorrhage: a sudden agonising headache likened to being
# hit on the head) or as coming on "in a second": with a stiff neck or vomiting, the bleed's 999 rule.
@pytest.mark.parametrize("text", [
    "it felt like he'd been hit with a hammer on the back of his head, worst headache ever",
    "headache came on in a second, like being struck with a bat over the head",
    "like being hit by a brick on the back of the head, it's a headache like nothing before",
    "后脑勺像被人用棍子狠狠打了一下，一下子疼得要命",
])
def test_a_headache_like_a_blow_to_the_head_is_a_thunderclap_headache(text: str) -> None:
    assert "thunderclap_headache" in current_codes(text)


def test_a_thunderclap_headache_with_a_stiff_neck_is_a_999_call() -> None:
    urgency, rules = service_decide("like I got hit with a frying pan on the back of my head, came on in a split second, "
                                    "neck is stiff and I've been sick", age=67, sex="F")
    assert urgency == "emergency_ambulance" and "subarachnoid_haemorrhage_signs" in rules


@pytest.mark.parametrize("text", [
    "I got hit with a cricket bat on the back of my head at practice",
    "I'll be back in a second, my head is fine",
    "a mild headache that built up over the afternoon",
])
def test_a_real_blow_or_a_slow_headache_is_not_a_thunderclap_headache(text: str) -> None:
    assert "thunderclap_headache" not in current_codes(text)


# (3) A head caught on something while on a blood thinner (NICE NG232: CT within 8 hours for anticoagulated adults
# with a head injury; head_injury_on_anticoagulant).
@pytest.mark.parametrize("text", [
    "dad's on rivaroxaban and caught his head on the car boot this morning, small cut, feels fine",
    "I clipped my head against the shelf, I take warfarin",
    "Mum takes apixaban, she caught her head on the corner of the door, just a little lump",
    "我妈吃着阿哌沙班，下午头磕到柜门角上了，起了个小包，人没事",
])
def test_a_head_caught_on_something_on_a_blood_thinner_is_an_emergency(text: str) -> None:
    urgency, rules = service_decide(text, age=81, sex="F")
    assert urgency == "emergency" and "head_injury_on_anticoagulant" in rules


@pytest.mark.parametrize("text", ["she caught her head in her hands and cried, she takes apixaban",
                                  "I take apixaban, no head injury, just a bruise on my arm"])
def test_head_in_hands_or_no_head_injury_on_a_blood_thinner_is_not_a_head_injury(text: str) -> None:
    assert "head_injury" not in current_codes(text)


# (4) A button battery missing from a device's packet, named after 'for' or 'off' (Child Accident Prevention Trust /
# NHS: a swallowed button battery is A&E straight away even if the child seems well).
@pytest.mark.parametrize("text", [
    "the batteries for the kitchen scales were on the table and one is gone, I think he swallowed it",
    "my grandson had the batteries off the tv remote, he says he ate one",
    "found her with the batteries for my glucose meter, one's missing and she put it in her mouth earlier",
    "孙女把我助听器的电池拿去玩了，少了一颗，她说吃进肚子里了",
])
def test_a_battery_for_a_device_said_to_be_swallowed_is_an_emergency(text: str) -> None:
    urgency, rules = service_decide(text, age=3, sex="F")
    assert urgency == "emergency" and "swallowed_button_battery" in rules


@pytest.mark.parametrize("text", ["the batteries for my hearing aid are all here, she didn't swallow any",
                                  "he was playing with the batteries for the remote, all accounted for"])
def test_batteries_all_accounted_for_are_not_swallowed(text: str) -> None:
    assert "swallowed_battery" not in current_codes(text)


# (5) A deep bite still bleeding, the depth said after the holes (NHS Animal and human bites: A&E for a large or deep
# wound; 狂犬病暴露预防处置工作规范: III级暴露).
@pytest.mark.parametrize("text", [
    "被狗咬了小腿，两个口子挺深的，还在往外渗血",
    "猫咬了手，伤口很深，一直在流血",
    "the dog bit his hand, the holes look deep and are still bleeding",
    "bitten by the neighbour's dog, the puncture is pretty deep and it keeps oozing",
])
def test_a_deep_bite_still_bleeding_is_an_emergency(text: str) -> None:
    urgency, rules = service_decide(text, age=6, sex="M")
    assert urgency == "emergency" and "deep_or_bleeding_bite" in rules


@pytest.mark.parametrize("text", ["被狗咬了手，口子不深，还在流一点血", "the dog bit her arm, the marks aren't deep, still bleeding a little",
                                  "被狗咬了，伤口挺深的，已经不流血了"])
def test_a_shallow_bite_or_one_that_stopped_bleeding_stays_urgent(text: str) -> None:
    urgency, rules = service_decide(text, age=6, sex="M")
    assert urgency == "urgent" and "deep_or_bleeding_bite" not in rules


# (6) A diabetic's foot wound with pus after redness, and a fever or shivers (NICE NG19: ulceration with fever or signs
# of sepsis is a limb- or life-threatening diabetic foot problem, acute services at once).
@pytest.mark.parametrize("text", [
    "糖尿病好多年了，左脚脚后跟上周磨破了，这两天周围一圈又红又肿，口子往外冒脓，今天发烧38度2，发冷",
    "我爸有糖尿病，脚趾头上的口子化脓了，今天开始打寒战",
    "diabetic for 15 years, cut my big toe last week, now the whole foot is red, hot and swollen and the cut is oozing pus, temperature 38.6 and shivering",
    "type 2 diabetes, blister on my heel burst and it's weeping pus now, got the shivers tonight",
])
def test_a_diabetic_foot_wound_with_pus_and_a_fever_is_an_emergency(text: str) -> None:
    urgency, rules = service_decide(text, age=72, sex="M")
    assert urgency == "emergency" and "diabetic_foot_infection_fever" in rules


@pytest.mark.parametrize("text", ["糖尿病，脚上磨破了个口子，没有红肿，没流脓，不发烧", "diabetic, the sore on my foot has no pus, no fever"])
def test_a_diabetic_foot_wound_without_pus_or_fever_is_not_an_emergency(text: str) -> None:
    assert service_decide(text, age=72, sex="M")[0] not in EMERGENT


# (7) A fall told as a slip in a named room, and after it a leg gone short and turned out at the hip (NHS Hip fracture:
# the leg may look shorter and turn outwards; call 999).
@pytest.mark.parametrize("text", [
    "dad fell in the garden, his left leg looks shorter and his foot is turned out",
    "Nan slipped in the kitchen, her right leg looks shorter than the other and is turned out",
    "我妈在卫生间滑倒了，右腿看着比左腿短，脚往外撇",
])
def test_a_short_turned_out_leg_after_a_fall_is_a_suspected_hip_fracture(text: str) -> None:
    urgency, rules = service_decide(text, age=85, sex="F")
    assert urgency == "emergency_ambulance" and "suspected_hip_fracture" in rules


def test_a_long_standing_short_leg_without_a_fall_is_not_a_hip_fracture() -> None:
    rules = service_decide("her leg looks shorter and turned out, she hasn't fallen, it's been like that for years since her hip op",
                           age=85, sex="F")[1]
    assert "suspected_hip_fracture" not in rules


@pytest.mark.parametrize("text", ["she slipped in the shower", "mum slipped on the ice"])
def test_a_slip_in_a_named_place_is_a_fall(text: str) -> None:
    assert "recent_fall" in current_codes(text)


@pytest.mark.parametrize("text", ["after a fall out with her mates", "she had a falling out with her boyfriend", "the fall-out at school"])
def test_a_falling_out_is_no_fall(text: str) -> None:
    assert not {"recent_fall", "injury_event"} & current_codes(text)


# (8) Shingles told as a crop of blisters with the side after a comma (NHS Shingles: urgent GP, sooner near the eye).
@pytest.mark.parametrize("text", [
    "a cluster of small blisters on my back, wrapping round to the front, only on the left side",
    "crop of tiny blisters on my ribs, only the right side, burning",
    "burning on my forehead for two days and now a crop of little blisters there and on my eyelid, that side only",
])
def test_a_crop_of_blisters_on_one_side_is_shingles(text: str) -> None:
    urgency, rules = service_decide(text, age=72, sex="M")
    assert urgency == "urgent" and "shingles" in rules


def test_a_crop_of_blisters_on_both_hands_is_not_shingles() -> None:
    assert "shingles" not in current_codes("crop of little blisters on both hands after gardening")


# (9) Heart failure with a weight gain said "2 and a half kilos" (中国心力衰竭诊断和治疗指南2018: more than 2 kg in 3
# days; NICE NG106): the same-day rule.
@pytest.mark.parametrize("text", [
    "I've got heart failure and I've put on 2 and a half kilos in three days, ankles swollen",
    "heart failure, my weight went up one and a half kilos this week",
])
def test_heart_failure_with_kilos_and_a_half_gained_is_urgent(text: str) -> None:
    urgency, rules = service_decide(text, age=79, sex="F")
    assert urgency == "urgent" and "heart_failure_weight_gain" in rules


def test_heart_failure_with_a_stable_weight_reads_no_gain() -> None:
    assert "weight_gain" not in current_codes("heart failure, weight is stable, ankles a bit puffy as usual")


# (10) The same readings told of someone else ("he hasn't ..."), as relatives write (blind99): the first person's
# 'haven't' had them; the third person's 'hasn't' / 'has not' did not.
@pytest.mark.parametrize("text", ["Dad hasn't passed wind since yesterday, his tummy is swollen and he's been sick",
                                  "my husband has not passed wind all day, he keeps vomiting and his belly is swollen"])
def test_a_relative_who_has_not_passed_wind_with_vomiting_is_a_possible_obstruction(text: str) -> None:
    urgency, rules = service_decide(text, age=78, sex="M")
    assert urgency == "emergency" and "bowel_obstruction" in rules


@pytest.mark.parametrize("text", ["he hasn't pooed for 4 days", "she has not been able to poo for a week"])
def test_a_relative_who_has_not_pooed_is_constipated(text: str) -> None:
    assert "constipation" in current_codes(text)


def test_a_relative_who_has_passed_wind_reads_no_obstruction() -> None:
    assert not {"bowel_obstruction", "constipation"} & current_codes("he has passed wind and had a poo, feels better")
