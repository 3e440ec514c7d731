"""Score the medication check on labelled drug pairs and drug names.

    .venv/bin/python bench/eval_meds.py [PAIRS.jsonl] [--names NAMES.jsonl] [--show-misses]

PAIRS: one `{"id", "lang", "drugs": [a, b], "expected": "major_or_worse" | "harmless"}` per line.
A `major_or_worse` pair counts as caught when the check reports an interaction between the
two drugs rated `major` or `contraindicated` (a combination product counts by its parts: an
interaction with either part of Percocet is one with Percocet); a `harmless` pair is a false
alarm when it does.
A pair whose names do not both resolve counts as missed (major) or not a false alarm (harmless),
and is listed separately. NAMES: one `{"name", "generic"}` per line; a name counts as resolved
when the check returns the same drug(s) for it as for the generic (wrong drug = listed
separately, never right).

The issue's bar: >= 95% of contraindicated/major pairs flagged major or worse, <= 1 in 15
harmless pairs flagged major or worse, >= 90% of names resolved.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from carebridge.tools.medication.engine import default_engine

SERIOUS = {"major", "contraindicated"}


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _resolved_ids(engine, name: str) -> frozenset[str]:
    """The drug ids the check gives `name` on its own: one drug, or each part of a combination product."""
    return frozenset(d["id"] for d in engine.check([name])["drugs"])


def score_pairs(engine, cases: list[dict], show: bool) -> None:
    caught = Counter()
    totals = Counter()
    unresolved, misses, alarms = [], [], []
    for case in cases:
        out = engine.check(case["drugs"])
        a_ids, b_ids = (_resolved_ids(engine, name) for name in case["drugs"])
        pair_ids = [sorted(a_ids) or None, sorted(b_ids) or None]
        # An interaction between the two names: one drug from each side (a combination counts by its parts).
        severities = {i["severity"] for i in out["interactions"]
                      if len(set(i["drug_ids"])) == 2 and any(
                          {x, y} == set(i["drug_ids"]) for x in a_ids for y in b_ids if x != y)}
        serious = bool(severities & SERIOUS)
        key = (case["expected"], case.get("lang", "?"))
        totals[key] += 1
        if not a_ids or not b_ids or a_ids == b_ids:
            unresolved.append((case["id"], case["drugs"], pair_ids))
        if case["expected"] == "major_or_worse":
            caught[key] += serious
            if not serious:
                misses.append((case["id"], case["drugs"], pair_ids, sorted(severities) or "none"))
        else:
            caught[key] += serious
            if serious:
                alarms.append((case["id"], case["drugs"], sorted(severities)))
    for expected, label in (("major_or_worse", "major/contraindicated pairs flagged major or worse"),
                            ("harmless", "harmless pairs flagged major or worse (false alarms)")):
        parts = []
        for lang in ("en", "zh"):
            n = totals[(expected, lang)]
            if n:
                parts.append(f"{lang} {caught[(expected, lang)]}/{n}")
        n = sum(totals[(expected, lang)] for lang in ("en", "zh", "?"))
        k = sum(caught[(expected, lang)] for lang in ("en", "zh", "?"))
        if n:
            print(f"{label}: {k}/{n} = {k / n:.1%}   ({', '.join(parts)})")
    print(f"pairs with a name that did not resolve: {len(unresolved)}")
    if show:
        for row in misses:
            print("  MISS ", *row)
        for row in alarms:
            print("  ALARM", *row)
        for row in unresolved:
            print("  UNRESOLVED", *row)


def score_names(engine, cases: list[dict], show: bool) -> None:
    right, wrong, unknown = 0, [], []
    for case in cases:
        got = _resolved_ids(engine, case["name"])
        # The label names a generic in words; it is right when both resolve to the same drug(s).
        if got and got == _resolved_ids(engine, case["generic"]):
            right += 1
        elif not got:
            unknown.append((case["name"], case["generic"]))
        else:
            wrong.append((case["name"], case["generic"], sorted(got)))
    n = len(cases)
    print(f"names resolved to the right generic: {right}/{n} = {right / n:.1%}   "
          f"unresolved (listed as unknown): {len(unknown)}   resolved to a different drug: {len(wrong)}")
    if show:
        for row in unknown:
            print("  UNKNOWN", *row)
        for row in wrong:
            print("  WRONG  ", *row)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="?", type=Path, help="labelled pairs (JSONL)")
    parser.add_argument("--names", type=Path, help="labelled names (JSONL)")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    engine = default_engine()
    started = time.perf_counter()
    if args.pairs:
        score_pairs(engine, _load(args.pairs), args.show_misses)
    if args.names:
        score_names(engine, _load(args.names), args.show_misses)
    print(f"time: {(time.perf_counter() - started) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
