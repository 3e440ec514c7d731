"""Stop 40 lab leftovers, fixed by class, with look-alikes that keep their flags.

- Prothrombin time and APTT in seconds (reagent-dependent): two public tables decide together (PT: MedlinePlus
  11-13.5 s, Mayo PTTP 9.4-12.5 s; APTT: Mayo APTTB 26-36 s, FPnotebook 25-41 s). Normal only inside both, high only
  above both, else unknown with the reason; a range printed on the report wins; INR is unchanged (l79-054, l53-037,
  l53-148, l58-158, l64-081, l64-094).
- 尿素 / 尿素氮 with no unit on a Chinese line: read in the unit Chinese laboratories report (mmol/L, cn-si-units), the
  documented default of every Chinese line, unless another unit would make the number ordinary (then unknown).
  尿素氮 was read in mg/dL (the knowledge's canonical unit) and called 'the unit Chinese laboratories report': wrong.
- Urine strip trace grades: 微量 is the strip's trace block; '白细胞 +-' (a graded 白细胞) is the leukocyte pad of the
  strip, not a blood count. A trace leukocyte or ketone is flagged against the source's negative (as before).
- ALP with no sex or age: the safe decisions (above every adult band, inside every band) are made; between, unknown.
- Ionised calcium (l80-136): Mayo CAI's age bands.
"""

from __future__ import annotations

import pytest

from tests.lab_report import flags, one


# ---------------------------------------------------------------- PT and APTT in seconds

@pytest.mark.parametrize(("text", "flag"), [
    ("凝血酶原时间 PT 11.8 秒", "normal"),    # l79-054: inside both tables
    ("PT 18 s", "high"),                      # above both upper limits
    ("Prothrombin time 14.2 sec", "high"),
    ("PT 30 s", "critical_high"),             # the Kost critical limit still applies
    ("凝血酶原时间 13.0 秒", "unknown"),       # high by Mayo, normal by MedlinePlus
    ("PT 10.2 s", "unknown"),                 # below MedlinePlus, inside Mayo: a low PT is not guessed
    ("PT 18 s (10-20)", "normal"),            # the report's own range wins
    ("PT 13.0 s (9.4-12.5)", "high"),
])
def test_pt_seconds(text: str, flag: str) -> None:
    r = one(text, age=57)
    assert (r["key"], r["flag"]) == ("pt", flag)


def test_pt_unknown_says_why() -> None:
    r = one("凝血酶原时间 13.0 秒")
    assert r["flag"] == "unknown" and "13.5" in r["reason"]


def test_pt_child_not_stretched_from_adult_tables() -> None:
    assert one("PT 12 s", age=8)["flag"] == "unknown"


@pytest.mark.parametrize(("text", "age", "flag"), [
    ("APTT 52 s", None, "high"),              # l53-037
    ("APTT 31 sec", None, "normal"),          # l53-148
    ("APTT 30.2秒", None, "normal"),          # l58-158
    ("APTT 32 s", 8, "normal"),               # l64-081: in the adult range from 3-6 months (Mayo)
    ("APTT 55 s", 7, "high"),                 # l64-094
    ("APTT 38 s", None, "unknown"),           # high by Mayo, normal by FPnotebook
    ("APTT 24 s", None, "unknown"),
    ("APTT 32 s", 0, "unknown"),              # a baby's APTT is longer: no band under 1 year
    ("APTT 125 s", None, "critical_high"),
    ("APTT 38 s (25-37)", None, "high"),      # the report's own range wins
])
def test_aptt_seconds(text: str, age: int | None, flag: str) -> None:
    r = one(text, age=age)
    assert (r["key"], r["flag"]) == ("aptt", flag)


@pytest.mark.parametrize(("text", "flag"), [("INR 1.0", "normal"), ("INR 2.5", "high"), ("INR 6.0", "critical_high")])
def test_inr_unchanged(text: str, flag: str) -> None:
    assert one(text)["flag"] == flag


# ---------------------------------------------------------------- urea / BUN with no unit

@pytest.mark.parametrize(("text", "kw", "key", "flag", "unit"), [
    ("尿素 8.2", {"age": 42, "sex": "M"}, "urea", "high", "mmol/L"),      # l79-173 (the label wanted unknown)
    ("尿素 5.0", {}, "urea", "normal", "mmol/L"),
    ("尿素氮 5.0", {}, "bun", "normal", "mmol/L"),                         # was unknown (read as mg/dL)
    ("尿素氮 21", {}, "bun", "high", "mmol/L"),
])
def test_chinese_urea_without_unit_read_in_mmol(text: str, kw: dict, key: str, flag: str, unit: str) -> None:
    r = one(text, **kw)
    assert (r["key"], r["flag"], r["unit"]) == (key, flag, unit)
    assert any("cn-si-units" in n for n in r["notes"])


