"""Name resolution: generics, brands, Chinese names, salts and forms, misspellings, unknowns."""

from __future__ import annotations

import pytest

from carebridge.tools.medication.engine import check_medications, default_engine


@pytest.fixture(scope="module")
def resolver():
    return default_engine().resolver


@pytest.mark.parametrize(("name", "drug", "match"), [
    ("clopidogrel", "clopidogrel", "generic"),
    ("波立维", "clopidogrel", "brand"),
    ("拜新同", "nifedipine", "brand"),
    ("Plavix", "clopidogrel", "brand"),
    ("LIPITOR", "atorvastatin", "brand"),
    ("氯吡格雷", "clopidogrel", "chinese"),
    ("阿司匹林", "aspirin", "chinese"),
    ("acetaminophen", "paracetamol", "alias"),
    ("扑热息痛", "paracetamol", "alias"),
    ("co-amoxiclav", "amoxicillin_clavulanate", "alias"),
    ("硝苯地平控释片", "nifedipine", "chinese"),
    ("盐酸二甲双胍片", "metformin", "chinese"),
    ("苯磺酸氨氯地平片 5mg", "amlodipine", "chinese"),
    ("Metformin HCl 500 mg tablets", "metformin", "generic"),
    ("clopidogrel bisulfate 75 mg", "clopidogrel", "generic"),
    ("ＡＳＰＩＲＩＮ", "aspirin", "generic"),
])
def test_exact_names_resolve_with_full_confidence(resolver, name: str, drug: str, match: str) -> None:
    res = resolver.resolve(name)
    assert (res.drug_id, res.match, res.confidence) == (drug, match, 1.0)


@pytest.mark.parametrize(("typo", "drug"), [
    ("amoxicilin", "amoxicillin"), ("ibuprofin", "ibuprofen"), ("metfromin", "metformin"),
    ("simvastatine", "simvastatin"), ("warfarine", "warfarin"), ("asprin", "aspirin"), ("sertralin", "sertraline"),
])
def test_misspellings_resolve_fuzzily_with_a_confidence_below_one(resolver, typo: str, drug: str) -> None:
    res = resolver.resolve(typo)
    assert res.drug_id == drug and res.match == "fuzzy" and 0.85 <= res.confidence < 1.0


@pytest.mark.parametrize("name", ["xyzzy", "bananas", "vitamin zz", "ab", "头痛粉末"])
def test_unknown_names_are_never_guessed(resolver, name: str) -> None:
    assert resolver.resolve(name).drug_id is None


def test_a_chinese_near_miss_is_unknown_with_did_you_mean(resolver) -> None:
    # One character separates real drugs (头孢克洛/头孢克肟), so Chinese never resolves by edit distance.
    res = resolver.resolve("头孢克X")
    assert res.drug_id is None
    assert any("头孢克洛" in s for s in res.suggestions) and any("头孢克肟" in s for s in res.suggestions)
    typo = resolver.resolve("氯吡达雷")  # 达 (dá) does not sound like 格 (gé): not a pinyin slip
    assert typo.drug_id is None and any("氯吡格雷" in s for s in typo.suggestions)


def test_similar_chinese_names_stay_apart(resolver) -> None:
    assert resolver.resolve("氯吡格雷").drug_id == "clopidogrel"
    assert resolver.resolve("氯雷他定").drug_id == "loratadine"
    assert resolver.resolve("尼群地平").drug_id == "nitrendipine"
    assert resolver.resolve("尼莫地平").drug_id == "nimodipine"


def test_a_fragment_is_not_resolved(resolver) -> None:
    # "cefo" could be cefoxitin, cefotaxime or cefoperazone: no guess.
    res = resolver.resolve("cefo")
    assert res.drug_id is None and res.match is None


def test_scan_finds_names_in_mixed_script_text(resolver) -> None:
    found = resolver.scan("I take 阿司匹林 and Warfarin, can I add ibuprofen? 还有波立维")
    assert [d for _, d in found] == ["aspirin", "warfarin", "ibuprofen", "clopidogrel"]
    assert [s for s, _ in found][:2] == ["阿司匹林", "Warfarin"]


def test_scan_prefers_the_longest_name_and_whole_words(resolver) -> None:
    found = resolver.scan("amoxicillin/clavulanate and 阿莫西林克拉维酸钾; not 'aspirinated'")
    assert [d for _, d in found] == ["amoxicillin_clavulanate", "amoxicillin_clavulanate"]


