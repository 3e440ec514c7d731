"""blind101 (a representative week at the online desk) and blind102's routine, self-care and department misses: each
misreading read as a family, with the near misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, department_group, service_decide


# (1) Heartburn said as a burning rising into the chest with a sour taste (NHS Heartburn and acid reflux: a burning
# feeling in the chest, an unpleasant sour taste; a pharmacist can help). t101e-042 was chest pain, emergency.
@pytest.mark.parametrize("text", [
    "ate way too much pizza and now a burning sensation rising up into my chest and a bitter taste",
    "burning feeling coming up into my chest, with a sour taste at the back of my mouth",
    "sour taste in my mouth and a burning feeling creeping up into my chest after dinner",
    "big takeaway last night, burning came up into my chest and an acid taste since",
])
def test_a_burning_rising_into_the_chest_with_a_sour_taste_is_heartburn(text: str) -> None:
    codes = current_codes(text)
    assert "heartburn" in codes and "chest_pain" not in codes
    assert service_decide(text, 35, "F")[0] == "self_care"


@pytest.mark.parametrize("text", [
    "burning feeling coming up into my chest and sweating, sour taste",
    "burning in my chest and sweating, sour taste",
    "burning sensation rising up into my chest and I'm short of breath, bitter taste",
])
def test_the_sour_taste_does_not_hide_sweating_or_breathlessness_said_between(text: str) -> None:
    urgency, rules = service_decide(text, 55, "M")
    assert urgency == "emergency_ambulance" and "chest_pain_danger_features" in rules


@pytest.mark.parametrize("text", ["a burning feeling coming up into my chest", "burning pain spreading into my chest"])
def test_a_burning_into_the_chest_without_the_sour_taste_stays_chest_pain(text: str) -> None:
    assert "chest_pain" in current_codes(text)


# (2) Diarrhoea said as trips to the loo counted, then watery (NHS Diarrhoea and vomiting). t101e-044 read nothing.
@pytest.mark.parametrize("text", [
    "been to the toilet 8 times today, all watery",
    "back and forth to the loo loads of times since lunch, really runny",
    "on the loo about 4 times this morning, just liquid",
])
def test_trips_to_the_loo_counted_and_watery_are_diarrhoea(text: str) -> None:
    assert "diarrhea" in current_codes(text)
    assert service_decide(text, 40, "M")[0] == "self_care"


@pytest.mark.parametrize("text", ["went to the toilet twice, watery eyes and a runny nose", "been to the loo a few times, peeing a lot"])
def test_a_toilet_trip_with_watery_eyes_or_peeing_is_not_diarrhoea(text: str) -> None:
    assert "diarrhea" not in current_codes(text)


# (3) "no temp" denies the fever (NHS Common cold: a cold without a high temperature is looked after at home, at 65
# or over too; NHS Flu is for a sudden high temperature). t101e-046 was flu in an older adult, urgent.
@pytest.mark.parametrize("text", [
    "cold last week, still a tickly cough, no temp",
    "still coughing after a cold, no temperature, breathing fine",
    "had a cold for a few days, runny nose, no temp at all",
])
def test_a_cold_with_no_temp_at_68_is_self_care(text: str) -> None:
    assert "fever_denied" in current_codes(text)
    assert service_decide(text, 68, "F")[0] == "self_care"


@pytest.mark.parametrize("text", ["cold with a temp of 38.5", "had a cold, and a high temp since last night"])
def test_a_cold_with_a_temperature_at_68_stays_urgent(text: str) -> None:
    urgency, rules = service_decide(text, 68, "F")
    assert urgency == "urgent" and "fever_high_risk_adult" in rules


# (4) 'red raw' is very red and sore, not a serious burn on its own (NHS Sunburn; NHS Burns and scalds: red and
# painful without blisters is treated at home). t101e-048 was urgent.
@pytest.mark.parametrize("text", [
    "fell asleep on the beach and my legs are red raw, no blisters",
    "got burnt in the garden yesterday, my neck is red raw and sore",
    "forgot the suncream, shoulders red raw, feel fine",
])
def test_sunburn_red_raw_without_blisters_is_self_care(text: str) -> None:
    assert "burn_serious" not in current_codes(text)
    assert service_decide(text, 30, "M")[0] == "self_care"


@pytest.mark.parametrize("text", [
    "fell asleep in the sun, my back is red raw and blistering",
    "toddler pulled a hot cup of tea over, his chest is red raw with blisters",
])
def test_red_raw_with_blisters_is_still_a_serious_burn(text: str) -> None:
    assert "burn_serious" in current_codes(text) or "burn_severe" in current_codes(text)


# (5) The period's start, then the cramps (NHS Period pain): t101e-039 went to 内科 on a bare tummy ache.
@pytest.mark.parametrize("text", [
    "my period started this morning and the cramping is really bad",
    "period came yesterday and now awful cramps low down",
    "her period arrived and now she has pains in her tummy",
])
def test_cramps_after_the_period_starts_are_period_pain(text: str) -> None:
    assert "period_pain" in current_codes(text)
    assert department_group(text, 20) == "妇产科"


@pytest.mark.parametrize("text", ["period came yesterday, no cramps at all", "my period started. separately my leg has been cramping at night"])
def test_a_period_without_cramps_said_of_it_is_not_period_pain(text: str) -> None:
    assert "period_pain" not in current_codes(text)


# (6) A child who often does not answer to his name (老是/总是/经常) is a hearing or attention question (NHS Glue ear:
# see a GP), not a collapse. t102z-032 was an ambulance.
@pytest.mark.parametrize("text", [
    "孩子4岁，叫他名字总是没反应，电视开很大声",
    "最近叫她经常没反应，老师说她上课听不清",
    "宝宝对声音老没反应，想查查听力",
])
def test_a_child_who_often_does_not_answer_is_not_unresponsive(text: str) -> None:
    codes = current_codes(text)
    assert not codes & {"unresponsive", "lethargic_child"}
    assert service_decide(text, 4, "M")[0] in ("routine", "urgent")


@pytest.mark.parametrize("text", ["我爸倒在地上叫他没反应", "叫他好几声都没反应", "孩子摔了一跤，叫他也不应", "突然倒下，没反应了"])
def test_no_answer_now_is_still_unresponsive(text: str) -> None:
    urgency, rules = service_decide(text, 60, "M")
    assert urgency == "emergency_ambulance" and "unresponsive" in rules


# (7) A graze whose bleeding is said to have stopped (NHS Cuts and grazes: clean and cover at home; A&E if it will
# not stop). t102e-041 was routine on the bare word 'bleeding'.
@pytest.mark.parametrize("text", [
    "fell off her bike and grazed her knee, the bleeding stopped after a minute",
    "came off his skateboard and took the skin off his elbow, bleeding has stopped now",
    "膝盖擦破了一块皮，流了点血，按了一下就止住了",
])
def test_a_graze_with_the_bleeding_stopped_is_self_care(text: str) -> None:
    assert service_decide(text, 9, "M")[0] == "self_care"


@pytest.mark.parametrize("text", ["grazed his knee, bleeding won't stop", "grazed his knee and the bleeding hasn't stopped", "膝盖擦破了皮，一直流血止不住"])
def test_a_graze_still_bleeding_is_not_let_off(text: str) -> None:
    urgency, rules = service_decide(text, 9, "M")
    assert urgency == "emergency" and "heavy_bleeding" in rules


# (8) Heat rash with the heat or the wrapping said after the spots (NHS Heat rash: goes on its own; keep cool).
@pytest.mark.parametrize("text", ["宝宝胸口起了好多小红点，这两天天热", "脖子上一片小红疹子 穿得太多了", "后背起了小红疙瘩，捂得太厚了"])
def test_spots_then_the_heat_or_wrapping_are_heat_rash(text: str) -> None:
    assert "heat_rash" in current_codes(text)
    assert service_decide(text, 1, "M")[0] == "self_care"


@pytest.mark.parametrize("text", ["身上起了小红疙瘩 发烧39度 天热", "起了小红点，不是天热的原因"])
def test_spots_with_a_fever_between_or_the_heat_denied_are_not_heat_rash(text: str) -> None:
    assert "heat_rash" not in current_codes(text)


# (9) Shingles by its folk names (NHS Shingles: urgent GP appointment if you think you have shingles). t101z-021 was
# routine on the blisters alone.
@pytest.mark.parametrize("text", ["腰上长了一圈水泡，老人说是缠腰龙", "额头起了水泡，针扎一样疼，可能是蛇串疮", "医生以前没看过，我妈说我这是蛇盘疮"])
def test_shingles_by_its_folk_names_is_urgent(text: str) -> None:
    urgency, rules = service_decide(text, 62, "F")
    assert urgency == "urgent" and "shingles" in rules


@pytest.mark.parametrize("text", ["不是蛇盘疮，就是几个蚊子包", "被蛇咬了一口"])
def test_a_denied_shingles_or_a_snake_is_not_shingles(text: str) -> None:
    assert "shingles" not in current_codes(text)


# (10) The heart said to jump about, fast and irregular (NHS Heart palpitations). t101z-024 read nothing (未能确定).
@pytest.mark.parametrize("text", ["心脏老是突然乱跳，一会儿就好", "这几天心脏总是乱跳", "心里咚咚的，跳得又快又不齐", "心脏时不时狂跳一阵"])
def test_a_heart_that_jumps_about_is_palpitations(text: str) -> None:
    assert "palpitations" in current_codes(text)
    assert department_group(text, 63) == "内科"


@pytest.mark.parametrize("text", ["眼皮老是乱跳", "心脏没有乱跳，就是胸口闷"])
def test_a_twitching_eyelid_or_a_denied_jump_is_not_palpitations(text: str) -> None:
    assert "palpitations" not in current_codes(text)


# (11) A child who cannot see the board or far things, squinting at the TV (NHS Short-sightedness: see an optician).
# t101z-028 was a new vision change, urgent.
@pytest.mark.parametrize("text", ["儿子10岁，最近看黑板看不清，想查查视力", "闺女看远处看不太清，看电视老眯眼", "上课看黑板有点模糊，坐前排才行"])
def test_a_child_who_cannot_see_far_is_short_sight_not_a_new_vision_change(text: str) -> None:
    assert "refractive_error" in current_codes(text)
    urgency, rules = service_decide(text, 10, "F")
    assert urgency == "routine" and "new_vision_change" not in rules


@pytest.mark.parametrize("text", ["突然一只眼看东西模糊了", "今天早上起来眼睛突然看不清了"])
def test_a_sudden_blur_is_still_urgent(text: str) -> None:
    assert "refractive_error" not in current_codes(text)


# (12) Slapped cheek syndrome in a well child (NHS Slapped cheek syndrome: usually gets better on its own).
# t102e-046 (and blind98 t98e-015) were routine.
@pytest.mark.parametrize("text", [
    "both cheeks bright red as if someone had slapped her, she's fine in herself",
    "little one has slapped cheek, lacy pink rash on his legs now, happy and playing",
    "两边脸蛋红得跟被打了一巴掌似的，胳膊上有网状的红疹，精神很好",
])
def test_slapped_cheek_in_a_well_child_is_self_care(text: str) -> None:
    assert "slapped_cheek" in current_codes(text)
    assert service_decide(text, 5, "F")[0] == "self_care"


def test_slapped_cheek_in_pregnancy_is_not_self_care() -> None:
    assert service_decide("I'm 16 weeks pregnant and I've got a lacy red rash on my arms", 30, "F")[0] != "self_care"


# (13) A child's finger trapped with the nail gone purple is an injury: 小儿外科 (外科) as every child's injury
# (departments.yaml child_surgical_codes). t102z-039 went to 儿科.
@pytest.mark.parametrize("text", ["手指头被门夹了一下，指甲底下发紫", "脚趾被凳子砸了，趾甲发黑", "trapped his finger in the car door and the nail has gone purple"])
def test_a_childs_nail_bruise_goes_to_surgery(text: str) -> None:
    assert department_group(text, 8) == "外科"


# (14) A headache like someone whacked the back of the head (NHS Headaches: a headache that came on suddenly and is
# extremely painful, 999; NICE CG150 thunderclap). t101e-008 was emergency, not an ambulance.
@pytest.mark.parametrize("text", [
    "sudden headache like someone hit me on the back of the head, been sick and my neck is stiff",
    "the headache felt like somebody had whacked me round the back of the head, vomited twice, stiff neck",
])
def test_a_headache_like_a_blow_with_vomiting_and_a_stiff_neck_is_an_ambulance(text: str) -> None:
    urgency, rules = service_decide(text, 45, "F")
    assert urgency == "emergency_ambulance" and "thunderclap_headache" in current_codes(text)


def test_a_real_blow_to_the_head_is_not_a_thunderclap() -> None:
    assert "thunderclap_headache" not in current_codes("someone hit me on the back of the head at the pub, now a headache")
