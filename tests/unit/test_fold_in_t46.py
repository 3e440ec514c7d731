"""blind46 (eyes, ENT, teeth and mouth, skin, allergies, medicine side effects, bites and stings): the emergencies its
first look under-triaged and the other misses, read for what they say, with the near-misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, fired


# Epiglottitis in an adult (NHS Epiglottitis: drooling and difficulty swallowing, call 999): "can barely swallow ...
# drooling" is saliva the patient cannot swallow, at any age.
@pytest.mark.parametrize("text", [
    "my throat got worse really fast, now I can barely swallow anything and I'm drooling into a towel, temp 38.9",
    "it's so painful to swallow that I'm drooling into a cup, I've got a fever",
    "I can hardly swallow and I'm dribbling, my throat is agony and I have a temperature",
    "喉咙痛得咽不下东西，口水直往外淌，发烧38.8",
    "嗓子疼得越来越厉害，东西咽不下去，口水一直往外流，发烧",
])
def test_an_adult_who_cannot_swallow_and_drools_is_possible_epiglottitis(text: str) -> None:
    assert "drooling_cannot_swallow" in current_codes(text)
    urgency, rules = decide(text, age=52)
    assert urgency == "emergency_ambulance" and "possible_epiglottitis" in rules


@pytest.mark.parametrize("text", [
    "sore throat for two days but I can swallow fine, no drooling",
    "嗓子疼，咽东西有点疼，能吃能喝",
    "got a cold and a scratchy throat, eating and drinking ok",
])
def test_a_sore_throat_that_swallows_fine_is_no_epiglottitis(text: str) -> None:
    assert "drooling_cannot_swallow" not in current_codes(text)
    assert "possible_epiglottitis" not in fired(text)


# Dental abscess spreading to the eye (NHS Dental abscess: A&E if the eye is swollen): "swollen" up to the eye.
@pytest.mark.parametrize("text", [
    "my tooth has been throbbing for days and now my cheek has swollen right up to my eye",
    "toothache and my face has swollen all the way up to my eye, it's half shut",
    "牙疼了三天，脸肿到眼睛了，眼睛都睁不太开",
])
def test_toothache_with_swelling_up_to_the_eye_is_an_emergency(text: str) -> None:
    assert "eye_swelling" in current_codes(text)
    urgency, rules = decide(text, age=29)
    assert urgency == "emergency" and "dental_abscess_eye_swelling" in rules


@pytest.mark.parametrize("text", ["toothache but no swelling at all", "牙疼，脸不肿，也不发烧"])
def test_toothache_without_swelling_is_no_emergency(text: str) -> None:
    assert decide(text, age=29)[0] not in ("emergency", "emergency_ambulance")


# Periorbital / orbital cellulitis (NICE NG141, NICE CKS Cellulitis): a swollen eyelid with a fever or pain on
# moving the eye goes to hospital.
@pytest.mark.parametrize("text", [
    "my 5 year old's eyelid has gone red and really swollen and she's got a fever of 39.2",
    "her eyelid is swollen and it hurts her to move her eye",
    "he's got a swollen eye and says it's painful when he looks to the side",
    "孩子左眼皮又红又肿，睁不开，发烧39度",
    "眼皮肿了，转眼珠就疼",
])
def test_a_swollen_eyelid_with_fever_or_painful_eye_movement_is_possible_orbital_cellulitis(text: str) -> None:
    urgency, rules = decide(text, age=5)
    assert urgency == "emergency" and "possible_orbital_cellulitis" in rules


@pytest.mark.parametrize("text", [
    "my eyelids are a bit puffy with my hay fever, no temperature",
    "花粉过敏眼皮有点肿，没发烧",
    "I have a stye on my eyelid, it's a bit swollen",
    "右眼下眼皮边上长了个小疙瘩，红红的有点疼",
    "my neck hurts when I look up",
])
def test_puffy_eyelids_without_fever_or_a_stye_are_no_orbital_cellulitis(text: str) -> None:
    assert "possible_orbital_cellulitis" not in fired(text)


# A fragment thrown into the eye at high speed (NHS Eye injuries): hammering, chiselling, grinding, power tools.
@pytest.mark.parametrize("text", [
    "was hammering a metal chisel and something flew into my right eye, my vision's a bit off",
    "I was hammering a nail into a steel plate and something flew into my left eye, now my vision is blurry",
    "a bit of metal shot into his eye while he was using the angle grinder and his vision is blurred",
    "用锤子敲凿子，有个东西崩到右眼里了，现在看东西模糊",
    "打磨铁管的时候铁屑飞进眼睛了，看不清东西",
])
def test_a_high_speed_fragment_with_changed_vision_is_an_emergency(text: str) -> None:
    assert "eye_high_velocity" in current_codes(text)
    urgency, rules = decide(text, age=42)
    assert urgency == "emergency" and "high_velocity_eye_injury" in rules


def test_a_high_speed_fragment_with_clear_vision_is_a_same_day_eye_injury() -> None:
    # blind5 vzh-031 (a corneal foreign body after grinding, vision clear) is labelled urgent
    text = "在厂里打磨铁件时有个东西崩进眼睛里了，磨得疼，流眼泪，看东西还算清楚"
    assert "eye_high_velocity" in current_codes(text)
    assert decide(text, age=41) == ("urgent", {"eye_injury"})


@pytest.mark.parametrize("text", [
    "got some dust in my eye while sweeping, rinsed it out and it's fine",
    "扫地的时候灰进了眼睛，冲了一下就好了",
    "I was hammering all day and my arm aches",
])
def test_dust_rinsed_out_is_no_high_speed_injury(text: str) -> None:
    assert "eye_high_velocity" not in current_codes(text)
    assert "high_velocity_eye_injury" not in fired(text)


# Blunt injury with blood in front of the iris (hyphaema) or a blow named 抽到/踢到/smacked (NHS Eye injuries: A&E).
@pytest.mark.parametrize("text", [
    "a squash ball smacked me in the eye and there's a layer of blood at the bottom of the coloured part",
    "got whacked in the eye by a tennis ball, now there's blood pooled at the bottom of the iris",
    "打球被球抽到左眼，黑眼珠下面积了一层血",
    "被网球打中左眼，眼睛里积了血",
])
def test_a_blow_to_the_eye_with_blood_in_front_of_the_iris_is_an_emergency(text: str) -> None:
    assert "hyphaema" in current_codes(text)
    urgency, rules = decide(text, age=22)
    assert urgency == "emergency" and "eye_injury_with_vision_change" in rules


@pytest.mark.parametrize("text", ["打羽毛球被球抽到右眼了", "踢球的时候被踢到眼睛了", "the shuttlecock smacked me in the eye"])
def test_struck_in_the_eye_is_an_eye_injury(text: str) -> None:
    assert "eye_injury" in current_codes(text)


@pytest.mark.parametrize("text", ["眼皮一直抽，跳了好几天", "my eyelid keeps twitching"])
def test_a_twitching_eyelid_is_no_eye_injury(text: str) -> None:
    assert "eye_injury" not in current_codes(text)


# A denial that opens an "or" list reaches past "my" ("never had any swelling of my lips or trouble breathing").
@pytest.mark.parametrize("text", [
    "itchy welts on and off for two months, never had any swelling of my lips or trouble breathing",
    "hives again, no swelling in my face or difficulty breathing",
])
def test_a_denied_or_list_denies_the_breathing_finding(text: str) -> None:
    assert "dyspnea" not in current_codes(text)
    assert decide(text, age=41)[0] not in ("emergency", "emergency_ambulance")


def test_breathing_trouble_stated_after_a_denial_still_counts() -> None:
    assert "dyspnea" in current_codes("no fever, but now I'm having trouble breathing")


# Boxes of medicine that did not cure the illness are a treatment that failed, not an overdose.
@pytest.mark.parametrize("text", ["鼻子堵了三个月，吃了好几盒药也没好利索", "咳嗽一个月，吃了好几盒药还是不见好"])
def test_medicine_that_did_not_cure_is_no_overdose(text: str) -> None:
    assert "overdose_poisoning" not in current_codes(text)


@pytest.mark.parametrize("text", ["吞了一整瓶安眠药，现在很困", "他吃了好几盒药，叫不太醒"])
def test_a_swallowed_bottle_is_still_an_overdose(text: str) -> None:
    assert "overdose_poisoning" in current_codes(text)


# Raised, pimply spots are not pinprick (non-blanching) spots (NHS Heat rash: small raised spots).
def test_tiny_raised_pimply_dots_are_no_nonblanching_rash() -> None:
    assert "nonblanching_rash" not in current_codes("my 5 month old has tiny red pimply dots on his neck after being wrapped up warm")
    assert "nonblanching_rash" in current_codes("she has tiny red spots that don't fade when I press a glass on them")


# Sudden hearing loss (NHS Hearing loss: urgent): an ear that is muffled on waking, 突然听不太清.
@pytest.mark.parametrize("text", [
    "woke up yesterday and my left ear is just muffled, like it's full of cotton wool",
    "昨天早上起来右耳朵突然听不太清了",
    "右耳突然听不大见了",
])
def test_an_ear_suddenly_muffled_is_sudden_hearing_loss(text: str) -> None:
    assert "hearing_loss_sudden" in current_codes(text)
    assert decide(text, age=45) == ("urgent", {"sudden_hearing_loss"})


def test_an_ear_blocked_with_wax_for_a_week_is_no_sudden_hearing_loss() -> None:
    assert "hearing_loss_sudden" not in current_codes("my right ear's felt blocked and a bit muffled for about a week, I get wax a lot")


# A cat that scratched and bit while being fed (狂犬病暴露预防处置工作规范: 咬伤、抓伤).
@pytest.mark.parametrize("text", ["下午喂流浪猫被挠了还被咬了一口，手背上两个小洞", "逗邻居家的狗被咬了一口"])
def test_handling_an_animal_then_bitten_is_an_animal_bite(text: str) -> None:
    assert "animal_bite" in current_codes(text)


def test_feeding_a_cat_without_a_bite_is_no_animal_bite() -> None:
    assert "animal_bite" not in current_codes("每天喂流浪猫，没被咬也没被抓")


# Cellulitis (NHS Cellulitis: red, painful, hot, swollen skin -> urgent GP): "it's hot, sore and swollen".
@pytest.mark.parametrize("text", [
    "red patch on my shin near a scrape, it's hot, sore and swollen and bigger than yesterday",
    "the skin around the cut feels warm, tender and swollen",
])
def test_hot_sore_swollen_skin_is_a_skin_infection(text: str) -> None:
    assert "skin_infection" in current_codes(text)
    assert "fever" not in current_codes(text)


def test_a_hot_room_is_no_skin_infection() -> None:
    assert "skin_infection" not in current_codes("it's hot in here and I'm sweating")


# A burst blood vessel after a coughing fit (NHS Red eye): self-care, in both languages.
@pytest.mark.parametrize("text", [
    "bright red blotch on the white of my left eye after a bad coughing fit, no pain, vision normal",
    "左眼白眼珠上有一块鲜红的，像出血了一样，不疼，昨天咳嗽咳得挺厉害",
])
def test_a_red_patch_on_the_white_of_the_eye_after_coughing_is_self_care(text: str) -> None:
    assert "subconj_haemorrhage" in current_codes(text)
    assert decide(text, age=64) == ("self_care", {"burst_blood_vessel_in_eye"})


def test_a_hum_in_the_ear_is_a_hearing_problem() -> None:
    assert "hearing_problem" in current_codes("a constant high-pitched hum in my right ear for months")
