"""fold-t120: blind120 (young adults 16-35): its under-triaged emergency (menstrual toxic shock) and the self-care
misses that were words the lexicon did not read, each read as a family, with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, fired, service_decide


# (1) t120e-017: a fever, a rash told as like sunburn and vomiting, dizziness or a faint while using tampons or a
# menstrual cup, or on a period, is toxic shock (NHS Toxic shock syndrome: a medical emergency, urgent hospital care).
@pytest.mark.parametrize("text", [
    "my daughter is 17, on her period using tampons, since yesterday really high temp, being sick, dizzy when she stands "
    "and now a red rash like sunburn all over her. she looks really unwell",
    "using a menstrual cup, fever of 39.5, she fainted and her skin is bright red all over like she's sunburnt",
    "fever, sunburn-like rash and vomiting, I use tampons",
    "on my period, temperature is really high, keep throwing up and I've got a rash that looks like bad sunburn",
    "had a tampon in all day, temperature is really high, keep throwing up and I've got a rash that looks like bad sunburn",
    "月经第三天 用的棉条 发烧39度多 拉肚子 全身皮肤通红像被晒伤了一样",
    "来例假用月经杯 高烧 吐了好几次 身上的皮疹像晒伤一样",
    "来月经用的卫生棉条 发高烧 一直吐 头晕 身上起了像晒伤一样的红疹",
])
def test_fever_sunburn_like_rash_and_shock_signs_with_tampons_or_a_period_is_toxic_shock(text: str) -> None:
    urgency, rules = service_decide(text, 19, "F")
    assert urgency in ("emergency", "emergency_ambulance") and "toxic_shock_signs" in rules


@pytest.mark.parametrize("text", [
    "on my period, got sunburnt at the beach yesterday, bit feverish",
    "来月经 在海边晒伤了 有点发烧",
    "using tampons, fever and a sore throat, no rash",
    "fell asleep by the pool, burnt all over and now shivery and sick",
])
def test_a_real_sunburn_or_no_rash_is_no_toxic_shock(text: str) -> None:
    assert "toxic_shock_signs" not in fired(text)


def test_a_rash_like_sunburn_is_no_sunburn() -> None:
    codes = current_codes("a red rash like sunburn all over her, high temp")
    assert "sunburn_like_rash" in codes and "sunburn" not in codes


# (2) t120z-042: the doubled jump that ends the phrase ("眼皮老是一跳一跳的") is eyelid twitching (NHS Eyelid twitching:
# it usually goes away on its own; a GP after 2 weeks).
@pytest.mark.parametrize("text", [
    "最近加班 左边下眼皮老是一跳一跳的 跳了四五天了 别的都正常",
    "右眼皮这几天一抽一抽的",
    "上眼皮总是突突的 三天了",
    "下眼皮一跳一跳的 两天了",
])
def test_eyelid_jumping_said_doubled_is_eyelid_twitching(text: str) -> None:
    urgency, rules = service_decide(text, 27, "F")
    assert urgency == "self_care" and "eyelid_twitching" in rules


@pytest.mark.parametrize("text", ["眼皮一跳一跳的疼 眼睛红肿", "心脏一跳一跳的疼"])
def test_a_throbbing_pain_is_no_eyelid_twitch(text: str) -> None:
    assert "eyelid_twitch" not in current_codes(text)


# (3) t120e-046: ringing ears told a clause or two after the gig, or after the loud place named last (NHS Tinnitus: it
# may get better by itself; sudden hearing loss is its own urgent rule).
@pytest.mark.parametrize("text", [
    "went to a gig last night, stood right by the speakers, ears still ringing this morning. will it go away",
    "ears are still ringing after the festival yesterday",
    "at a club till 3am, right next to the speakers, my ears keep buzzing",
])
def test_ringing_ears_after_a_loud_night_is_noise_tinnitus(text: str) -> None:
    urgency, rules = service_decide(text, 20, "M")
    assert urgency == "self_care" and "noise_tinnitus" in rules


def test_a_phone_ringing_about_the_club_is_no_tinnitus() -> None:
    assert "noise_tinnitus" not in current_codes("my phone keeps ringing from the club about my membership")


def test_ringing_with_sudden_deafness_after_a_gig_stays_urgent() -> None:
    urgency, rules = service_decide("my ears are ringing and I suddenly can't hear out of my left ear since the gig", 20, "M")
    assert urgency == "urgent" and "sudden_hearing_loss" in rules


# (4) muscles 'wrecked' or 'in bits' after the gym are sore muscles after exercise (Mayo Clinic Muscle pain: rest and
# self-care); 'in agony' stays a severe pain (the house's severity reading, t120e-038 left).
@pytest.mark.parametrize("text", [
    "first gym session in years on monday, my arms are wrecked today",
    "did squats yesterday and my legs are in bits",
])
def test_muscles_wrecked_after_the_gym_are_exercise_soreness(text: str) -> None:
    urgency, rules = service_decide(text, 19, "M")
    assert urgency == "self_care" and "exercise_muscle_ache" in rules


# (5) "was out for" is out cold only for a span of time: "I was out for a run" is no loss of consciousness (NICE NG232).
@pytest.mark.parametrize("text", [
    "I was out for a run and twisted my ankle",
    "she was out for a walk and her ankle gave way",
])
def test_out_for_a_run_is_not_knocked_out(text: str) -> None:
    assert "knocked_out" not in current_codes(text)
    assert "head_injury_danger" not in fired(text)


@pytest.mark.parametrize("text", [
    "took a knee to the head in rugby, was out for about a minute",
    "he got punched and was out for a couple of minutes",
    "was out for a while after the tackle",
])
def test_out_for_a_span_of_time_after_a_blow_stays_knocked_out(text: str) -> None:
    assert "knocked_out" in current_codes(text)
