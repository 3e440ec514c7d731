"""How well the red-flag screen recognises emergencies in words it has not seen.

    .venv/bin/python bench/eval_paraphrases.py PARAPHRASES.jsonl [--show-misses]

Each line: `{"concept", "lang", "kind": "present" | "near_miss", "text"}`. A `present` line
is recognised when the deterministic decision for that one message (no age or sex given,
exactly as a patient's first message) is `emergency` or `emergency_ambulance`; a `near_miss`
(denied, past, someone else, benign) is a false alarm when it is. Prints recall and false
alarms per language and per concept.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from carebridge.tools.triage_engine import extract_findings, patient_facts, rank, triage

EMERGENT = rank("emergency")


def emergent(text: str) -> bool:
    found = extract_findings(text)
    return rank(triage(found, patient_facts({}, None, found)).urgency) >= EMERGENT


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.path.read_text(encoding="utf-8").splitlines() if line.strip()]
    hit, total = Counter(), Counter()
    misses = []
    for row in rows:
        fired = emergent(row["text"])
        key = (row["kind"], row["lang"])
        total[key] += 1
        total[(row["kind"], row["concept"])] += 1
        if fired:
            hit[key] += 1
            hit[(row["kind"], row["concept"])] += 1
        if fired != (row["kind"] == "present"):
            misses.append(row)
    for kind, label in (("present", "emergencies recognised"), ("near_miss", "near misses called an emergency")):
        parts = [f"{lang} {hit[(kind, lang)]}/{total[(kind, lang)]}" for lang in ("en", "zh") if total[(kind, lang)]]
        n = sum(total[(kind, lang)] for lang in ("en", "zh"))
        k = sum(hit[(kind, lang)] for lang in ("en", "zh"))
        print(f"{label}: {k}/{n} = {k / max(n, 1):.1%}   ({', '.join(parts)})")
    print("by concept (recognised / present, false alarms / near misses):")
    for concept in sorted({r["concept"] for r in rows}):
        print(f"  {concept:28s} {hit[('present', concept)]:3d}/{total[('present', concept)]:<3d}"
              f"  {hit[('near_miss', concept)]:2d}/{total[('near_miss', concept)]}")
    if args.show_misses:
        for row in misses:
            print(f"  {'MISS ' if row['kind'] == 'present' else 'ALARM'} {row['concept']:24s} {row['lang']} {row['text']}")


if __name__ == "__main__":
    main()
