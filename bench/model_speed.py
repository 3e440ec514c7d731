"""Local model speed and token cost on random-weight GGUFs with real shapes (not a test; figures for the README).

    .venv/bin/python bench/model_speed.py [--models 0.5b,1.5b] [--threads 2] [--requests 2]
        [--vocab PATH/ggml-vocab-qwen2.gguf] [--work-dir /tmp/carebridge-bench]

For each model: writes a random-weight F16 GGUF with the real shape (Qwen2.5-0.5B / -1.5B),
quantises it to Q4_K_M with llama.cpp's own quantiser (`llama_model_quantize` in the
installed llama-cpp-python, no separate build), then prints:
  - prompt and generation tokens/s, raw llama-cpp-python vs the carebridge adapter (overhead),
  - memory bandwidth measured here, and bandwidth / file size as the generation limit,
  - time to first token on the first and on a later turn of one conversation,
  - prompt and generated tokens per resolved request for each agent, next to LangGraph's
    prebuilt ReAct agent with the same model and the same engines as tools.
Random weights say nothing about answer quality: only speed and the token cost of each
control flow are measured. Other work on the machine slows everything; the load average is
printed so a run on a busy machine can be told apart (re-run on a quiet one for the README).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tarfile
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from tests.tiny_gguf import QWEN25_05B, QWEN25_15B, TINY, byte_vocab, vocab_from_gguf, write_gguf  # noqa: E402

# "tiny" only smoke-tests this script (the test model: 2 layers, byte-level vocabulary).
SHAPES = {"0.5b": QWEN25_05B, "1.5b": QWEN25_15B, "tiny": TINY}
SDIST = Path("/tmp/dl/llama_cpp_python-0.3.36.tar.gz")
VOCAB_IN_SDIST = "llama_cpp_python-0.3.36/vendor/llama.cpp/models/ggml-vocab-qwen2.gguf"
TRIAGE = ["Was mowing the lawn and got this heavy squeezing feeling in the middle of my chest, it goes into my jaw and I'm drenched in sweat.",
          "我孩子3岁，发烧39度两天了，今天有点咳嗽，精神还可以，吃饭少一点。"]
MEDICATION = ["I take warfarin for my heart. Can I take ibuprofen together with it for my back?",
              "我在吃波立维，能不能同时吃奥美拉唑？"]
REPORTS = ["化验单：血钾 6.9 mmol/L，血钠 135 mmol/L，肌酐 180 umol/L", "My lab results: Hb 7.2 g/dL, WBC 12.5 x10^9/L, ALT 250 U/L"]
FOLLOWUP = ["hmm, I had to sit up in the chair most of the night to catch my breath", "有点，晚上得垫高枕头才行"]
CONVERSATION = ["I take warfarin. Can I take ibuprofen together with it?", "And what about aspirin together with them?",
                "Also omeprazole, can I take that with the others?"]


def qwen2_vocab(work_dir: Path) -> Path:
    """llama.cpp's Qwen2 vocabulary GGUF, taken once from the llama-cpp-python sdist at SDIST into `work_dir`."""
    vocab = work_dir / "ggml-vocab-qwen2.gguf"
    if not vocab.exists():
        work_dir.mkdir(parents=True, exist_ok=True)
        with tarfile.open(SDIST) as tar:
            vocab.write_bytes(tar.extractfile(tar.getmember(VOCAB_IN_SDIST)).read())  # type: ignore[union-attr]
    return vocab


def machine() -> dict[str, Any]:
    """Cores, load and memory, so a reader can judge the figures."""
    from carebridge.graphs.gguf_info import memory_available
    from carebridge.graphs.llama import available_cores

    load = os.getloadavg()
    return {"cores": available_cores(), "load_avg_1_5_15": [round(x, 2) for x in load],
            "mem_available_gb": round((memory_available() or 0) / 2**30, 1)}


