"""Fold-in of blind48 (carers writing about someone else, long-term conditions), second pass: the two under-triaged
emergencies and the other causes fixed at their root, each with paraphrased positives and near misses that must not
change."""

from __future__ import annotations

import pytest

from carebridge.agents.triage.interview import fill_from_message, new_record
from carebridge.tools.slots import parse_duration_days, parse_infant_age_months, parse_severity
from carebridge.tools.triage_engine import extract_findings, patient_facts, triage
from tests.triage_screen import current_codes, decide, fired


def _full(text: str, age: float | None = None) -> tuple[str, set[str]]:
    """The urgency and rule ids with the interview's slots (duration, severity) read from the message, as the agent does."""
    found = extract_findings(text)
    record, patient = new_record(), {"age_years": age}
    fill_from_message(record, patient, text, True)
    decision = triage(found, patient_facts(patient, record))
    return decision.urgency, {r.id for r in decision.reasons}


# --- retention: the urge named after a contrast word (NHS Urinary retention) ------------------------------------------
@pytest.mark.parametrize("text", [
    "my grandad can't pass water at all although he really needs to go, his tummy is bulging",
    "he hasn't been able to do a wee since this morning, even though he says he's bursting",
    "she cannot pass urine but she's desperate",
])
def test_cannot_pass_water_though_desperate_is_retention(text: str) -> None:
    assert "urinary_retention" in current_codes(text)
    assert decide(text, age=74)[0] in ("emergency", "emergency_ambulance")


@pytest.mark.parametrize("text", [
    "he can pass water fine even though he feels the urge a lot at night",
    "no problem passing water, though he's desperate for a drink",
])
def test_passing_water_with_a_contrast_word_is_not_retention(text: str) -> None:
    assert "urinary_retention" not in current_codes(text)


# --- missed dialysis with breathlessness (NICE CG187; 急诊预检分诊专家共识 2018) -----------------------------------------
@pytest.mark.parametrize("text", [
    "my brother is on haemodialysis, he skipped his last two sessions and now he's so breathless he has to sleep sitting up",
    "mum didn't go to dialysis on Wednesday or Friday and tonight she's short of breath",
    "我姥爷血液透析，这礼拜漏了两回透析，今天气喘得厉害，躺不平",
    "我妈透析这周没去，现在喘不上气，心慌",
])
def test_breathless_after_missed_dialysis_is_an_ambulance_emergency(text: str) -> None:
    assert "missed_dialysis_breathless" in fired(text)
    assert decide(text, age=66)[0] == "emergency_ambulance"


@pytest.mark.parametrize("text", [
    "he missed one dialysis session because of the snow, he feels fine and isn't breathless",
    "she never misses dialysis, but she gets breathless on the stairs",
    "我爸漏了一次透析，不喘，也不肿",
    "我妈透析从来没漏过，爬楼有点喘",
    "my uncle is on dialysis three times a week and gets short of breath walking uphill",
])
def test_missed_dialysis_alone_or_breathless_without_a_missed_session_is_not_the_rule(text: str) -> None:
    assert "missed_dialysis_breathless" not in fired(text)


# --- a foot wound not healing in someone with diabetes (NICE NG19) --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "my husband is diabetic, he's got a sore on the ball of his foot that still isn't healing after ten days",
    "she has type 1 diabetes and a blister on her heel from new shoes that's turning red",
    "我爸二型糖尿病，脚后跟磨破了一个多星期还不愈合",
    "我妈有糖尿病，脚趾上的伤口一直不好，周围发红",
])
def test_a_foot_wound_not_healing_with_diabetes_is_urgent(text: str) -> None:
    urgency, rules = decide(text, age=60)
    assert urgency == "urgent" and "diabetic_foot_wound" in rules


@pytest.mark.parametrize("text", [
    "he's not diabetic, he has a cut on his foot that isn't healing",
    "I have pre-diabetes and a blister on my heel, it popped and is healing well",
    "my dad has diabetes and cut his hand on a tin, it's healing fine",
    "我爸没有糖尿病，脚上磨了个水泡",
    "我有糖尿病，脚底磨了个水泡，已经好了",
])
def test_no_diabetes_or_no_unhealed_foot_wound_is_not_the_rule(text: str) -> None:
    assert "diabetic_foot_wound" not in decide(text, age=60)[1]


# --- a baby's age said without "old" is no duration (slots) -----------------------------------------------------------------
@pytest.mark.parametrize(("text", "months"), [
    ("baby is 8 months, drooling and chewing everything", 8.0),
    ("my son's 10 weeks, a bit snuffly", 2.3),
])
def test_a_babys_age_without_old_is_no_duration(text: str, months: float) -> None:
    assert parse_duration_days(text) is None
    assert parse_infant_age_months(text) == pytest.approx(months, abs=0.1)


@pytest.mark.parametrize(("text", "days"), [
    ("baby is 4 months, rash for 2 weeks", 14.0),
    ("the cough has been 3 weeks", 21.0),
    ("he's had this for 8 months", 240.0),
])
def test_a_real_duration_beside_a_babys_age_is_kept(text: str, days: float) -> None:
    assert parse_duration_days(text) == days


