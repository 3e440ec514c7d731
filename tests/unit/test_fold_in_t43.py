"""blind43 (first look: 3cat 84, 6 under-triaged; after the four cause fixes on main 87 / 3): what was left, read
for what it says, in other words than the cases', with the near-misses that must not change."""

from __future__ import annotations

import pytest

from carebridge.tools.triage_engine import decide_urgency, extract_findings, patient_facts
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


# NICE NG109: children under 16 with lower UTI symptoms are offered an immediate antibiotic; NHS UTIs: see a GP.
@pytest.mark.parametrize("text", [
    "my 6 year old says it burns when he pees and he's going to the toilet every half hour, no temperature",
    "儿子5岁，这两天尿尿喊疼，一会儿就要上厕所，不发烧",
])
def test_urine_infection_symptoms_in_a_child_are_urgent(text: str) -> None:
    assert decide(text, 5) == ("urgent", {"uti_in_child"})


def test_the_same_symptoms_in_a_woman_of_30_stay_self_care() -> None:
    found = extract_findings("it stings when I pee and I need to go more often since yesterday, no fever, no back pain, no blood")
    urgency, _, _ = decide_urgency(found.present, patient_facts({"age_years": 30, "sex": "F"}, None, found))
    assert urgency == "self_care"


@pytest.mark.parametrize("text", [
    "宝宝1岁，拉肚子两天，尿不湿一上午才湿一点",
    "孩子吐了好几次，今天尿量明显变少了",
])
def test_little_urine_after_diarrhoea_is_dehydration(text: str) -> None:
    assert "dehydration" in current_codes(text)
    assert decide(text, 1)[0] == "urgent"


@pytest.mark.parametrize("text", ["宝宝拉肚子，尿不湿还是湿得很快，尿不少", "孩子拉肚子，尿量和平时一样"])
def test_usual_urine_is_no_dehydration(text: str) -> None:
    assert "dehydration" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "手背被虫子咬了，周围红了一大块，摸着发烫",
    "腿上擦破的地方红了巴掌那么大，摸上去有点热，比昨天大",
])
def test_a_red_patch_warm_to_the_touch_is_a_skin_infection_not_a_fever(text: str) -> None:
    codes = current_codes(text)
    assert "skin_infection" in codes and "fever" not in codes
    assert decide(text, 40) == ("urgent", {"skin_infection"})


@pytest.mark.parametrize("text", ["孩子脸红红的，摸着发热，没精神", "被蚊子咬了一个包，有点红，不热"])
def test_a_flushed_child_or_a_plain_bite_is_no_skin_infection(text: str) -> None:
    assert "skin_infection" not in current_codes(text)


@pytest.mark.parametrize("text", ["宝宝一个月，吃完奶吐出来一点，吐出来的是奶，吃得好长得好", "每次喂完奶都会吐出来白白的奶，不哭不闹"])
def test_milk_brought_back_up_is_posseting(text: str) -> None:
    codes = current_codes(text)
    assert "posseting" in codes and "vomiting" not in codes


def test_forceful_vomiting_is_still_vomiting() -> None:
    assert "vomiting" in current_codes("宝宝今天吐了三次，喷射状地吐")


@pytest.mark.parametrize(("text", "code"), [
    ("体检B超说胆囊内有几个小结石，不疼", "gallstones"),
    ("头两侧像被勒住一样，下午更明显", "headache"),
    ("肚子一直胀乎乎的，打嗝放屁就好些", "bloating"),
])
def test_everyday_names_of_known_findings(text: str, code: str) -> None:
    assert code in current_codes(text)


def test_a_kidney_stone_is_no_gallstone() -> None:
    assert "gallstones" not in current_codes("B超查出肾里有个小结石")
