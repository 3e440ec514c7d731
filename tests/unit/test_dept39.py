"""dept39: department routing and small urgency misses in blind135 (infections and travel), blind130 (pregnancy and
women's health) and blind132 (injuries).

Each positive is a bench miss or a paraphrase of one (both languages) and fails on main; the look-alikes beside them
must keep their answer (danger signs block every self-care reading). Sources are on the codes, groups, routes and red
flags (knowledge/symptoms.yaml, urgency_rules.yaml, departments.yaml, red_flags.yaml).
"""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, fired, group_and_urgency


# 1. HIV post-exposure prophylaxis: 感染科 (内科) (中国艾滋病诊疗指南2021); a test alone stays 皮肤性病科
@pytest.mark.parametrize(("text", "sex"), [
    ("condom split last night with a guy i met, he told me after hes hiv positive but not sure if hes on meds. what do i do", "M"),
    ("condom came off last night with a guy i met on an app, dont know his status, about 14 hours ago. is there something i can take?", "M"),
    ("昨晚和网上认识的人发生了关系，套子破了，对方说他有艾滋。现在大概过了10个小时，还来得及吗", "M"),
    ("前天晚上套套破了，对方是hiv感染者，听说有阻断药，现在去哪里拿", "F"),
])
def test_hiv_pep_goes_to_internal_medicine(text: str, sex: str) -> None:
    assert group_and_urgency(text, 28, sex) == ("内科", "urgent")


@pytest.mark.parametrize("text", [
    "前阵子出差有一次没戴套，现在一个多月了，没啥症状，但心里一直不踏实，想查查艾滋梅毒这些，挂哪个科？",
    "had unprotected sex with someone new a couple of months ago, want an sti test, no symptoms",
])
def test_sti_test_alone_stays_dermatology(text: str) -> None:
    assert group_and_urgency(text, 30, "M") == ("皮肤科", "routine")


# 2. hepatitis B found positive: 内科 (慢性乙型肝炎防治指南2022), routine; a vaccine against it is not the infection
@pytest.mark.parametrize("text", [
    "单位体检查出来乙肝表面抗原阳性，还有个e抗原也是阳的，我自己一点感觉都没有，要去看哪个科，要不要紧",
    "体检说我是乙肝小三阳，肝功能正常，要挂什么科",
    "my work health check came back hepatitis b positive, i feel totally fine, who do i see",
])
def test_hepatitis_b_positive_is_internal_medicine(text: str) -> None:
    assert "hepatitis_b_carrier" in current_codes(text)
    assert group_and_urgency(text, 32, "M") == ("内科", "routine")


@pytest.mark.parametrize("text", ["宝宝今天打了乙肝疫苗第二针", "想问问成人要不要打乙肝疫苗"])
def test_hepatitis_b_vaccine_is_not_the_infection(text: str) -> None:
    assert "hepatitis_b_carrier" not in current_codes(text)


# 3. travel and catch-up vaccines: 全科 (WHO ITH, NHS Travel vaccinations, NHS MMR), a child's to 儿科, routine
@pytest.mark.parametrize(("text", "age", "group"), [
    ("going to kenya on safari in 6 weeks, what jabs and malaria stuff do i need and is it too late", 31, "全科医疗科"),
    ("下个月公司派我去安哥拉，听说要打黄热病疫苗，还要准备什么药，去哪里打", 35, "全科医疗科"),
    ("starting uni in september, mum says i never had my second mmr jab as a kid. do i need it and where do i get it", 22, "全科医疗科"),
    ("going backpacking in thailand next year, do I need any travel jabs", 24, "全科医疗科"),
    ("宝宝18个月，百白破第四针本来上个月该打，那几天感冒就拖着没去，现在还能补吗，要重新开始吗", 1.5, "儿科"),
])
def test_vaccine_advice_is_routine_general_practice(text: str, age: float, group: str) -> None:
    assert "vaccine_advice_wanted" in current_codes(text)
    assert group_and_urgency(text, age, "F") == (group, "routine")


@pytest.mark.parametrize("text", [
    "邻居家的狗舔了一下我手背 手上没伤口 皮是好好的 这样需要打狂犬疫苗吗",
    "我牙上有个洞，还能补吗",
    "had my flu jab yesterday, arm is sore",
])
def test_not_vaccine_advice(text: str) -> None:
    assert "vaccine_advice_wanted" not in current_codes(text)


# 4. STI results and genital herpes or warts: 皮肤性病科 (皮肤科), routine
@pytest.mark.parametrize("text", [
    "准备结婚去做婚检，说我梅毒那一项阳性，我身上什么都没有啊，是不是搞错了",
    "my ex just texted saying he tested positive for chlamydia, i dont have any symptoms at all. do i need to do anything",
    "下面包皮那里又起了一小簇小水泡，有点刺痛，这是今年第三次了，每次一个礼拜左右自己好",
    "noticed a few small fleshy bumps round the base of my penis, not painful, been there a couple weeks",
    "some painful little blisters on my foreskin again, had them last year too",
])
def test_sti_results_and_genital_skin_to_dermatology(text: str) -> None:
    assert group_and_urgency(text, 28, "M") == ("皮肤科", "routine")


