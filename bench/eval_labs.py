"""Flag accuracy and critical-value recall of the lab engine on bench/labs_cases.jsonl.

    .venv/bin/python bench/eval_labs.py [CASES.jsonl] [--show-misses]

Each case is one result: `text` (a line as a patient types it) or `fhir` (an Observation),
optional `age`/`sex`, and `expect_flag`; `expect_code` picks the result when several come out.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

from carebridge.cli_common import parse_sex
from carebridge.tools.labs.engine import interpret_report
from carebridge.tools.labs.knowledge import load_lab_knowledge
from carebridge.tools.labs.parse import ReportInputError


def main(argv: list[str]) -> int:
    show = "--show-misses" in argv
    args = [a for a in argv if not a.startswith("--")]
    path = Path(args[0]) if args else Path(__file__).with_name("labs_cases.jsonl")
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    right = 0
    crit_total = crit_found = false_crit = 0
    by_source: Counter[str] = Counter()
    wrong_by_source: Counter[str] = Counter()
    misses = []
    started = time.perf_counter()
    for case in cases:
        text = case.get("text") or json.dumps(case["fhir"])
        try:
            out = interpret_report(text, age=case.get("age"), sex=parse_sex(case.get("sex")))
            results = out["results"]
            if case.get("expect_code"):
                # The output names the analyte's primary LOINC; the case may use an alternative one.
                known = load_lab_knowledge().by_code(case["expect_code"])
                # A case may also list the other LOINC codes of the same test (mass/molar pair) as "alt_codes".
                want = {case["expect_code"], *(known.codes if known else []), *case.get("alt_codes", [])}
                results = [r for r in results if r.get("code") in want] or results
            got = results[0]["flag"] if results else "no result"
        except ReportInputError as exc:
            got = f"error:{exc.code}"
        expected = case["expect_flag"]
        family = case["source"].split(",")[0].split("(")[0].strip()[:60]
        by_source[family] += 1
        if got == expected:
            right += 1
        else:
            wrong_by_source[family] += 1
            misses.append((case["id"], text[:80], expected, got))
        if expected.startswith("critical"):
            crit_total += 1
            crit_found += got == expected
        elif got.startswith("critical"):
            false_crit += 1
    elapsed = time.perf_counter() - started
    print(f"cases: {len(cases)}   flag accuracy: {right}/{len(cases)} = {right / len(cases):.1%}")
    print(f"critical recall: {crit_found}/{crit_total} = {crit_found / max(crit_total, 1):.1%}   "
          f"non-critical cases flagged critical: {false_crit}")
    print(f"time: {elapsed * 1000 / len(cases):.1f} ms per case")
    print("by source:")
    for family, n in by_source.most_common():
        print(f"  {n - wrong_by_source[family]:>3}/{n:<3} {family}")
    if show or len(misses) <= 10:
        for cid, text, expected, got in misses:
            print(f"  MISS {cid}: expected {expected}, got {got}: {text}")
    return 0 if crit_found == crit_total else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
