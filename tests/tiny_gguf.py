"""Write random-weight GGUF chat models that llama.cpp loads: tiny ones for tests, real shapes for `bench/`.

The weights are random (fixed seed), so the model says nothing useful; what matters is that
llama.cpp loads it, applies its chat template, tokenizes any text (every byte has a token,
so JSON punctuation and Chinese both work) and decodes under a JSON grammar. Nothing is
downloaded: the tokenizer is built here (byte-level BPE, GPT-2 byte alphabet) unless a
vocabulary GGUF on disk is given (e.g. llama.cpp's `models/ggml-vocab-qwen2.gguf`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

# A ChatML template with a tools section in the layout Qwen2.5 uses (written for carebridge,
# not copied): the system turn lists the tools, a call is <tool_call>{json}</tool_call>, and
# a tool result comes back in a user turn inside <tool_response>.
CHAT_TEMPLATE = (
    "{%- if tools %}"
    "{{- '<|im_start|>system\\n' }}"
    "{%- if messages and messages[0]['role'] == 'system' %}{{- messages[0]['content'] }}"
    "{%- else %}{{- 'You are a helpful assistant.' }}{%- endif %}"
    "{{- '\\n\\n# Tools\\n\\nYou may call one or more functions to assist with the user query.\\n\\n"
    "You are provided with function signatures within <tools></tools> XML tags:\\n<tools>' }}"
    "{%- for tool in tools %}{{- '\\n' }}{{- tool | tojson }}{%- endfor %}"
    "{{- '\\n</tools>\\n\\nFor each function call, return a json object with function name and arguments "
    "within <tool_call></tool_call> XML tags:\\n<tool_call>\\n{\"name\": <function-name>, \"arguments\": "
    "<args-json-object>}\\n</tool_call><|im_end|>\\n' }}"
    "{%- elif messages and messages[0]['role'] == 'system' %}"
    "{{- '<|im_start|>system\\n' + messages[0]['content'] + '<|im_end|>\\n' }}"
    "{%- endif %}"
    "{%- for message in messages %}"
    "{%- if message['role'] == 'system' and loop.first %}"
    "{%- elif message['role'] == 'tool' %}"
    "{{- '<|im_start|>user\\n<tool_response>\\n' + message['content'] + '\\n</tool_response><|im_end|>\\n' }}"
    "{%- elif message['role'] == 'assistant' and message.get('tool_calls') %}"
    "{{- '<|im_start|>assistant\\n' + (message['content'] or '') }}"
    "{%- for call in message['tool_calls'] %}"
    "{{- '\\n<tool_call>\\n{\"name\": \"' + call['function']['name'] + '\", \"arguments\": ' "
    "+ call['function']['arguments'] + '}\\n</tool_call>' }}"
    "{%- endfor %}"
    "{{- '<|im_end|>\\n' }}"
    "{%- else %}"
    "{{- '<|im_start|>' + message['role'] + '\\n' + (message['content'] or '') + '<|im_end|>\\n' }}"
    "{%- endif %}"
    "{%- endfor %}"
    "{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}{%- endif %}"
)
SPECIALS = ("<|endoftext|>", "<|im_start|>", "<|im_end|>")
# A few merges so the BPE path is exercised and JSON is a little cheaper to write.
_MERGES = (('"', ":"), ("{", '"'), ('"', ","), (",", "Ġ"), ("Ġ", '"'), ('"', "}"), ("Ġ", "Ġ"), ("e", "r"), ("i", "n"))


@dataclass(frozen=True)
class Shape:
    """Transformer dimensions (llama/qwen2 layout)."""

    n_layer: int
    n_embd: int
    n_head: int
    n_head_kv: int
    n_ff: int
    n_vocab: int | None = None  # None: exactly the tokenizer's size
    arch: str = "llama"  # "qwen2" adds q/k/v biases
    n_ctx_train: int = 4096
    tied_embeddings: bool = False


TINY = Shape(n_layer=2, n_embd=64, n_head=4, n_head_kv=2, n_ff=128, n_ctx_train=32768)
QWEN25_05B = Shape(n_layer=24, n_embd=896, n_head=14, n_head_kv=2, n_ff=4864, n_vocab=151936, arch="qwen2",
                   n_ctx_train=32768, tied_embeddings=True)
QWEN25_15B = Shape(n_layer=28, n_embd=1536, n_head=12, n_head_kv=2, n_ff=8960, n_vocab=151936, arch="qwen2",
                   n_ctx_train=32768, tied_embeddings=True)


def _byte_alphabet() -> list[str]:
    """GPT-2's printable stand-in for each byte (what byte-level BPE vocabularies store)."""
    keep = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    chars, extra = {}, 0
    for b in range(256):
        if b in keep:
            chars[b] = chr(b)
        else:
            chars[b] = chr(256 + extra)
            extra += 1
    return [chars[b] for b in range(256)]


