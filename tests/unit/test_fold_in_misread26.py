"""misread26: the known misreadings of blind82-84 left at stop 25, each read as a family, with the near misses that
must not change (negated, past, someone else's, benign look-alikes)."""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_duration_days
from tests.triage_screen import current_codes, decide, department_group


# (1) A bite from a person that broke the skin (NHS Animal and human bites: get help from NHS 111 if you were bitten
# by a person): urgent, and a surgical finding for a child too.
@pytest.mark.parametrize(("text", "age"), [
    ("my toddler got bitten by another child at nursery and it drew blood", 2),
    ("a patient bit my forearm on the ward, it's bleeding a bit", 40),
    ("my brother bit my hand in a fight and broke the skin, you can see teeth marks", 12),
    ("女儿在幼儿园被小朋友咬了一口，手臂破皮出血了", 4),
    ("我被同事咬伤了手指", 35),
])
def test_a_bite_from_a_person_that_broke_the_skin_is_urgent(text: str, age: float) -> None:
    urgency, rules = decide(text, age=age)
    assert "human_bite" in current_codes(text)
    assert urgency == "urgent" and "human_bite" in rules
    assert department_group(text, age=age) == "外科"


@pytest.mark.parametrize("text", [
    "a kid bit my son at school but it didn't break the skin",
    "he bit his tongue and there's a bit of blood",
    "my sister bit me, just a red mark, no blood",
    "被小朋友咬了一口，没破皮",
    "孩子咬到舌头了，出了点血",
])
def test_a_bite_that_did_not_break_the_skin_or_a_bitten_tongue_is_no_human_bite(text: str) -> None:
    assert "human_bite" not in current_codes(text)


# (2) The adjective after the neck ("my neck's really sore"): neck pain, so a road collision with tingling arms is the
# spinal-injury red flag (NICE NG41).
@pytest.mark.parametrize("text", [
    "we were rear-ended on the motorway, my neck's really sore and both hands are tingling",
    "car crash an hour ago, neck sore at the back and my arms have pins and needles",
    "got t-boned at the junction, sore neck and my fingers are numb",
])
def test_a_sore_neck_after_a_collision_with_tingling_arms_is_a_possible_spinal_injury(text: str) -> None:
    urgency, rules = decide(text, age=35)
    assert urgency == "emergency_ambulance" and "spinal_injury_nerve_signs" in rules


@pytest.mark.parametrize("text", ["my neck is so sore from sleeping funny", "neck sore since yesterday"])
def test_neck_sore_said_with_the_adjective_after_is_neck_pain(text: str) -> None:
    assert "neck_pain" in current_codes(text)


@pytest.mark.parametrize("text", ["I have a sore on my neck", "sore throat and my neck glands are up", "my neck isn't sore"])
def test_a_sore_on_the_neck_or_neck_glands_or_a_denied_sore_neck_is_no_neck_pain(text: str) -> None:
    assert "neck_pain" not in current_codes(text)


# (3) A duration is the seizure's only when it is said of the fit (NHS What to do if someone has a seizure: 999 when it
# lasts more than 5 minutes).
@pytest.mark.parametrize("text", [
    "he had a fit, it lasted 7 minutes",
    "she's fitting, timed it at 6 minutes",
    "the seizure went on for about 10 mins",
    "he's having fits every 5 mins",
    "孩子抽了，持续了十分钟",
    "老公抽搐，十分钟了还没停",
])
def test_a_long_or_repeated_seizure_is_read(text: str) -> None:
    assert "seizure_long_or_repeated" in current_codes(text)


@pytest.mark.parametrize("text", [
    "he had a fit this morning. now a nosebleed, we've been pinching it and leaning him forward for 25 mins",
    "had a seizure last month. now cystitis, going every 5 mins",
    "孩子早上抽过一次，现在流鼻血，按了十分钟了还没停",
    "抽完以后每5分钟吐一次",
])
def test_the_time_of_something_else_is_no_long_seizure(text: str) -> None:
    assert "seizure_long_or_repeated" not in current_codes(text)


