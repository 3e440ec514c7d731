"""Per-turn framework overhead with no model: guard, safety, router, agent, reply, review
gate, the SQLite checkpoint writes (durability="sync") and the audit write, end to end.

    python bench/overhead.py [--turns 300] [--breakdown] [--profile N]

--breakdown also prints the per-turn p50 of the parts (wall time, time.perf_counter): the safety
node (screen_message and its answer reading), the agent node, the checkpoint writes
(SqliteSaver.put and put_writes, summed; they run on LangGraph's background thread, so they
include GIL waits) and the audit write; "rest" is the turn less those parts (LangGraph's own
loop, guard, router, reply, review gate, the state read). It also prints what the checkpoint
writes are: put and put_writes calls per turn, the bytes they serialise, and the CPU time of
the background thread in them (thread_time: the wall figure less its waits for the GIL and the
saver's lock). --profile N prints cProfile's top N functions by own time over the timed chat turns.

Target (issue 2): p50 under 20 ms per turn on this machine.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import pstats
import statistics
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from carebridge.graphs import hospital
from carebridge.service import CareBridge

SCRIPT = ["I've had a sore throat and a runny nose for two days", "29, male", "3", "no", "none", "none", "no"]
SCRIPT_ZH = ["我肚子疼，拉肚子一天了", "34岁，女", "5分", "没有", "没有", "没有", "没有", "没有"]


PARTS = ("safety", "agent", "checkpoint", "audit")
COUNTS = ("put calls", "put_writes calls", "checkpoint KB", "checkpoint cpu ms")


def _timed(fn: Callable[..., Any], part: str, spent: dict[str, float]) -> Callable[..., Any]:
    """`fn`, adding its wall time (ms) to spent[part]."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[part] += (time.perf_counter() - start) * 1000

    return wrapper


def _counted(fn: Callable[..., Any], count: str, spent: dict[str, float]) -> Callable[..., Any]:
    """`fn`, counting its calls in spent[count] and the calling thread's CPU time (ms) in it."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        spent[count] += 1
        start = time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent["checkpoint cpu ms"] += (time.thread_time() - start) * 1000

    return wrapper


def _instrument(spent: dict[str, float]) -> Callable[[CareBridge], None]:
    """Wrap the safety and agent nodes (before the graph is built) and return the hook that wraps a
    CareBridge's checkpoint and audit writes."""
    make_safety, unsaved_steps = hospital.make_safety, hospital._unsaved_steps
    hospital.make_safety = lambda *a, **k: _timed(make_safety(*a, **k), "safety", spent)  # type: ignore[assignment]

    def timed_agent(agent_graph: Any) -> Any:
        node = unsaved_steps(agent_graph)
        return _timed(node, "agent", spent) if callable(node) and not hasattr(node, "invoke") else node

    hospital._unsaved_steps = timed_agent  # type: ignore[assignment]

    def hook(cb: CareBridge) -> None:
        for name in ("put", "put_writes"):
            setattr(cb.checkpointer, name, _counted(_timed(getattr(cb.checkpointer, name), "checkpoint", spent),
                                                    f"{name} calls", spent))
        dumps = cb.checkpointer.serde.dumps_typed

        def counted_dumps(value: Any) -> tuple[str, bytes]:
            out = dumps(value)
            spent["checkpoint KB"] += len(out[1]) / 1024
            return out

        cb.checkpointer.serde.dumps_typed = counted_dumps  # type: ignore[method-assign]
        for name in ("sync_state_events", "add_review", "append", "close_review"):
            setattr(cb.audit, name, _timed(getattr(cb.audit, name), "audit", spent))

    return hook


def _line(name: str, data: list[float]) -> str:
    data = sorted(data)
    p95 = data[min(len(data) - 1, int(0.95 * len(data)))]
    return (f"{name:16s} n={len(data):4d}  p50={statistics.median(data):6.2f} ms  p95={p95:6.2f} ms  "
            f"max={data[-1]:6.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=300, help="turns to time (default 300)")
    parser.add_argument("--breakdown", action="store_true",
                        help="also print per-turn p50 of the safety node, agent node, checkpoint and audit writes")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="print cProfile's top N functions (own time) over the timed chat turns")
    args = parser.parse_args()
    spent: dict[str, float] = defaultdict(float)
    hook = _instrument(spent) if args.breakdown else None
    parts: dict[str, list[float]] = {p: [] for p in (*PARTS, "rest", *COUNTS)}
    profiler = cProfile.Profile() if args.profile else None
    with tempfile.TemporaryDirectory() as tmp:
        cb = CareBridge(Path(tmp))
        if hook is not None:
            hook(cb)
        cb.send("warmup", SCRIPT[0])  # imports, compiled regexes, SQLite pages
        samples: list[float] = []
        session = 0
        while len(samples) < args.turns:
            script = SCRIPT if session % 2 == 0 else SCRIPT_ZH
            for line in script:
                spent.clear()
                if profiler is not None:
                    profiler.enable()
                start = time.perf_counter()
                turn = cb.send(f"bench-{session}", line)
                samples.append((time.perf_counter() - start) * 1000)
                if profiler is not None:
                    profiler.disable()
                if hook is not None:
                    for p in PARTS:
                        parts[p].append(spent[p])
                    parts["rest"].append(samples[-1] - sum(spent[p] for p in PARTS))
                    for c in COUNTS:
                        parts[c].append(spent[c])
                if turn.pending_review:
                    break
            session += 1
        one_shot: list[float] = []
        for _ in range(100):
            start = time.perf_counter()
            cb.triage_once("crushing chest pain spreading to my left arm", age=60, sex="M")
            one_shot.append((time.perf_counter() - start) * 1000)
        cb.close()
    for name, data in (("chat turn", samples), ("one-shot triage", one_shot)):
        print(_line(name, data))
    verdict = "PASS" if statistics.median(samples) < 20 else "FAIL"
    print(f"target: chat-turn p50 < 20 ms (checkpoint + audit writes included) -> {verdict}")
    if hook is not None:
        print("per chat turn (p50 of each part; the parts' p50s need not add up to the turn's):")
        for p in (*PARTS, "rest"):
            print("  " + _line(p, parts[p]))
        print("checkpoint writes per chat turn (mean; the background thread's CPU, without its waits):")
        print("  " + "  ".join(f"{c}={statistics.fmean(parts[c]):.2f}" for c in COUNTS))
    if profiler is not None:
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)


if __name__ == "__main__":
    main()