@pytest.mark.parametrize("text", [
    "尿素 30",        # ordinary only as mg/dL: asks for the unit
    "尿素氮 14",      # 14 mg/dL is normal, 14 mmol/L high: asks
    "尿素氮 8.2",
    "BUN 14",         # an English line: no Chinese default
])
def test_urea_without_unit_ambiguous_stays_unknown(text: str) -> None:
    r = one(text)
    assert r["flag"] == "unknown" and "unit" in r["reason"]


def test_bun_with_unit_unchanged() -> None:
    assert one("尿素氮 14 mg/dL")["flag"] == "normal"
    assert one("尿素氮 BUN 45 mg/dL")["flag"] == "high"


# ---------------------------------------------------------------- urine strip trace grades

@pytest.mark.parametrize(("text", "key", "flag"), [
    ("尿酮体 微量", "u_ketones", "high"),
    ("酮体 微量", "u_ketones", "high"),
    ("KET 微量", "u_ketones", "high"),
    ("Urine ketones: trace", "u_ketones", "high"),
    ("尿酮体 KET ±", "u_ketones", "high"),
    ("白细胞 +-", "u_le", "high"),
    ("白细胞 微量", "u_le", "high"),
    ("白细胞 ++", "u_le", "high"),
    ("白细胞 阴性", "u_le", "normal"),
    ("Urine leukocytes: trace", "u_le", "high"),
    ("尿蛋白 微量", "u_protein", "unknown"),    # the sources disagree on a trace protein (urine-dipstick-trace)
    ("尿潜血 微量", "u_blood", "unknown"),
])
def test_strip_trace_grades(text: str, key: str, flag: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == (key, flag)


def test_panel_line_with_trace_grades() -> None:
    assert flags("尿常规：白细胞 +-，酮体 微量") == [("u_le", "high"), ("u_ketones", "high")]


@pytest.mark.parametrize(("text", "key", "flag"), [
    ("白细胞 6.5", "wbc", "normal"),            # a number is the blood count
    ("白细胞 3000", "wbc", "low"),
    ("微量血糖 5.6", "glucose_random", "normal"),  # 微量 inside a name is no grade
])
def test_trace_lookalikes_keep_their_test(text: str, key: str, flag: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == (key, flag)


def test_white_cells_without_value_not_read_as_strip() -> None:
    assert one("白细胞 未见")["key"] == "wbc"


# ---------------------------------------------------------------- ALP without sex or age

@pytest.mark.parametrize(("text", "sex", "flag"), [
    ("ALP 60 U/L", None, "normal"),     # inside every adult band of WS/T 404.1
    ("ALP 140 U/L", None, "high"),      # above every adult band
    ("ALP 30 U/L", None, "low"),
    ("ALP 115 U/L", None, "unknown"),   # high for a woman aged 20-49 only
    ("ALP 130 U/L", None, "unknown"),
    ("ALP 40 U/L", None, "unknown"),
    ("ALP 95 U/L", "F", "normal"),      # inside both female bands
    ("ALP 45 U/L", "F", "unknown"),     # low for a woman aged 50-79 only
])
def test_alp_safe_decisions_without_sex_or_age(text: str, sex: str | None, flag: str) -> None:
    r = one(text, sex=sex)
    assert r["flag"] == flag
    if flag == "unknown":
        assert "not given" in r["reason"]


# ---------------------------------------------------------------- ionised calcium

@pytest.mark.parametrize(("text", "age", "flag"), [
    ("Ionized calcium 1.22 mmol/L", None, "normal"),   # l80-136
    ("离子钙 1.05 mmol/L", None, "low"),
    ("离子钙 1.40 mmol/L", None, "high"),
    ("iCa 4.4 mg/dL", None, "low"),                    # Mayo's own mg/dL limits
    ("iCa 5.0 mg/dL", None, "normal"),
    ("iCa 1.17 mmol/L", None, "unknown"),              # normal from 24 years, low for 18-23
    ("iCa 1.17 mmol/L", 20, "low"),
    ("离子钙 0.7 mmol/L", None, "critical_low"),       # Kost critical limit unchanged
    ("Ionised calcium (blood gas) 0.52 mmol/L", None, "critical_low"),
])
def test_ionised_calcium(text: str, age: int | None, flag: str) -> None:
    r = one(text, age=age)
    assert (r["key"], r["flag"]) == ("ionized_calcium", flag)