@pytest.mark.parametrize("text", [
    "my chlamydia test came back negative",
    "被开水烫到了大腿，起了两个水泡",
    "hpv疫苗打完了",
])
def test_not_sti_result_or_herpes(text: str) -> None:
    codes = current_codes(text)
    assert "sti_result_positive" not in codes
    assert "genital_herpes" not in codes


# 5. repeated falls at 65+ without injury: routine (NICE CG161); an injured fall keeps its own rule
@pytest.mark.parametrize("text", [
    "我妈79了 这半年在家摔了三回 都没怎么伤着 就是走路有点不稳当 想带她来查查到底咋回事",
    "Mum's had 2 falls in the past month, once in the garden and once getting out of the bath. No injuries",
])
def test_repeated_falls_routine(text: str) -> None:
    assert decide(text, 79)[0] == "routine"


def test_fall_with_head_injury_still_urgent_or_more() -> None:
    urgency, _ = decide("我妈79了，这半年摔了三回，今天又摔了，头磕破了流血，人有点迷糊", 79)
    assert urgency in ("emergency", "emergency_ambulance")


# 6. emergency pill spotting (NHS Emergency contraception): self-care; pain, heavy bleeding or pregnancy block it
@pytest.mark.parametrize("text", [
    "上周吃了紧急避孕药，这两天有一点点咖啡色的出血，不疼，这正常吗",
    "上礼拜吃了一次毓婷，这两天下面有一点点出血，量很少，肚子不疼",
    "took the morning after pill 5 days ago and now I have some light spotting, no pain",
])
def test_ec_spotting_self_care(text: str) -> None:
    assert group_and_urgency(text, 22, "F") == ("妇产科", "self_care")


@pytest.mark.parametrize("text", [
    "上周吃了紧急避孕药，今天下面出血，左边小肚子很疼",
    "took the morning after pill last week, now bleeding with bad pain low in my tummy on one side",
    "上周吃了紧急避孕药，月经推迟一周了，今天有点出血",
])
def test_ec_spotting_blocked_by_danger_signs(text: str) -> None:
    assert group_and_urgency(text, 22, "F")[1] != "self_care"


# 7. pregnancy: peeing more, melasma (NHS pregnancy pages, NHS Melasma); bleeding gums stay routine with the dentist
@pytest.mark.parametrize(("text", "group"), [
    ("怀孕8周，最近特别爱上厕所，晚上要起来两三趟，但是尿的时候不疼也不烫，尿也不浑", "妇产科"),
    ("怀孕以后脸上两边颧骨长了一片褐色的斑，不痒不疼，就是难看，生完能消吗", "皮肤科"),
])
def test_pregnancy_common_complaints_self_care(text: str, group: str) -> None:
    assert group_and_urgency(text, 30, "F") == (group, "self_care")


@pytest.mark.parametrize("text", [
    "怀孕8周，最近特别爱上厕所，尿的时候火辣辣地疼",
    "怀孕8周，老是想上厕所，今天发烧38.5，后腰疼",
    "怀孕4个月，牙龈出血，半边脸肿起来了，发烧",
    "怀孕4个月，刷牙的时候牙龈老出血，牙龈有点红肿，不疼，牙也没松",
    "我现在怀孕20周，这两天小便的时候有点疼，老想上厕所，刚尿完又想去。没发烧，腰也不疼",
    "怀孕5个月，身上好多地方痒，手心脚心特别痒",
])
def test_pregnancy_complaints_blocked(text: str) -> None:
    assert group_and_urgency(text, 30, "F")[1] != "self_care"


def test_peeing_more_without_pregnancy_is_not_read() -> None:
    assert "pregnancy_peeing_more" not in current_codes("最近特别爱上厕所，晚上要起来两三趟")


# 8. injuries treated at home (NHS pages, St John Ambulance, 狂犬病暴露预防处置工作规范2016)
@pytest.mark.parametrize(("text", "group"), [
    ("got a splinter in my palm from the fence panel, got most of it out with tweezers, maybe a tiny bit left. not red or anything", "外科"),
    ("邻居家的狗舔了一下我手背 手上没伤口 皮是好好的 这样需要打狂犬疫苗吗", "外科"),
    ("下雨天滑了一跤 一屁股坐地上了 尾巴骨疼 坐着的时候更明显 两天了 走路正常", "外科"),
    ("昨天等红灯被人追尾了 车速不快 今天脖子有点发僵 转头有点疼 手不麻 也没头晕", "外科"),
    ("在院子里被蜜蜂蛰了手指头 刺已经刮掉了 手指肿了有点疼 喘气啥的都正常 没别的反应", "皮肤科"),
    ("骑车的时候一个小飞虫进眼睛了 用清水冲出来了 现在有点红 不疼 看东西也清楚", "眼科"),
    ("felt a twinge in the back of my thigh sprinting at football, its tight and sore but i can walk ok, no bruising", "外科"),
])
def test_minor_injuries_self_care(text: str, group: str) -> None:
    assert group_and_urgency(text, 35, "F") == (group, "self_care")