def bandwidth(threads: int, mb: int = 512, repeats: int = 5) -> float:
    """Read bandwidth (GB/s): `threads` threads each take the max of their part of a large array (best of a few).

    NOTE: `max` is a SIMD read with almost no arithmetic; `sum` (pairwise, float) measured
    about a quarter lower here, which would flatter the efficiency figure.
    """
    data = np.ones(mb * 2**20 // 4, dtype=np.float32)
    parts = np.array_split(data, threads)
    best = 0.0
    for _ in range(repeats):
        workers = [threading.Thread(target=np.max, args=(p,)) for p in parts]
        started = time.perf_counter()
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        best = max(best, data.nbytes / (time.perf_counter() - started) / 1e9)
    return best


def build_model(name: str, work: Path, vocab_path: Path | None) -> tuple[Path, dict[str, float]]:
    """The Q4_K_M random-weight model (cached in `work`), and how long writing and quantising took."""
    import llama_cpp

    out = work / f"qwen2.5-{name}-random-Q4_K_M.gguf"
    timings: dict[str, float] = {}
    if out.exists():
        return out, timings
    shape = SHAPES[name]
    vocab = vocab_from_gguf(vocab_path) if vocab_path and shape.n_vocab else byte_vocab(shape.n_vocab)
    f16 = work / f"qwen2.5-{name}-random-F16.gguf"
    started = time.perf_counter()
    write_gguf(f16, shape, seed=0, vocab=vocab, name=f"qwen2.5-{name}-random")
    timings["write_f16_s"] = round(time.perf_counter() - started, 1)
    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = llama_cpp.LLAMA_FTYPE_MOSTLY_Q4_K_M
    params.nthread = os.cpu_count() or 1
    started = time.perf_counter()
    log = work / "quantize.log"
    # llama.cpp prints a line per tensor on stderr; keep it in a file instead of the report.
    saved = os.dup(2)
    with open(log, "w") as sink:
        os.dup2(sink.fileno(), 2)
        try:
            failed = llama_cpp.llama_model_quantize(str(f16).encode(), str(out).encode(), params) != 0
        finally:
            os.dup2(saved, 2)
            os.close(saved)
    if failed:
        raise SystemExit(f"llama.cpp could not quantise {f16}; see {log}")
    timings["quantize_s"] = round(time.perf_counter() - started, 1)
    f16.unlink()
    return out, timings


def speed(model: Any, n_prompt: int = 512, n_gen: int = 96, repeats: int = 6) -> dict[str, float]:
    """Prompt and generation tokens/s, raw llama-cpp-python vs the adapter, same prompt and sampler."""
    import llama_cpp
    from langchain_core.messages import HumanMessage, SystemMessage

    llama = model.loaded.llama
    filler = "The patient reports symptoms over several days and asks what to do next. " * 80
    prompt = llama.tokenize(filler.encode(), add_bos=False)[:n_prompt]
    prompt_tps = []
    for _ in range(repeats):
        llama.reset()
        started = time.perf_counter()
        llama.eval(prompt)
        prompt_tps.append(len(prompt) / (time.perf_counter() - started))
    messages = [SystemMessage("You are a hospital assistant."), HumanMessage("Explain what a high potassium value means.")]
    chat_tokens = model.loaded.tokens([{"role": "system", "content": messages[0].content},
                                       {"role": "user", "content": messages[1].content}], None)
    def raw_run() -> float:
        # llama-cpp-python's own streaming completion over the same templated prompt; tokens are
        # counted and timed as they are sampled (a stopping criterion sees each one).
        stamps: list[tuple[int, float]] = []

        def seen(ids: Any, _logits: Any) -> bool:
            if not stamps or len(ids) > stamps[-1][0]:
                stamps.append((len(ids), time.perf_counter()))
            return False

        for _part in llama.create_completion(chat_tokens, max_tokens=n_gen, temperature=0.0, stream=True,
                                             stopping_criteria=llama_cpp.StoppingCriteriaList([seen])):
            pass
        return (len(stamps) - 1) / (stamps[-1][1] - stamps[0][1]) if len(stamps) > 1 else 0.0

    def adapter_run() -> float:
        # The langchain-core chat model's stream: templating, grammar-free sampling, callbacks, chunks.
        chunks = list(model.stream(messages, max_tokens=n_gen))
        meta = next(c.response_metadata for c in reversed(chunks) if c.response_metadata)
        gen_s = (meta["total_ms"] - meta["ttft_ms"]) / 1000
        return (meta["completion_tokens"] - 1) / gen_s if gen_s > 0 else 0.0

    raw_tps, adapter_tps = [], []
    for i in range(repeats):
        # Alternate which side goes first; both start with the prompt already evaluated, so only
        # generation is timed.
        for side in ((raw_run, raw_tps), (adapter_run, adapter_tps))[:: 1 if i % 2 == 0 else -1]:
            llama.reset()
            model.loaded.prefixes._states.clear()
            llama.eval(chat_tokens)
            side[1].append(side[0]())
    # Best of the runs: on a shared machine other work only ever slows a run down.
    raw, adapter = max(raw_tps), max(adapter_tps)
    return {"prompt_tps": round(max(prompt_tps), 1), "gen_tps_raw": round(raw, 2),
            "gen_tps_raw_median": round(statistics.median(raw_tps), 2), "gen_tps_adapter_median": round(statistics.median(adapter_tps), 2),
            "gen_tps_adapter": round(adapter, 2), "adapter_overhead_pct": round(100 * (1 - adapter / raw), 1) if raw else None}


def per_token_overhead_us(work: Path, threads: int, n: int = 1500, repeats: int = 5) -> float:
    """The adapter's own cost per generated token, in microseconds, measured where compute is nearly nil.

    On a real model the few microseconds vanish in the noise of a shared machine, so they are
    measured on the tiny test model (2 layers, 64 wide): `Llama.generate` alone vs the adapter's
    stream (detokenising, UTF-8 decoding, message chunks, callbacks), best of a few runs.
    """
    from langchain_core.messages import HumanMessage, SystemMessage

    from carebridge.graphs.model_config import ModelConfig
    from carebridge.graphs.models import load_chat_model
    from tests.tiny_gguf import TINY

    path = work / "tiny-random.gguf"
    if not path.exists():
        write_gguf(path, TINY, seed=1)
    model = load_chat_model(ModelConfig(path=str(path), n_ctx=4096, n_threads=threads, max_tokens=n, cache_mb=0))
    llama = model.loaded.llama  # type: ignore[union-attr]
    messages = [SystemMessage("s"), HumanMessage("hello")]
    prompt = model.loaded.tokens([{"role": "system", "content": "s"}, {"role": "user", "content": "hello"}], None)  # type: ignore[union-attr]
    raw, adapter = [], []
    for _ in range(repeats):
        llama.reset()
        llama.eval(prompt)
        count, started = 0, time.perf_counter()
        for _token in llama.generate(prompt, temp=0.0, top_k=40, top_p=0.95, min_p=0.05, repeat_penalty=1.0):
            count += 1
            if count >= n:
                break
        raw.append((time.perf_counter() - started) / count)
        llama.reset()
        llama.eval(prompt)
        started = time.perf_counter()
        chunks = list(model.stream(messages, max_tokens=n))
        meta = next(c.response_metadata for c in reversed(chunks) if c.response_metadata)
        adapter.append((time.perf_counter() - started) / max(meta["completion_tokens"], 1))
    return max(0.0, (min(adapter) - min(raw)) * 1e6)


def conversation_ttft(model: Any, data: Path) -> dict[str, Any]:
    """Time to first token of the model call on turn 1 (cold: nothing cached) and later turns of one chat."""
    from carebridge.service import CareBridge

    model.loaded.llama.reset()
    model.loaded.prefixes._states.clear()
    cb = CareBridge(data, model=model)
    out = []
    for i, text in enumerate(CONVERSATION):
        cb.send("conv", text)
        events = [e["data"] for e in cb.audit.entries("conv") if e["kind"] == "model"]
        last = events[-1]
        out.append({"turn": i + 1, "purpose": last["purpose"], "prompt_tokens": last.get("prompt_tokens"),
                    "reused": last.get("prompt_tokens_reused"), "ttft_ms": last.get("ttft_ms")})
    cb.close()
    return {"turns": out, "cached_over_cold": round(out[-1]["ttft_ms"] / out[0]["ttft_ms"], 3) if out[0]["ttft_ms"] else None}


def _tokens(events: list[dict[str, Any]]) -> tuple[int, int, int]:
    """(prompt tokens sent, generated, prompt tokens evaluated after KV-cache reuse)."""
    return (sum(e.get("prompt_tokens") or 0 for e in events), sum(e.get("completion_tokens") or 0 for e in events),
            sum((e.get("prompt_tokens") or 0) - (e.get("prompt_tokens_reused") or 0) for e in events))


def carebridge_requests(model: Any, data: Path, n: int) -> dict[str, dict[str, Any]]:
    """Tokens per request through carebridge's own flow; every request is resolved (rules answer if the model fails)."""
    import sqlite3
    from datetime import datetime, timedelta

    from carebridge.service import CareBridge
    from carebridge.tools.followup.service import Actor, FollowupService

    cb = CareBridge(data / "cb", model=model)
    results: dict[str, dict[str, Any]] = {}

    def record(agent: str, events: list[dict[str, Any]], resolved: bool) -> None:
        r = results.setdefault(agent, {"requests": 0, "resolved": 0, "prompt": 0, "generated": 0, "calls": 0, "evaluated": 0})
        p, g, e = _tokens(events)
        r["requests"] += 1
        r["resolved"] += int(resolved)
        r["prompt"] += p
        r["generated"] += g
        r["evaluated"] += e
        r["calls"] += len(events)

    for text in TRIAGE[:n]:
        out = cb.triage_once(text)
        record("triage", [e["data"] for e in cb.audit.entries(out["session_id"]) if e["kind"] == "model"], bool(out["urgency"]))
    for agent, texts in (("medication", MEDICATION), ("report", REPORTS)):
        for i, text in enumerate(texts[:n]):
            turn = cb.send(f"{agent}-{i}", text)
            record(agent, [e["data"] for e in cb.audit.entries(f"{agent}-{i}") if e["kind"] == "model"],
                   turn.reply.get("kind") == "answer")
    cb.close()
    now = datetime(2026, 11, 22, 10, 0)
    for i, text in enumerate(FOLLOWUP[:n]):
        svc = FollowupService(data / f"fu{i}", model=model, clock=lambda: now)
        svc.start(Actor.staff("Nurse Li"), patient_id="P1", protocol="heart_failure", lang="en",
                  discharged=(now - timedelta(days=2)).date())
        svc.answer(Actor.patient("P1"), "FU-0001-D2", "72 kg")  # the weight question first (read by the lexicon)
        out = svc.answer(Actor.patient("P1"), "FU-0001-D2", text)
        svc.close()
        with sqlite3.connect(data / f"fu{i}" / "followup.sqlite") as conn:
            events = [json.loads(t) for (t,) in conn.execute("SELECT text FROM messages WHERE kind = 'model_event'")]
        record("followup", events, out["recorded"] or out["reask"])
    return results


def react_requests(model: Any, n: int) -> dict[str, dict[str, Any]]:
    """The same requests through LangGraph's prebuilt ReAct agent."""
    from react_baseline import run_react

    results: dict[str, dict[str, Any]] = {}
    for agent, texts in (("triage", TRIAGE), ("medication", MEDICATION), ("report", REPORTS),
                         ("followup", [f'Follow-up question: "Are you more breathless when lying flat?" Reply: {t}'
                                       for t in FOLLOWUP])):
        for text in texts[:n]:
            out = run_react(model, text)
            r = results.setdefault(agent, {"requests": 0, "resolved": 0, "prompt": 0, "generated": 0, "calls": 0, "evaluated": 0})
            r["evaluated"] += out["evaluated_tokens"]
            r["requests"] += 1
            r["resolved"] += int(out["resolved"])
            r["prompt"] += out["prompt_tokens"]
            r["generated"] += out["generated_tokens"]
            r["calls"] += out["calls"]
    return results


def per_resolved(r: dict[str, Any]) -> tuple[float, float]:
    k = max(r["resolved"], 1) if r["resolved"] else float("nan")
    return r["prompt"] / k, r["generated"] / k


def print_table(cb: dict[str, dict[str, Any]], react: dict[str, dict[str, Any]]) -> dict[str, Any]:
    print("\nTokens per resolved request (prompt + generated), same model, same requests")
    print(f"{'agent':<11} {'carebridge':>26} {'ReAct (create_react_agent)':>30} {'ratio':>7}")
    totals = {"cb": [0, 0, 0], "react": [0, 0, 0]}
    for agent in cb:
        a, b = cb[agent], react.get(agent, {"requests": 0, "resolved": 0, "prompt": 0, "generated": 0, "calls": 0})
        ap, ag = per_resolved(a)
        bp, bg = per_resolved(b)
        ratio = (ap + ag) / (bp + bg) if b["resolved"] else float("nan")
        print(f"{agent:<11} {ap:>8.0f} + {ag:>5.0f} ({a['resolved']}/{a['requests']}, {a['calls']} calls)"
              f" {bp:>10.0f} + {bg:>5.0f} ({b['resolved']}/{b['requests']}, {b['calls']} calls) {ratio:>7.2f}")
        for key, r in (("cb", a), ("react", b)):
            totals[key][0] += r["prompt"] + r["generated"]
            totals[key][1] += r["resolved"]
            totals[key][2] += r["requests"]
    cb_per = totals["cb"][0] / max(totals["cb"][1], 1)
    react_per = totals["react"][0] / totals["react"][1] if totals["react"][1] else float("nan")
    print(f"{'all':<11} {cb_per:>16.0f} tokens/resolved {react_per:>20.0f} tokens/resolved {cb_per / react_per:>7.2f}")
    evaluated = {k: sum(r["evaluated"] for r in side.values()) / max(sum(r["resolved"] for r in side.values()), 1)
                 for k, side in (("cb", cb), ("react", react))}
    print(f"prompt tokens actually evaluated per resolved request (the rest came from the KV cache): "
          f"carebridge {evaluated['cb']:.0f}, ReAct {evaluated['react']:.0f}")
    return {"carebridge_tokens_per_resolved": round(cb_per), "react_tokens_per_resolved": round(react_per) if react_per == react_per else None,
            "ratio": round(cb_per / react_per, 3) if react_per == react_per else None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", default="0.5b", help="comma list of 0.5b, 1.5b, tiny (default 0.5b)")
    parser.add_argument("--threads", type=int, default=None, help="llama.cpp threads (default: the cores available)")
    parser.add_argument("--requests", type=int, default=2, help="requests per agent, up to 2 (default 2)")
    parser.add_argument("--max-tokens", type=int, default=256, help="generation cap per model call, both sides (default 256)")
    parser.add_argument("--vocab", type=Path, default=None,
                        help="a vocabulary GGUF for real token counts (default: llama.cpp's ggml-vocab-qwen2.gguf from "
                             f"{SDIST} if present, else a byte-level vocabulary padded to Qwen's size)")
    parser.add_argument("--work-dir", type=Path, default=Path(tempfile.gettempdir()) / "carebridge-bench")
    parser.add_argument("--no-compare", action="store_true", help="speed and time to first token only (skip the "
                        "carebridge vs ReAct token comparison, the slow part)")
    parser.add_argument("--json", action="store_true", help="also print all figures as one JSON object")
    args = parser.parse_args()

    import llama_cpp

    from carebridge.graphs.model_config import ModelConfig
    from carebridge.graphs.models import load_chat_model

    args.work_dir.mkdir(parents=True, exist_ok=True)
    vocab = args.vocab or (qwen2_vocab(args.work_dir) if SDIST.exists() else None)
    report: dict[str, Any] = {"machine": machine(), "llama_cpp": llama_cpp.__version__,
                              "vocab": str(vocab) if vocab else "byte-level (synthetic)"}
    threads = args.threads or report["machine"]["cores"]
    print(f"machine: {report['machine']}  llama-cpp-python {llama_cpp.__version__}  threads {threads}")
    print(f"tokenizer: {report['vocab']}")
    bw = bandwidth(threads)
    report["bandwidth_gbps"] = round(bw, 2)
    print(f"memory read bandwidth ({threads} threads, numpy): {bw:.1f} GB/s")
    overhead_us = per_token_overhead_us(args.work_dir, threads)
    report["adapter_overhead_us_per_token"] = round(overhead_us, 1)
    print(f"adapter's own cost per generated token (tiny model, compute nearly nil): {overhead_us:.0f} µs")
    for name in args.models.split(","):
        path, build = build_model(name.strip(), args.work_dir, vocab)
        size = path.stat().st_size
        cfg = ModelConfig(path=str(path), n_ctx=4096, n_threads=threads, max_tokens=args.max_tokens, temperature=0.0,
                          timeout_s=600, cache_mb=1024, source="bench")
        model = load_chat_model(cfg)
        figures: dict[str, Any] = {"file": str(path), "size_mb": round(size / 2**20), **build}
        print(f"\n== Qwen2.5-{name} shape, random weights, Q4_K_M: {size / 2**20:.0f} MB {build or '(cached)'}")
        figures |= speed(model)
        limit = bw * 1e9 / size
        figures["bandwidth_limit_tps"] = round(limit, 1)
        figures["gen_vs_limit_pct"] = round(100 * figures["gen_tps_adapter"] / limit, 1)
        figures["adapter_overhead_pct_from_us"] = round(100 * overhead_us * 1e-6 * figures["gen_tps_raw"], 2)
        print(f"prompt {figures['prompt_tps']} tok/s; generation raw {figures['gen_tps_raw']} tok/s, adapter "
              f"{figures['gen_tps_adapter']} tok/s (best of runs; medians {figures['gen_tps_raw_median']} / "
              f"{figures['gen_tps_adapter_median']}); bandwidth limit {limit:.1f} tok/s -> {figures['gen_vs_limit_pct']}% of it")
        print(f"adapter overhead: {figures['adapter_overhead_pct']}% measured side by side on this model (noise of a "
              f"shared machine included); {overhead_us:.0f} µs per token = {figures['adapter_overhead_pct_from_us']}% "
              "of a token at the raw speed")
        with tempfile.TemporaryDirectory() as tmp:
            figures["ttft"] = conversation_ttft(model, Path(tmp) / "conv")
            for t in figures["ttft"]["turns"]:
                print(f"turn {t['turn']} ({t['purpose']}): time to first token {t['ttft_ms']} ms, "
                      f"prompt {t['prompt_tokens']} tokens of which {t['reused']} reused from the cache")
            print(f"later turn / first turn time to first token: {figures['ttft']['cached_over_cold']}")
            if args.no_compare:
                report[name] = figures
                continue
            started = time.perf_counter()
            cb = carebridge_requests(model, Path(tmp), args.requests)
            figures["carebridge_s"] = round(time.perf_counter() - started, 1)
        started = time.perf_counter()
        react = react_requests(model, args.requests)
        figures["react_s"] = round(time.perf_counter() - started, 1)
        figures["carebridge"], figures["react"] = cb, react
        figures["tokens"] = print_table(cb, react)
        print(f"wall time: carebridge {figures['carebridge_s']} s, ReAct {figures['react_s']} s")
        report[name] = figures
    report["machine_after"] = machine()
    print(f"\nload average after the run: {report['machine_after']['load_avg_1_5_15']}")
    print("Resolved: carebridge = the agent's answer came back (rules answer when the model's is refused or fails); "
          "ReAct = the agent ended with an answer after at least one tool result within 8 steps.")
    if args.json:
        print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()
