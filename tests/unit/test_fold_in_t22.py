"""The blind-22 triage round: five emergencies the screen under-triaged and two over- or under-called
non-emergencies. Each group fails without its change and sits next to look-alikes that must stay as
they were: a jaw ache named with both arms; "hot and shivery" as a fever; a medicine that "isn't
touching" a headache negates nothing after it; "took 'a lot' of" pills in quotes; a goodbye-like
message and belongings given away (Chinese); a suicidal person whose pills have gone missing;
burning in the chest with a sour taste as heartburn; a dry nappy and few tears as dehydration.
"""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes as _codes
from tests.triage_screen import decide
from tests.triage_screen import fired as _fired


def _urgency(text: str, age: float | None = None) -> str:
    return decide(text, age)[0]


# --- the jaw ache named together with the arms (AHA/ACC 2021 anginal equivalents; NHS Heart attack)
@pytest.mark.parametrize("text", [
    "felt sick and sweaty since lunch and my jaw and both arms ache, no chest pain really",
    "clammy and nauseous, my jaw and neck are aching",
    "出了一身冷汗，想吐，下巴和两只胳膊都酸",
])
def test_a_jaw_and_arm_ache_with_a_sweat_and_sickness_calls_an_ambulance(text: str) -> None:
    assert "anginal_equivalent_with_sweating" in _fired(text)


@pytest.mark.parametrize("text", [
    "my arms ache after the gym, a bit sweaty and I feel sick",
    "toothache, my jaw and neck ache, sweaty in this heat and feel sick",
    "下巴和胳膊都不酸，就是有点恶心",
])
def test_arms_alone_or_a_toothache_or_a_denial_stay_quiet(text: str) -> None:
    assert "anginal_equivalent_with_sweating" not in _fired(text)


# --- "hot and shivery" is a fever (NHS High temperature (fever) in adults), so RLQ pain with it is
# possible appendicitis (NICE CKS); "hot and cold" stays chills
@pytest.mark.parametrize("text", [
    "pain moved to the lower right of my tummy and I'm hot and shivery",
    "lower right abdominal pain since last night, feeling hot and shivering",
])
def test_right_lower_pain_with_hot_and_shivery_is_possible_appendicitis(text: str) -> None:
    assert "possible_appendicitis" in _fired(text)


def test_hot_and_cold_alone_is_chills_not_fever() -> None:
    codes = _codes("I feel hot and cold and achy")
    assert "fever" not in codes and "chills" in codes


def test_hurts_to_walk_or_cough_is_pain_on_movement_not_a_cough() -> None:
    codes = _codes("tummy pain, hurts to walk or cough")
    assert "pain_on_movement" in codes and "cough" not in codes


# --- "paracetamol isn't touching it" relieves nothing and negates nothing (NegEx pseudo-negation), so
# headache with flashing lights in pregnancy is pre-eclampsia (NICE NG133)
@pytest.mark.parametrize("text", [
    "35 weeks pregnant, bad headache that paracetamol isn't touching, seeing flashing lights",
    "I'm 34 weeks pregnant, headache, painkillers don't touch the pain and my vision is blurry",
])
def test_a_medicine_not_touching_a_headache_does_not_deny_the_vision_signs(text: str) -> None:
    assert "pregnancy_preeclampsia_signs" in _fired(text)


@pytest.mark.parametrize("text", [
    "34 weeks pregnant, headache that paracetamol isn't touching, no blurred vision, no flashing lights",
    "pregnant with a headache, not touching my eyes, no blurred vision",
])
def test_vision_signs_still_denied_after_it(text: str) -> None:
    assert "pregnancy_preeclampsia_signs" not in _fired(text)


# --- an amount in quotes is still an amount: "took 'a lot' of paracetamol" is an overdose
@pytest.mark.parametrize("text", [
    "she took 'a lot' of paracetamol an hour ago and says she feels fine",
    "he swallowed loads of sleeping pills after the argument",
    "她吞了好多安眠药",
])
def test_a_vague_large_amount_swallowed_is_an_overdose(text: str) -> None:
    assert "poisoning_overdose" in _fired(text)


@pytest.mark.parametrize("text", [
    "I've been taking a lot of paracetamol for my back this week, is that ok?",
    "I took a lot of notes about my tablets",
])
def test_ordinary_medicine_use_is_not_an_overdose(text: str) -> None:
    assert "poisoning_overdose" not in _fired(text)


# --- suicidal warning signs in Chinese: belongings given away, a goodbye-like message (NICE NG225)
@pytest.mark.parametrize("text", [
    "他最近把自己的东西都送人了",
    "她今天给我发了一条像告别一样的微信，电话一直不接",
    "我爸昨晚留了一段好像遗言似的话",
])
def test_belongings_given_away_or_a_goodbye_like_message_is_suicidal(text: str) -> None:
    assert "suicidal_intent" in _fired(text)


@pytest.mark.parametrize("text", ["搬家把旧衣服都送人了", "同事离职，发了一条告别会的通知"])
def test_decluttering_or_a_farewell_party_is_not(text: str) -> None:
    assert "suicidal_intent" not in _fired(text)


# --- a suicidal person whose pills have gone missing (NHS Help for suicidal thoughts: call 999)
@pytest.mark.parametrize("text", [
    "我老公最近把自己的东西都送人了，给我发了像告别一样的微信，家里有一瓶安眠药找不到了",
    "she said she wants to die and now her sleeping pills are missing",
    "他说不想活了，现在联系不上，抽屉里的安眠药不见了",
])
def test_suicidal_signs_with_medicine_missing_call_an_ambulance(text: str) -> None:
    assert "suicidal_with_medicine_missing" in _fired(text)


@pytest.mark.parametrize("text", ["家里一盒降压药找不到了，不知道放哪了", "I can't find my blood pressure tablets, left them at work"])
def test_a_lost_box_of_tablets_alone_is_nothing(text: str) -> None:
    assert _fired(text) == set()


# --- burning in the chest with a sour taste coming up is heartburn (NHS Heartburn and acid reflux)
def test_burning_chest_with_a_sour_taste_is_heartburn_self_care() -> None:
    text = "burning in my chest and sour taste coming up after big meals"
    assert "chest_pain" not in _codes(text)
    assert _urgency(text, 44) == "self_care"


@pytest.mark.parametrize("text", [
    "burning in my chest and a sour taste, and I'm sweating and short of breath",
    "burning in my chest since this morning",
])
def test_heartburn_with_danger_signs_or_burning_chest_alone_stays_an_emergency(text: str) -> None:
    assert _fired(text)


# --- a dry nappy for hours and few tears are dehydration (NHS Dehydration; NICE CG84)
@pytest.mark.parametrize("text", [
    "宝宝一岁，拉肚子吐了两天，尿布半天都是干的，哭的时候眼泪很少",
    "my 1 year old has diarrhoea, few tears when crying and his nappy has been dry since the morning",
])
def test_a_dry_nappy_or_few_tears_in_a_toddler_with_diarrhoea_is_urgent(text: str) -> None:
    assert "dehydration" in _codes(text)
    assert _urgency(text, 1) == "urgent"


def test_a_wet_nappy_and_tears_are_not_dehydration() -> None:
    assert "dehydration" not in _codes("宝宝拉肚子，尿布是湿的，哭的时候眼泪汪汪")
