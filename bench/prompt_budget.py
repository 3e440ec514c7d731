"""How much of a model's context each carebridge prompt takes, in a real tokenizer (not a test).

    .venv/bin/python bench/prompt_budget.py [--vocab PATH/ggml-vocab-qwen2.gguf] [--n-ctx 4096,8192]

Counts the chat-templated prompt (ChatML, as Qwen2.5 GGUFs use) of every model call, then the
longest patient message, in Chinese and in English, that fits beside it and its answer budget
(`max_tokens`) in each context size. Longer messages are not refused: the oldest part is
dropped (`fit_user`, recorded in the audit as input_trimmed_chars) for the calls that fit.

The vocabulary: llama.cpp ships `models/ggml-vocab-qwen2.gguf` in the llama-cpp-python source
distribution (`pip download --no-deps --no-binary :all: llama-cpp-python==0.3.36 -d /tmp/dl`);
by default it is read from that archive, like bench/model_speed.py. Nothing is downloaded here.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from model_speed import SDIST, qwen2_vocab  # noqa: E402

# Real patient wording for the characters-per-token ratios (one blind set, both languages).
SAMPLES = ROOT / "bench" / "triage_vignettes_blind98.jsonl"
CORPUS_CHARS = 12_000  # three times the 4000 characters of a message the agents pass on


def prompts() -> list[tuple[str, str, str, int, bool]]:
    """(purpose, system prompt, fixed start of the user message, answer budget in tokens, fitted) for every model call.

    The triage call's user message opens with the codes offered for that message; the longest list
    (nothing read yet, for the age and sex with the most rules) is the worst case counted here.
    """
    from carebridge.agents.registry import default_registry
    from carebridge.agents.triage.extraction import candidate_codes, extract_codes_line, extract_prompt
    from carebridge.graphs.hospital import router_prompt
    from carebridge.graphs.model_config import ModelConfig
    from carebridge.prompts import load_prompt
    from carebridge.tools.knowledge import load_knowledge
    from carebridge.tools.triage_engine import PatientFacts

    default = ModelConfig().max_tokens
    kb = load_knowledge()
    # the longest list over patients of every age band and both sexes (nothing read, self-care so far)
    codes = max((candidate_codes(kb, set(), PatientFacts(age_years=age, sex=sex), "self_care")
                 for age in (0.1, 0.5, 2, 10, 30, 70) for sex in ("F", "M")), key=len)
    return [
        ("triage.extract", extract_prompt(), extract_codes_line(codes), default, True),
        ("router", router_prompt(default_registry()), "", 64, True),
        ("medication.extract", load_prompt("medication.extract"), "", default, True),
        ("report.explain", load_prompt("report.explain").format(lang_name="Chinese"), "", default, False),
        ("followup.answer", load_prompt("followup.answer"), "", default, False),
    ]


def _chars(n: int) -> str:
    return f"{n}" if n < CORPUS_CHARS else f">{CORPUS_CHARS}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--vocab", type=Path, default=None, help=f"a vocabulary GGUF (default: from {SDIST})")
    parser.add_argument("--n-ctx", default="4096,8192", help="context sizes to report (default 4096,8192)")
    parser.add_argument("--json", action="store_true", help="also print the figures as one JSON object")
    args = parser.parse_args()

    from llama_cpp import Llama
    from llama_cpp.llama_chat_format import Jinja2ChatFormatter

    from carebridge.graphs.llama import CHATML

    vocab = args.vocab
    if vocab is None:
        if not SDIST.exists():
            sys.exit(f"no vocabulary: pass --vocab, or put the llama-cpp-python sdist at {SDIST} (see this file's help)")
        vocab = qwen2_vocab(Path(tempfile.gettempdir()) / "carebridge-bench")
    llama = Llama(model_path=str(vocab), vocab_only=True, verbose=False)
    template = Jinja2ChatFormatter(template=CHATML, eos_token="<|im_end|>", bos_token="")

    def tokens(system: str, user: str) -> int:
        rendered = template(messages=[{"role": "system", "content": system}, {"role": "user", "content": user}])
        return len(llama.tokenize(rendered.prompt.encode(), add_bos=False, special=True))

    cases = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    corpus = {lang: "\n".join(c["text"] for c in cases if c["lang"] == lang) for lang in ("zh", "en")}
    corpus = {lang: (text * (CORPUS_CHARS // len(text) + 1))[:CORPUS_CHARS] for lang, text in corpus.items()}
    sizes = [int(n) for n in args.n_ctx.split(",")]
    print(f"tokenizer: {vocab.name} (Qwen2 BPE); ChatML template; answer budget = the call's max_tokens")
    ratio = {lang: len(text) / (tokens("", text) - tokens("", "")) for lang, text in corpus.items()}
    print(f"patient text: {ratio['zh']:.2f} Chinese characters per token, {ratio['en']:.2f} English characters per token")
    header = f"{'call':20} {'fixed':>7} {'answer':>6}" + "".join(f"  {'n_ctx ' + str(n) + ': zh / en chars':>27}" for n in sizes)
    print(header)
    report = []
    for purpose, system, prefix, answer, fitted in prompts():
        base = tokens(system, prefix)
        row = {"purpose": purpose, "fixed_tokens": base, "answer_tokens": answer, "fitted": fitted, "fits": {}}
        for n in sizes:
            row["fits"][n] = {}
            for lang, text in corpus.items():
                low, high = 0, len(text)  # the longest prefix that fits
                while low < high:
                    mid = (low + high + 1) // 2
                    if tokens(system, prefix + text[:mid]) <= n - answer:
                        low = mid
                    else:
                        high = mid - 1
                row["fits"][n][lang] = low
        report.append(row)
        cells = "".join(f"  {_chars(row['fits'][n]['zh']):>12} / {_chars(row['fits'][n]['en']):>12}" for n in sizes)
        print(f"{purpose:20} {base:>7} {answer:>6}{cells}" + ("" if fitted else "   (not fitted: short input)"))
    print("fixed = the system prompt plus any fixed start of the user message (triage: the longest codes line).")
    print("A message longer than its figure loses its oldest part when the call is fitted; the rules always read it all.")
    if args.json:
        print(json.dumps({"vocab": str(vocab), "chars_per_token": ratio, "calls": report}, ensure_ascii=False))


if __name__ == "__main__":
    main()
