"""blind139 (heads and nerves): the under-triaged Guillain-Barre picture and the misreadings of the first look, each read
as a class with the look-alikes that must not change (see the comments on each rule for its source)."""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_duration_days
from tests.triage_screen import current_codes, decide, fired, service_decide

EMERGENT = ("emergency", "emergency_ambulance")


# (1) Weakness of both legs with tingling spreading to the hands or getting worse day by day (NHS Guillain-Barre
# syndrome: A&E or 999 if the weakness is spreading or getting worse quickly).
@pytest.mark.parametrize("text", [
    "About 2 weeks ago I had a bad stomach bug, diarrhoea for days. Since Monday my feet have been tingling and feel weird, "
    "and now both my legs are going weak. This morning my fingers started tingling too. Its getting worse every day.",
    "had a cold two weeks ago, now my legs feel weak and it's getting worse every day",
    "my feet went tingly on Saturday, now both my legs are weak and the tingling is spreading up to my hands",
    "两周前拉肚子，这几天双腿越来越没劲，脚麻到手上了",
    "感冒好了以后两条腿没力气，现在手指也开始发麻",
    "上个月拉了几天肚子，现在两条腿发软，一天比一天没劲",
])
def test_both_legs_weak_with_spreading_or_worsening_tingling_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, 30)
    assert urgency in EMERGENT and "ascending_weakness_both_legs" in rules


@pytest.mark.parametrize("text", [
    "my feet and fingers tingle, I've had diabetes for years, legs are strong",
    "one foot has been numb for months, legs fine",
    "my legs feel weak after the flu",
    "有糖尿病好几年了，脚和手指经常发麻，腿有劲",
    "一只脚麻了几个月了，走路正常",
    "手指发麻越来越厉害，晚上更明显，腿没事",
])
def test_tingling_without_both_legs_weak_is_not_the_ascending_weakness_rule(text: str) -> None:
    assert "ascending_weakness_both_legs" not in fired(text)


# (2) "worst when I wake up" is when a headache is at its worst, not the worst headache ever (a thunderclap).
@pytest.mark.parametrize("text", [
    "I've had headaches most days for 3 weeks, worst when I wake up, coughing makes it bang",
    "headache on and off this week, worst in the mornings",
    "the headache is at its worst after work",
])
def test_worst_said_with_a_time_or_trigger_is_not_a_thunderclap(text: str) -> None:
    assert "thunderclap_headache" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "worst headache of my life came on suddenly",
    "this is the worst headache I've ever had, it came on when I was lifting",
    "suddenly the worst pain in my head, like being hit with a bat",
])
def test_the_worst_headache_ever_stays_a_thunderclap(text: str) -> None:
    urgency, _ = decide(text, 40)
    assert urgency in EMERGENT and "thunderclap_headache" in current_codes(text)


# (3) An arm or leg lain or sat on that went dead and came back with pins and needles (NHS Pins and needles).
@pytest.mark.parametrize("text", [
    "woke up at 3am with my whole right arm dead and floppy, id been lying on it. after a couple of minutes it came back "
    "with horrible pins and needles and now its totally normal",
    "woke up with my right arm dead, I'd been lying on it, it came back with pins and needles and now its normal",
    "打了一下午麻将，站起来的时候右腿麻得像过电一样，站都站不稳，扶着桌子缓了两三分钟就好了",
])
def test_a_limb_lain_or_sat_on_is_positional_pins_and_needles(text: str) -> None:
    assert "positional_numbness" in current_codes(text)
    assert not {"stroke_signs"} & fired(text)
    assert service_decide(text, age=40)[0] == "self_care"


@pytest.mark.parametrize("text", [
    "woke up at 3am with my whole right arm dead and floppy, my face was drooping",
    "打了一下午麻将，站起来右腿没力气，说话也不清楚",
    "today my right arm suddenly went dead and floppy, I wasn't lying on it",
])
def test_a_dead_arm_or_leg_with_a_stroke_sign_or_no_posture_stays_a_stroke(text: str) -> None:
    assert "stroke_signs" in fired(text)


# (4) Speech or a hand a stroke months or years back left unclear: its after-effects, not a stroke now.
@pytest.mark.parametrize("text", [
    "我爸半年前脑梗住过院，现在能自己走了，就是右手还不太灵活，说话有时候不利索",
    "My dad had a stroke six months ago and his speech is still a bit slurred, can he get rehab?",
    "我爸两年前得过脑梗，右手一直不太灵活，说话有点不清楚，想做康复",
])
def test_a_dated_past_stroke_makes_its_after_effects_history(text: str) -> None:
    assert "stroke_signs" not in fired(text)


