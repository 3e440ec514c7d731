"""fold-t141: blind141 (tummies, bowels, urine and kidneys) folded in: each class with its look-alikes."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, fired, service_decide

# --- 1. a young child dehydrated, floppy, with cold hands and feet: shock (NICE CG84; NICE NG143 red) ---


@pytest.mark.parametrize("text", [
    "baby girl 3 months, runny poos and being sick for 2 days. no wet nappy since last night. the soft spot on her head "
    "looks sunken, hands and feet are cold and she's really floppy, not waking properly for feeds",
    "my 10 month old has had diarrhoea for 2 days, no wet nappies today, he's gone floppy and his feet are freezing",
    "宝宝5个月，拉肚子吐了两天，尿不湿半天都是干的，囟门凹下去了，手脚冰凉，软绵绵的",
])
def test_child_dehydration_with_shock_signs_is_an_ambulance(text: str) -> None:
    assert decide(text, 0.4)[0] == "emergency_ambulance"


def test_cold_hands_said_before_a_floppy_child_are_not_a_weak_limb() -> None:
    codes = current_codes("hands and feet are cold and she's really floppy")
    assert "limb_weakness" not in codes and {"lethargic_child", "cold_hands_feet"} <= codes
    # an adult's arms that went weak are still a weak limb
    assert "limb_weakness" in current_codes("my arms have gone weak and floppy since this morning")


@pytest.mark.parametrize("text", [
    "my 1 year old has had diarrhoea, plenty of wet nappies, hands and feet warm, alert and feeding",
    "宝宝拉肚子，尿不湿照常湿，手脚暖和，精神好",
])
def test_dehydration_shock_look_alikes(text: str) -> None:
    assert "child_dehydration_shock_signs" not in decide(text, 1)[1]


def test_dehydrated_and_drowsy_without_cold_hands_stays_emergency() -> None:
    urgency, rules = decide("my 1 year old has had diarrhoea, only 1 wet nappy today, very sleepy and her soft spot looks sunken", 1)
    assert urgency == "emergency" and "child_dehydration_shock_signs" not in rules


# --- 2. renal colic told by its path, with a fever: infected blocked kidney (NICE NG118; NHS Kidney stones) ---


@pytest.mark.parametrize("text", [
    "Had a kidney stone last year. Same pain back on the right side coming in waves down into my groin, but this time "
    "I've been shivering under the duvet and the thermometer says 38.9.",
    "pain in my left side going down into my groin, and now a fever of 38.5",
    "右边后腰疼，一直窜到大腿根，今天发烧38度9还打寒战",
])
def test_renal_colic_with_fever_is_an_emergency(text: str) -> None:
    assert "kidney_stone_with_infection" in fired(text)


@pytest.mark.parametrize("text", [
    "pain in my groin after football, no fever",
    "lower back pain going down the back of my leg to my knee, had a temperature last week",
    "pain on the right side going down into my groin, no fever, no shivering",
])
def test_renal_colic_look_alikes(text: str) -> None:
    assert "kidney_stone_with_infection" not in fired(text)


# --- 3. a little round silver battery missing near a child: A&E at once (NHS Healthier Together; CAPT) ---


@pytest.mark.parametrize("text", [
    "Looking after my grandson (3) today. He's absolutely fine, but one of the little round silver batteries from the "
    "kitchen scales is missing and he was playing with them earlier. He might have swallowed it?",
    "my daughter is 2 and one of the small flat shiny batteries from the car key is missing",
    "孙子3岁，电子秤上的纽扣电池少了一颗，他刚才在玩，会不会吞了",
])
def test_missing_button_battery_near_a_child(text: str) -> None:
    assert "swallowed_button_battery" in fired(text)


@pytest.mark.parametrize("text", [
    "the AA batteries in the remote are flat, can I give my son his medicine",
    "found the little round silver battery under the sofa, he didn't swallow it",
])
def test_battery_look_alikes(text: str) -> None:
    assert "swallowed_button_battery" not in fired(text)


# --- 4. dialysis sessions missed (落了两次透析) with breathlessness or weakness (UKKA; NICE CG187) ---


@pytest.mark.parametrize("text", [
    "我是做血透的，这周家里有事落了两次透析，今天浑身没劲腿发软，心慌得厉害，躺不平，一躺下就喘",
    "我爸这周少做了一次透析，现在喘不上气",
    "透析这周跳过了一次，今天心慌腿软",
])
def test_missed_dialysis_said_with_luo(text: str) -> None:
    assert fired(text) & {"missed_dialysis_breathless", "missed_dialysis_potassium_signs"}
    assert decide(text, 55)[0] == "emergency_ambulance"


@pytest.mark.parametrize("text", [
    "我是做血透的，一次也没落下，今天有点累",
    "透析从来没落过，爬楼有点喘",
])
def test_missed_dialysis_look_alikes(text: str) -> None:
    assert "dialysis_missed" not in current_codes(text)


# --- 5. Charcot's triad: gallstones, fever or rigors, jaundice (TG18; NHS Gallstones) ---


@pytest.mark.parametrize("text", [
    "我妈有胆结石，这两天右上腹一直疼，今天发烧39度还打寒战，眼睛发黄，尿跟浓茶一样。人还清醒，能自己走",
    "I have gallstones, pain under my right ribs for two days, now shivering with a fever and my eyes have gone yellow",
])
def test_cholangitis_is_an_emergency(text: str) -> None:
    assert "cholangitis_signs" in fired(text)
    assert decide(text, 70)[0] == "emergency"


@pytest.mark.parametrize("text", [
    "I have gallstones, ache under my right ribs, no temperature, not yellow",
    "有胆结石，右上腹有点隐痛，不发烧，眼睛不黄",
    "有胆结石，右上腹疼，发烧38度，眼睛不黄",
])
def test_cholangitis_look_alikes(text: str) -> None:
    assert "cholangitis_signs" not in fired(text)


# --- 6. cirrhosis with ascites, a fever and a painful belly: SBP (BSG 2020; NICE CKS Cirrhosis) ---


@pytest.mark.parametrize("text", [
    "老公肝硬化腹水，肚子一直挺大的，这两天发烧38.5，整个肚子都疼，按着更疼，精神差吃不下东西",
    "my husband has cirrhosis with ascites, now a temperature of 38.5 and his whole tummy hurts",
])
def test_cirrhosis_fever_belly_pain(text: str) -> None:
    assert "cirrhosis_fever_belly_pain" in fired(text)
    assert decide(text, 57)[0] == "emergency"


@pytest.mark.parametrize("text", [
    "肝硬化好几年了，不发烧，肚子也不疼",
    "my husband has cirrhosis, no fever, no tummy pain, just tired",
    "肝硬化，今天有点发烧，嗓子疼，肚子不疼",
])
def test_cirrhosis_look_alikes(text: str) -> None:
    assert "cirrhosis_fever_belly_pain" not in fired(text)


# --- 7. fish-gall poisoning (急性中毒诊断与治疗中国专家共识 2016) ---


@pytest.mark.parametrize("text", [
    "听老家人说吃鱼胆明目，前天吞了一个大草鱼胆，昨天开始上吐下泻，今天尿特别少，腰也酸。现在好一点了不吐了，是不是不用管了",
    "听说鱼胆明目，昨天把鱼胆泡酒喝了",
    "I swallowed a raw carp gallbladder yesterday because my uncle said it is good for the eyes",
])
def test_fish_gall_eaten_is_an_emergency(text: str) -> None:
    assert "fish_gall_poisoning" in fired(text)


@pytest.mark.parametrize("text", [
    "听说吃鱼胆明目，能吃吗",
    "杀鱼的时候把鱼胆弄破了，鱼肉有点苦",
    "吃了鱼，鱼胆没吃",
    "is it true that eating fish bile is good for your eyes?",
])
def test_fish_gall_look_alikes(text: str) -> None:
    assert "fish_gall_poisoning" not in fired(text)


# --- urgent and self-care readings ---


def test_vomiting_over_2_days_and_fluids_coming_back_up_is_urgent() -> None:
    text = "tummy bug 3 days now and I'm still being sick every time I try anything, even water comes back up after 20 mins. weeing much less and it's dark."
    assert {"intractable_vomiting", "dehydration"} <= current_codes(text)
    assert service_decide(text, 45, "F")[0] == "urgent"
    # a one-day bug that has settled is not
    assert service_decide("threw up twice last night, keeping water down fine today", 30, "F")[0] != "urgent"


def test_diarrhoea_over_7_days_is_urgent_under_it_self_care() -> None:
    assert service_decide("闺女3岁，拉肚子拉了9天了，一天三四次稀的，不发烧不吐，吃喝还行精神也还好", 3, "F")[0] == "urgent"
    assert service_decide("闺女3岁，拉肚子拉了2天了，一天三四次稀的，不发烧不吐，吃喝还行精神也还好", 3, "F")[0] == "self_care"


@pytest.mark.parametrize("text", ["我72了，这两天尿尿像火烧一样疼，老想上厕所，尿有点浑，不发烧", "小便的时候跟针扎似的疼"])
def test_burning_pee_said_as_a_likeness_is_dysuria(text: str) -> None:
    assert "dysuria" in current_codes(text)


def test_dark_urine_like_tea_is_not_dysuria() -> None:
    assert "dysuria" not in current_codes("尿跟浓茶一样，不疼")


def test_car_sickness_said_as_being_sick_every_trip() -> None:
    text = "孩子6岁，每次坐长途车都吐，下车就好了，明天要回老家坐5个小时车，有什么办法"
    assert "motion_sickness" in current_codes(text)
    assert service_decide(text, 6, "M")[0] == "self_care"


def test_iron_started_last_week_still_explains_dark_poo() -> None:
    text = "Started iron tablets last week for anaemia and my poo has gone really dark, almost black. No tummy ache, no dizziness."
    assert service_decide(text, 63, "M")[0] == "self_care"
    # dizziness with it is not the iron
    assert service_decide("Started iron tablets last week and my poo has gone black, and I feel dizzy and faint", 63, "M")[0] != "self_care"


def test_peeing_less_after_a_hot_day_stays_self_care() -> None:
    # the amount must be said ("much less"): blind77 t77e-050 stays heat and drinking more (NHS Heat exhaustion)
    text = "been roofing all day in the heat, peeing less and its dark, got a mild headache and really thirsty. otherwise ok"
    assert service_decide(text, 40, "M")[0] == "self_care"


@pytest.mark.parametrize("text", [
    "俺老汉77岁，胆结石好几年了一直没管。昨天起右上边肚子疼，今天发烧39度打寒战，我看他眼珠子有点发黄，尿跟浓茶似的",
    "胆囊切了第5天，昨晚开始发烧打寒战，烧到39度，右上腹疼，早上照镜子发现眼睛发黄",
])
def test_cholangitis_told_other_ways(text: str) -> None:
    assert "cholangitis_signs" in fired(text)


@pytest.mark.parametrize("text", ["眼珠子不黄，就是有点红", "眼珠子有点发红"])
def test_eyeball_not_yellow_is_no_jaundice(text: str) -> None:
    assert "jaundice" not in current_codes(text)