@pytest.mark.parametrize(("text", "age"), [
    ("got a splinter in my finger yesterday, now it's red, swollen and there's pus round it", 35),
    ("邻居家的狗舔了我手上的伤口", 35),
    ("狗咬了我手背一口，破皮出血了", 35),
    ("滑了一跤坐地上了，尾巴骨疼，屁股和大腿根发麻，小便解不出来", 35),
    ("下雨天滑了一跤 一屁股坐地上了 尾巴骨疼", 80),
    ("昨天被人追尾了，今天脖子僵，两只手都发麻", 35),
    ("两个礼拜前等红灯被后面车追尾了，速度不快，这两周脖子一直发僵转头疼，贴了膏药效果一般", 35),
    ("被蜜蜂蛰了手指头，现在嘴唇肿了，喘不上气", 35),
    ("a little fly went in my eye, washed it out but it still really hurts and my vision is blurry", 35),
])
def test_minor_injuries_blocked_by_danger_signs(text: str, age: float) -> None:
    assert group_and_urgency(text, age, "F")[1] != "self_care"


# 9. a small boil with no temperature (NHS Boils and carbuncles): self-care, 皮肤科; a large hot one stays urgent
def test_small_boil_self_care() -> None:
    assert group_and_urgency("大腿内侧长了个小疖子，红红的中间有点发白，有点痛，两三天了，没发烧", 19, "M") == ("皮肤科", "self_care")
    assert group_and_urgency("got a small boil on my thigh, bit sore, no temperature", 25, "M") == ("皮肤科", "self_care")


@pytest.mark.parametrize("text", [
    "后背长了个大疙瘩，这两天红肿发热，一碰就疼，中间有个白头，不发烧",
    "大腿长了个小疖子，周围红了一大片越来越大，今天发烧38.6",
    "a small boil on my leg and now I have a temperature and shivers",
])
def test_boil_with_danger_signs_not_self_care(text: str) -> None:
    assert decide(text, 40)[0] != "self_care"


# 10. an electric shock from high voltage, or with chest pain: ambulance (MSD Electrical injuries; 2018 共识)
@pytest.mark.parametrize("text", [
    "我是电工 刚才检修的时候被电打了 是高压那种 右手有个黑乎乎的口子 现在就是心跳乱跳 胸口有点闷",
    "my son touched a fallen power line, he was thrown back, he is awake but has a burn mark on his hand",
    "同事检修配电箱的时候被电了一下，整个人被甩出去一米多，他现在清醒，但说胸口闷、心慌",
])
def test_high_voltage_or_chest_shock_ambulance(text: str) -> None:
    assert "electric_shock_high_voltage_or_chest" in fired(text)
    assert decide(text, 39)[0] == "emergency_ambulance"


@pytest.mark.parametrize("text", [
    "我爸修电闸被电了一下 手上有个黑点 现在说心慌 心跳乱跳",
    "刚才修插座被电打了一下，右手指头上有个发黑的小点，人感觉还行就是手有点麻",
    "高压锅的汽烫到手了，起了个水泡",
    "量了血压高压190，胸口有点闷",
])
def test_low_voltage_or_no_shock_not_this_flag(text: str) -> None:
    assert "electric_shock_high_voltage_or_chest" not in fired(text)


# 11. earache with a cold and every temperature under 38C, under 3 days (NHS Ear infections): self-care
@pytest.mark.parametrize(("text", "age"), [
    ("女儿6岁，感冒后今天说右边耳朵痛，低烧37.9，吃了布洛芬好多了，耳朵没流东西", 6),
    ("my son is 7, got a cold and since this morning says his ear hurts, temp 37.6, calpol helped", 7),
])
def test_earache_low_temperature_self_care(text: str, age: float) -> None:
    assert group_and_urgency(text, age, "F") == ("儿科", "self_care")


@pytest.mark.parametrize(("text", "age"), [
    ("女儿6岁，感冒后耳朵痛，发烧38.6", 6),
    ("女儿6岁，耳朵痛，低烧37.8，耳朵里流黄水", 6),
    ("my son is 7 and his ear hurts, temp 37.8 and he is hot and shivery", 7),
    ("孩子1岁半，感冒后耳朵痛，一直哭，低烧37.8", 1.5),
])
def test_earache_with_danger_signs_not_self_care(text: str, age: float) -> None:
    assert group_and_urgency(text, age, "F")[1] != "self_care"
