#!/usr/bin/env python3
"""Score the red-flag screen on a paraphrase bank: does each phrasing reach the emergency tier?

Usage:
    python bench/eval_paraphrases.py BANK.jsonl [--misses] [--json]

Each line of BANK is ``{"concept", "lang", "kind", "text"}`` with ``kind`` either
``present`` (the emergency concept is there: the message must be triaged emergency or
emergency_ambulance) or ``near_miss`` (negated, in the past, about someone else, or benign:
it must not be). Recall is the share of ``present`` lines triaged emergent; the false-positive
rate is the share of ``near_miss`` lines triaged emergent. Both are printed per concept and
per language.

Only the deterministic engine is used (lexicon + rules, no model, no service), the same
decision `carebridge triage` makes for a single message with no stated age or sex.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from carebridge.tools.slots import parse_duration_days
from carebridge.tools.triage_engine import decide_urgency, extract_findings, patient_facts

EMERGENT = {"emergency", "emergency_ambulance"}


def emergent(text: str) -> tuple[bool, list[str], list[str]]:
    """(triaged emergent?, red-flag rule ids, findings) for one message."""
    found = extract_findings(text)
    facts = patient_facts({}, {"duration_days": parse_duration_days(text)}, found)
    urgency, flags, _ = decide_urgency(found.present, facts)
    return urgency in EMERGENT, [f.id for f in flags], found.present


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bank", type=Path)
    parser.add_argument("--misses", action="store_true", help="list every miss and false positive")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.bank.read_text(encoding="utf-8").splitlines() if line.strip()]
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # present hit/n, near fp/n
    misses: list[str] = []
    for row in rows:
        hit, flags, present = emergent(row["text"])
        for key in ((row["concept"], row["lang"]), (row["concept"], "all"), ("ALL", row["lang"]), ("ALL", "all")):
            t = tally[key]
            if row["kind"] == "present":
                t[0] += hit
                t[1] += 1
            else:
                t[2] += hit
                t[3] += 1
        if (row["kind"] == "present") != hit:
            tag = "MISS" if row["kind"] == "present" else "FP  "
            misses.append(f"{tag} {row['concept']:<24} {row['lang']}  {row['text']}\n       flags={flags} findings={present}")

    def pct(a: int, b: int) -> str:
        return f"{a}/{b} ({100 * a / b:.1f}%)" if b else "-"

    if args.json:
        out = {f"{c}|{lang}": {"recall": [t[0], t[1]], "false_positive": [t[2], t[3]]} for (c, lang), t in sorted(tally.items())}
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    print(f"{'concept':<26}{'recall en':>18}{'recall zh':>18}{'fp en':>14}{'fp zh':>14}")
    concepts = sorted({c for c, _ in tally if c != "ALL"}) + ["ALL"]
    for c in concepts:
        en, zh = tally[(c, "en")], tally[(c, "zh")]
        print(f"{c:<26}{pct(en[0], en[1]):>18}{pct(zh[0], zh[1]):>18}{pct(en[2], en[3]):>14}{pct(zh[2], zh[3]):>14}")
    t = tally[("ALL", "all")]
    print(f"\noverall recall {pct(t[0], t[1])}, false-positive rate {pct(t[2], t[3])}")
    if args.misses:
        print("\n" + "\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
