"""blind50 (after hospital: an operation, a procedure, a new medicine): the expected after-effects of an operation or
procedure, read as self-care only with the operation named and no danger sign; a water-works infection after a
catheter is urgent."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize(("text", "age", "group"), [
    # bruising around the cuts (NHS Laparoscopy recovery)
    ("Three days after my keyhole appendix operation the little cuts have yellow and purple bruising round them, "
     "nothing leaking", 40, "post_op_bruising"),
    ("做完手术一周，切口旁边有一片淤青，不红不热", 55, "post_op_bruising"),
    # itching of a healing wound (NHS Scars, NICE NG125)
    ("My scar from the operation keeps itching, it has healed and is not red", 45, "healing_wound_itch"),
    ("刀口已经长好了，就是有点发痒，不红不肿", 38, "healing_wound_itch"),
    # itchy cast (NHS Broken arm or wrist)
    ("Itchy under my plaster cast, fingers warm and pink and moving", 14, "cast_itch"),
    ("打了石膏两周，里面特别痒，手指头颜色正常", 30, "cast_itch"),
    # shoulder pain after keyhole surgery (NHS Laparoscopy recovery)
    ("Since the laparoscopy yesterday my right shoulder aches, no temperature, breathing fine", 35, "lap_shoulder_pain"),
    ("微创腹腔镜做完，左肩膀酸痛，不发烧", 29, "lap_shoulder_pain"),
    # a little blood after a tooth is out
    ("Had a molar pulled this morning and there's still a bit of blood in my spit, not pouring", 30, "extraction_ooze"),
    ("今天拔了颗牙，口水里有一点血，不是一直流", 26, "extraction_ooze"),
    # blood streaks after a bronchoscopy (NHS Bronchoscopy)
    ("I had a bronchoscopy with biopsies today. Some streaks of blood in my phlegm, breathing is fine", 60,
     "bronchoscopy_blood_streaks"),
    ("今天做了支气管镜，痰里带点血丝，不喘，胸口不疼", 58, "bronchoscopy_blood_streaks"),
])
def test_expected_after_effects_are_self_care(text: str, age: float, group: str) -> None:
    assert decide(text, age=age) == ("self_care", {group})


@pytest.mark.parametrize(("text", "age"), [
    # danger words keep each after-effect off self-care
    ("Three days after keyhole surgery there's bruising round the cuts and now a fever", 40),
    ("手术后刀口周围淤青，还发烧了", 55),
    ("My operation scar is itchy and there's pus coming out and a temperature", 45),
    ("Itchy under the cast and my fingers have gone numb", 14),
    ("打了石膏，里面很痒，手指发麻", 30),
    ("After the laparoscopy my shoulder hurts and I'm short of breath", 35),
    ("Had a tooth out and the bleeding won't stop, it's pouring", 30),
    ("Had a bronchoscopy today, streaks of blood in my phlegm and a fever of 38.5", 60),
    ("做了支气管镜，痰里带血丝，胸口疼，喘不上气", 58),
])
def test_a_danger_sign_is_no_self_care(text: str, age: float) -> None:
    assert decide(text, age=age)[0] != "self_care"


@pytest.mark.parametrize("text", [
    "coughing up streaks of blood in my phlegm for a week",  # no bronchoscopy: coughing up blood stays urgent
    "痰里带血丝好几天了",
])
def test_blood_in_phlegm_without_the_procedure_stays_urgent(text: str) -> None:
    assert decide(text, age=60) == ("urgent", {"coughing_blood"})


@pytest.mark.parametrize("text", [
    "My bruise from bumping the table is purple", "itchy rash on my arm",  # no operation named
    "腿上一块淤青", "身上发痒",
    "when do my stitches come out, the scar looks fine",  # "stitches" holds no itch
])
def test_no_procedure_named_no_after_effect_code(text: str) -> None:
    codes = current_codes(text)
    assert not codes & {"post_op_bruising", "wound_itch_healing", "cast_itch", "lap_shoulder_pain", "extraction_ooze"}


def test_a_hernia_repair_or_gallbladder_surgery_is_the_operation_not_a_bulge_or_stones() -> None:
    assert "hernia" not in current_codes("the wound from my hernia repair")
    assert "gallstones" not in current_codes("I had gallbladder surgery 4 days ago")
    assert "hernia" in current_codes("I think I have a hernia in my groin")
    assert "gallstones" in current_codes("they found gallstones on the scan")


@pytest.mark.parametrize("text", [
    "My dad had his catheter taken out two days ago and now it burns when he pees and he goes every hour",
    "拔了尿管两天，现在尿频尿痛",
])
def test_water_works_infection_after_a_catheter_is_urgent(text: str) -> None:
    assert decide(text, age=70) == ("urgent", {"uti_after_catheter"})


def test_water_works_symptoms_without_a_catheter_are_not_the_catheter_rule() -> None:
    assert "uti_after_catheter" not in decide("it burns when I pee, no catheter, never had one", age=70)[1]
    assert "catheter_recent" not in current_codes("尿频尿痛两天")


@pytest.mark.parametrize("text", [
    "Five days after my bowel operation a small part of the incision has split open, no fever",
    "开刀一周，切口有一小段裂开了，不发烧",
])
def test_an_operation_wound_come_apart_a_little_is_urgent(text: str) -> None:
    assert decide(text, age=50) == ("urgent", {"surgical_wound_opened"})


def test_a_wound_come_apart_with_bowel_showing_stays_the_ambulance_flag() -> None:
    urgency, rules = decide("my tummy wound has burst open and I can see my bowel poking out", age=50)
    assert urgency == "emergency_ambulance" and "surgical_wound_burst_open" in rules


@pytest.mark.parametrize("text", [
    "My scar looks fine, when do the stitches come out? It says so on my discharge letter.",
    "伤口恢复得挺好的，想问什么时候拆线",
])
def test_a_wound_that_looks_fine_is_no_wound_to_close(text: str) -> None:
    codes = current_codes(text)
    assert "wound" not in codes and "gyn_symptoms" not in codes
    assert decide(text, age=50)[0] == "routine"


def test_a_wound_that_is_bleeding_is_still_a_wound() -> None:
    assert "wound" in current_codes("I have a wound on my leg from the fence, it is gaping")


def test_discharge_that_is_not_a_letter_is_still_a_discharge() -> None:
    assert "gyn_symptoms" in current_codes("I have a smelly discharge")
    assert "gyn_symptoms" not in current_codes("my hospital discharge summary says to rest")


@pytest.mark.parametrize("text", [
    "Had my hip replaced 5 weeks ago, there's a numb patch next to the scar, the wound has healed fine",
    "膝关节置换一个月，刀口旁边有一块皮肤发麻，伤口已经长好了",
])
def test_a_numb_patch_beside_a_healed_scar_is_self_care(text: str) -> None:
    assert decide(text, age=67) == ("self_care", {"scar_numb_patch"})


def test_numbness_after_a_fresh_cut_stays_the_emergency() -> None:
    urgency, rules = decide("I cut my hand on glass and now my finger is numb", age=30)
    assert urgency == "emergency" and "deep_wound_or_numb" in rules


def test_a_growing_raised_scar_is_a_keloid_for_dermatology() -> None:
    assert "keloid_scar" in current_codes("my scar keeps getting bigger and raised")
    assert "keloid_scar" in current_codes("胸口的疤越长越高，红红的一条")
    assert "keloid_scar" not in current_codes("the scar is flat and fading")


def test_a_bulge_beside_an_old_operation_scar_is_a_hernia() -> None:
    assert "hernia" in current_codes("a soft bulge next to the old scar from my gallbladder op, pops out when I cough")


def test_tiredness_after_pneumonia_is_the_pneumonia_recovery_advice() -> None:
    text = "肺炎住院出院十天了，还是容易累，一天比一天好"
    assert decide(text, age=60) == ("self_care", {"pneumonia_recovery"})


@pytest.mark.parametrize(("text", "code"), [
    ("他发烧，叫他半天才应一声", "unresponsive"),
    ("她这两天说话也乱，认不清人", "confusion"),
])
def test_reduced_response_said_in_everyday_chinese(text: str, code: str) -> None:
    assert code in current_codes(text)


def test_chatting_about_a_mess_is_no_confusion() -> None:
    assert "confusion" not in current_codes("家里乱七八糟的，说话声音小")


@pytest.mark.parametrize("text", [
    "Had a molar out four days ago and now the pain is getting worse and worse, going into my ear",
    "Looks like an empty hole where the clot was and it throbs",
    "拔了智齿三天，现在越来越疼，还有股怪味",
])
def test_pain_getting_worse_days_after_an_extraction_is_a_dry_socket(text: str) -> None:
    assert decide(text, age=25) == ("urgent", {"dry_socket"})


def test_toothache_without_an_extraction_is_no_dry_socket() -> None:
    assert "dry_socket" not in current_codes("my tooth has a throbbing pain for two days")


@pytest.mark.parametrize("text", [
    "I've been on allopurinol for a fortnight and now there's an itchy red rash on my tummy",
    "吃别嘌醇十来天，身上起了红疹子，痒",
])
def test_a_rash_on_allopurinol_is_urgent(text: str) -> None:
    assert decide(text, age=60) == ("urgent", {"allopurinol_rash"})


def test_allopurinol_without_a_rash_is_not_the_rash_rule() -> None:
    assert "allopurinol_rash" not in decide("I take allopurinol, my big toe aches", age=60)[1]


@pytest.mark.parametrize("text", [
    "She has a PICC line for chemo and the arm with it has swollen up, bigger than the other one",
    "手臂上放了PICC，这只胳膊肿了，比另一只粗",
])
def test_a_swollen_arm_with_a_line_in_it_is_a_possible_dvt(text: str) -> None:
    assert decide(text, age=55) == ("urgent", {"possible_arm_dvt_line"})


def test_a_line_without_a_swollen_arm_is_no_arm_dvt() -> None:
    assert "arm_swelling_line" not in current_codes("she has a PICC line for chemo, arm is not swollen")


def test_a_line_with_an_arm_said_not_swollen_in_chinese_is_no_arm_dvt() -> None:
    assert "arm_swelling_line" not in current_codes("放了PICC，胳膊不肿")


@pytest.mark.parametrize("text", [
    "The nurse said my staples need to come out at 12 days, where do I book that?",
    "出院时说两周后拆线，伤口挺好的",
])
def test_stitches_due_out_is_a_routine_surgical_booking(text: str) -> None:
    assert "suture_removal" in current_codes(text)
    assert decide(text, age=50)[0] == "routine"


def test_stitches_named_without_removal_are_not_a_booking() -> None:
    assert "suture_removal" not in current_codes("I needed six stitches in my hand")


@pytest.mark.parametrize("text", [
    "my ankles get puffy by the evening since the new tablets",
    "两条腿一到下午就肿，早上能消",
])
def test_ankles_that_swell_by_evening_are_oedema(text: str) -> None:
    assert "edema" in current_codes(text)


def test_ankles_that_do_not_swell_are_no_oedema() -> None:
    assert "edema" not in current_codes("脚踝一到晚上也不肿")


@pytest.mark.parametrize("text", ["手指割了个口子，伤口好深", "伤口好疼啊", "the wound is clean and gaping"])
def test_a_wound_described_as_very_deep_or_sore_is_not_a_healed_wound(text: str) -> None:
    codes = current_codes(text)
    assert "wound_healed" not in codes and "wound" in codes


@pytest.mark.parametrize(("text", "code"), [
    ("after the operation the wound is hot, red and itchy", "wound_itch_healing"),
    ("刀口红肿发痒", "wound_itch_healing"),
    ("since the surgery the incision is swollen and bruised", "post_op_bruising"),
    ("after the keyhole surgery I'm short of breath and my shoulder hurts", "lap_shoulder_pain"),
    ("had a tooth out, face is swollen and there's a bit of blood", "extraction_ooze"),
    ("the cast is tight and my fingers are numb and itchy", "cast_itch"),
])
def test_a_danger_word_between_the_procedure_and_the_after_effect_breaks_the_phrase(text: str, code: str) -> None:
    assert code not in current_codes(text)


def test_breathlessness_between_the_line_and_the_swollen_arm_stays_readable() -> None:
    codes = current_codes("she has a PICC line, now short of breath and her arm is swollen")
    assert "dyspnea" in codes


def test_a_context_group_wins_a_tie_with_a_generic_group() -> None:
    # tiredness after a stay for pneumonia is the pneumonia advice (90 days), not a simple headache's tiredness (3 days)
    assert decide("因为肺炎住院，出院一周了，还是容易累", age=65) == ("self_care", {"pneumonia_recovery"})
    assert "pneumonia_recovering" not in current_codes("I had pneumonia two years ago and was discharged, now tired")
