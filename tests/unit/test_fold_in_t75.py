"""blind75 (any age and body system, varied writing) and blind79 (short busy messages, the key detail at the end): what
the first look missed, read for what it says, with the near-misses that must not change."""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_duration_days
from carebridge.tools.triage_engine import decide_urgency, extract_findings, patient_facts
from tests.triage_screen import current_codes, decide


def decide_with_duration(text: str, age: float) -> tuple[str, set[str]]:
    """As decide(), with the duration the message states (the interview's slot) handed to the rules."""
    found = extract_findings(text)
    facts = patient_facts({"age_years": age}, {"duration_days": parse_duration_days(text)}, found)
    urgency, _, reasons = decide_urgency(found.present, facts)
    return urgency, {r.id for r in reasons}


# --- a pan or hot oil that spat onto the hand, with blisters: a blistered burn (NHS Burns and scalds) ---------------
@pytest.mark.parametrize("text", [
    "Chip pan spat at me, hot oil all over the back of my right hand. Now it's come up in big blisters across the hand",
    "the frying pan spat hot fat onto the back of my hand, it's blistered now",
    "hot oil spat at me from the wok and got my wrist, there's a big blister",
    "my mum says the pan spat boiling oil all over her palm and it has blistered",
    "炸东西的时候热油溅到手背上，起了一片大水泡",
    "油锅里的油溅到我手上了，现在起了好几个泡",
])
def test_oil_that_spat_onto_the_skin_and_blistered_is_a_serious_burn(text: str) -> None:
    urgency, rules = decide(text, age=47)
    assert urgency == "emergency" and "serious_burn" in rules


@pytest.mark.parametrize("text", ["the baby spat milk all over me", "the kettle spat a bit, no burn, I'm fine"])
def test_spitting_without_a_hot_liquid_on_the_skin_is_not_a_burn(text: str) -> None:
    assert "burn" not in current_codes(text)


def test_oil_splash_without_blisters_stays_a_minor_burn() -> None:
    urgency, rules = decide("手被热油溅了一下，没起泡", age=30)
    assert "serious_burn" not in rules and urgency != "emergency"


# --- a head injury with a headache painkillers do not ease: A&E (NHS Head injury and concussion) ---------------------
@pytest.mark.parametrize("text", [
    "came off my bike yesterday and hit my head. the headache has got worse today and paracetamol and ibuprofen aren't touching it",
    "banged my head on a shelf this morning, now a headache that won't go away with paracetamol",
    "my son fell and hit his head at school, painkillers are doing nothing for his headache",
    "昨天骑电动车摔了一跤磕到头，今天头越来越疼，吃了止痛药也不管用",
    "前天摔倒头撞到门框上，吃了布洛芬头还是很疼",
])
def test_a_head_injury_with_a_headache_painkillers_do_not_ease_is_a_and_e(text: str) -> None:
    urgency, rules = decide(text, age=29)
    assert urgency == "emergency" and "head_injury_headache_unrelieved" in rules


@pytest.mark.parametrize("text", [
    "hit my head this morning, mild headache, paracetamol is helping",
    "hit my head, headache but paracetamol sorted it",
    "磕到头了，有点头疼，吃了止痛药好多了",
])
def test_a_head_bump_whose_headache_painkillers_ease_is_not_that_flag(text: str) -> None:
    urgency, rules = decide(text, age=29)
    assert "head_injury_headache_unrelieved" not in rules and urgency != "emergency"


def test_a_headache_painkillers_do_not_touch_without_a_head_injury_is_not_that_flag() -> None:
    assert "head_injury_headache_unrelieved" not in decide("tension headache again, paracetamol isn't touching it", age=35)[1]


# --- self-care readings: diarrhoea counted in Chinese, thrush like last time, a hot tray touched ----------------------
@pytest.mark.parametrize("text", [
    "昨晚吃了路边摊，今天拉了四五次肚子，稀水样，没发烧没便血，能喝水",
    "吃坏了东西，肚子拉了三次，水样的",
    "今天拉了好几趟肚子，没别的不舒服",
])
def test_diarrhoea_counted_between_the_verb_and_the_belly_is_diarrhoea(text: str) -> None:
    assert "diarrhea" in current_codes(text)
    urgency, rules = decide(text, age=32)
    assert urgency == "self_care" and "diarrhoea_vomiting" in rules


def test_tummy_pain_counted_is_not_diarrhoea() -> None:
    assert "diarrhea" not in current_codes("我肚子疼了四五次")


@pytest.mark.parametrize("text", [
    "又是那种豆腐渣一样的白带，下面很痒，跟上次霉菌的时候一模一样，没怀孕",
    "外阴痒，白带像豆腐渣，和去年念珠菌那次症状差不多",
])
def test_thrush_said_to_be_like_last_time_is_thrush_before(text: str) -> None:
    assert "thrush_before" in current_codes(text)


def test_discharge_unlike_last_time_is_not_thrush_before() -> None:
    assert "thrush_before" not in current_codes("白带多，跟上次不一样，有鱼腥味")


@pytest.mark.parametrize("text", [
    "拿烤盘的时候手臂碰了一下，红了一小块，硬币那么大，没起泡，冲了冷水还有点疼",
    "端烤盘出来手腕被烫了一下，红红的，没起泡",
    "用卷发棒的时候手指碰了一下，有点红",
])
def test_a_hot_tray_or_tongs_touched_is_a_minor_burn(text: str) -> None:
    assert "burn" in current_codes(text)
    urgency, rules = decide(text, age=27)
    assert urgency == "self_care" and "minor_burn" in rules


