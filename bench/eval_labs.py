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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from carebridge.cli_common import parse_sex
from carebridge.tools.labs.engine import interpret_report
from carebridge.tools.labs.knowledge import load_lab_knowledge
from carebridge.tools.labs.parse import ReportInputError


def load_cases(path: Path) -> list[dict[str, Any]]:
    """The cases of one JSONL file (blank lines skipped)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def case_flag(case: dict[str, Any]) -> str:
    """The flag the engine gives one case: the result's flag, "no result" or "error:<code>"."""
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
        return results[0]["flag"] if results else "no result"
    except ReportInputError as exc:
        return f"error:{exc.code}"


@dataclass
class Score:
    """One set's figures; `misses` are (id, text, expected, got), `missed_critical` and `false_critical` ids."""

    cases: int = 0
    right: int = 0
    crit_total: int = 0
    crit_found: int = 0
    false_crit: int = 0
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)
    missed_critical: list[str] = field(default_factory=list)
    false_critical: list[str] = field(default_factory=list)
    by_source: Counter[str] = field(default_factory=Counter)
    wrong_by_source: Counter[str] = field(default_factory=Counter)


def score(cases: list[dict[str, Any]]) -> Score:
    """Flag accuracy, critical recall and false criticals of the lab engine on `cases` (the bench and the tests)."""
    s = Score(cases=len(cases))
    for case in cases:
        got = case_flag(case)
        expected = case["expect_flag"]
        family = case["source"].split(",")[0].split("(")[0].strip()[:60]
        s.by_source[family] += 1
        if got == expected:
            s.right += 1
        else:
            s.wrong_by_source[family] += 1
            s.misses.append((case["id"], (case.get("text") or json.dumps(case["fhir"]))[:80], expected, got))
        if expected.startswith("critical"):
            s.crit_total += 1
            s.crit_found += got == expected
            if got != expected:
                s.missed_critical.append(case["id"])
        elif got.startswith("critical"):
            s.false_crit += 1
            s.false_critical.append(case["id"])
    return s


def main(argv: list[str]) -> int:
    show = "--show-misses" in argv
    args = [a for a in argv if not a.startswith("--")]
    path = Path(args[0]) if args else Path(__file__).with_name("labs_cases.jsonl")
    cases = load_cases(path)
    started = time.perf_counter()
    s = score(cases)
    elapsed = time.perf_counter() - started
    print(f"cases: {len(cases)}   flag accuracy: {s.right}/{len(cases)} = {s.right / len(cases):.1%}")
    print(f"critical recall: {s.crit_found}/{s.crit_total} = {s.crit_found / max(s.crit_total, 1):.1%}   "
          f"non-critical cases flagged critical: {s.false_crit}")
    print(f"time: {elapsed * 1000 / len(cases):.1f} ms per case")
    print("by source:")
    for family, n in s.by_source.most_common():
        print(f"  {n - s.wrong_by_source[family]:>3}/{n:<3} {family}")
    if show or len(s.misses) <= 10:
        for cid, text, expected, got in s.misses:
            print(f"  MISS {cid}: expected {expected}, got {got}: {text}")
    return 0 if s.crit_found == s.crit_total else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