@pytest.mark.parametrize("text", [
    "我爸半年前脑梗住过院，今天突然说话不清楚了",
    "我爸去年中风过，这几天说话越来越不清楚",
    "My dad had a stroke six months ago and now his speech is slurred",
    "My dad had a stroke last year, this morning his face is drooping",
])
def test_a_new_or_worse_sign_after_a_past_stroke_stays_a_stroke(text: str) -> None:
    assert "stroke_signs" in fired(text)


# (5) A repeat febrile seizure under 5 minutes in a young child who has come round (NHS Febrile seizures: urgent GP or
# 111); a first one, a long one, one not come round from, or one past childhood stay 999.
@pytest.mark.parametrize("text", [
    "儿子3岁，去年发烧抽过一次，医生说是热性惊厥。今天又发烧39度，刚才又抽了一下，全身抖了大概一分钟就停了，现在醒了，哭着要妈妈，能认人",
    "my son had a febrile seizure last year. Today he had another seizure with a fever, it lasted a minute and he's back to normal now",
])
def test_a_repeat_febrile_seizure_recovered_is_urgent(text: str) -> None:
    assert service_decide(text, age=3) == ("urgent", {"febrile_seizure_again_recovered"})


@pytest.mark.parametrize("text, age", [
    ("儿子去年发烧抽过一次，今天又发烧抽了，还没醒过来", 3),
    ("以前有过热性惊厥，这次抽了十分钟，现在醒了", 3),
    ("孩子发烧突然抽了，第一次", 3),
    ("I'm 30, I had febrile seizures as a kid before, and today I had a fit", 30),
    ("my son had a febrile seizure last year. Today he had another seizure with a fever, he's back to normal now", 9),
])
def test_a_first_long_unrecovered_or_older_seizure_stays_an_ambulance(text: str, age: int) -> None:
    assert service_decide(text, age=age)[0] == "emergency_ambulance"


# (6) Self-care words that missed their groups: an ear getting blocked up, 抽了两回筋, a car-sick child's headache, the
# usual migraine with its triptan (and "one a month" is how often, not how long).
@pytest.mark.parametrize("text, code", [
    ("my left ear's been gradually getting blocked up over the last couple of weeks, sounds muffled", "ear_blocked"),
    ("my ear's getting more blocked up", "ear_blocked"),
    ("这个礼拜半夜小腿抽了两回筋，掰一下脚就好了", "leg_cramps"),
    ("晚上腿抽过一次筋", "leg_cramps"),
])
def test_the_words_read_their_codes(text: str, code: str) -> None:
    assert code in current_codes(text)


def test_my_ears_ringing_is_not_a_blocked_ear() -> None:
    assert "ear_blocked" not in current_codes("my ears are ringing after the concert")


def test_a_car_sick_childs_headache_is_motion_sickness() -> None:
    text = "my daughter (8) gets really car sick on long journeys, goes pale, gets a headache and usually throws up. any tips?"
    assert service_decide(text, age=8)[0] == "self_care"


@pytest.mark.parametrize("text", [
    "having one of my usual migraines - throbbing on the left, feel sick, light hurts, exactly like always (I get about one "
    "a month, GP diagnosed years ago). took my sumatriptan an hour ago and lying in a dark room",
    "one of my usual migraines started an hour ago, exactly like always, feel sick",
])
def test_the_usual_migraine_with_its_triptan_is_self_care(text: str) -> None:
    assert service_decide(text, age=24, sex="F") == ("self_care", {"migraine_as_usual"})


@pytest.mark.parametrize("text", [
    "having one of my usual migraines but this time my arm went weak and my speech is slurred",
    "one of my usual migraines, took sumatriptan, now I've got a high fever and a stiff neck",
])
def test_a_usual_migraine_with_a_danger_sign_is_not_self_care(text: str) -> None:
    assert service_decide(text, age=24, sex="F")[0] == "emergency_ambulance"


def test_one_a_month_is_how_often_not_how_long() -> None:
    assert parse_duration_days("I get about one a month, this one started an hour ago") < 1
    assert parse_duration_days("I get one a month and this one has lasted 5 days") == 5
    assert parse_duration_days("headache once a week for a month") == 30