# (4) Black poo on iron tablets, otherwise well (NHS Ferrous sulfate: a common side effect), is no GI bleed; any other
# sign of a bleed keeps the emergency.
@pytest.mark.parametrize("text", [
    "started ferrous sulfate two weeks ago and my stools have gone black, otherwise feel fine",
    "I'm on iron tablets for anaemia and my poo has turned black, no pain, not dizzy",
    "吃了一个礼拜铁剂，大便发黑，别的没啥不舒服",
])
def test_black_poo_on_iron_tablets_otherwise_well_is_self_care(text: str) -> None:
    urgency, rules = decide(text, age=45)
    assert urgency == "self_care" and "iron_dark_stools" in rules


@pytest.mark.parametrize("text", [
    "on iron tablets, my poo is black and sticky like tar",
    "started ferrous sulfate, poo is black and I feel dizzy",
    "on iron tablets and warfarin, my poo is black",
    "吃补铁的药，大便发黑，今天还吐了咖啡色的东西",
    "吃铁剂以后大便发黑，像柏油一样黏",
])
def test_black_poo_on_iron_with_a_sign_of_bleeding_is_still_an_emergency(text: str) -> None:
    urgency, _ = decide(text, age=60)
    assert urgency in ("emergency", "emergency_ambulance")


@pytest.mark.parametrize("text", ["my poo is black and tarry", "拉黑便两天了"])
def test_black_tarry_poo_without_iron_is_a_gi_bleed(text: str) -> None:
    urgency, rules = decide(text, age=60)
    assert urgency in ("emergency", "emergency_ambulance") and "gi_bleeding" in rules


def test_put_on_iron_tablets_is_no_burn() -> None:
    assert "burn" not in current_codes("the doctor put me on iron tablets last week")
    assert "burn" in current_codes("I burnt my hand on the iron")


# (5) Pauses in breathing at night told by a partner (NHS Sleep apnoea: see a GP) are no breathlessness.
@pytest.mark.parametrize("text", [
    "我爸打鼾很响，夜里时不时憋气，白天老犯困",
    "老公睡觉打呼噜，半夜会突然憋气，过一会儿猛吸一口",
    "my husband snores really loudly and stops breathing at night then gasps",
])
def test_pauses_in_breathing_in_sleep_are_not_breathlessness(text: str) -> None:
    codes = current_codes(text)
    assert "breathing_pauses" in codes and "dyspnea" not in codes
    assert decide(text, age=50)[0] == "routine"


@pytest.mark.parametrize("text", ["半夜突然憋醒，喘不上气，要坐起来才好", "晚上躺下就憋气，喘不过来"])
def test_woken_breathless_at_night_stays_breathlessness(text: str) -> None:
    assert "dyspnea" in current_codes(text)


# (6) Short-sighted or needing new glasses (NHS Short-sightedness: book an eye test) is no new vision change.
@pytest.mark.parametrize(("text", "age"), [
    ("my daughter can't see the board at school, I think she's short-sighted", 9),
    ("things far away look blurry, I think I need new glasses", 30),
    ("眼睛看东西模糊，度数好像又加深了", 25),
    ("孩子看黑板模糊，估计是近视了，想配眼镜", 10),
])
def test_blur_of_short_sight_or_old_glasses_is_routine(text: str, age: float) -> None:
    urgency, rules = decide(text, age=age)
    assert urgency == "routine" and "new_vision_change" not in rules


@pytest.mark.parametrize("text", ["my vision went blurry this week", "我不近视，这两天看东西模糊了",
                                  "short-sighted, and suddenly my vision went blurry in one eye today"])
def test_a_new_blur_without_short_sight_or_a_sudden_one_is_still_urgent(text: str) -> None:
    assert decide(text, age=40)[0] == "urgent"


@pytest.mark.parametrize("text", [
    "I'm very short-sighted and since this morning there are lots of new floaters in my right eye",
    "高度近视，今天下午眼前突然多了好多黑点飘来飘去，还有闪光",
])
def test_new_floaters_or_flashes_stay_urgent_when_short_sighted(text: str) -> None:
    urgency, rules = decide(text, age=55)
    assert urgency == "urgent" and "new_floaters_or_flashes" in rules


def test_floaters_for_years_unchanged_are_not_new() -> None:
    assert "new_floaters_or_flashes" not in decide("I've had floaters for years, nothing new", age=60)[1]


# (7) An earlier episode ("had one a couple of years back") is no duration of this one.
@pytest.mark.parametrize(("text", "days"), [
    ("stinging when I wee since yesterday, had one a couple of years back", 1.0),
    ("sore throat since yesterday, had the same thing 2 years ago", 1.0),
    ("尿频尿痛两天了，两年前也得过一次", 2.0),
    ("三年前得过肺炎，这两天咳嗽", 2.0),
])
def test_an_earlier_episode_is_no_duration(text: str, days: float) -> None:
    assert parse_duration_days(text) == days


