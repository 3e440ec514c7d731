"""blind107 (skin, eyes, ears, nose, throat, mouth) and blind108 (messages at night or weekends): the under-triaged
emergencies of the first look, each read as a family, the self-care, urgent and department readings folded with them,
and the near misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, service_decide

EMERGENT = ("emergency", "emergency_ambulance")


# (1) Saliva or drink that cannot be swallowed and is spat into a cup or bowl is the drooling of NHS Epiglottitis (call
# 999); the throat said to have started hurting, the voice 'all muffled', sitting leaning forward (blind107 t107e-029).
@pytest.mark.parametrize("text", [
    "my throat is killing me, I can't swallow anything so I keep spitting into a bowl, and there's a squeaky noise when I breathe in",
    "sore throat since this morning, can't swallow my saliva, spitting it into tissues, have to sit leaning forward to breathe",
    "throat started to hurt last night, now cannot swallow so spitting into a cup, voice is all muffled",
])
def test_a_throat_that_cannot_swallow_and_spits_into_a_cup_is_possible_epiglottitis(text: str) -> None:
    urgency, rules = service_decide(text, 40)
    assert urgency == "emergency_ambulance" and "possible_epiglottitis" in rules


def test_spitting_out_mouthwash_with_a_sore_throat_is_no_drooling() -> None:
    text = "sore throat, I can swallow fine, just spitting out the mouthwash into the sink"
    assert "drooling_cannot_swallow" not in current_codes(text)
    assert service_decide(text, 30)[0] not in EMERGENT


@pytest.mark.parametrize("text", ["Throat started hurting this morning", "my throat began to hurt after the match"])
def test_a_throat_that_started_hurting_is_a_sore_throat(text: str) -> None:
    assert "sore_throat" in current_codes(text)


# (2) The skin coming off at a touch said with the touch first ("一碰皮就掉"): NHS Stevens-Johnson syndrome (blind107
# t107z-038, allopurinol).
@pytest.mark.parametrize("text", ["吃了卡马西平两周，全身起红疹，一摸皮就掉，嘴里都烂了", "孩子发烧两天，身上起了好多红斑，轻轻一碰皮肤就脱"])
def test_skin_that_comes_off_at_a_touch_with_a_rash_is_a_severe_skin_reaction(text: str) -> None:
    urgency, rules = service_decide(text, 40)
    assert urgency == "emergency" and "severe_skin_reaction" in rules


@pytest.mark.parametrize("text", ["晒伤了，后背一碰皮就掉", "手上起了个水泡，一碰就破了"])
def test_sunburn_peeling_or_a_burst_blister_is_not_a_severe_skin_reaction(text: str) -> None:
    assert "severe_skin_reaction" not in service_decide(text, 30)[1]


# (3) Black phlegm said after the cough ("咳出来的痰是黑的"): smoke breathed in (NHS Burns and scalds), with a hoarse voice
# or harder breathing the smoke-inhalation red flag (blind107 t107z-041).
@pytest.mark.parametrize("text", [
    "家里着火了 他咳出来的痰都是黑的 喘气越来越费劲",
    "厨房起火 我吐出来的痰带黑灰 嗓子哑了",
    "after the house fire the phlegm I'm coughing up is black and I'm short of breath",
])
def test_black_phlegm_after_a_fire_with_breathing_or_voice_change_is_smoke_inhalation(text: str) -> None:
    urgency, rules = service_decide(text, 40)
    assert urgency == "emergency_ambulance" and "smoke_inhalation_breathing" in rules


@pytest.mark.parametrize("text", ["感冒一个礼拜 咳出来的痰是黄的", "咳出来的痰是白的 有点喘"])
def test_yellow_or_white_phlegm_is_no_smoke(text: str) -> None:
    assert "smoke_inhalation" not in current_codes(text)


# (4) A fragment 嘣 into the eye from a tool (a variant of 崩/蹦): NHS Eye injuries, something hit the eye at high speed
# (blind107 t107z-045).
@pytest.mark.parametrize("text", ["用砂轮打磨铁件 有个铁屑嘣进右眼了 看东西模糊", "拿锤子敲钉子 一个东西嘣到左眼里了 现在看不清"])
def test_a_fragment_that_shot_into_the_eye_with_blurred_sight_is_a_high_velocity_eye_injury(text: str) -> None:
    urgency, rules = service_decide(text, 35)
    assert urgency == "emergency" and "high_velocity_eye_injury" in rules


def test_a_bang_that_made_someone_jump_is_no_eye_injury() -> None:
    assert not current_codes("嘣的一声鞭炮响 吓了一跳 眼睛没事") & {"eye_injury", "eye_high_velocity"}


# (5) Movements compared with the usual and found fewer ("动得比平时少", "没有平时那么多"): NHS Your baby's movements,
# contact the maternity unit now (blind108 t108z-014).
@pytest.mark.parametrize("text", ["怀孕32周，今天宝宝踢得比平时少很多", "孕36周 这两天胎儿动得比以前弱了", "怀孕30周 今天宝宝动得没有平时那么多"])
def test_a_baby_moving_less_than_usual_is_reduced_fetal_movements(text: str) -> None:
    urgency, rules = service_decide(text, 30, "F")
    assert urgency == "emergency" and "reduced_fetal_movements" in rules


def test_a_baby_moving_more_than_usual_is_not_reduced_movements() -> None:
    assert "reduced_fetal_movements" not in current_codes("怀孕32周，今天宝宝动得比平时多，踢得很欢")


# (6) A child who looks as usual after an adult's tablets ("现在看着跟平时一样") is how the child is now, not the tablets
# taken as usual (NHS Poisoning: A&E even with no symptoms; blind108 t108z-016, amlodipine).
@pytest.mark.parametrize("text", ["孩子2岁 刚把奶奶的降糖药翻出来了 少了两片 现在看起来跟平时一样", "儿子把爷爷的降压药吃了3片 现在精神跟平时一样",
                                  "孩子3岁 把姥爷的降压药翻出来了 药板上少了2片 现在看着跟平时一样在玩"])
def test_a_child_looking_as_usual_after_an_adults_tablets_stays_an_ingestion(text: str) -> None:
    assert service_decide(text, 3)[0] in EMERGENT


def test_ones_own_blood_pressure_tablet_taken_as_usual_is_no_overdose() -> None:
    assert "overdose_poisoning" not in current_codes("我今天早上的降压药跟平时一样吃的")


# (7) A rash on lamotrigine (Lamictal SmPC/leaflet, MHRA/BNF: contact a doctor at once; blind107 t107e-027).
@pytest.mark.parametrize("text", ["started lamotrigine 4 weeks ago, now I have an itchy rash on my back", "拉莫三嗪加量以后身上起了红疹子"])
def test_a_rash_on_lamotrigine_is_urgent(text: str) -> None:
    urgency, rules = service_decide(text, 30)
    assert urgency == "urgent" and "lamotrigine_rash" in rules


def test_lamotrigine_without_a_rash_is_not_the_rash_rule() -> None:
    assert "lamotrigine_rash" not in service_decide("on lamotrigine for years, need a repeat prescription", 30)[1]


# (8) Everyday words for a mouth ulcer, a blocked ear, grit that will not rinse out, quinsy's mouth and voice, insomnia
# for weeks, a cold, a patch of hair gone, misty sight and a band-like headache (NHS Mouth ulcers, Earwax build-up, Eye
# injuries, Quinsy, Insomnia, Common cold, Alopecia areata, Cataracts, Tension headaches).
@pytest.mark.parametrize("text, code", [
    ("got a small white sore inside my lip, hurts when I eat", "mouth_ulcer"),
    ("there's a painful yellowish spot on my tongue since Monday", "mouth_ulcer"),
    ("my ear is all bunged up since swimming, no pain", "ear_blocked"),
    ("ear bunged up for a week", "ear_blocked"),
    ("got dust in my eye at work, rinsed it out but it still feels like something's stuck in there", "eye_irritant_persists"),
    ("tonsillitis for 5 days, the left side is much worse and I'm not able to open my mouth properly", "quinsy_signs"),
    ("sore throat getting worse, my voice has become muffled", "quinsy_signs"),
    ("I haven't slept properly for months, wake at 3 every night", "insomnia"),
    ("havent slept well in weeks", "insomnia"),
    ("full of cold, sneezing and a blocked nose", "cold_flu"),
    ("头顶掉了一块头发 圆形的 不痒", "hair_loss"),
    ("孩子后脑勺斑秃了一小块", "hair_loss"),
    ("我爸这一年看东西越来越花 像蒙着一层雾", "blurred_vision"),
    ("头两边像被箍着一样疼 加班累的", "headache"),
])
def test_everyday_words_read_their_symptom(text: str, code: str) -> None:
    assert code in current_codes(text)


@pytest.mark.parametrize("text, code", [
    ("my hands were full of cold water from the sink", "cold_flu"),
    ("这个月花钱越来越多", "blurred_vision"),
    ("my nose is bunged up with a cold", "ear_blocked"),
])
def test_look_alikes_do_not_read_the_symptom(text: str, code: str) -> None:
    assert code not in current_codes(text)


# (9) A stroke named as what the internet says an eyelid twitch could be is a worry, not a sign (NHS Stroke names the
# signs; NHS Eye twitching: usually harmless; blind107 t107z-032); a face that dropped stays a stroke.
def test_a_stroke_the_internet_suggests_for_a_twitch_is_a_worry() -> None:
    urgency, rules = service_decide("眼皮跳了好几天 网上说是中风前兆 吓死了", 30)
    assert "stroke_suspected" not in current_codes("右眼皮跳了一个礼拜 网上说可能是中风前兆") and urgency == "self_care"


def test_a_face_that_dropped_with_slurred_speech_stays_a_stroke() -> None:
    urgency, rules = service_decide("我爸突然嘴歪了 说话不清楚 可能是中风", 70)
    assert urgency == "emergency_ambulance" and "stroke_signs" in rules


# (10) Redness or swelling behind the ear, or the ear sticking out, with an earache, an ear infection or a temperature
# (NHS Mastoiditis: urgent GP appointment or NHS 111; blind107 t107z-036); a gland behind the ear alone is not this.
@pytest.mark.parametrize("text, age", [
    ("4 year old, ear infection last week, now fever and the area behind his ear is red and swollen", 4),
    ("earache for a week and now it's swollen and tender behind my ear, temperature 38.5", 30),
    ("孩子中耳炎刚好 又发烧了 耳朵后面红肿 耳朵往前支出来了", 5),
])
def test_swelling_behind_the_ear_with_an_ear_infection_or_fever_is_possible_mastoiditis(text: str, age: int) -> None:
    urgency, rules = service_decide(text, age)
    assert urgency == "urgent" and "possible_mastoiditis" in rules


def test_a_swollen_gland_behind_the_ear_alone_is_not_mastoiditis() -> None:
    assert "possible_mastoiditis" not in service_decide("swollen gland behind my ear, no pain otherwise, no temperature", 30)[1]


# (11) Tummy pain said to grumble (隐隐作痛) after the tummy is named, in waves or not: with a positive test the existing
# early-pregnancy rule decides (NHS Ectopic pregnancy: urgent GP or 111; blind108 t108z-018).
@pytest.mark.parametrize("text", ["上周测出来两道杠 今天左边小肚子一阵一阵隐隐作痛", "怀孕6周 下腹一阵阵隐隐作疼"])
def test_a_grumbling_tummy_pain_in_early_pregnancy_is_urgent(text: str) -> None:
    urgency, rules = service_decide(text, 27, "F")
    assert urgency == "urgent" and "pregnancy_pain_or_bleeding" in rules


@pytest.mark.parametrize("text", ["My 6 week old has white patches on his tongue and inside his cheeks that don't wipe off",
                                  "white spots on her tongue that won't rub off"])
def test_white_patches_in_a_babys_mouth_are_not_read_as_an_ulcer(text: str) -> None:
    assert "mouth_ulcer" not in current_codes(text)