def test_an_arm_knocked_on_a_table_while_holding_a_tray_is_not_a_burn() -> None:
    assert "burn" not in current_codes("拿烤盘的时候手臂碰了一下桌角，青了一块")


# --- fever for 5 days or more in an older child: urgent (NHS High temperature (fever) in children) -------------------
@pytest.mark.parametrize(("text", "age"), [
    ("儿子5岁，发烧到今天已经第五天了，每天都三十八九度，吃退烧药能退下去过几个小时又烧，精神还可以", 5),
    ("my son has had a fever for 5 days, 38.5 every day, otherwise himself", 8),
    ("女儿发烧一个星期了，每天下午都烧到三十八度多", 12),
])
def test_fever_for_five_days_in_a_child_of_five_or_more_is_urgent(text: str, age: int) -> None:
    urgency, rules = decide_with_duration(text, age)
    assert urgency == "urgent" and "child_fever_5_days_older" in rules


@pytest.mark.parametrize(("text", "age"), [
    ("女儿发烧第二天了，精神挺好", 9),
    ("my son has had a fever for 5 days, 38.5 every day, otherwise himself", 17),
])
def test_a_short_fever_or_an_adult_is_not_that_rule(text: str, age: int) -> None:
    assert "child_fever_5_days_older" not in decide_with_duration(text, age)[1]


# --- skin round a scratch red, hot and swollen: cellulitis (NHS Cellulitis) ------------------------------------------
@pytest.mark.parametrize("text", [
    "Scratched my shin on the garden fence on Sunday. Now the whole area round it is red, hot, swollen and sore",
    "grazed my calf last week and the skin around it is red, warm and tender",
    "我爸小腿蚊子包挠破了，现在一大片红肿发热，摸着很疼",
])
def test_red_hot_swollen_skin_is_a_skin_infection(text: str) -> None:
    urgency, rules = decide(text, age=52)
    assert urgency == "urgent" and "skin_infection" in rules


@pytest.mark.parametrize("text", ["the area is red and itchy", "my face is red, hot and sweaty after the gym"])
def test_red_itchy_or_flushed_skin_is_not_a_skin_infection(text: str) -> None:
    assert "skin_infection" not in current_codes(text)


def test_hot_red_skin_is_not_a_temperature_but_a_fever_still_is() -> None:
    assert "fever" not in current_codes("小腿一大片红肿发热")
    assert "fever" in current_codes("发热三天了")


# --- a temperature on and off, green stuff coughed up: a fever and phlegm (NHS Flu: 65 or over, urgent) -------------
def test_a_temperature_on_and_off_at_72_is_urgent() -> None:
    text = "My dad's 72, chesty cough for 5 days bringing up green stuff, temperature on and off, aches. Not breathless"
    assert {"fever", "sputum"} <= current_codes(text)
    urgency, rules = decide(text, age=72)
    assert urgency == "urgent" and "fever_high_risk_adult" in rules


def test_no_temperature_on_and_off_is_not_a_fever() -> None:
    assert "fever" not in current_codes("no temperature on and off, just a cough")


# --- chest pain on the left side is chest pain, not a one-sided tummy pain --------------------------------------------
@pytest.mark.parametrize("text", ["I have chest pain on the left side", "Chest pain on the left side since this morning"])
def test_chest_pain_on_one_side_is_chest_pain(text: str) -> None:
    codes = current_codes(text)
    assert "chest_pain" in codes and "abdominal_pain" not in codes


@pytest.mark.parametrize("text", ["bad pain on the left side of my tummy", "pain on the right side, low down"])
def test_pain_on_one_side_of_the_tummy_stays_abdominal(text: str) -> None:
    assert "abdominal_pain" in current_codes(text)


# --- a low sugar reading at the end of a sentence (NHS Low blood sugar) ----------------------------------------------
def test_a_low_sugar_reading_before_a_full_stop_is_low_sugar() -> None:
    text = "Husband is type 1 diabetic. He's sweaty and muddled, barely answering me. His meter says 1.9. What do I do"
    urgency, rules = decide(text, age=52)
    assert urgency == "emergency_ambulance" and "severe_hypoglycaemia" in rules


def test_a_high_reading_before_a_full_stop_is_not_low_sugar() -> None:
    assert "hypoglycaemia" not in current_codes("meter says 12.5. feel fine")


# --- departments: tinnitus and worry said in other words -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "there's a constant high pitched hiss in both ears for a couple of months now",
    "a hissing sound in my left ear at night",
])
def test_a_hiss_in_the_ears_is_a_hearing_problem(text: str) -> None:
    assert "hearing_problem" in current_codes(text)


@pytest.mark.parametrize("text", [
    "这大半年总是莫名其妙地担心，担心工作担心孩子担心身体，控制不住，晚上睡不着",
    "最近老胡思乱想停不下来，晚上睡不着",
])
def test_worry_about_everything_that_cannot_be_stopped_is_anxiety(text: str) -> None:
    assert "anxiety" in current_codes(text)


def test_one_worry_about_a_symptom_is_not_anxiety() -> None:
    assert "anxiety" not in current_codes("我担心是不是心脏病")


def test_a_year_of_recurrent_fevers_is_a_history_not_a_fever_of_five_days() -> None:
    text = "孩子6岁，扁桃体一年发炎七八回，回回都高烧，晚上睡觉还打呼噜，想问问要不要切"
    assert "child_fever_5_days_older" not in decide_with_duration(text, 6)[1]