def test_a_teething_baby_whose_age_is_given_in_months_is_self_care() -> None:
    assert _full("baby is 7 months, dribbling loads and gnawing on his fist, a bit grizzly, no temperature", age=0.6)[0] == "self_care"


# --- heart failure with a quick weight gain (中国心力衰竭诊断和治疗指南2018; NICE NG106) ----------------------------------------
@pytest.mark.parametrize("text", [
    "my nan has heart failure and she's gained 3 kilos since the weekend",
    "dad's got CCF, the scales say he's gone up by 2.5 kg in three days",
    "我爷爷心力衰竭，这三天体重长了两公斤多",
    "我妈有心衰，这礼拜体重增加了",
])
def test_heart_failure_with_a_quick_weight_gain_is_urgent(text: str) -> None:
    urgency, rules = decide(text, age=75)
    assert urgency == "urgent" and "heart_failure_weight_gain" in rules


@pytest.mark.parametrize("text", [
    "no heart failure, but I've put on 2kg over Christmas",
    "my dad has heart failure, his weight is steady and he feels fine",
    "我爸心衰，体重没变，脚也不肿",
    "she picked up a 5 kg bag of potatoes",
])
def test_weight_gain_without_heart_failure_or_heart_failure_without_a_gain_is_not_the_rule(text: str) -> None:
    assert "heart_failure_weight_gain" not in decide(text, age=75)[1]


# --- breathless compared with usual is breathlessness (NHS Shortness of breath) ---------------------------------------------
@pytest.mark.parametrize("text", [
    "he has COPD and he's a bit more out of breath than usual on the stairs",
    "my wife is more puffed than normal walking to the shops",
    "我爸慢阻肺，这两天比平常喘得厉害一些",
    "奶奶比以前更喘了",
])
def test_breathless_compared_with_usual_is_breathlessness(text: str) -> None:
    assert "dyspnea" in current_codes(text)
    assert decide(text, age=70)[0] == "urgent"


@pytest.mark.parametrize("text", [
    "his breathing is the same as usual, no more puffed than normal",
    "我爸喘气跟平常一样，没有比平时喘",
])
def test_breathing_as_usual_is_not_breathlessness(text: str) -> None:
    assert "dyspnea" not in current_codes(text)


# --- low mood said the way relatives say it ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "my grandad has been down in the dumps ever since grandma died, sleeping badly",
    "mum seems really low in herself since she retired",
    "我妈自从退休以后一直郁郁寡欢，晚上睡不着",
    "老爷子最近闷闷不乐的，整天唉声叹气",
])
def test_low_mood_in_relatives_words_is_low_mood(text: str) -> None:
    assert "low_mood" in current_codes(text)
    assert decide(text, age=70)[0] != "self_care"


@pytest.mark.parametrize("text", [
    "he isn't down in the dumps at all, just tired after the move",
    "我爸没有闷闷不乐，就是最近睡得少",
])
def test_denied_low_mood_is_not_low_mood(text: str) -> None:
    assert "low_mood" not in current_codes(text)


# --- a severe word denied by 'rather than' is no severe pain (slots) ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "her knees are achy in the mornings, more annoying rather than terrible",
    "it's a dull ache instead of excruciating",
])
def test_a_severe_word_after_rather_than_is_no_severe_pain(text: str) -> None:
    assert "severe_pain" not in _full(text, age=55)[1]
    assert (parse_severity(text) or 0) < 7


def test_a_severe_word_said_plainly_is_still_severe_pain() -> None:
    assert parse_severity("the pain in her knee is terrible, rather than the usual ache") == 8


# --- kitchen words are not burns; 'nicked her finger' is a small cut; ankles that swell up; 'done his back in' -------------------
@pytest.mark.parametrize("text", [
    "grandma nicked her thumb peeling potatoes, a bit of kitchen roll stopped it",
    "he was peeling an orange and nicked his finger, it's stopped bleeding",
])
def test_a_nick_while_peeling_food_is_a_small_cut_not_a_burn(text: str) -> None:
    codes = current_codes(text)
    assert "minor_cut" in codes and "burn_serious" not in codes


def test_peeling_skin_after_a_burn_is_still_a_serious_burn() -> None:
    assert "burn_serious" in current_codes("I burnt my arm on the oven and the skin is peeling off")


@pytest.mark.parametrize("text", [
    "since the new blood pressure tablets her feet swell up every evening",
    "his legs swell by the end of the day",
])
def test_ankles_or_legs_that_swell_up_are_oedema(text: str) -> None:
    assert "edema" in current_codes(text)


@pytest.mark.parametrize("text", [
    "his ankle swelled up after a sprain playing football",
    "her ankles don't swell up at all",
])
def test_swelling_from_a_sprain_or_denied_is_not_oedema(text: str) -> None:
    assert "edema" not in current_codes(text)


def test_done_his_back_in_is_back_pain() -> None:
    assert "back_pain" in current_codes("my brother has done his back in lifting the sofa")


def test_putting_someone_back_in_a_chair_is_not_back_pain() -> None:
    assert "back_pain" not in current_codes("we put him back in his chair and he was fine")
