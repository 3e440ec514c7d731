"""blind42 (chest, breathing and heart complaints among their look-alikes): what its first look missed, read for what
it says, with the near-misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize(("text", "age"), [
    ("我3岁的孙子趁我不注意，把我的降压药吃了大概4片，现在看着跟平时一样，还在玩，没吐也不困。", 3),
    ("外孙女两岁，刚才把我放桌上的降压药吞了三片，现在挺好的", 2),
    ("孩子趁大人不注意翻出了爷爷的降糖药，好像吃了两片，现在精神挺好", 4),
    ("小孙女刚才自己爬上桌子，拿我的降压药吃了两三片", 2),
    ("My 3-year-old grandson got hold of my blood pressure tablets while I wasn't looking and swallowed about four of them."
     " He seems completely normal.", 3),
    ("my toddler chewed up three of my amlodipine tablets, he seems fine", 3),
    ("my son found my heart pills and I think he ate a couple, he's acting normal", 4),
])
def test_a_child_who_swallowed_an_adult_medicine_goes_to_the_emergency_department(text: str, age: float) -> None:
    urgency, rules = decide(text, age=age)
    # an overdose phrase over the same words (poisoning_overdose, an ambulance) wins the overlap: either rule is right
    assert urgency in ("emergency", "emergency_ambulance")
    assert rules & {"child_swallowed_adult_medicine", "poisoning_overdose"}


@pytest.mark.parametrize(("text", "age"), [
    ("孩子没有吃我的降压药，药片一片都没少", 3),
    ("my toddler didn't swallow any of my blood pressure tablets, they're all in the box", 3),
    ("孙子发烧了，我给他吃了退烧药", 3),
    ("my grandson has a cough, I gave him his calpol", 3),
    ("孩子把奶奶的维生素软糖吃了两颗", 3),
    ("女儿10岁，有高血压，一直在吃降压药，最近头疼", 10),
])
def test_denied_own_or_harmless_medicine_is_no_child_ingestion(text: str, age: float) -> None:
    assert "child_swallowed_adult_medicine" not in decide(text, age=age)[1]


@pytest.mark.parametrize("text", ["孙子提醒我把降压药吃了，现在头有点晕", "我把降压药吃了两片就去睡了"])
def test_an_adult_taking_their_own_blood_pressure_tablets_is_no_ingestion(text: str) -> None:
    assert "child_swallowed_adult_medicine" not in decide(text, age=70)[1]
    assert "child_swallowed_adult_medicine" not in decide(text)[1]


@pytest.mark.parametrize("text", [
    "昨晚去KTV唱了一晚上，今天嗓子哑了，说话费劲，嗓子有点干疼，不发烧，吞咽和呼吸都正常。",
    "感冒三天，声音嘶哑，说话吃力，不发烧",
    "嗓子哑 说话很费劲",
    "I lost my voice after a concert, it's hoarse and talking is an effort, breathing is fine",
])
def test_talking_is_an_effort_because_the_voice_is_hoarse_is_no_breathlessness(text: str) -> None:
    assert "dyspnea_severe" not in current_codes(text)
    assert decide(text, age=27)[0] not in ("emergency", "emergency_ambulance")


@pytest.mark.parametrize("text", ["喘得厉害，说话费劲，嘴唇发紫", "哮喘犯了，说话都费劲"])
def test_breathless_talking_is_still_severe(text: str) -> None:
    assert decide(text, age=60)[0] == "emergency_ambulance"


@pytest.mark.parametrize("text", ["今天右边胸口一按就疼，转身、抬胳膊也疼，坐着不动就不疼", "胸口疼，举胳膊也疼"])
def test_pain_on_lifting_the_arm_is_no_radiation(text: str) -> None:
    assert "radiating_pain" not in current_codes(text)


def test_pain_spreading_to_the_left_arm_is_still_radiation() -> None:
    assert "radiating_pain" in current_codes("胸口压着疼，左胳膊也疼，出冷汗")


@pytest.mark.parametrize("text", [
    "My 2-year-old has had runny poos three times today. She's drinking well and still having wet nappies.",
    "toddler has had loose poos since yesterday, drinking fine",
])
def test_runny_or_loose_poos_are_diarrhoea(text: str) -> None:
    assert "diarrhea" in current_codes(text)


def test_no_runny_poos_is_no_diarrhoea() -> None:
    assert "diarrhea" not in current_codes("no runny poos, just a cold")


@pytest.mark.parametrize("text", [
    "For a few weeks I've been getting an odd flutter or 'skipped beat' a few times a day",
    "下午喝了一大杯美式又喝了杯奶茶，现在心跳咚咚的很快，手有点抖",
    "心脏砰砰跳，是不是喝咖啡喝多了",
])
def test_a_skipped_or_pounding_beat_is_palpitations(text: str) -> None:
    assert "palpitations" in current_codes(text)


def test_skipping_breakfast_is_no_palpitation() -> None:
    assert "palpitations" not in current_codes("I skipped breakfast and beat the eggs")


@pytest.mark.parametrize("text", [
    "我22岁，最近两个多月心情一直很低落，有时候会冒出不想活的念头，但没有具体计划，也没伤害过自己。",
    "最近压力很大，脑子里闪过不想活下去的想法，但没打算做什么，能保证自己安全",
    "I've been low for months and sometimes get thoughts that I don't want to be alive, but I have no plan and I've never"
    " hurt myself",
])
def test_a_passing_thought_of_not_wanting_to_live_with_no_plan_is_same_day_help(text: str) -> None:
    assert "death_wish" in current_codes(text)
    urgency, rules = decide(text, age=22)
    assert urgency == "urgent" and "passive_suicidal_thoughts" in rules


@pytest.mark.parametrize("text", [
    "最近总冒出不想活的念头",
    "我真的不想活了，但没有具体计划",
    "I have thoughts of not wanting to live and I've worked out how I'd do it",
])
def test_the_thought_without_a_stated_no_plan_or_said_outright_stays_an_emergency(text: str) -> None:
    assert decide(text, age=30)[0] == "emergency"
