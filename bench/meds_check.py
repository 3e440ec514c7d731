"""Time the medication check: knowledge load, then lists of 2, 10, 100 and 300 drugs.

    python bench/meds_check.py [--repeat 20]

Prints cold-start time (load + validate + index) and p50/max per list size; the check is
(rules x drugs) + found pairs, so 300 drugs should stay well under a second.
"""

from __future__ import annotations

import argparse
import statistics
import time

from carebridge.tools.medication.engine import default_engine


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
