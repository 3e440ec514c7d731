"""blind119 (people who cannot easily describe their own symptoms, told by carers, interpreters and family): the
self-care misses of the first look, each read as a family in both languages, with the look-alikes that must not change.
What a carer sees (scratching, wax in the ear, pink skin after the beach) stands for what the patient cannot say; what a
past stroke left, or a muddle that is the person's usual self, is no new stroke sign or new confusion."""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_duration_days
from tests.triage_screen import current_codes, department_group, service_decide


# (1) NHS Earwax build-up: the ear feels blocked or full, wax can be seen; olive or almond oil drops, a pharmacist. A carer
# says it as the ear named, then "it feels full", or wax seen in it.
@pytest.mark.parametrize("text", [
    "my sister (40) has learning disabilities and keeps poking her ear saying it feels full, i can see brown wax in it, no pain, nothing coming out, no temp",
    "he keeps pulling at his left ear and says it feels blocked, no pain, no temperature",
    "my son has autism, keeps rubbing his ear, i can see lots of yellow wax in there, no pain",
    "there's a build-up of wax in her ear, she says she can't hear properly on that side, no pain",
    "我弟弟耳朵里有好多耳垢，不疼，也没流东西",
])
def test_an_ear_said_to_feel_full_or_with_wax_seen_is_earwax(text: str) -> None:
    assert "ear_blocked" in current_codes(text)
    urgency, rules = service_decide(text, 40, "F")
    assert urgency == "self_care" and "earwax" in rules


@pytest.mark.parametrize("text", ["i waxed my legs yesterday and they feel sore", "candle wax dripped on my hand", "she had her ears pierced, one ear lobe is a bit red"])
def test_wax_with_no_ear_or_no_wax_in_it_is_no_earwax(text: str) -> None:
    assert "ear_blocked" not in current_codes(text)


# (2) NHS Itchy skin: not usually serious, often dry skin; emollients, a pharmacist. Someone who cannot say "itchy" is
# seen to scratch: a habit word and a body part ("keeps scratching her shins", "老抓头", "一直挠腿").
@pytest.mark.parametrize("text", [
    "care worker, one of our ladies (90) keeps scratching her shins, the skin there is dry and flaky, started since the heating went on last week, no rash anywhere else and shes well",
    "my dad has dementia and keeps scratching his arms, the skin looks dry, no rash",
    "she can't stop scratching her legs since the weather turned cold, skin dry, no rash",
    "奶奶这几天一直挠腿，小腿皮肤干，没有疹子",
])
def test_scratching_seen_by_a_carer_is_an_itch_for_self_care(text: str) -> None:
    assert "itching" in current_codes(text)
    urgency, rules = service_decide(text, 85, "F")
    assert urgency == "self_care" and "minor_skin" in rules
    assert department_group(text, 85) == "皮肤科"


@pytest.mark.parametrize("text", ["he scratched his arm on a nail", "she was scratching her chin, thinking about it", "孩子抓头发玩", "他挠了一下头"])
def test_one_scratch_or_an_injury_is_no_itch(text: str) -> None:
    assert "itching" not in current_codes(text)


# (3) NHS Sunburn: red or pink, hot, sore skin after the sun; treat mild sunburn yourself. The day at the beach told first,
# the skin that turned pink or red after it.
@pytest.mark.parametrize("text", [
    "took my brother (28) who has downs syndrome to the beach, his shoulders and neck are pink and sore tonight, no blisters, hes drinking loads and acting totally normal",
    "we were at the beach all day and now her back is bright red, no blisters, she is fine otherwise",
    "he was out in the sun all afternoon at the park, his face and neck have gone red, no blisters",
])
def test_a_day_in_the_sun_then_pink_or_red_skin_is_sunburn(text: str) -> None:
    assert "sunburn" in current_codes(text)
    urgency, rules = service_decide(text, 28, "M")
    assert urgency == "self_care" and "minor_skin" in rules
    assert department_group(text, 28) == "皮肤科"


@pytest.mark.parametrize("text", [
    "we walked on the beach for hours and now his legs are sore",
    "went to the beach yesterday, today her throat is sore and she has a cough",
])
def test_soreness_after_the_beach_without_red_or_pink_skin_is_no_sunburn(text: str) -> None:
    assert "sunburn" not in current_codes(text)


def test_sunburn_with_blisters_after_the_beach_is_not_self_care() -> None:
    urgency, _ = service_decide("took him to the beach, his shoulders are bright red and covered in blisters", 28, "M")
    assert urgency != "self_care"


# (4) NHS Head lice and nits: treat without a GP (wet combing, pharmacy lotions). The lice seen crawling once the hair is
# parted, or nits at the roots, and the scratching a carer sees.
@pytest.mark.parametrize("text", [
    "女儿8岁智力障碍，这几天老抓头，我扒开头发看到根上有小白点还有小虫子在爬",
    "儿子总是抓头，扒开头发仔细看了半天发现有小虫子在爬",
    "孩子老挠头皮，头发根部有好多小白点",
])
def test_lice_or_nits_seen_in_the_hair_are_head_lice(text: str) -> None:
    assert "head_lice" in current_codes(text)
    urgency, rules = service_decide(text, 8, "F")
    assert urgency == "self_care" and "minor_skin" in rules
    assert department_group(text, 8) == "儿科"


def test_a_bug_crawling_on_the_table_is_no_head_lice() -> None:
    assert "head_lice" not in current_codes("桌子上有小虫子在爬，孩子被吓哭了")