@dataclass(frozen=True)
class Vocab:
    """A byte-level BPE tokenizer as GGUF metadata."""

    tokens: list[str]
    types: list[int]
    merges: list[str]
    eos: int
    bos: int
    pre: str = "qwen2"


def byte_vocab(size: int | None = None) -> Vocab:
    """256 byte tokens, a few merges, the ChatML specials; padded with unused tokens up to `size`."""
    tokens = _byte_alphabet()
    merges = []
    for a, b in _MERGES:
        merges.append(f"{a} {b}")
        tokens.append(a + b)
    types = [1] * len(tokens)
    if size is not None:
        # Filler tokens are never produced by the merges; they give the output layer its real width.
        fill = size - len(tokens) - len(SPECIALS)
        if fill < 0:
            raise ValueError(f"vocabulary size {size} is smaller than the {len(tokens) + len(SPECIALS)} base tokens")
        tokens += [f"<unused_{i}>" for i in range(fill)]
        types += [5] * fill  # UNUSED: never matched in text; llama.cpp gives them no piece
    first_special = len(tokens)
    tokens += list(SPECIALS)
    types += [3] * len(SPECIALS)  # CONTROL
    return Vocab(tokens, types, merges, eos=first_special + 2, bos=first_special)


def vocab_from_gguf(path: Path) -> Vocab:
    """The tokenizer of a vocabulary-only GGUF (llama.cpp ships `models/ggml-vocab-*.gguf`)."""
    from gguf import GGUFReader

    fields = GGUFReader(str(path)).fields
    tokens = [str(t) for t in fields["tokenizer.ggml.tokens"].contents()]
    types = [int(t) for t in fields["tokenizer.ggml.token_type"].contents()]
    merges = [str(m) for m in fields["tokenizer.ggml.merges"].contents()]
    eos = tokens.index("<|im_end|>") if "<|im_end|>" in tokens else int(fields["tokenizer.ggml.eos_token_id"].contents())
    bos = int(fields["tokenizer.ggml.bos_token_id"].contents())
    pre = str(fields["tokenizer.ggml.pre"].contents()) if "tokenizer.ggml.pre" in fields else "default"
    return Vocab(tokens, types, merges, eos=eos, bos=bos, pre=pre)


