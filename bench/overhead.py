"""Per-turn framework overhead with no model: guard, safety, router, agent, reply, review
gate, the SQLite checkpoint writes (durability="sync") and the audit write, end to end.

    python bench/overhead.py [--turns 300]

Target (issue 2): p50 under 20 ms per turn on this machine.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from carebridge.service import CareBridge

SCRIPT = ["I've had a sore throat and a runny nose for two days", "29, male", "3", "no", "none", "none", "no"]
SCRIPT_ZH = ["我肚子疼，拉肚子一天了", "34岁，女", "5分", "没有", "没有", "没有", "没有", "没有"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=300, help="turns to time (default 300)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cb = CareBridge(Path(tmp))
        cb.send("warmup", SCRIPT[0])  # imports, compiled regexes, SQLite pages
        samples: list[float] = []
        session = 0
        while len(samples) < args.turns:
            script = SCRIPT if session % 2 == 0 else SCRIPT_ZH
            for line in script:
                start = time.perf_counter()
                turn = cb.send(f"bench-{session}", line)
                samples.append((time.perf_counter() - start) * 1000)
                if turn.pending_review:
                    break
            session += 1
        one_shot: list[float] = []
        for _ in range(100):
            start = time.perf_counter()
            cb.triage_once("crushing chest pain spreading to my left arm", age=60, sex="M")
            one_shot.append((time.perf_counter() - start) * 1000)
        cb.close()
    for name, data in (("chat turn", sorted(samples)), ("one-shot triage", sorted(one_shot))):
        p95 = data[min(len(data) - 1, int(0.95 * len(data)))]
        print(f"{name:16s} n={len(data):4d}  p50={statistics.median(data):6.2f} ms  p95={p95:6.2f} ms  "
              f"max={data[-1]:6.2f} ms")
    verdict = "PASS" if statistics.median(samples) < 20 else "FAIL"
    print(f"target: chat-turn p50 < 20 ms (checkpoint + audit writes included) -> {verdict}")


if __name__ == "__main__":
    main()
