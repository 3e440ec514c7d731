"""Guard for every lab bench set (bench/labs_cases*.jsonl): the engine, run in-process with the bench's own scorer
(bench/eval_labs.py `score`), may not lose a flag, miss a critical value or raise a false critical.

When a change gains flags, raise the set's figure in RIGHT (never lower it); a new set is added with its figures.
A critical case that is not flagged critical must be listed in KNOWN_LAB_MISSES with the reason.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _eval_labs():  # noqa: ANN202 - the bench script, imported as a module (it is not a package)
    spec = importlib.util.spec_from_file_location("eval_labs", BENCH / "eval_labs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_labs", module)
    spec.loader.exec_module(module)
    return module


EVAL = _eval_labs()

# Set -> (flags right, cases, non-critical cases flagged critical), as of the set-37/38 fold-in.
RIGHT: dict[str, tuple[int, int, int]] = {
    "labs_cases.jsonl": (171, 171, 0),
    "labs_cases_blind1.jsonl": (273, 273, 0),  # sets 60/61 fold: +3; sets 62/63 fold: +1; sets 65/66 fold: +1; sets 71/72 fold: +1 (bl-171, FT3); stop 41 (labs41): +2 (lipase, procalcitonin and CK-MB mass inside every source's interval: normal)
    "labs_cases_blind2.jsonl": (179, 179, 0),
    "labs_cases_blind3.jsonl": (222, 222, 0),
    "labs_cases_blind4.jsonl": (208, 208, 0),
    "labs_cases_blind5.jsonl": (221, 221, 0),
    "labs_cases_blind6.jsonl": (199, 200, 0),
    "labs_cases_blind7.jsonl": (200, 200, 0),
    "labs_cases_blind8.jsonl": (199, 200, 1),
    "labs_cases_blind9.jsonl": (200, 200, 0),
    "labs_cases_blind10.jsonl": (197, 200, 0),
    "labs_cases_blind11.jsonl": (200, 200, 0),  # set-47 fold: l11-172 urine SG coded UCUM '{SG}' now read; stop 41 (labs41): +2, a line saying its unit is not written asks for it (l11-159, l11-195)
    "labs_cases_blind12.jsonl": (196, 200, 1),  # sets 62/63 fold: +2; stop 41 (labs41): +2 (lipase, procalcitonin and CK-MB mass inside every source's interval: normal)
    "labs_cases_blind13.jsonl": (200, 200, 0),
    "labs_cases_blind14.jsonl": (199, 200, 0),  # sets 62/63 fold: +1, false criticals 1 -> 0
    "labs_cases_blind15.jsonl": (198, 200, 1),
    "labs_cases_blind16.jsonl": (198, 200, 1),  # sets 62/63 fold: +1; stop 41 (labs41): +1, l16-198 platelets past the physical ceiling
    "labs_cases_blind17.jsonl": (197, 200, 1),  # sets 62/63 fold: +1
    "labs_cases_blind18.jsonl": (200, 200, 0),  # stop 41 (labs41): a platelet count past the physical ceiling (135,000 x10^9/L) is unknown, not critical
    "labs_cases_blind19.jsonl": (197, 200, 0),  # stop 41 (labs41): a platelet count past the physical ceiling (135,000 x10^9/L) is unknown, not critical; stop 41 (labs41): +1 (lipase, procalcitonin and CK-MB mass inside every source's interval: normal)
    "labs_cases_blind20.jsonl": (198, 200, 0),
    # Raised by the sets 48-50 round: 21 gains l21-173 ('Hemoglobin 13.5 mg/dL' unknown, no longer a false
    # critical); 22 gains one flag (a bracket naming only the specimen after a known name).
    "labs_cases_blind21.jsonl": (198, 200, 1),  # sets 62/63 fold: +2; stop 41 (labs41): +1, l21-002 platelets past the physical ceiling; stop 41 (labs41): +1 (lipase, procalcitonin and CK-MB mass inside every source's interval: normal)
    "labs_cases_blind22.jsonl": (200, 200, 0),  # sets 62/63 fold: +1; sets 65/66 fold: +1; stop 41 (labs41): +1, l22-007
    "labs_cases_blind23.jsonl": (200, 200, 0),  # stop 41 (labs41): a platelet count past the physical ceiling (135,000 x10^9/L) is unknown, not critical
    "labs_cases_blind24.jsonl": (200, 200, 0),
    "labs_cases_blind25.jsonl": (200, 200, 0),
    "labs_cases_blind26.jsonl": (200, 200, 0),
    "labs_cases_blind27.jsonl": (198, 200, 0),
    "labs_cases_blind28.jsonl": (199, 200, 0),
    "labs_cases_blind29.jsonl": (199, 200, 0),  # sets 62/63 fold: +1
    "labs_cases_blind30.jsonl": (196, 200, 1),  # sets 62/63 fold: +1
    "labs_cases_blind31.jsonl": (199, 200, 0),
    "labs_cases_blind32.jsonl": (199, 200, 0),
    "labs_cases_blind33.jsonl": (199, 200, 1),  # stop 41 (labs41): +1, 24-hour urine protein (l33-173)
    "labs_cases_blind34.jsonl": (198, 200, 2),
    "labs_cases_blind35.jsonl": (199, 200, 0),
    "labs_cases_blind36.jsonl": (197, 200, 2),  # sets 69/70 fold: +1 (l36-145 "肌酐 90", normal for one sex only)
    "labs_cases_blind37.jsonl": (200, 200, 0),
    "labs_cases_blind38.jsonl": (199, 200, 0),
    "labs_cases_blind39.jsonl": (200, 200, 0),  # blind first look on fd15356: every flag right, nothing tuned
    "labs_cases_blind40.jsonl": (200, 200, 0),  # blind 196 on main; children's K, WBC, platelet bands (set 40/s21) fix 3
    # blind 195 on 0c75a7b; signed printed ranges ('-3~+3') and the one possible unit of a bare 'Hb 105' fix 2. The
    # false critical is l41-086, a label disagreement: troponin I 0.52 ng/mL is past carebridge's sourced critical
    # limit, labelled high.
    "labs_cases_blind41.jsonl": (199, 200, 1),
    # set 42/43 fold-in (fold-l43): blind 198 / 196 on main c89a510; OCR unit slips (mmo1/L), unrecognised test names
    # unknown, and a text with no result gives one unknown row.
    "labs_cases_blind42.jsonl": (200, 200, 0),
    "labs_cases_blind43.jsonl": (199, 200, 0),
    "labs_cases_blind44.jsonl": (200, 200, 0),  # blind first look on c4d11d7: every flag right, nothing tuned
    # set 45/46 fold-in (fold-labs): blind 197 (66/66 critical) / 195 (62/64 critical) on main a43e7da. A FHIR
    # Quantity's UCUM code is its unit ('Thousand/uL', 'x10(3)/mcL' displays hid two criticals), '糖化' is HbA1c and an
    # HbA1c above 20 % is unknown (these two also gained flags in sets 12, 13, 14, 17, 25, 33, 38). Left as label
    # disagreements: l45-059 (TBil 24 umol/L, M: carebridge's sourced range is MSD <=20.5; WS/T 404.4 is not in the
    # knowledge), l45-134 (lipase without a printed range: method-specific, as set 19), l46-135 (urine glucose
    # 500 mg/dL with 'ref negative': no sourced numeric dipstick scale) and l46-136 (24-h urine protein: not in the
    # knowledge).
    "labs_cases_blind45.jsonl": (199, 200, 0),  # sets 62/63 fold: +1
    "labs_cases_blind46.jsonl": (199, 200, 0),  # stop 41 (labs41): +1, 24-hour urine protein (l46-136)
    # Set 47 (blind first look on main aeabf45 and stage b45f868: 192/200, 64/64, 2 false criticals). The fold reads a
    # range cell labelled 'Ref:' in a delimited row (l47-135) and a UCUM annotation alone '{SG}' as unity (l47-106).
    # Left: the 2 false criticals are label disagreements (l47-115 hs-cTnI 1856 ng/L, l47-133 cTnI 2.35 ng/mL: past
    # ARUP's sourced troponin I limit 0.30 ng/mL; the label calls troponin only high); l47-003 (ferritin 150 ng/mL:
    # WHO lower cut-off and Mayo upper limit, not called normal, as set 29), l47-036 (BNP 45 pg/mL: ESC non-acute
    # <35, as set 19), l47-116 and l47-125 (lipase without a printed range: method-specific, as sets 19 and 45).
    "labs_cases_blind47.jsonl": (197, 200, 2),  # sets 62/63 fold: +2; stop 41 (labs41): +1 (lipase, procalcitonin and CK-MB mass inside every source's interval: normal)
    # Sets 48-50 (blind first looks on main ea97b96): 48 198/200, 69/70, 1 false critical; 49 194/200, 71/71, 0;
    # 50 199/200, 65/66, 0. The fold reads haemoglobin in mg/dL (plasma free haemoglobin's unit, LOINC 721-1) as
    # unknown instead of 0.135 g/L critical low (l48-049, the false critical; l21-173 too), a row's closing critical
    # mark 'CRIT' (l48-197), 'MCV, RBC' as the red-cell index (l49-137), 'TSH,3rd gen:' (l49-181: the 3 was read as the
    # value) and a bracket naming only the specimen or analyser, 'Ionised calcium (blood gas)' (l50-014).
    # Left in 49, each an earlier decision: l49-146 (lipase without a printed range: method-specific, as sets 19, 45
    # and 47), l49-151 (FHIR urine protein 30 mg/dL) and l49-152 (urine glucose 500 mg/dL): no sourced numeric
    # dipstick scale, as set 46; l49-198 (FHIR ferritin 150 ug/L: WHO lower cut-off and Mayo upper limit, not called
    # normal, as sets 29 and 47).
    "labs_cases_blind48.jsonl": (200, 200, 0),
    "labs_cases_blind49.jsonl": (198, 200, 0),  # sets 62/63 fold: +1; stop 41 (labs41): +1 (lipase, procalcitonin and CK-MB mass inside every source's interval: normal)
    "labs_cases_blind50.jsonl": (200, 200, 0),
    # Set 51 (a representative month: clinics, wards, health checks, ED), blind first look on 4cc3b29 after the sets
    # 48-50 round: 197/200, 66/66, 2 false criticals. Read since: 'T.Bili' (a dot between the letters of a name,
    # l51-129). Left: the two false criticals, troponin I 1.8 and 2.35 ng/mL past our sourced critical limit that
    # the labels call high from the printed range (l51-050, l51-123), the same disagreement as sets 41 and 47.
    "labs_cases_blind51.jsonl": (198, 200, 2),
    # Sets 52 and 53, blind first looks on 7db4672: 52 194/200, 60/61, 1 false critical; 53 186/200, 61/62, 1. Read
    # since: 离子 before a calcium name ('离子钙 Ca2+', l52-173) and a blood-gas calcium as ionised calcium, a decimal comma
    # after a comma name ('Glucose, plasma 1,4', l53-046), a specimen letter ('Alkaline Phosphatase, S', l53-015) and
    # transferrin saturation (Mayo FEC 14-50 %, l53-140, l53-154). Left, each an earlier decision: troponin I past our
    # sourced critical limit labelled high (l52-169, l53-117, as set 51), lipase, ammonia, aPTT, FT3, PCT and hs-TnT
    # without a printed range (method-specific), ferritin between the WHO cut-off and Mayo's upper limit (l52-139,
    # l53-123); urine blood '±' flagged high (trace is not the sourced negative; the label says unknown, l52-109) and
    # RDW-CV (no sourced interval, l53-108).
    "labs_cases_blind52.jsonl": (198, 200, 1),  # sets 62/63 fold: +1; sets 65/66 fold: +2
    "labs_cases_blind53.jsonl": (199, 200, 1),  # sets 60/61 fold: +1; sets 62/63 fold: +4; sets 71/72 fold: +1 (l53-051, FT3); stop 40: +2 (APTT in seconds, l53-037/148); stop 41 (labs41): +1 (lipase, procalcitonin and CK-MB mass inside every source's interval: normal)
    # Sets 54 and 55, blind first looks on de9c41c: 54 186/200, 58/62, 1 false critical; 55 193/200, 64/64, 1. Read
    # since: a quoted CSV cell's thousands separators ('"WBC","148,000","/uL","4,500-11,000"', with or without a header
    # row: four missed criticals l54-034/106/116/137 and the false critical low l54-031, '15,600' read as 15), a flag
    # after the range is no unit ('INR,3.1,,0.8-1.2,H', l54-011), a cell or last word naming the specimen is part of the
    # name ('Fibrinogen,1.6,g/L,2.0-4.0,Citrated plasma', l54-006/059/075/081), Kalium (l54-187), URBC (l54-070) and
    # 25-OH维生素D (l55-052). Left, each an earlier decision: troponin I past our sourced critical limit labelled high
    # (l55-114, as sets 51-53), a bare 'hemoglobin was 13.1' with no unit (l55-007, as l16-180), ferritin between the WHO
    # cut-off and Mayo's upper limit (l55-020), PCT, hs-TnT and lipase without a printed range (l55-032/086/099).
    "labs_cases_blind54.jsonl": (200, 200, 0),
    "labs_cases_blind55.jsonl": (198, 200, 1),  # sets 62/63 fold: +3; stop 41 (labs41): +1 (lipase, procalcitonin and CK-MB mass inside every source's interval: normal)
    # Sets 56 (a representative month, every format) and 57 (what patients paste from their phones), blind first looks
    # on bf25157: 56 195/200, 60/60, 1 false critical; 57 185/200, 58/61, 4. Read since: a result wrapped over lines
    # ('血小板计数' / '(PLT) 6' / '×10⁹/L ↓↓', l57-001; 'Magnesium (Mg)' / '1.4 mg/dL', l57-009; 'Hemo-' / 'globin', l57-123),
    # a value said in words ('two point zero', l57-084; '血红蛋白才四十一克', l57-055), 'Vitamin B-12' (l57-073) and
    # prolactin (Mayo PRL, l57-052). Left, each an earlier decision: troponin I/T past our sourced critical limits
    # labelled high (l56-060, l57-143, l57-148, as sets 51-55), ferritin between the WHO cut-off and Mayo's upper limit
    # (l56-187, l57-125), PCT without a printed range (l56-091), a child's ALT (no sourced children's interval, l56-044),
    # urine blood '±' (l56-025, as l52-109) and RDW-CV (l57-146, as l53-108). Left, no source found: a plausibility
    # limit that would make 'Na 13.9' (l57-070) and 'pH 9.6' (l57-155) impossible rather than critical (the engine's
    # bound is an engineering margin: none below for sodium, 10.39 above for pH), cortisol (l57-038: AM/PM intervals)
    # and reticulocytes (l57-048).
    "labs_cases_blind56.jsonl": (199, 200, 1),  # sets 60/61 fold: +1; sets 62/63 fold: +1; sets 65/66 fold: +1; 199 already on dfeffe3 (pinned at labs39)
    "labs_cases_blind57.jsonl": (196, 200, 3),  # sets 60/61 fold: +1; sets 62/63 fold: +3, false criticals 4 -> 3
    # Sets 58 (a representative month, every format) and 59 (FHIR-heavy, in the style of the HL7 examples), blind first
    # looks on 7d9c288: 58 189/200, 60/60, 2 false criticals; 59 195/200, 62/62, 2. Read since: a urine word before the
    # albumin/creatinine ratio ('Urine ACR', l58-077), FHIR referenceRanges by sex (appliesTo) or age (l59-009) and a
    # FHIR coded interpretation N where carebridge has no range (ferritin 120 ug/L 'N', l59-059). Left, each an earlier
    # decision: troponin I/T past our sourced critical limits labelled high (l58-015, l58-059, l59-108, l59-139, as
    # sets 51-57); PCT, RDW-CV, FT3, CK-MB mass, APTT (30.2 秒 is read as seconds) and hs-cTnT 6 ng/L without a printed
    # range (method-specific, no sourced interval: l58-030/034/049/158/173/131); urine blood '±' flagged high (l58-140,
    # as l52-109); ferritin between the WHO cut-off and Mayo's upper limit (l59-106, sex F given: not a sex question).
    # Label disagreement: l58-127 (UA 420 umol/L, F): WS/T 404.5-2015, which the label cites, covers urea and
    # creatinine, not urate; carebridge's source (China gout guideline 2019) calls hyperuricaemia above 420.
    "labs_cases_blind58.jsonl": (198, 200, 2),  # sets 60/61 fold: +2; sets 62/63 fold: +3; sets 65/66 fold: +2; stop 40: +1 (APTT, l58-158)
    "labs_cases_blind59.jsonl": (198, 200, 2),  # sets 62/63 fold: +1
    # Sets 60 (a representative month at a Chinese general hospital and an English-language clinic, every format) and 61
    # (what patients paste into a chat or read off a phone photo), blind first looks on b74888d: 60 194/200, 61/61, 0
    # false criticals; 61 187/200, 62/62, 1. Read since: OCR slips in a unit ('rng/dL', 'x1O^9/L', l61-185/160), 尿液 before
    # a urine test (l61-091), a FHIR empty display unit beside a UCUM code (l60-025), and sourced intervals for cystatin C
    # (Mayo CSTCE), TIBC (Mayo FEC), reticulocytes % (Mayo RTIC), PCT above 0.24 ng/mL and adult FT3 above 4.4 pg/mL (the
    # highest / shared upper limits of the sources). Left: RDW-CV (l60-071, l61-165: analyser-specific, no source
    # found beyond one lab directory); ferritin between the WHO cut-off and Mayo's upper limit (l60-137, l61-145, the
    # project's rule); lipase (l61-154: Mayo 13-60, another method 20-250 U/L); a 2-year-old's lymphocytes (l61-095:
    # WS/T 779-2021's table not found); 'Calcium 9.4 mmol/L' (l61-141, the false critical: no sourced or clearly
    # physiological upper limit found, as l57-070). Label disagreement: urine blood 1+ flagged high (l61-047, standing).
    "labs_cases_blind60.jsonl": (200, 200, 0),  # sets 62/63 fold: +2
    "labs_cases_blind61.jsonl": (197, 200, 1),  # sets 62/63 fold: +2; stop 41 (labs41): +1 (lipase, procalcitonin and CK-MB mass inside every source's interval: normal)
    # Sets 62 (a representative month at a general hospital, every format) and 63 (older patients' chronic-disease
    # follow-up), blind first looks on dcb3c59: 62 192/200, 64/64, 1 false critical; 63 197/200, 63/63, 1. Read since:
    # a blood pH above 8.0 is unknown, past the highest pH compatible with life (Guyton and Hall; 'pH 9.80 (arterial)',
    # l62-175, the false critical), a bracket '(total)' after a name (l62-031), and sourced limits for uric acid in women
    # (Mayo URIC, l63-072), urine sediment per high-power field (诊断学, l62-089, l62-141), the highest upper limits of
    # hs-TnT (Roche inserts, l62-178), RDW-CV (MSD, UW Health; l63-105), lipase (l62-166) and CK-MB mass (l62-079), and
    # ferritin inside both WHO's and Mayo's limits is normal (l62-084). Left: '钙 Ca 9.4 mmol/L' (l63-190, the false
    # critical, as l61-141): no sourced limit found that puts 9.4 mmol/L beyond a living patient or an analyser's range
    # (Roche's Calcium Gen.2 reads to 5.0 mmol/L, and dilution may extend it).
    "labs_cases_blind62.jsonl": (200, 200, 0),
    "labs_cases_blind63.jsonl": (199, 200, 1),
    # Set 64 (children's, newborns' and pregnant women's results), blind first look on 4c91177: 137/200 (68.5%), 59/62
    # criticals, 1 false critical. Read since (at merge, not folded): a bracket of patient words and ages after the name
    # ('Glucose (newborn, 6 h of life): 20 mg/dL', tests/unit/test_labs_patient_bracket.py), and fold-labs62's pH limit.
    # Left, the next stop's: most misses are children's values with no sourced children's interval here (WS/T 779/780
    # are not in the library), so they are unknown rather than guessed; l64-136 in KNOWN_LAB_MISSES.
    "labs_cases_blind64.jsonl": (153, 200, 0),  # sets 65/66 fold: +1 (l64-053, a trace urine protein); sets 67/68 fold: +9; stop 40: +2 (children's APTT, l64-081/094)
    # Sets 65 (adult inpatient and emergency-department results: blood gases, electrolytes, renal/liver, coagulation,
    # cardiac markers, many criticals) and 66 (health-check and GP screening reports pasted by patients), blind first
    # looks on 8a90a68: 65 194/200, 63/64 criticals, 1 false critical; 66 196/200, 62/62, 0. Read since: a blood
    # specimen word inside a name ('急诊静脉血糖 28 mg/dL', l65-011, the missed critical; 'random venous glucose'), the word
    # 'total' after a name ('25-OH Vitamin D total', l65-016), base excess (RCEM -2 to +2 mmol/L; FHIR LOINC 1925-7,
    # l65-009), hs-cTnT at or below the lowest Roche 99th percentile (14 ng/L) normal (l65-053), adult ammonia above
    # Roche's highest upper limit (60 umol/L) high (l65-188), a creatinine below the assay's lowest reportable value
    # unknown (l66-058), hs-CRP against the AHA/CDC cut-off >3.0 mg/L (l66-004), a trace urine protein or blood unknown
    # (l66-134, l66-167: the sources disagree). Left: l65-190 (cTnI 2.35 ng/mL, the false critical: troponin past the
    # sourced critical limit, a standing label disagreement); 'Calcium 9.4 mmol/L' and 'Na 13.9' stay without a sourced
    # plausibility limit (sets 57, 61, 63).
    "labs_cases_blind65.jsonl": (199, 200, 1),
    "labs_cases_blind66.jsonl": (200, 200, 0),
    # Sets 67 (children's and maternity reports pasted by parents and pregnant women, ages stated) and 68 (results typed
    # from memory or photos by older patients and families), blind first looks on dd6acc0: 67 148/200, 62/62 criticals,
    # 1 false critical; 68 193/200, 61/62, 1. Read since: 'BS' as blood sugar only beside a glucose unit ('BS 720 mg/dl',
    # l68-194, the missed critical), 'HbAlc' (l68-135), '淋巴细胞%' (l68-111), '白蛋白ALB44g/L' (l68-072), and sourced
    # children's intervals: ALT (Mayo, from 1 year), lipids (NHLBI 2011), arterial pH/pCO2/pO2 (University of Iowa
    # handbook), HbA1c (Mayo 4.0-5.6 %, no age limit), 25-OH vitamin D (Mayo, every age), ferritin (WHO 2020, <12 ug/L
    # under 5). Left: troponin I past the sourced critical limit labelled high (l67-151, l68-142, standing); a bare
    # 'mmol' in English (l68-107: bench case bad-4 pins 'Glucose 5.5 mmol' unknown); FT3 4.8 pmol/L (l68-028: only
    # Mayo's upper limit is sourced, its two methods' lower limits differ); children's albumin, total protein, TSH,
    # calcium, AST, GGT, bilirubin, INR, fibrinogen, lactate, ESR, PCT, MCH, lymphocyte and eosinophil counts, urine
    # WBC, transferrin saturation and glucose (no children's table found in the library in time: WS/T 779/780 are not
    # in it); ferritin 820 ng/mL at 6 (no sourced children's upper limit); FHIR 25-OH vitamin D3 (LOINC 1989-3, D3
    # alone, l67-185); urine protein/creatinine ratio (l67-034) and total bile acids in pregnancy (l67-129): not in
    # the knowledge.
    "labs_cases_blind67.jsonl": (171, 200, 1),
    "labs_cases_blind68.jsonl": (198, 200, 1),  # sets 71/72 fold: +1 (l68-028, FT3 4.8 pmol/L inside both Mayo methods)
    # Sets 69 (kidney, dialysis and cancer printouts) and 70 (results read out or retyped by patients), blind first
    # looks on 7864dda: 69 196/200, 62/62, 0 false criticals; 70 183/200, 58/62, 0. Read since: numbers said in English
    # words, 'millimoles' said, 'ANC 1.2' (per litre: per µL is tenfold below the critical limit), and a value normal
    # for one sex only with no sex given is unknown, asking for it (l69-036, l69-144, l70-075, l70-083, l70-091,
    # l70-094, l70-141). Left: 'hemoglobin four point two' and 'fasting sugar ninety two' (no unit: unknown as when
    # typed, l16-180), glucose in g/L (l70-062, l70-065: a unit that does not fit, the house answer), urine protein ++
    # (high, as earlier sets label it: l69-006, l70-194), creatinine 1.2 mg/dL at 55 (l69-112: high for both sexes by
    # WS/T 404.5-2015, the first-listed source; the label used Mayo), NT-proBNP 300 pg/mL with no age (l70-182: the
    # cited ESC 2021 non-acute cut-off is not age-banded), urine sediment RBC /HPF (l70-191: no sourced interval here).
    "labs_cases_blind69.jsonl": (198, 200, 0),
    "labs_cases_blind70.jsonl": (193, 200, 0),
    # Sets 71 (a representative month, every format) and 72 (chronic-disease clinics: diabetes, thyroid, lipids, INR,
    # gout, liver, heart failure; values retyped from booklets), blind first looks on d70022b: 71 198/200, 62/62, 0 false
    # criticals; 72 194/200, 59/60, 0. Read since: a date and its label before the test's name ('Warfarin booklet 12 Mar:
    # INR 9.2', l72-079, the missed critical; '3月12日 INR 9.2' gave no result at all), glucose 2 h after a meal high from
    # 11.1 mmol/L, the 2-hour and random diabetes threshold (cn-diabetes-2020; below it unknown: the 7.8 cut-off is a 75 g
    # load's, l72-095), and free T3 inside both Mayo methods' intervals (2.8-4.4 pg/mL) normal (l72-130). Left: NT-proBNP
    # 300 pg/mL with no age (l72-047, as l70-182: ESC 2021's non-acute cut-off is not age-banded; only the writer's Roche
    # insert bands it), urine leukocytes or ketones trace/± and protein ++ flagged high (l71-046, l71-147, l72-102,
    # l72-161: the sourced normal is negative; only trace protein and blood are unknown, their sources disagreeing, and
    # earlier sets label 尿蛋白 ++ high: guide-18, l30-037, l48-195; l69-006 and l70-194 were left so too).
    "labs_cases_blind71.jsonl": (198, 200, 0),
    "labs_cases_blind72.jsonl": (197, 200, 0),
    # Sets 73 (a representative month, every format) and 74 (FHIR-heavy: 120 Observations in the style of the official
    # HL7 examples, some with only a LOINC code and a UCUM unit code), blind first looks on 13ab0c6 (start of the stop of
    # 2026-12-07): 73 198/200, 60/60 criticals, 0 false criticals; 74 200/200, 60/60, 0. Both met both bars on first
    # look, nothing folded. Left (label disagreements): 随机血糖 8.6 mmol/L labelled high against the fasting interval
    # (l73-139: the fasting interval does not apply to a random glucose; below the random diabetes threshold of 11.1 it
    # is not high, cn-diabetes-2020), 尿蛋白 ++ labelled unknown (l73-142: flagged high, as earlier sets label it).
    "labs_cases_blind73.jsonl": (198, 200, 0),
    "labs_cases_blind74.jsonl": (200, 200, 0),
    # Sets 75 (a representative month at a Chinese outpatient laboratory and a UK GP surgery, every format) and 76 (an
    # inpatient ward: many critical values, 检验报告单 lines with 危急值 marks), blind first looks on 5642f14 (start of
    # the stop of 2026-12-07, second half): 75 192/200, 60/60 criticals, 0 false criticals; 76 200/200, 61/61, 0. Both
    # met both bars on first look. Folded: a urine albumin/creatinine ratio in mg/mmol (l75-070, l75-071: only mg/g was
    # accepted). Left (label disagreements): urate 120 umol/L in a woman labelled low (l75-069: only the upper limit is
    # sourced here; WS/T 404.5, which the writer cites, covers urea and creatinine), BNP 35 pg/mL labelled normal on the
    # acute cut-off of 100 (l75-133: ESC 2021's non-acute < 35 makes 35 high), testosterone (l75-149: no interval in
    # the knowledge, unknown), 尿蛋白 2+ and 尿隐血 1+ labelled unknown (l75-184, l75-199: flagged high, as earlier sets
    # label them), PSA 3.5 ug/L with no age labelled unknown (l75-198: flagged against the single adult limit).
    # Set-79 round (labs39): +1, l75-198 (PSA 3.5 with no age: high for 40-49, normal from 50 by Mayo's age bands, unknown).
    "labs_cases_blind75.jsonl": (195, 200, 0),
    "labs_cases_blind76.jsonl": (200, 200, 0),
    # set 77 (a representative month, every format): first look on 7f93a55 198/200, 60/60; the two misses are label
    # disagreements met before (尿蛋白 ++ labelled unknown; a urate of 120 labelled low on an unsourced lower limit)
    "labs_cases_blind77.jsonl": (198, 200, 0),
    # set 78 (a representative month, every format, children and adults): first look on c640c43 198/200, 61/61; the two
    # misses are label positions: 尿潜血 + labelled unknown (flagged high, as earlier sets label it) and 'ALP 320 U/L' with
    # no age labelled unknown (flagged against the adult interval)
    "labs_cases_blind78.jsonl": (198, 200, 0),
    # set 79 (a representative month, every format, adults and some children): first look on 3760003 194/200, 60/60, no
    # false critical; misses: a creatinine and an ALP with no sex (unknown labels), PT in seconds, a dipstick protein in
    # mg/dL, a D-dimer in 'mg/L FEU', 尿素 with no unit read as mmol/L. Set-79 round (labs39, tests/unit/test_labs39.py):
    # 198; left: PT in seconds (reagent-dependent, no sourced interval, l79-054) and 尿素 8.2 read in mmol/L by the
    # documented cn-si-units rule (8.2 mg/dL urea would be low, not normal; l79-173).
    "labs_cases_blind79.jsonl": (199, 200, 0),  # stop 40: +1 (PT in seconds, l79-054)
    # set 80 (Chinese lab sheets pasted by patients and nurses, mixed with FHIR and CSV): first look on db0268e 199/200,
    # 60/60, no false critical; the miss: ionised calcium 1.22 mmol/L read unknown (l80-136).
    "labs_cases_blind80.jsonl": (200, 200, 0),  # stop 40: +1 (ionised calcium, Mayo CAI, l80-136)
    # set 81 (a UK ward and GP surgery with a Chinese clinic: FHIR Observations, CSV, pasted lines, children, pregnancy,
    # older adults): first look on f391f1a 197/200, 60/60, no false critical; misses: 尿蛋白定量 in g/24h and a FHIR
    # Observation read unknown (l81-134, l81-137), 肌酐 85 with its unit "not stated" read normal (l81-165).
    "labs_cases_blind81.jsonl": (200, 200, 0),  # stop 41 (labs41): +3 (24-hour urine protein, D-dimer FEU by its LOINC code, unit said to be missing)
    # set 82 (a Chinese county hospital and a US emergency department: 危急值 call lists, point-of-care and blood gases,
    # newborns, dialysis and oncology, FHIR, CSV and pasted lines): first look on a5a8610 198/200, 60/60, no false
    # critical; misses: 'ALP 280 U/L' with no age read high (label unknown: a child's range differs, l82-004) and a FHIR
    # urine protein in mg/dL (LOINC 2888-6) with its printed range read unknown (l82-140).
    "labs_cases_blind82.jsonl": (199, 200, 0),  # stop 42 (labs42): +1 (a quantitative urine protein, 2888-6, by its printed range); l82-004 (ALP 280 U/L, no age: high by the adult range, as l17-127, l32-088 and four more labelled high; the label says unknown) left
    # set 83 (patients pasting their own results into a chat: typed-out photos, mixed names, missing or odd units,
    # arrows and stars, a few FHIR and portal CSV rows): first look on 2c1fc3d 198/200, 60/60, no false critical; both
    # misses are label choices the house made the other way: uric acid 7.5 mg/dL with no sex read high by WS/T 404's male
    # limit (428 umol/L; the label took Mayo's 8.0 mg/dL, l83-043), '钙 2.3' with no unit read in mmol/L by the Chinese
    # SI default (cn-si-units; the label wanted unknown, l83-101).
    "labs_cases_blind83.jsonl": (198, 200, 0),
    # set 84 (a general hospital's outpatient week: health checks, diabetes and thyroid clinics, antenatal and
    # paediatric bloods, printed ranges, FHIR Bundles, CSV and pasted lines): first look on 9aff445 198/200, 60/60, no
    # false critical; both misses are the house's standing choices: '总胆红素 20' with no unit read in umol/L by the
    # Chinese SI default (cn-si-units, as l83-101; the label wanted unknown, l84-036) and 'ALP 300 U/L' with no age read
    # high by the adult range (as l82-004; the label wanted unknown, l84-139).
    "labs_cases_blind84.jsonl": (198, 200, 0),
    # set 85 (a general hospital's inpatient wards and day unit over one morning: surgical, medical, maternity and
    # children's samples, pasted from the ward system, typed by nurses, FHIR, mixed units): first look on 2c36b29 199/200,
    # 59/60, no false critical; the miss was a critical lactate lost behind its ward ('Sepsis screen ward 6: Lactate 9.1
    # mmol/L' read as one unknown result 'Sepsis screen ward' = 6, l85-038).
    "labs_cases_blind85.jsonl": (200, 200, 0),  # stop 44 (labs44): +1 (a ward, bay or cubicle number is where, as a bed's is)
}

# Critical cases the engine does not flag critical, each with why (no source / label disagreement).
KNOWN_LAB_MISSES: set[str] = {
    "l10-041",  # no source: CK has no sourced critical limit (lists disagree, >2000 to >=5000 U/L); flagged high
    "l10-105",  # no source: ALT has no sourced critical limit (lists disagree, >300 to >=750 U/L); flagged high
    "l10-176",  # no source: CK as l10-041 (28600 U/L); flagged high
    "l12-071",  # label disagreement: 'carbamazepine level 27' has no unit (ug/mL or umol/L); unknown asks for it
    "l16-180",  # label disagreement: 'hemoglobin is 4.1' has no unit (g/dL would be critical, g/L impossible); unknown
    "l70-136",  # label disagreement: 'hemoglobin four point two', as l16-180 (4.2 mmol/L = 68 g/L is not critical)
    "l64-136",  # out of scope: 'Hämoglobin 4,2 g/dl (Neugeborenes)' is German; carebridge reads Chinese and English names
}

SETS = sorted(p.name for p in BENCH.glob("labs_cases*.jsonl"))


def test_every_bench_set_is_pinned() -> None:
    assert SETS == sorted(RIGHT), "a lab set was added or removed: pin its figures in RIGHT"


@pytest.mark.parametrize("name", SETS)
def test_lab_set_keeps_its_figures(name: str) -> None:
    right, cases, false_crit = RIGHT[name]
    s = EVAL.score(EVAL.load_cases(BENCH / name))
    assert s.cases == cases, f"{name}: {s.cases} cases, pinned {cases}"
    missed = sorted(set(s.missed_critical) - KNOWN_LAB_MISSES)
    assert not missed, f"{name}: critical values not flagged critical: {missed}"
    assert s.false_crit <= false_crit, f"{name}: false criticals {s.false_critical} (pinned {false_crit})"
    assert s.right >= right, f"{name}: {s.right}/{cases} flags right, pinned {right}; misses: {s.misses[:10]}"
