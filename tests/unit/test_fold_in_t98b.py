"""blind98 (fevers, rashes and infections): the routine and self-care misreadings and the department misses, each read
as a family, with the near misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, department_group, service_decide


# (1) A baby's fever in the two days after the 8 week jabs, under 39C and nothing else wrong, is the expected fever
# (UKHSA Using paracetamol to prevent and treat fever after MenB vaccination; NHS MenB vaccine; NICE NG143 footnote:
# some vaccinations induce fever in babies under 3 months): self-care, not the infant_fever red flag.
@pytest.mark.parametrize("text", [
    "she had her 8 week jabs this morning and tonight her temp is 38.4, feeding ok",
    "my 2 month old had his immunisations yesterday, temperature 38.6 now, a bit unsettled",
    "宝宝两个月，今天上午打了疫苗，晚上体温38.3度，吃奶还可以",
    "昨天刚打完预防针，宝宝8周，今天烧到38.5，精神还好",
])
def test_a_mild_fever_in_the_two_days_after_the_jabs_is_self_care(text: str) -> None:
    assert service_decide(text, age=0, sex="F") == ("self_care", {"after_vaccination"})


@pytest.mark.parametrize("text", [
    "my 7 week old had her jabs this morning, temp 38.4 and she won't feed",       # another sign of illness
    "she had her 8 week jabs yesterday, temp 38.2 and she's floppy",
    "宝宝两个月，今天打了疫苗，发烧38.3，不肯吃奶",
    "宝宝两个月，今天打了疫苗，发烧38.3，吐了两次",
    "my 8 week old had jabs yesterday, temp 39.2",                                 # 39C or more
    "8 week old, jabs this morning, feels hot",                                    # no temperature stated
    "my 6 week old had her jabs last week and now has a temp of 38.2",            # not in the last two days
    "宝宝7周，发烧38.3，还没打疫苗",                                                 # no jabs
])
def test_a_babys_fever_with_other_signs_high_or_away_from_the_jabs_stays_an_emergency(text: str) -> None:
    assert decide(text, age=0)[0] == "emergency"


@pytest.mark.parametrize("text", ["had her jabs today, temp 38.3", "宝宝今天上午打的疫苗，晚上38度5", "vaccinations yesterday, temp 38.2"])
def test_jabs_today_or_yesterday_are_read_as_the_last_two_days(text: str) -> None:
    assert "vaccinated_last_2_days" in current_codes(text)


@pytest.mark.parametrize("text", ["he had his jabs last week", "打疫苗之前能洗澡吗", "he hasn't had his jabs yet"])
def test_jabs_not_in_the_last_two_days_are_not(text: str) -> None:
    assert "vaccinated_last_2_days" not in current_codes(text)


@pytest.mark.parametrize(("text", "below39"), [("temp 38.6", True), ("a bit hot 38.1", True), ("体温39.2度", False),
                                               ("烧到39度", False), ("temp 38.6 earlier, now 39.4", False)])
def test_a_temperature_under_39_is_read_only_when_every_value_is(text: str, below39: bool) -> None:
    assert ("temperature_below_39" in current_codes(text)) is below39


# (2) A cold with the fever denied is the NHS Common cold page's (look after yourself at home; see a GP for a high
# temperature, over 3 weeks, breathing trouble), also over 65 and in pregnancy: NHS Flu's urgent advice for those groups
# is for flu symptoms, a sudden high temperature among them. blind98 t98z-008 (pregnant), t98z-029 (aged 72).
@pytest.mark.parametrize(("text", "age", "sex"), [
    ("I'm 70, got a bad cold, runny nose and sneezing, no fever, eating fine", 70, "M"),
    ("我妈78了，着凉感冒了，流鼻涕，咳两声，没发烧，吃饭正常", 78, "F"),
    ("怀孕20周，感冒三天了，流鼻涕打喷嚏，没有发烧", 30, "F"),
    ("I'm 16 weeks pregnant and have a bit of a cold, runny nose and a tickly cough, no fever", 31, "F"),
])
def test_a_cold_with_the_fever_denied_is_self_care_over_65_and_in_pregnancy(text: str, age: int, sex: str) -> None:
    assert service_decide(text, age=age, sex=sex) == ("self_care", {"common_cold_no_fever"})


@pytest.mark.parametrize(("text", "age", "sex"), [
    ("我妈78了，感冒了，发烧38度5，咳嗽", 78, "F"),                          # a fever
    ("怀孕20周，感冒了，发烧38度", 30, "F"),
    ("I'm 70 with flu, feverish and aching", 70, "M"),
    ("怀孕了，感冒两天，流鼻涕", 30, "F"),                                    # fever not denied: unchanged
    ("我妈75了，感冒了，没发烧，咳嗽流鼻涕，有点喘不上气", 75, "F"),          # breathless
])
def test_a_cold_with_a_fever_or_other_signs_over_65_or_pregnant_is_not_self_care(text: str, age: int, sex: str) -> None:
    assert service_decide(text, age=age, sex=sex)[0] != "self_care"


@pytest.mark.parametrize(("text", "denied"), [("感冒了，不发烧", True), ("cold, no fever", True), ("没发烧，咳嗽", True),
                                              ("发烧38度，不咳嗽", False), ("she has a fever", False)])
def test_a_denied_fever_is_read_only_when_no_fever_is_read(text: str, denied: bool) -> None:
    assert ("fever_denied" in current_codes(text)) is denied


# (3) Glandular fever named is that illness, not a fever read now (NHS Glandular fever: see a GP if you think you have
# it, non-urgent; the sore throat and tiredness usually go in 2 to 3 weeks). blind98 t98e-031.
@pytest.mark.parametrize("text", [
    "my flatmate has glandular fever and now I've had a sore throat and swollen glands for 10 days, really tired",
    "think I've got glandular fever, sore throat 2 weeks, exhausted",
    "室友得了传染性单核细胞增多症，我嗓子疼了十来天，特别累，脖子淋巴结肿",
    "医生说可能是腺热，嗓子疼两周了，乏力",
])
def test_glandular_fever_named_is_a_routine_gp_visit_not_a_fever(text: str) -> None:
    assert "glandular_fever" in current_codes(text)
    assert "fever" not in current_codes(text)
    assert decide(text, age=19)[0] == "routine"


@pytest.mark.parametrize("text", ["had a sore throat for 10 days, not getting better", "嗓子疼了十天了，一直不好"])
def test_a_sore_throat_over_a_week_without_glandular_fever_stays_urgent(text: str) -> None:
    assert service_decide(text, age=19, sex="F")[1] == {"sore_throat_over_a_week"}


@pytest.mark.parametrize("text", ["glandular fever, now can't breathe properly and can't swallow",
                                  "腺热，现在呼吸困难，口水都咽不下去"])
def test_glandular_fever_with_breathing_trouble_stays_an_emergency(text: str) -> None:
    assert decide(text, age=19)[0] in ("emergency", "emergency_ambulance")


@pytest.mark.parametrize("text", ["sore throat and swollen glands for 10 days", "sore throat with swollen tonsils for 3 days",
                                  "throat sore and swollen neck glands since Monday"])
def test_swollen_glands_or_tonsils_after_a_sore_throat_are_not_the_throat_closing(text: str) -> None:
    assert "throat_tightness" not in current_codes(text)


@pytest.mark.parametrize("text", ["my throat is swollen and i can't swallow", "throat feels swollen, hard to breathe",
                                  "throat and tongue swelling up after peanuts"])
def test_a_swollen_or_closing_throat_is_still_read(text: str) -> None:
    assert "throat_tightness" in current_codes(text)


# (4) Athlete's foot and ringworm in lay words (NHS Athlete's foot: itchy white, peeling, cracked skin between the toes,
# a pharmacist can help; NHS Ringworm: a ring-shaped scaly itchy patch, the middle often clearer). blind98 t98e-007
# (was a cold white limb), t98z-026 (found no department).
@pytest.mark.parametrize("text", [
    "the skin in between his toes is white, soggy and splitting",
    "itchy skin between my toes that keeps peeling",
    "腿上长了个圈圈，边上一圈起皮，痒",
    "胳膊上起了个圆圈，中间好了，边上一圈红红的",
])
def test_lay_athletes_foot_and_ringworm_are_fungal_skin(text: str) -> None:
    codes = current_codes(text)
    assert "fungal_skin" in codes
    assert "cold_limb" not in codes


@pytest.mark.parametrize("text", ["my toes are white and cold and numb", "toes went white in the cold then red"])
def test_white_cold_toes_are_not_athletes_foot(text: str) -> None:
    assert "fungal_skin" not in current_codes(text)


def test_athletes_foot_with_diabetes_is_not_self_care() -> None:
    assert decide("diabetic, the skin between my toes is cracked and itchy", age=60)[0] != "self_care"


# (5) Impetigo in lay words (NHS Impetigo: sores or blisters that leave crusty golden-brown patches; ask a pharmacist,
# Pharmacy First from the age of 1; a GP with a high temperature, feeling unwell, or under 1). blind98 t98e-032.
@pytest.mark.parametrize("text", [
    "my daughter has honey coloured crusts around her mouth, otherwise fine",
    "孩子嘴巴周围长了几个小疱，破了以后结了金黄色的痂，精神好",
    "she's got impetigo on her chin, a small patch",
    "鼻孔下面长了黄水疮，一小块，孩子精神挺好",
])
def test_impetigo_in_a_well_child_is_self_care(text: str) -> None:
    assert decide(text, age=4) == ("self_care", {"impetigo_pharmacy"})


@pytest.mark.parametrize(("text", "age"), [
    ("黄水疮，鼻子下面一片，孩子发烧38.5", 4),                        # a fever
    ("crusty golden sores on his face and he has a temperature", 4),
    ("my baby has crusty golden scabs on his chin", 0.5),                # under 1
])
def test_impetigo_with_a_fever_or_in_a_baby_is_not_self_care(text: str, age: float) -> None:
    assert decide(text, age=age)[0] != "self_care"


@pytest.mark.parametrize("text", ["burnt my hand on the oven and it blistered", "scab on my knee from a fall"])
def test_a_burn_blister_or_a_plain_scab_is_not_impetigo(text: str) -> None:
    assert "impetigo" not in current_codes(text)


# (6) A pharmacy antifungal tried without help is for a GP (NHS Fungal nail infection, Athlete's foot, Ringworm: see a GP
# if the pharmacy treatment has not worked). blind98 t98e-017 (toenail, a year of paint from Boots), t98z-026 (达克宁).
@pytest.mark.parametrize("text", [
    "athlete's foot, used canesten for 2 weeks and it hasn't helped",
    "thick yellow toenail, been using the nail paint from the chemist for months, no better",
    "脚气，用了达克宁快三周了，一点都没好转",
    "灰指甲，药店买的药水涂了半年，没啥变化",
])
def test_a_fungal_infection_the_pharmacy_treatment_has_not_helped_is_routine(text: str) -> None:
    assert "skin_treatment_not_helped" in current_codes(text)
    assert decide(text, age=40)[0] == "routine"


@pytest.mark.parametrize("text", ["脚气，用了达克宁好多了", "thick yellow toenail, just started using the nail paint from boots",
                                  "athlete's foot, canesten is working well"])
def test_a_fungal_infection_the_pharmacy_treatment_is_helping_stays_self_care(text: str) -> None:
    assert decide(text, age=40)[0] == "self_care"


# (7) Thrush like before in Chinese lay words (NHS Thrush in men and women: a pharmacist can help if you have had thrush
# diagnosed before; a GP if it keeps coming back, more than twice in 6 months): "又是霉菌性阴道炎，老毛病了", a discharge
# like cottage cheese (豆腐渣样白带), and "一年一两次" is how often, not how long. blind98 t98z-036.
@pytest.mark.parametrize("text", [
    "又是霉菌性阴道炎，老毛病了，豆腐渣样白带，外阴很痒",
    "霉菌性阴道炎老毛病又犯了，白带像豆腐渣，痒",
    "又得了霉菌性阴道炎，一年一两次，豆腐渣一样的白带",
])
def test_thrush_like_before_is_self_care(text: str) -> None:
    assert service_decide(text, age=30, sex="F") == ("self_care", {"thrush_recognised"})


@pytest.mark.parametrize("text", [
    "又是霉菌性阴道炎，豆腐渣样白带，还有点发烧",          # a fever
    "怀孕了，又是霉菌性阴道炎，豆腐渣样白带",              # pregnant
    "白带像豆腐渣，外阴痒",                                # the first time
])
def test_thrush_with_a_fever_in_pregnancy_or_the_first_time_is_not_self_care(text: str) -> None:
    assert service_decide(text, age=30, sex="F")[0] != "self_care"


@pytest.mark.parametrize(("text", "days"), [("老毛病了一年一两次，这次三天了", 3.0), ("I get it twice a year, this time 3 days", 3.0),
                                            ("咳嗽一年了", 365.0), ("头疼一个月好几次", 30.0)])
def test_how_often_is_not_how_long(text: str, days: float) -> None:
    from tools.slots import parse_duration_days
    assert parse_duration_days(text) == days


# (8) Departments for two rashes that found none: boils that keep coming (NHS Boils: see a GP if you keep getting them,
# non-urgent) and genital warts in lay words (NHS Genital warts: small growths that may look like a cauliflower; a
# sexual health clinic or GP): 皮肤科, routine. blind98 t98e-046, t98e-020.
@pytest.mark.parametrize(("text", "code"), [
    ("I keep getting boils on my neck, another one came up this week", "recurrent_boils"),
    ("老是长疖子，这个月第三个了", "recurrent_boils"),
    ("boils keep coming back under my arms", "recurrent_boils"),
    ("noticed a few little warts on my penis, like tiny cauliflowers", "genital_warts"),
    ("外阴长了几个菜花样的小疙瘩，不痛不痒", "genital_warts"),
    ("包皮上长了几个菜花一样的小肉粒", "genital_warts"),
])
def test_recurrent_boils_and_genital_warts_are_a_routine_dermatology_visit(text: str, code: str) -> None:
    assert code in current_codes(text)
    assert decide(text, age=30)[0] == "routine"
    assert department_group(text, age=30) == "皮肤科"


@pytest.mark.parametrize("text", ["I have a boil on my thigh, it's really painful", "boil on my face, skin around it hot and swollen"])
def test_a_single_boil_stays_an_abscess(text: str) -> None:
    assert "recurrent_boils" not in current_codes(text)
    assert decide(text, age=30)[0] == "urgent"


@pytest.mark.parametrize("text", ["cauliflower ear after rugby", "had cauliflower cheese for tea and now my tummy hurts"])
def test_a_cauliflower_elsewhere_is_not_genital_warts(text: str) -> None:
    assert "genital_warts" not in current_codes(text)
