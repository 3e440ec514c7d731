"""Time the medication check: knowledge load, a realistic 20-drug list, then 2 to 300 drugs.

    python bench/meds_check.py [--repeat 20]

Prints cold-start time (load + validate + index) and p50/max per list; the check is
(rules x drugs) + found pairs, so 300 drugs should stay well under a second. The issue's
target: a 20-drug list (190 pairs) in under 50 ms after start-up.
"""

from __future__ import annotations

import argparse
import statistics
import time

from carebridge.tools.medication.engine import default_engine

# A discharge list of an elderly cardiac patient, as a ward would type it: generic, brand and
# Chinese names, some with doses (several real interactions among them).
POLYPHARMACY_20 = [
    "阿司匹林 100mg qd", "波立维", "atorvastatin 40mg", "美托洛尔", "amlodipine 5mg", "lisinopril",
    "二甲双胍 500mg bid", "insulin glargine", "奥美拉唑", "furosemide 40mg", "螺内酯", "warfarin",
    "地高辛", "amiodarone", "优甲乐", "sertraline", "曲马多", "paracetamol 1g qid", "别嘌醇", "tamsulosin",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="runs per list size (default 20)")
    args = parser.parse_args()
    started = time.perf_counter()
    engine = default_engine()
    print(f"knowledge load + validation + name index: {(time.perf_counter() - started) * 1000:.0f} ms "
          f"({len(engine.kb.drugs)} drugs, {len(engine.kb.interactions)} interaction rules)")
    # Mixed scripts and brands, as people type them.
    names = [d.zh if i % 3 == 0 else (d.brands[0] if d.brands and i % 3 == 1 else d.name_en)
             for i, d in enumerate(engine.kb.drugs.values())]
    t = time.perf_counter()
    engine.check(POLYPHARMACY_20, egfr=40)
    print(f"20-drug discharge list, first check (names not seen before): {(time.perf_counter() - t) * 1000:.1f} ms")
    samples = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        out = engine.check(POLYPHARMACY_20, egfr=40)
        samples.append((time.perf_counter() - t) * 1000)
    print(f"20-drug discharge list (190 pairs), repeated: p50 {statistics.median(samples):.1f} ms, max {max(samples):.1f} ms, "
          f"{len(out['interactions'])} interactions, {len(out['alerts'])} alerts, {len(out['unknown'])} unknown "
          f"(target: < 50 ms)")
    for size in (2, 10, 100, 300):
        samples = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            out = engine.check(names[:size], egfr=40, pregnant=True)
            samples.append((time.perf_counter() - t) * 1000)
        print(f"{size:>4} drugs: p50 {statistics.median(samples):7.1f} ms, max {max(samples):7.1f} ms, "
              f"{len(out['interactions'])} interactions, {len(out['alerts'])} alerts, {len(out['unknown'])} unknown")


if __name__ == "__main__":
    main()
