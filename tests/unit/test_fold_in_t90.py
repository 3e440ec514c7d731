"""blind90 (the smaller departments and their emergencies): the under-triaged emergencies of the first look, each read
as a family, with the near misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


# (1) Skin coming off in sheets or at a touch with a rash, blisters, mouth or eye sores or a fever (NHS Stevens-Johnson
# syndrome: needs treatment in hospital straight away; NHS Allopurinol: blistering or peeling skin), and the same look in
# a child after a fever (staphylococcal scalded skin).
@pytest.mark.parametrize(("text", "age"), [
    ("started lamotrigine ten days ago, now a rash everywhere with blisters and the skin slides off when I touch it", 30),
    ("my skin is coming off in sheets, I've got a rash all over and my mouth is full of ulcers", 45),
    ("since the new antibiotics she has a red rash and the skin on her chest is peeling off like wet paper", 60),
    ("吃了卡马西平一个星期，全身起红疹，皮一碰就掉", 40),
    ("发烧两天，身上起了大水泡，皮肤一块一块地往下掉", 5),
    ("孩子发烧后全身发红，皮肤一摸就破", 2),
])
def test_skin_coming_off_with_a_rash_blisters_or_fever_is_a_severe_skin_reaction(text: str, age: float) -> None:
    urgency, rules = decide(text, age=age)
    assert urgency in ("emergency", "emergency_ambulance") and "severe_skin_reaction" in rules


@pytest.mark.parametrize("text", [
    "my skin is peeling after the sunburn last week, no blisters",
    "晒伤以后脱皮了",
    "手上脱皮，一碰就掉皮屑",
    "my skin isn't coming off, just a red itchy rash",
    "my heels have dry skin that peels",
])
def test_peeling_after_sunburn_or_dry_skin_is_not_a_severe_skin_reaction(text: str) -> None:
    assert "skin_sloughing" not in current_codes(text)
    assert "severe_skin_reaction" not in decide(text, age=30)[1]


def test_a_rash_with_mouth_ulcers_and_no_skin_coming_off_is_not_this_rule() -> None:
    # hand, foot and mouth disease stays with its own rules
    assert "severe_skin_reaction" not in decide("spots on his hands and feet and ulcers in his mouth, a slight temperature", age=3)[1]


# (2) A foreskin pulled back that will not come forward again (NHS Tight foreskin (phimosis and paraphimosis):
# emergency treatment). A foreskin that will not pull back (phimosis) is not this.
@pytest.mark.parametrize(("text", "age"), [
    ("I pulled my foreskin back and now it won't go back over, the end is swollen and sore", 19),
    ("his foreskin is stuck behind the head and the tip is puffy", 7),
    ("儿子把包皮撸上去了，拉不回来了，龟头又红又肿", 9),
    ("包皮卡在龟头后面了，肿得很疼", 25),
    ("paraphimosis I think, after putting the catheter in", 80),
])
def test_a_foreskin_that_will_not_come_forward_again_is_paraphimosis(text: str, age: float) -> None:
    urgency, rules = decide(text, age=age)
    assert urgency == "emergency" and "paraphimosis" in rules


@pytest.mark.parametrize("text", [
    "my foreskin is tight and won't pull back, no pain",
    "包皮有点长，能翻回去，不疼",
    "包皮翻不上去，有点紧",
    "his foreskin goes back forward fine, just a bit red",
])
def test_a_tight_foreskin_or_one_that_goes_back_is_not_paraphimosis(text: str) -> None:
    assert "paraphimosis" not in current_codes(text)


# (3) An erection not gone down across two clock times 4 or more hours apart (NHS Priapism: A&E after 4 hours).
@pytest.mark.parametrize("text", [
    "erection since 11pm last night, it's now 5am and it still hasn't gone down",
    "I've had a hard-on since 1am, its now 6am and it won't go down, it hurts",
    "从凌晨2点开始一直硬着，现在早上8点了还是没软下去，很疼",
    "从晚上10点勃起到现在凌晨3点了还没消",
])
def test_an_erection_not_gone_down_across_four_clock_hours_is_priapism(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency" and "priapism" in rules


@pytest.mark.parametrize("text", [
    "had an erection since 7am, it's now 8am, it won't go down",
    "had an erection at 2am, it went down by itself, now 8am I'm fine",
    "since 2am I've had a headache and it's now 8am",
    "从早上7点开始硬着，现在8点了还没软",
])
def test_a_short_span_or_no_erection_is_not_priapism(text: str) -> None:
    assert "priapism" not in current_codes(text)


# (4) Something thrown off a hammer that "flew up and hit my eye", goggles or no goggles, and a firecracker going off
# at a child's face (NHS Eye injuries: something hit the eye at high speed: A&E with changed sight or an eye that
# will not open).
@pytest.mark.parametrize("text", [
    "was chiselling a bolt without safety glasses and a bit flew off and hit my eye, now my vision is blurry",
    "hammering a nail, something flew up and struck my eye and its a bit blurry",
    "孩子放鞭炮，炮仗在眼前炸了，右眼睁不开",
    "烟花在脸上炸了，他说看不清东西",
])
def test_a_high_speed_fragment_or_blast_at_the_eye_with_a_danger_sign_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=12)
    assert urgency == "emergency"
    assert rules & {"high_velocity_eye_injury", "eye_injury_danger_signs", "eye_injury_with_vision_change"}


@pytest.mark.parametrize("text", ["hammering a nail and something flew up and hit my eye, it stings a bit",
                                  "hammering without goggles and a bit of metal flew into my eye"])
def test_the_hammering_mechanism_is_read_past_goggles_not_worn(text: str) -> None:
    assert "eye_high_velocity" in current_codes(text)


@pytest.mark.parametrize("text", ["放鞭炮的时候在旁边看，眼睛没事", "过年放烟花，很开心", "hammering a nail, no fragments, eye is fine"])
def test_fireworks_or_hammering_without_anything_at_the_eye_is_no_high_velocity_injury(text: str) -> None:
    assert "eye_high_velocity" not in current_codes(text)


@pytest.mark.parametrize("text", ["something hit my eye, it's a bit blurry", "got poked in the eye, and its gone blurry"])
def test_it_is_blurry_after_the_eye_is_named_is_blurred_vision(text: str) -> None:
    assert "blurred_vision" in current_codes(text)


@pytest.mark.parametrize("text", ["the photo is a bit blurry", "my eye is sore, it's not blurry"])
def test_a_blurry_photo_or_a_denied_blur_is_not_blurred_vision(text: str) -> None:
    assert "blurred_vision" not in current_codes(text)


# (5) A child who hardly responds when called (NICE NG143 red: no response to social cues): with a fever, an emergency.
@pytest.mark.parametrize("text", ["孩子发烧，叫她也不怎么理人", "宝宝发烧39度，喊他都不太应", "she has a fever and is barely responding to us"])
def test_a_feverish_child_who_hardly_responds_is_seriously_unwell(text: str) -> None:
    urgency, rules = decide(text, age=2)
    assert urgency in ("emergency", "emergency_ambulance")
    assert current_codes(text) & {"lethargic_child", "confusion", "unresponsive"}


@pytest.mark.parametrize("text", ["孩子发烧，叫她也不怎么理人", "叫他也不太搭理，软软的", "the baby is hardly reacting to us"])
def test_hardly_responding_when_called_reads_lethargic(text: str) -> None:
    assert "lethargic_child" in current_codes(text)


@pytest.mark.parametrize("text", ["孩子发烧，叫她马上就答应，精神挺好", "he's shy and doesn't talk much to strangers"])
def test_a_child_who_answers_or_is_shy_is_not_lethargic(text: str) -> None:
    assert "lethargic_child" not in current_codes(text)


# (6) The urgent readings of blind90: eczema suddenly worse with blisters bursting into punched-out sores (NICE CG57 /
# QS44: suspected eczema herpeticum, same-day specialist advice), a blistery rash after the side is named (NHS
# Shingles), fluid on the pillow said to come from the ear (NHS Ear infections), and breathing getting harder.
@pytest.mark.parametrize("text", [
    "his eczema is suddenly much worse with little blisters that burst and leave punched-out sores",
    "eczema herpeticum? she has clusters of punched out looking spots on her cheek and a temperature",
    "孩子湿疹，这两天长了很多小水泡，破了以后留下一个个小坑，发烧",
])
def test_punched_out_sores_on_eczema_are_possible_eczema_herpeticum(text: str) -> None:
    urgency, rules = decide(text, age=4)
    assert urgency in ("urgent", "emergency") and "possible_eczema_herpeticum" in rules


@pytest.mark.parametrize("text", ["his eczema is a bit dry and itchy on his elbows", "湿疹又犯了，手肘窝很痒"])
def test_an_ordinary_eczema_flare_is_not_eczema_herpeticum(text: str) -> None:
    assert "eczema_herpeticum_signs" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "burning pain on my forehead on the one side for 3 days, now a blistery rash there",
    "tingling down one side of my chest since Monday, today blistering spots came up",
])
def test_a_blistery_rash_after_the_side_is_named_is_shingles(text: str) -> None:
    assert "shingles" in current_codes(text)


@pytest.mark.parametrize("text", ["孩子耳朵疼，早上枕头上有黄水，是耳朵里流出来的", "枕头上湿了一片脓，是从耳朵流出来的"])
def test_fluid_said_to_have_come_from_the_ear_is_ear_discharge(text: str) -> None:
    assert "ear_discharge" in current_codes(text)


@pytest.mark.parametrize("text", ["枕头上湿了一块，不是耳朵流出来的", "鼻涕是从鼻子里流出来的"])
def test_fluid_not_from_the_ear_is_no_ear_discharge(text: str) -> None:
    assert "ear_discharge" not in current_codes(text)


@pytest.mark.parametrize("text", ["its getting harder to breathe", "it's harder and harder to breathe since this morning"])
def test_breathing_getting_harder_is_breathlessness(text: str) -> None:
    assert "dyspnea" in current_codes(text)


def test_breathing_no_harder_is_no_breathlessness() -> None:
    assert "dyspnea" not in current_codes("it's no harder to breathe than usual")