def _tensors(shape: Shape, n_vocab: int, rng: np.random.Generator, dtype: type) -> Iterator[tuple[str, tuple[int, ...], type]]:
    """(name, numpy shape, dtype) of every tensor, in file order."""
    head_dim = shape.n_embd // shape.n_head
    q, kv = shape.n_head * head_dim, shape.n_head_kv * head_dim
    yield "token_embd.weight", (n_vocab, shape.n_embd), dtype
    for i in range(shape.n_layer):
        p = f"blk.{i}."
        yield p + "attn_norm.weight", (shape.n_embd,), np.float32
        yield p + "attn_q.weight", (q, shape.n_embd), dtype
        yield p + "attn_k.weight", (kv, shape.n_embd), dtype
        yield p + "attn_v.weight", (kv, shape.n_embd), dtype
        if shape.arch == "qwen2":
            yield p + "attn_q.bias", (q,), np.float32
            yield p + "attn_k.bias", (kv,), np.float32
            yield p + "attn_v.bias", (kv,), np.float32
        yield p + "attn_output.weight", (shape.n_embd, q), dtype
        yield p + "ffn_norm.weight", (shape.n_embd,), np.float32
        yield p + "ffn_gate.weight", (shape.n_ff, shape.n_embd), dtype
        yield p + "ffn_up.weight", (shape.n_ff, shape.n_embd), dtype
        yield p + "ffn_down.weight", (shape.n_embd, shape.n_ff), dtype
    yield "output_norm.weight", (shape.n_embd,), np.float32
    if not shape.tied_embeddings:
        yield "output.weight", (n_vocab, shape.n_embd), dtype


def _values(name: str, dims: tuple[int, ...], dtype: type, rng: np.random.Generator) -> np.ndarray:
    if name.endswith("norm.weight"):
        return np.ones(dims, dtype=np.float32)
    if name.endswith(".bias"):
        return np.zeros(dims, dtype=np.float32)
    # Row by row keeps peak memory at one tensor, not the whole model.
    out = np.empty(dims, dtype=dtype)
    rows = max(1, (1 << 24) // max(1, int(np.prod(dims[1:], dtype=np.int64))))
    for start in range(0, dims[0], rows):
        block = rng.standard_normal((min(rows, dims[0] - start), *dims[1:]), dtype=np.float32) * 0.02
        out[start:start + len(block)] = block
    return out


def write_gguf(path: Path, shape: Shape = TINY, *, seed: int = 0, vocab: Vocab | None = None,
               f16: bool = True, name: str = "carebridge-random", chat_template: str = CHAT_TEMPLATE) -> Path:
    """Write a random-weight chat model to `path` and return it."""
    import gguf

    vocab = vocab or byte_vocab(shape.n_vocab)
    n_vocab = len(vocab.tokens)
    if shape.n_vocab is not None and n_vocab != shape.n_vocab:
        raise ValueError(f"the vocabulary has {n_vocab} tokens; the shape needs {shape.n_vocab}")
    rng = np.random.default_rng(seed)
    dtype = np.float16 if f16 else np.float32
    w = gguf.GGUFWriter(str(path), shape.arch)
    w.add_name(name)
    w.add_context_length(shape.n_ctx_train)
    w.add_embedding_length(shape.n_embd)
    w.add_block_count(shape.n_layer)
    w.add_feed_forward_length(shape.n_ff)
    w.add_head_count(shape.n_head)
    w.add_head_count_kv(shape.n_head_kv)
    w.add_layer_norm_rms_eps(1e-6)
    w.add_rope_freq_base(1_000_000.0)
    w.add_file_type(gguf.LlamaFileType.MOSTLY_F16 if f16 else gguf.LlamaFileType.ALL_F32)
    w.add_tokenizer_model("gpt2")
    w.add_tokenizer_pre(vocab.pre)
    w.add_token_list(vocab.tokens)
    w.add_token_types(vocab.types)
    w.add_token_merges(vocab.merges)
    w.add_eos_token_id(vocab.eos)
    w.add_bos_token_id(vocab.bos)
    w.add_add_bos_token(False)
    w.add_chat_template(chat_template)
    specs = list(_tensors(shape, n_vocab, rng, dtype))
    for tname, dims, dt in specs:
        nbytes = int(np.prod(dims, dtype=np.int64)) * np.dtype(dt).itemsize
        w.add_tensor_info(tname, dims, np.dtype(dt), nbytes)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_ti_data_to_file()
    for tname, dims, dt in specs:
        w.write_tensor_data(_values(tname, dims, dt, rng))
    w.close()
    return Path(path)