# (5) A past illness or operation dated back ("had a stroke 2 years ago") is when that happened, not how long the
# complaint told after it has lasted, when the complaint's own length is said (NHS Hiccups: usually stop on their own).
@pytest.mark.parametrize("text,days", [
    ("my dad (68) had a stroke 2 years ago, hes had hiccups for about 20 minutes after a fizzy drink", 20 / 60 / 24),
    ("she had a heart attack 3 years ago and has had heartburn for 2 days", 2),
    ("我爸两年前中过风，打嗝打了20分钟了", 20 / 60 / 24),
    ("我妈三年前做过手术，口腔溃疡三四天了", 4),
])
def test_a_past_illness_dated_back_is_no_duration_when_the_complaint_has_its_own(text: str, days: float) -> None:
    assert parse_duration_days(text) == pytest.approx(days)


@pytest.mark.parametrize("text", ["had a stroke 2 years ago", "我爸两年前中过风"])
def test_a_past_illness_dated_back_alone_still_gives_its_time(text: str) -> None:
    assert parse_duration_days(text) == 730


def test_hiccups_after_a_stroke_years_ago_are_self_care() -> None:
    text = ("my dad (68) had a stroke 2 years ago, hes had hiccups for about 20 minutes after a fizzy drink and is getting fed up "
            "with them, otherwise hes breathing and talking like normal for him")
    urgency, rules = service_decide(text, 68, "M")
    assert urgency == "self_care" and "minor_digestive" in rules


# (6) Speech a past stroke left unclear ("中风后说话不清楚", "since his stroke his speech has been slurred") is how the
# person has spoken since (Stroke Association, Communication problems), not a stroke sign now; the mouth ulcer decides.
@pytest.mark.parametrize("text", [
    "我爷爷中风后说话不清楚，说嘴里疼，我看下嘴唇里面有个小白溃疡，三四天了，吃饭慢点但是能吃",
    "我奶奶脑梗以后说话一直含糊，嘴里长了个小溃疡，两三天了",
    "since his stroke his speech has been slurred, now he has a mouth ulcer on his lip for 3 days",
    "my mum has slurred speech since her stroke and a small mouth ulcer for a few days",
])
def test_speech_a_past_stroke_left_is_no_stroke_sign(text: str) -> None:
    assert "speech_difficulty" not in current_codes(text)
    urgency, rules = service_decide(text, 77, "M")
    assert urgency == "self_care" and "minor_mouth_nose" in rules
    assert department_group(text, 77) == "口腔科"


@pytest.mark.parametrize("text", [
    "我爷爷中风后说话不清楚，今天突然连话都说不出来了",
    "我爸中风以后说话更不清楚了",
    "我爸脑梗以后，今天早上说话不清楚",
    "my dad had a stroke and suddenly his speech is slurred again",
    "since his stroke last year his speech has been fine but today it is slurred",
    "我妈说话不清楚，是不是中风了",
    "我爸中风了，说话不清楚",
])
def test_speech_said_new_or_worse_is_still_a_stroke_sign(text: str) -> None:
    urgency, _ = service_decide(text, 75, "M")
    assert urgency == "emergency_ambulance"


# (7) A muddle said as how an old person usually is (平时有点糊涂, 老糊涂, "always a bit confused") is her baseline, a risk
# factor for delirium and not its sign (NICE CG103 1.2.1, 1.3.1): the constipation decides (NHS Constipation).
@pytest.mark.parametrize("text", [
    "我奶奶80岁有点糊涂，三天没大便了，平时一两天一次，肚子软不胀不疼，吃饭正常也能放屁",
    "我外婆平时就有点糊涂，三天没拉大便了，肚子不胀不疼",
    "爷爷有点老糊涂，三天没大便了，肚子不疼，吃饭正常",
    "my nan is always a bit confused, she hasnt pooed for 3 days, tummy soft, eating fine",
])
def test_a_usual_muddle_is_no_new_confusion(text: str) -> None:
    assert "confusion" not in current_codes(text)
    urgency, rules = service_decide(text, 80, "F")
    assert urgency == "self_care" and "minor_digestive" in rules
    assert department_group(text, 80) == "内科"


@pytest.mark.parametrize("text", [
    "奶奶今天有点糊涂，三天没大便",
    "我奶奶80岁了，突然有点糊涂，三天没大便",
    "我爷爷平时有点糊涂，今天更糊涂了",
    "我外公84，平时有点糊涂但认得我们，今天下午突然连我妈都不认识了，胡言乱语",
    "my nan is usually fine but today she is confused",
    "she's always a bit forgetful but today she is really confused and drowsy",
])
def test_a_muddle_said_new_or_worse_is_still_confusion(text: str) -> None:
    urgency, _ = service_decide(text, 80, "F")
    assert urgency in ("emergency", "emergency_ambulance")


def test_scratching_with_something_is_self_harm_not_an_itch() -> None:
    # blind96 t96e-029 (the regression check): scratches made with a compass are self-harm (精神科), never dry skin
    text = "im 15 and ive been scratching my arms with a compass when school stuff gets too much, they've healed"
    assert "itching" not in current_codes(text)
    assert service_decide(text, 15, "F")[0] != "self_care"


def test_a_muddle_said_with_le_stays_confusion_beside_an_overdose() -> None:
    # blind36 t36z-014 (the regression check): "有点老糊涂了" may be new, so it stays confusion (an emergency)
    text = "我爸76岁，有点老糊涂了。刚才发现他把药盒里三天的格列齐特和降压药一次全吃了，现在看着还好"
    assert "confusion" in current_codes(text)
    assert service_decide(text, 76, "M")[0] in ("emergency", "emergency_ambulance")