# --- salt words, dose-form words, combinations, spelling variants --------------------------
@pytest.mark.parametrize(("name", "drug"), [
    ("草酸艾司西酞普兰片", "escitalopram"),       # oxalate salt word
    ("硫酸氢氯吡格雷片", "clopidogrel"),           # bisulfate: 硫酸氢 before 硫酸
    ("吸入用布地奈德混悬液", "budesonide"),        # route prefix + form suffix
    ("咪康唑口腔凝胶", "miconazole"),              # oral gel
    ("糠酸莫米松鼻喷雾剂", "mometasone"),          # furoate + nasal spray
    ("复方磺胺甲噁唑片", "sulfamethoxazole_trimethoprim"),  # 复方 kept before it is stripped
    ("麦角胺咖啡因片", "ergotamine_caffeine"),
    ("盐酸伊立替康注射液", "irinotecan"),
    ("左氧氟沙星氯化钠注射液", "levofloxacin"),
    ("硝酸甘油片", "glyceryl_trinitrate"),         # 硝酸 is part of this name, not a salt
    ("escitalopram oxalate 10 mg tablets", "escitalopram"),
    ("mometasone furoate nasal spray", "mometasone"),
    ("midazolam (oral)", "midazolam"),
])
def test_salt_and_form_words_are_stripped(resolver, name: str, drug: str) -> None:
    res = resolver.resolve(name)
    assert res.drug_id == drug and res.confidence == 1.0, res


@pytest.mark.parametrize(("name", "drug"), [
    ("amoxicillin/clavulanic acid", "amoxicillin_clavulanate"),
    ("clavulanic acid + amoxicillin", "amoxicillin_clavulanate"),
    ("trimethoprim/sulfamethoxazole", "sulfamethoxazole_trimethoprim"),
    ("carbidopa and levodopa", "levodopa_carbidopa"),
    ("ergotamine/caffeine", "ergotamine_caffeine"),
])
def test_a_combination_written_with_a_separator_finds_its_product(resolver, name: str, drug: str) -> None:
    assert resolver.resolve(name).drug_id == drug


def test_a_combination_without_a_product_record_is_checked_part_by_part(resolver) -> None:
    parts = resolver.resolve_all("amlodipine/bisoprolol")
    assert [(p.drug_id, p.match) for p in parts] == [("amlodipine", "component"), ("bisoprolol", "component")]
    assert resolver.resolve("amlodipine/bisoprolol").drug_id is None  # never half a combination as one drug
    # One unknown part leaves the whole input unknown, and one drug is never split.
    assert [p.drug_id for p in resolver.resolve_all("amlodipine/xyzzy")] == [None]
    assert [p.drug_id for p in resolver.resolve_all("amoxicillin/clavulanic acid")] == ["amoxicillin_clavulanate"]


@pytest.mark.parametrize(("typo", "drug"), [
    ("metphormin", "metformin"), ("clopidogrell", "clopidogrel"), ("atorvastatine", "atorvastatin"),
    ("theophyline", "theophylline"), ("levothyroxin", "levothyroxine"),
])
def test_spelling_variants_resolve_below_full_confidence(resolver, typo: str, drug: str) -> None:
    res = resolver.resolve(typo)
    assert res.drug_id == drug and res.match == "fuzzy" and 0.85 <= res.confidence < 1.0


@pytest.mark.parametrize("name", ["phorm", "metfo", "amlodipine xyzzy", "硫酸", "吸入用混悬液"])
def test_stripping_and_spelling_never_invent_a_drug(resolver, name: str) -> None:
    assert resolver.resolve(name).drug_id is None


# --- a wider pass over form, device, release and salt words (blind set 3 round) ------------
@pytest.mark.parametrize(("name", "drug"), [
    ("salbutamol nebules 2.5 mg", "salbutamol"),            # nebules
    ("ipratropium nebules 500 mcg", "ipratropium"),
    ("Seretide 250 Accuhaler", "salmeterol_fluticasone"),   # a bare strength and a device name
    ("Symbicort 200/6 Turbohaler", "budesonide_formoterol"),
    ("Sinemet 25/100", "levodopa_carbidopa"),               # a ratio without a unit
    ("Sinemet CR", "levodopa_carbidopa"),
    ("Toprol XL 50 mg tablets", "metoprolol"),              # a brand with a release word in it
    ("fluticasone propionate 50 micrograms nasal spray", "fluticasone"),
    ("mometasone 0.1% cream", "mometasone"),                # a percentage strength
    ("budesonide inhalation suspension", "budesonide"),
    ("NovoRapid FlexPen", "insulin_aspart"),
    ("Lantus SoloStar", "insulin_glargine"),
    ("tiotropium bromide Respimat", "tiotropium"),
    ("Epilim Chrono 500", "valproic_acid"),                 # prolonged-release marker
    ("erythromycin ethylsuccinate oral suspension", "erythromycin"),
    ("azithromycin eye drops", "azithromycin"),
    ("噻托溴铵粉吸入剂", "tiotropium"),                      # 粉吸入剂
    ("培哚普利叔丁胺片", "perindopril"),                     # tert-butylamine (erbumine) salt
    ("乳糖酸阿奇霉素注射剂", "azithromycin"),                # lactobionate
    ("琥乙红霉素颗粒", "erythromycin"),                       # ethylsuccinate
    ("甲泼尼龙琥珀酸钠注射用无菌粉末", "methylprednisolone"),
    ("门冬胰岛素注射液笔芯", "insulin_aspart"),               # a pen cartridge
    ("诺和锐特充", "insulin_aspart"),
    ("0.1%糠酸莫米松乳膏", "mometasone"),
    ("阿托伐他汀钙片 20mg*7片", "atorvastatin"),
    ("克拉霉素片", "clarithromycin"),                         # 霉素片: the last 片 alone is a form
    ("6-巯基嘌呤片", "mercaptopurine"),
])
def test_more_form_device_and_salt_words_are_stripped(resolver, name: str, drug: str) -> None:
    res = resolver.resolve(name)
    assert res.drug_id == drug and res.confidence == 1.0, res


