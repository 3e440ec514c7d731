"""blind92 (audit-style vignettes, many in the third person): the two under-triaged emergencies of the first look and the
other misses with a general reading, each read as a family, with the near misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, department_group
from tools.slots import parse_severity


# (1) A freshly made hot drink is a burn agent (NHS Burns and scalds: A&E for any burn bigger than the injured person's
# hand; blisters make it serious): a child's scald from "a mug of fresh tea" that blisters is serious_burn.
@pytest.mark.parametrize("text", [
    "my 2 year old knocked a cup of freshly made coffee over her arm and it's come up in big blisters",
    "A 3-year-old girl tipped a mug of just-made tea down her front; the scalded area is bigger than her hand",
    "孩子把刚冲的奶打翻在手上，起了好几个水泡",
    "患儿女，2岁，碰翻一碗刚泡的茶，泼在腿上，烫红的一片比她手掌还大，起了水疱",
])
def test_a_freshly_made_hot_drink_scald_that_blisters_or_is_large_is_a_serious_burn(text: str) -> None:
    urgency, rules = decide(text, age=3)
    assert urgency == "emergency" and "serious_burn" in rules


@pytest.mark.parametrize("text", ["I made a fresh cup of tea and drank it, my chest feels fine", "刚泡的茶有点苦",
                                  "a mug of fresh coffee every morning keeps me going"])
def test_a_fresh_drink_that_touched_no_one_is_not_a_burn(text: str) -> None:
    assert not current_codes(text) & {"burn", "burn_serious"}


def test_a_small_scald_from_a_fresh_drink_without_blisters_is_not_serious() -> None:
    urgency, rules = decide("she knocked a mug of fresh tea onto her arm, it's a bit red, no blisters", age=30)
    assert "serious_burn" not in rules and urgency != "emergency"


# (2) Blood coughed up by the bowl or the cup (NHS Coughing up blood: more than a few spots or streaks, A&E or 999).
@pytest.mark.parametrize("text", ["咳了半碗血", "刚才咯出来一小杯鲜血", "患者女，55岁，咳出来大半碗暗红色的血"])
def test_blood_coughed_up_by_the_bowl_or_cup_is_heavy(text: str) -> None:
    assert "cough_blood_heavy" in current_codes(text)
    urgency, rules = decide(text, age=55)
    assert urgency in ("emergency", "emergency_ambulance") and "coughing_blood_danger" in rules


@pytest.mark.parametrize("text", ["喝了小半碗鸡血汤，有点咳嗽", "痰里有几丝血", "咳嗽，刚吃了一碗饭"])
def test_a_bowl_of_food_or_a_streak_of_blood_is_not_heavy_coughed_blood(text: str) -> None:
    assert "cough_blood_heavy" not in current_codes(text)


# (3) A severe word in a comparison that is denied ("nothing like the worst headache of his life") is no severe pain
# (NHS Tension headaches: painkillers and rest); the severe word said plainly stays severe.
@pytest.mark.parametrize("text", ["it's nothing like the worst headache I've had, just a dull ache after work",
                                  "a dull pressure, nowhere near the worst pain I've known"])
def test_a_denied_comparison_with_the_worst_is_not_severe(text: str) -> None:
    assert parse_severity(text) != 8


@pytest.mark.parametrize("text", ["this is the worst pain of my life", "nothing like I've felt before, the worst pain ever",
                                  "not sure what it is but it's the worst pain I've had"])
def test_the_worst_pain_said_plainly_stays_severe(text: str) -> None:
    assert parse_severity(text) == 8


@pytest.mark.parametrize("text", ["it's nothing like the worst headache of her life, just a dull band",
                                  "a dull ache, nowhere near the worst headache I've ever had"])
def test_a_worst_headache_denied_by_comparison_is_not_thunderclap(text: str) -> None:
    assert "thunderclap_headache" not in current_codes(text)


@pytest.mark.parametrize("text", ["I've had nothing like this before, worst headache of my life",
                                  "nothing like anything I've had, the worst headache ever, came on suddenly"])
def test_nothing_like_this_before_still_stresses_the_worst_headache(text: str) -> None:
    assert "thunderclap_headache" in current_codes(text)


@pytest.mark.parametrize("text", ["It's nothing like my normal headaches, it's much worse", "this headache is nothing like her usual ones"])
def test_a_headache_unlike_the_usual_one_is_still_a_headache(text: str) -> None:
    assert "headache" in current_codes(text)


def test_a_dull_band_headache_denied_to_be_the_worst_is_self_care() -> None:
    urgency, rules = decide("A 45-year-old woman has a dull band headache after long shifts, paracetamol helps, "
                            "and it's nothing like the worst headache she has had.", age=45)
    assert urgency == "self_care" and "severe_pain" not in rules


# (4) A belief that listening devices were planted ("装了监听器") is a persecutory idea (NHS Psychosis; NICE CG178).
@pytest.mark.parametrize("text", ["我爸老说楼上在他屋里装了监听设备", "她坚信家里被人装了监听器，天天拿着手电照墙缝", "患者男，30岁，总说单位在他办公桌下藏了窃听设备"])
def test_a_belief_in_planted_listening_devices_is_possible_psychosis(text: str) -> None:
    assert "psychosis" in current_codes(text)
    urgency, rules = decide(text, age=30)
    assert urgency == "urgent" and "possible_psychosis" in rules


@pytest.mark.parametrize("text", ["公司在会议室装了监听设备，开会要注意", "我们家门口装了监控", "监听器坏了，买个新的"])
def test_listening_devices_without_a_belief_are_not_psychosis(text: str) -> None:
    assert "psychosis" not in current_codes(text)


# (5) Stabbed, said with the count of the knife ("被捅了一刀"; NHS When to call 999: severe injuries).
@pytest.mark.parametrize("text", ["他肚子上被人捅了两刀", "被对方用刀捅了一刀，在流血", "患者男，40岁，胸口被刺了一刀"])
def test_stabbed_said_with_the_count_of_the_knife_is_major_trauma(text: str) -> None:
    assert "major_trauma" in current_codes(text)
    urgency, _ = decide(text, age=40)
    assert urgency == "emergency_ambulance"


@pytest.mark.parametrize("text", ["被朋友背后捅了一刀，心里难受", "做饭切菜时切了一刀在手指上，破了点皮"])
def test_a_betrayal_or_a_kitchen_cut_is_not_a_stabbing(text: str) -> None:
    assert "major_trauma" not in current_codes(text)


# (6) A yellow or smelly discharge the wound "has", said with no verb of flowing (NHS Episiotomy and perineal tears;
# NICE NG125): an infected wound.
@pytest.mark.parametrize("text", ["缝针的地方有带臭味的分泌物", "剖腹产刀口这两天有点黄色分泌物", "侧切的伤口越来越疼，有黄绿色的脓液"])
def test_a_wound_that_has_a_yellow_or_smelly_discharge_is_infected(text: str) -> None:
    assert "wound_infection" in current_codes(text)


@pytest.mark.parametrize("text", ["伤口没有分泌物，不红不肿", "伤口干净，没有脓", "白带有点黄色分泌物"])
def test_a_clean_wound_or_a_discharge_elsewhere_is_not_a_wound_infection(text: str) -> None:
    assert "wound_infection" not in current_codes(text)


def test_an_infected_episiotomy_with_a_temperature_is_urgent() -> None:
    urgency, _ = decide("产后10天，侧切伤口越来越疼，有带臭味的分泌物，发烧38度", age=29)
    assert urgency == "urgent"


# (7) A finger jammed by a ball (NHS Sprains and strains: rest, ice, compression, elevation).
@pytest.mark.parametrize("text", ["打排球杵了手指，有点肿", "大拇指被球戳了一下，肿了", "打球时中指戳伤了，还能动"])
def test_a_finger_jammed_by_a_ball_is_a_sprain(text: str) -> None:
    assert "sprain" in current_codes(text)


@pytest.mark.parametrize("text", ["戳了一下手机屏幕就黑了", "用手指戳了戳他"])
def test_poking_with_a_finger_is_not_a_sprain(text: str) -> None:
    assert "sprain" not in current_codes(text)


# (8) Hay fever with the pollen months named (NHS Hay fever), routed to ENT.
@pytest.mark.parametrize("text", ["every year April to June I get sneezing and itchy eyes", "each summer, June-July, sneezing and a blocked nose all day"])
def test_sneezing_every_year_in_the_pollen_months_is_hay_fever(text: str) -> None:
    assert "hay_fever" in current_codes(text)
    assert department_group(text, age=30) == "耳鼻咽喉科"


@pytest.mark.parametrize("text", ["every year in March I go for a check-up", "sneezing since April, started with a cold"])
def test_a_month_without_the_yearly_sneezing_is_not_hay_fever(text: str) -> None:
    assert "hay_fever" not in current_codes(text)


# (9) A burning that rises up behind the breastbone (NHS Heartburn and acid reflux).
@pytest.mark.parametrize("text", ["a burning sensation coming up behind my sternum after meals", "burning creeping up behind the breastbone when I lie down"])
def test_a_burning_rising_behind_the_breastbone_is_heartburn(text: str) -> None:
    assert "heartburn" in current_codes(text)


@pytest.mark.parametrize("text", ["burning feeling rising up my leg", "the burning feeling coming up from my wee"])
def test_a_burning_elsewhere_is_not_heartburn(text: str) -> None:
    assert "heartburn" not in current_codes(text)


# (10) A check-up spelled with a space (NHS Health Check), routed to general practice when nothing else is said.
@pytest.mark.parametrize("text", ["I'd like a routine check up please, nothing wrong", "time for my annual check up"])
def test_a_check_up_with_a_space_is_a_health_check(text: str) -> None:
    assert "health_check" in current_codes(text)
    assert department_group(text, age=50) == "全科医疗科"


@pytest.mark.parametrize("text", ["can you check up on my results", "my mum will check up on me later"])
def test_checking_up_on_someone_is_not_a_health_check(text: str) -> None:
    assert "health_check" not in current_codes(text)
