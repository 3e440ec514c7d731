"""Follow-up throughput with no model: one patient reply end to end (red-flag screen, parse,
rules, SQLite answer + escalation transaction, inbox copy), and one scheduler tick.

    python bench/followup.py [--patients 40]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from carebridge.tools.followup.service import Actor, FollowupService

NOW = datetime(2026, 11, 22, 10, 0)
REPLIES = {
    "heart_failure": ["72 kg", "no", "yes", "no", "nothing else"],
    "post_operative": ["37.2", "yes", "no", "no", "3"],
    "diabetes": ["5.6 mmol/L", "no", "no"],
    "paediatric_fever": ["两岁", "38度5", "两天", "没有", "没有", "没有"],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=40, help="campaigns per protocol (default 40)")
    args = parser.parse_args()
    nurse = Actor.staff("bench")
    with tempfile.TemporaryDirectory() as tmp:
        svc = FollowupService(Path(tmp), clock=lambda: NOW)
        n = 0
        for protocol in REPLIES:
            day = svc.protocols.get(protocol).schedule_days[0]
            for _ in range(args.patients):
                n += 1
                svc.start(nurse, patient_id=f"P{n}", protocol=protocol, discharged=(NOW - timedelta(days=day)).date())
        t0 = time.perf_counter()
        ticked = svc.tick(nurse)
        tick_ms = (time.perf_counter() - t0) * 1000
        samples: list[float] = []
        for view in svc.campaigns(nurse):
            contact = view["next_contact"]["id"]
            for text in REPLIES[view["protocol_id"]]:
                t0 = time.perf_counter()
                svc.answer(Actor.patient(view["patient_id"]), contact, text)
                samples.append((time.perf_counter() - t0) * 1000)
        samples.sort()
        print(f"campaigns: {n}; first tick sent {len(ticked['attempted'])} questions in {tick_ms:.0f} ms "
              f"({tick_ms / max(1, len(ticked['attempted'])):.1f} ms each)")
        print(f"answers: {len(samples)}; p50 {statistics.median(samples):.1f} ms, "
              f"p95 {samples[int(len(samples) * 0.95)]:.1f} ms, max {samples[-1]:.1f} ms")
        print(f"inbox items: {len(svc.inbox_items(nurse))}")


if __name__ == "__main__":
    main()