@pytest.mark.parametrize("name", ["nebules", "Accuhaler 250", "eye drops 0.5%", "粉吸入剂", "笔芯", "forte"])
def test_form_words_alone_are_not_a_drug(resolver, name: str) -> None:
    assert resolver.resolve(name).drug_id is None


# --- Chinese homophone typos (same pinyin, one character, exactly one drug) ----------------
@pytest.mark.parametrize(("typo", "drug", "meant"), [
    ("二甲双瓜缓释片", "metformin", "二甲双胍"),          # 瓜/胍 guā
    ("瑞舒发他汀钙片", "rosuvastatin", "瑞舒伐他汀"),     # 发/伐 fá
    ("盐酸坦索洛辛缓释胶囊", "tamsulosin", "坦索罗辛"),   # 洛/罗 luó, after salt and form words
    ("枸橼酸西地那菲片", "sildenafil", "西地那非"),       # 菲/非 fēi
    ("氯吡各雷", "clopidogrel", "氯吡格雷"),              # 各/格 gè/gé (tone ignored)
    ("阿莫西琳胶囊", "amoxicillin", "阿莫西林"),
    ("利福不汀", "rifabutin", "利福布汀"),                # typos seen in a hospital's own drug list
    ("引达帕胺片", "indapamide", "吲达帕胺"),
    ("多奈哌弃", "donepezil", "多奈哌齐"),
])
def test_a_same_pinyin_typo_resolves_below_full_confidence_with_a_note(resolver, typo: str, drug: str, meant: str) -> None:
    res = resolver.resolve(typo)
    assert (res.drug_id, res.match, res.matched_name) == (drug, "homophone", meant)
    assert res.confidence == 0.9
    note = check_medications([typo])["drugs"][0]["inputs"][0]["note"]
    assert meant in note["zh"] and "请核对药名" in note["zh"] and "Please check the name" in note["en"]


@pytest.mark.parametrize("name", [
    "头孢克洛", "头孢克肟", "尼群地平", "尼莫地平", "氯沙坦", "缬沙坦",   # real drugs stay themselves
])
def test_real_names_are_never_read_as_their_neighbours(resolver, name: str) -> None:
    res = resolver.resolve(name)
    assert res.match == "chinese" and res.confidence == 1.0 and res.matched_name == name


@pytest.mark.parametrize("name", [
    # real drugs not in the dictionary, one character from one that is (the character sounds different)
    "法罗培南", "地红霉素", "培氟沙星", "氯唑西林", "阿贝卡星", "头孢地嗪", "头孢他美", "尼索地平", "马尼地平",
    "巴尼地平", "阿罗洛尔", "阿齐沙坦", "阿糖腺苷", "氟胞嘧啶", "奈替米星", "卡替洛尔", "喷昔洛韦",
    "苯丙氨酯",  # phenprobamate: 氨 and 胺 are both ān, but a three-character core (苯丙氨/苯丙胺) is too short
    # typos that are not same-pinyin slips, or are two characters off, stay unknown
    "阿托伐他丁钙片",  # 丁 dīng / 汀 tīng
    "左氧氟沙新片",    # 新 xīn / 星 xīng
    "拜糖平",          # two characters off 拜唐苹
    "格华只",          # a three-character brand: one character is a third of the name
    "头孢克X",
])
def test_near_misses_stay_unknown(resolver, name: str) -> None:
    res = resolver.resolve(name)
    assert res.drug_id is None, res


def test_no_two_dictionary_names_one_character_apart_sound_the_same(resolver) -> None:
    # The dictionary's own near neighbours (头孢克洛/头孢克肟, 匹伐他汀/普伐他汀, 氯沙坦/缬沙坦, ...)
    # all differ in sound, so a same-pinyin slip can only point back at the drug it was typed for.
    from carebridge.tools.medication.resolver import _reading

    clashes = []
    for entries in resolver._homophone_index().values():
        for _char_a, reading_a, key_a in entries:
            for char_b, _reading_b, key_b in entries:
                if resolver.index[key_a][0] != resolver.index[key_b][0] and _reading(char_b) == reading_a:
                    clashes.append((key_a, key_b))
    assert not clashes


def test_only_the_common_reading_counts() -> None:
    from carebridge.tools.medication.resolver import _reading

    # 泛 has an archaic reading fá; famciclovir (泛昔洛韦) is not valaciclovir (伐昔洛韦).
    assert _reading("泛") == "fan" and _reading("伐") == "fa"
