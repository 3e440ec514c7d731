"""blind102 (children and babies, written by parents and grandparents): the five under-triaged emergencies of the first
look, each read as a family, and the urgent misses folded with them, with the near misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


# (1) Green vomit said of a count of the latest vomits ("the last two lots were bright green"; NHS Vomiting in children
# and babies: green vomit, 999 or A&E).
@pytest.mark.parametrize("text", [
    "our 8 month old has been throwing up since lunch and the last two lots were bright green like grass",
    "she's been sick all afternoon and the last two lots were bright green",
    "threw up 4 times, the last 2 lots were dark green",
    "he has vomited loads today and the last couple of times were green",
])
def test_the_last_lots_of_vomit_said_green_are_bilious_vomit(text: str) -> None:
    urgency, rules = decide(text, age=0.7)
    assert urgency == "emergency" and "green_vomit" in rules


@pytest.mark.parametrize("text", [
    "she was sick twice, the last lot was just milk, not green",
    "he's been sick and the last two lots of poo were green",
    "threw up once, the last two lots of nappies were green poo",
])
def test_green_said_of_poo_or_denied_is_no_bilious_vomit(text: str) -> None:
    assert "bilious_vomit" not in current_codes(text)


# (2) A child a lifeguard had to pull out of the water, now drowsy, coughing or breathing fast (ERC Guidelines 2021,
# drowning: hospital assessment; the drowning_with_symptoms red flag).
@pytest.mark.parametrize("text", [
    "儿子6岁 刚才在小区游泳池呛水了 救生员捞上来的 咳出来好多水 现在一直想睡",
    "女儿在海边被浪卷了 救生员把她拉上来的 现在一直咳 很想睡",
    "儿子在游泳馆呛了水 被救生员捞上来 现在迷迷糊糊的",
    "the lifeguard had to pull him out of the deep end, he keeps coughing and is really sleepy",
    "a lifeguard dragged her out of the lake, she's breathing fast",
])
def test_a_child_pulled_out_by_a_lifeguard_with_symptoms_is_a_drowning(text: str) -> None:
    urgency, rules = decide(text, age=7)
    assert urgency == "emergency_ambulance" and "drowning_with_symptoms" in rules


@pytest.mark.parametrize("text", [
    "洗澡的时候呛了一口水 咳了两声就好了 精神很好",
    "he wants to be a lifeguard when he grows up, coughing a bit with a cold",
    "救生员说他游得很好 今天有点咳嗽",
])
def test_a_mouthful_of_water_or_a_lifeguard_named_otherwise_is_no_submersion(text: str) -> None:
    assert "submersion" not in current_codes(text)
    _, rules = decide(text, age=7)
    assert "drowning_with_symptoms" not in rules


# (3) An electric shock from poking a socket, knocked down by the current (NHS Burns and scalds: all electrical burns to
# A&E), and someone out for a good while before coming round (NHS Fainting: call 999 if they cannot be woken up within
# 1 minute; as "didn't come round for a couple of minutes").
@pytest.mark.parametrize("text", ["拿钥匙去捅插座 被电了一下 手指头发黑", "孩子用发卡戳插座 被电倒了", "刚才被电倒了"])
def test_a_socket_poked_or_a_child_knocked_down_by_the_current_is_an_electric_shock(text: str) -> None:
    assert "electrical_burn" in current_codes(text)
    urgency, rules = decide(text, age=10)
    assert urgency in ("emergency", "emergency_ambulance") and "serious_burn" in rules


@pytest.mark.parametrize("text", ["把充电器插进插座 手机充不上电", "插座上都装了安全保护盖", "插头插进插座里了"])
def test_a_plug_put_into_a_socket_is_no_electric_shock(text: str) -> None:
    assert "electrical_burn" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "娃10岁 刚才拿铁丝去捅插座 被电倒了 在地上躺了好一会才醒过来 现在说心口慌慌的",
    "他晕倒了 过了好一会才醒过来",
    "摔倒在地上 躺了好几分钟才有反应",
    "奶奶晕过去了 好半天才醒",
])
def test_out_for_a_good_while_before_coming_round_is_a_999_call(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency_ambulance" and "unresponsive" in rules


@pytest.mark.parametrize("text", ["晕倒了 几秒钟就醒了", "早上躺了好一会才起床", "在床上躺了好半天才睡着"])
def test_a_brief_faint_or_a_slow_morning_is_not_unresponsive(text: str) -> None:
    assert "unresponsive" not in current_codes(text)


@pytest.mark.parametrize("text", ["心口慌慌的", "现在说心口有点慌"])
def test_the_chest_said_to_race_is_palpitations(text: str) -> None:
    assert "palpitations" in current_codes(text)


# (4) A scald with signs of shock (St John Ambulance Burns and scalds: a severe burn loses fluid and can bring on shock;
# a blistered burn larger than the palm is a 999 call), and a just-boiled pot as the hot liquid.
@pytest.mark.parametrize("text", [
    "四岁孙女把灶上刚开的一锅汤拽翻了 浇了一身 胸口肚子还有一条胳膊 一大片起泡掉皮 冲了凉水 现在孩子哭都没劲了 脸煞白",
    "he pulled a pan of boiling water over himself, big blisters on his chest and now he's pale and clammy",
    "孩子被开水烫了一大片，起了好多泡，现在脸色煞白，手脚冰凉",
])
def test_a_burn_with_signs_of_shock_is_a_999_call(text: str) -> None:
    urgency, rules = decide(text, age=4)
    assert urgency == "emergency_ambulance" and "burn_with_shock_signs" in rules


@pytest.mark.parametrize("text", [
    "scalded my hand on the kettle, a small red patch, I feel fine, not pale or dizzy",
    "手被热水烫红了一块，没起泡，脸色正常",
    "new shoes gave me a blister on my heel and I went pale and dizzy when I stood up",
])
def test_a_small_burn_or_a_friction_blister_is_no_burn_with_shock(text: str) -> None:
    _, rules = decide(text, age=30)
    assert "burn_with_shock_signs" not in rules


@pytest.mark.parametrize("text", ["孩子把刚开的一壶水碰翻了 烫到腿 起了好多泡", "刚烧开的一锅粥打翻了 浇在胳膊上"])
def test_a_just_boiled_pot_knocked_over_is_a_burn(text: str) -> None:
    assert "burn" in current_codes(text)


def test_water_just_come_to_the_boil_with_nothing_spilt_is_no_burn() -> None:
    assert "burn" not in current_codes("水刚开了 我去关火")


# (5) A redcurrant-jelly stool said as what was passed, then likened to jam past the pause (外科学/儿科学 第9版, 肠套叠).
@pytest.mark.parametrize("text", [
    "娃9个月 一阵一阵哭得撕心裂肺 腿往肚子上缩 过几分钟又好了 刚拉了一点红红的 跟果酱似的 吐了两回",
    "宝宝一阵一阵地哭 刚拉了一点红红的 像果酱一样",
    "宝宝10个月 吐了三次 刚拉了一泡 像草莓酱似的",
    "孩子一阵阵哭闹 腿往肚子上缩 解出来一点 跟红果冻似的",
])
def test_a_stool_like_jam_with_crying_spells_or_vomiting_is_possible_intussusception(text: str) -> None:
    urgency, rules = decide(text, age=0.8)
    assert urgency == "emergency" and "possible_intussusception" in rules


@pytest.mark.parametrize("text", ["宝宝一阵阵哭 拉了点绿色的 像果酱一样的颜色", "早上吃了面包抹果酱 宝宝拉了一次 正常"])
def test_a_green_stool_or_jam_on_bread_is_no_redcurrant_stool(text: str) -> None:
    assert "redcurrant_stool" not in current_codes(text)


# (6) The urgent misses, each a lay wording of a sign its NHS page sends to an urgent GP appointment or 111.
@pytest.mark.parametrize(("text", "age", "rule"), [
    # NHS Jaundice in newborns: the baby herself said to look yellow
    ("my daughters baby is 5 days old and she's looking yellow, her face and now down her tummy", 0.02, "newborn_jaundice"),
    ("baby is 4 days old and he's looking yellow, feeding well", 0.02, "newborn_jaundice"),
    ("the baby is looking yellow today", 0.02, "newborn_jaundice"),
    # NHS Ear infections: fluid coming out of the ear, with earache or a temperature
    ("10 yo boy earache last 2 days and this morning theres yellowy gunk coming out his ear, temp 38.5", 10, "ear_discharge_with_earache_or_fever"),
    ("yellow stuff coming out his ear and he has a temperature", 8, "ear_discharge_with_earache_or_fever"),
    # NHS Healthier Together Croup: noisy breathing in only when upset, contact a doctor today
    ("barking cough like a seal, bit of a noisy breath in when shes crying but settles when calm", 6, "stridor_when_upset"),
    ("a squeaky noise breathing in when shes crying, barking cough", 4, "stridor_when_upset"),
    # NHS Chickenpox: the skin around the blisters red, hot or painful
    ("闺女5岁出水痘第四天 别的痘都结痂了 就肚子上一片变得红肿发烫 一摸就喊疼", 5, "skin_infection"),
    ("水痘周围的皮肤又红又烫 很疼", 5, "skin_infection"),
    # NHS Start for Life umbilical cord care: the stump red, swollen and oozing
    ("宝宝生下来12天 脐带还没掉 今天发现肚脐周围一圈红红的肿起来了 有黄水", 0.03, "skin_infection"),
    # NHS Asthma: needing the reliever more often (the blue one, times said as 回)
    ("孩子7岁 有哮喘 晚上喘醒两次 蓝色那个喷雾一天要喷四五回 喷完能好点", 7, "asthma_getting_worse"),
    ("蓝色的喷雾每天要吸三回", 9, "asthma_getting_worse"),
    # NHS Mumps: a swollen cheek that hurts to chew, no tooth named
    ("孩子12岁 前天开始发烧 今天左边腮帮子肿得跟个馒头似的 嚼东西疼", 12, "cheek_swelling_chewing_pain"),
    ("his cheek is swollen like a hamster and it hurts to chew, temperature 38", 8, "cheek_swelling_chewing_pain"),
])
def test_the_urgent_misses_read_their_same_day_sign(text: str, age: float, rule: str) -> None:
    urgency, rules = decide(text, age=age)
    assert urgency == "urgent" and rule in rules


@pytest.mark.parametrize("text", ["his poo is looking yellow and seedy", "she's not looking yellow anymore, feeding well",
                                  "his wee is looking yellow"])
def test_poo_or_wee_looking_yellow_or_a_denial_is_no_jaundice(text: str) -> None:
    assert "jaundice" not in current_codes(text)


@pytest.mark.parametrize("text", ["wax coming out his ear, no pain", "music coming out his earphones"])
def test_wax_or_music_is_no_ear_discharge(text: str) -> None:
    assert "ear_discharge" not in current_codes(text)


@pytest.mark.parametrize("text", ["蓝色那个喷雾一周才用一回", "蓝色的喷雾以前一天喷三回 现在不用了"])
def test_the_reliever_once_a_week_or_in_the_past_is_no_worsening(text: str) -> None:
    assert "asthma_worse" not in current_codes(text)


@pytest.mark.parametrize("text", ["牙疼 腮帮子肿起来了 嚼东西疼", "拔完智齿腮帮子肿了 张嘴疼", "my cheek is swollen from a bad tooth and it hurts to chew"])
def test_a_cheek_swollen_by_a_tooth_stays_the_dental_rule(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert "cheek_swelling_chewing_pain" not in rules and "dental_abscess_signs" in rules


def test_a_cheek_swollen_after_a_punch_is_no_mumps() -> None:
    _, rules = decide("腮帮子被打了一拳 肿了 嚼东西疼", age=12)
    assert "cheek_swelling_chewing_pain" not in rules
