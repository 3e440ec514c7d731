"""blind43 (first look: 3cat 84, 6 under-triaged; after the four cause fixes on main 87 / 3): what was left, read
for what it says, in other words than the cases', with the near-misses that must not change."""

from __future__ import annotations

import pytest

from carebridge.tools.triage_engine import extract_findings
from tests.triage_screen import current_codes, decide, fired


# A hernia named in one sentence, its change told about "it" in the next (NHS Inguinal hernia: A&E if it becomes
# firm or tender, or cannot be pushed back in).
@pytest.mark.parametrize("text", [
    "My dad has had a bulge in his groin for months. Today it's gone rock hard. It won't pop back in no matter what he does.",
    "There's a hernia in my left groin that usually slides back when I lie down. This morning it stayed out and it's become firm and sore.",
    "I've got a lump in my right groin that comes and goes. Since lunch it has gone hard and I can't push it back in.",
    "大腿根的疝气包平时躺下就能回去。今天变得硬邦邦的，一摸就疼。",
    "右边大腿根有个包一年了。今天下午开始回不去了，还越来越疼。",
])
def test_a_hernia_that_it_later_says_went_hard_or_stuck_is_a_stuck_hernia(text: str) -> None:
    assert "hernia_stuck" in current_codes(text)
    assert "hernia_will_not_go_back" in fired(text)


@pytest.mark.parametrize("text", [
    "I have a lump in my groin. It goes back in when I lie down and it's soft, no pain.",
    "I have a lump in my groin that comes and goes. It isn't hard and it still goes back in easily.",
    "大腿根有个鼓包，躺下就回去了，软软的，不疼。",
    "大腿根有个疝气，躺下能推回去，摸着不硬。",
])
def test_a_hernia_that_still_goes_back_and_is_soft_is_not_stuck(text: str) -> None:
    assert "hernia_stuck" not in current_codes(text)
    assert "hernia_will_not_go_back" not in fired(text)


@pytest.mark.parametrize("text", [
    # no hernia named before "it": the pronoun refers to nothing the rule knows
    "It won't go back in. I have a hernia.",
    "My shoulder popped out yesterday and it won't go back in.",
    "I have a hernia in my groin. My shoulder popped out and it's hard to move.",
    "我在外地回不去了，大腿根有个疝气。",
    # the hernia is denied: nothing for "it" to refer to
    "The doctor checked and there's no hernia. My knee is swollen and it's gone hard.",
])
def test_it_without_a_hernia_before_it_is_no_stuck_hernia(text: str) -> None:
    assert "hernia_stuck" not in current_codes(text)


def test_a_phrase_about_it_never_hides_another_finding() -> None:
    assert "seizure" in current_codes("儿子全身发硬然后开始抽")


# Pain that leaves no position bearable is severe pain (坐卧不安, "can't lie still" already were; ESI v4 severe pain).
@pytest.mark.parametrize("text", [
    "左边腰一阵一阵绞痛，往肚子下面窜，疼得怎么躺都不舒服，吐了一回。",
    "右边腰绞着疼，疼得坐也不是站也不是，吐了两次。",
    "胆结石的老毛病又犯了，右上腹疼了一整晚，疼得翻来覆去找不到舒服的姿势。",
    "sudden pain in my right side going down to my groin, no position is comfortable and I've been sick twice",
    "kidney stone pain on the left since this morning, I keep rolling around on the bed",
])
def test_pain_with_no_bearable_position_is_severe_abdominal_pain(text: str) -> None:
    assert extract_findings(text).severity == 8
    assert "severe_abdominal_pain" in decide(text, 45)[1]


@pytest.mark.parametrize("text", [
    "怀孕后期晚上怎么躺都不舒服，腰有点酸。",
    "晚上翻来覆去睡不着，肚子有点胀。",
    "I can't get comfortable at night because of my bump, mild backache",
])
def test_restless_nights_without_pain_that_bad_are_not_severe(text: str) -> None:
    assert extract_findings(text).severity != 8