@pytest.mark.parametrize(("text", "days"), [("I got this rash 3 weeks ago", 21.0), ("knee pain for 2 years", 730.0), ("腰疼两年了", 730.0)])
def test_this_episodes_own_duration_is_kept(text: str, days: float) -> None:
    assert parse_duration_days(text) == days


def test_a_water_infection_named_is_the_uti_and_still_an_infection_for_sepsis() -> None:
    text = "think I've got a water infection again, burning when I pee since this morning, no temperature"
    assert {"urinary_symptoms", "uti_named"} <= current_codes(text)
    urgency, rules = decide("mum has a water infection, today she's confused and her knees look blotchy", age=80)
    assert urgency == "emergency_ambulance" and "sepsis_high_risk" in rules


# (8) Self-care families: a stubbed toe, muscles sore after exercise, silica gel, a little toothpaste; a health check.
@pytest.mark.parametrize(("text", "rule"), [
    ("walked into the coffee table and caught my big toe, it's bruised but I can walk fine", "minor_bruise"),
    ("back at the gym after years, did squats on tuesday and now my thighs are so sore", "exercise_muscle_ache"),
    ("上周末踢了场足球，现在大腿酸痛", "exercise_muscle_ache"),
    ("好几年没锻炼了，前天去爬山，现在小腿酸得很", "exercise_muscle_ache"),
])
def test_everyday_knocks_and_soreness_are_self_care(text: str, rule: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "self_care" and rule in rules


@pytest.mark.parametrize("text", [
    "my 3 year old ate a bit of toothpaste while brushing, he's fine",
    "宝宝刷牙的时候吞了一点点牙膏",
    "she ate some of the beads from a little 'do not eat' sachet in a handbag, she's fine",
])
def test_a_little_toothpaste_or_silica_gel_is_self_care(text: str) -> None:
    assert decide(text, age=2)[0] == "self_care"


@pytest.mark.parametrize("text", ["儿子把一整管牙膏都吃了", "he ate a bit of toothpaste and has been sick twice"])
def test_a_lot_of_toothpaste_or_being_sick_after_it_is_not_self_care(text: str) -> None:
    assert decide(text, age=2)[0] != "self_care"


def test_exercise_soreness_with_dark_urine_is_not_self_care() -> None:
    assert decide("went to the gym yesterday, my legs are so sore and my pee is dark brown", age=30)[0] != "self_care"


@pytest.mark.parametrize("text", ["I'm 48 and would like a general health check, nothing wrong", "想带我爸做个体检，挂什么科"])
def test_a_routine_health_check_goes_to_general_practice(text: str) -> None:
    assert decide(text, age=50)[0] == "routine"
    assert department_group(text, age=50) == "全科医疗科"


def test_a_symptom_found_at_a_health_check_keeps_its_own_department() -> None:
    assert department_group("体检发现血压高，头有点晕", age=50) == "内科"


# (9) Departments: a kidney infection is internal medicine's; pus on an adult's tonsils is ENT's.
@pytest.mark.parametrize("text", [
    "burning when I wee for three days, now a temperature of 38.6 and pain in my right side under the ribs",
    "尿频尿急，今天发烧38度6，浑身发冷，腰酸背痛",
])
def test_a_kidney_infection_goes_to_internal_medicine(text: str) -> None:
    assert department_group(text, age=33) == "内科"


@pytest.mark.parametrize(("text", "group"), [
    ("burning when I wee since yesterday, no fever", "外科"),
    ("尿频尿痛两天，有点发烧，腰不疼", "外科"),
])
def test_a_urine_infection_without_fever_and_loin_pain_keeps_its_department(text: str, group: str) -> None:
    assert department_group(text, age=68) == group


def test_a_hedged_white_spot_on_the_tonsils_is_pus_on_the_tonsils() -> None:
    text = "嗓子疼得厉害，发烧38度8，扁桃体上面好像有白点"
    assert "tonsil_pus" in current_codes(text)
    assert department_group(text, age=30) == "耳鼻咽喉科"
    assert "tonsil_pus" not in current_codes("扁桃体上面好像没有白点")
