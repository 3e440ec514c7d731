"""The in-process model: a langchain-core chat model over llama-cpp-python, with grammar-bound JSON.

Thin on purpose. The chat template comes from the GGUF's `tokenizer.chat_template` (ChatML
if the file has none); a `response_format` carrying a JSON schema becomes a llama.cpp
grammar (`carebridge.graphs.grammar`), so even a weak model writes schema-shaped JSON;
`max_tokens` and a wall-clock deadline bound every call. One `Llama` per model file per
process: llama.cpp keeps the previous prompt's KV cache and reuses its longest common
prefix, and `PrefixStates` keeps a few more prefixes (one per agent prompt) in RAM.
"""

from __future__ import annotations

import codecs
import json
import os
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.language_models.chat_models import generate_from_stream
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import PrivateAttr

from carebridge.graphs.grammar import gbnf, reduce_schema, schema_of_response_format
from carebridge.graphs.model_config import ModelConfig

CHATML = ("{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + (message['content'] or '') + "
          "'<|im_end|>' + '\\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}")
# A plain answer (not starting like a tool call, no control characters but newlines and tabs).
GRAMMAR_CACHE = 64  # compiled grammars kept per loaded model
ANSWER_GRAMMAR = 'root ::= [^<\\x00-\\x1F] [^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]*'
TOOL_STRING_MAX, TOOL_LIST_MAX = 60, 6  # the scale of carebridge's own schemas
_LOADED: dict[tuple[Any, ...], Any] = {}
_LOAD_LOCK = threading.Lock()


def available_cores() -> int:
    """Cores this process may run on (llama-cpp-python's default is half of them)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


class PrefixStates:
    """Saved KV states keyed by the tokens they hold, so each agent's stable prompt prefix is read once.

    NOTE: llama-cpp-python's `LlamaRAMCache` also copies the logits buffer with every state
    (n_batch x n_vocab floats: about 300 MB for a Qwen vocabulary) without counting it
    against its capacity; this keeps only the sequence's KV data.
    """

    def __init__(self, capacity_bytes: int) -> None:
        """Keep at most `capacity_bytes` of KV data, least recently used dropped first."""
        self.capacity = capacity_bytes
        self._states: OrderedDict[tuple[int, ...], bytes] = OrderedDict()

    def size(self) -> int:
        """Bytes held."""
        return sum(len(v) for v in self._states.values())

    def save(self, llama: Any) -> None:
        """Remember the live KV state of `llama` under the tokens it holds."""
        import llama_cpp

        n = llama.n_tokens
        if self.capacity <= 0 or n == 0:
            return
        tokens = tuple(int(t) for t in llama.input_ids[:n])
        # A saved state that is a prefix of this one is covered by it.
        for key in [k for k in self._states if tokens[: len(k)] == k]:
            del self._states[key]
        size = llama_cpp.llama_state_seq_get_size(llama.ctx, 0)
        if size <= 0 or size > self.capacity:
            return
        buf = (llama_cpp.ctypes.c_uint8 * size)()
        written = llama_cpp.llama_state_seq_get_data(llama.ctx, buf, size, 0)
        self._states[tokens] = bytes(buf)[:written]
        while self.size() > self.capacity and self._states:
            self._states.popitem(last=False)

    def restore(self, llama: Any, prompt: Sequence[int]) -> int:
        """Load the saved state sharing the longest prefix with `prompt`, if longer than the live one."""
        import llama_cpp

        live = _common_prefix(llama.input_ids[: llama.n_tokens], prompt)
        best, best_len = None, live
        for key in self._states:
            n = _common_prefix(key, prompt)
            if n > best_len:
                best, best_len = key, n
        if best is None:
            return live
        data = self._states[best]
        self._states.move_to_end(best)
        llama._ctx.kv_cache_seq_rm(-1, 0, -1)
        buf = (llama_cpp.ctypes.c_uint8 * len(data)).from_buffer_copy(data)
        if llama_cpp.llama_state_seq_set_data(llama.ctx, buf, len(data), 0) != len(data):
            llama.reset()
            return 0
        llama.input_ids[: len(best)] = best
        llama.n_tokens = len(best)
        llama._requires_eval = True
        return best_len


def _common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


class LoadedModel:
    """One llama.cpp model in memory, its chat template, prefix states and a lock (a context is single-threaded)."""

    def __init__(self, cfg: ModelConfig) -> None:
        """Load `cfg.path` (the caller has checked that the file exists and is a GGUF)."""
        from llama_cpp import Llama
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        threads = cfg.n_threads or available_cores()
        self.llama = Llama(model_path=cfg.path, n_ctx=cfg.n_ctx, n_threads=threads, n_threads_batch=threads,
                           n_gpu_layers=cfg.n_gpu_layers, seed=cfg.seed, verbose=False)
        meta = self.llama.metadata
        self.template_source = "gguf" if meta.get("tokenizer.chat_template") else "chatml (the GGUF has no chat template)"
        template = meta.get("tokenizer.chat_template") or CHATML
        eos_id, bos_id = self.llama.token_eos(), self.llama.token_bos()
        self.eos_text = self.llama._model.token_get_text(eos_id) if eos_id >= 0 else ""
        bos_text = self.llama._model.token_get_text(bos_id) if bos_id >= 0 else ""
        self.formatter = Jinja2ChatFormatter(template=template, eos_token=self.eos_text, bos_token=bos_text,
                                             stop_token_ids=[eos_id] if eos_id >= 0 else None)
        self.template_handles_tools = "tools" in template
        self.prefixes = PrefixStates(cfg.cache_mb << 20)
        self.lock = threading.Lock()
        # Bounded: the triage call's grammar varies with the codes a message may raise (one per
        # distinct list), and a server runs for months.
        self._grammars: OrderedDict[str, Any] = OrderedDict()

    def grammar(self, text: str) -> Any:
        """A checked `LlamaGrammar` for GBNF `text` (compiled once; a bad grammar is an error, not a crash)."""
        import llama_cpp
        from llama_cpp import LlamaGrammar

        if text not in self._grammars:
            # NOTE: llama.cpp parses the grammar only when sampling starts and a parse failure
            # there is a NULL sampler; trying it once here turns that into an exception.
            probe = llama_cpp.llama_sampler_init_grammar(self.llama._model.vocab, text.encode(), b"root")
            if not probe:
                raise ValueError("llama.cpp rejected the JSON grammar built for this schema")
            llama_cpp.llama_sampler_free(probe)
            self._grammars[text] = LlamaGrammar.from_string(text, verbose=False)
            while len(self._grammars) > GRAMMAR_CACHE:
                self._grammars.popitem(last=False)
        self._grammars.move_to_end(text)
        return self._grammars[text]

    def tokens(self, messages: list[dict[str, Any]], tools: list[dict[str, Any]] | None) -> list[int]:
        """The chat-templated prompt as tokens."""
        extra: dict[str, Any] = {"tools": tools} if tools and self.template_handles_tools else {}
        rendered = self.formatter(messages=messages, **extra)
        return self.llama.tokenize(rendered.prompt.encode("utf-8"), add_bos=not rendered.added_special, special=True)


def load_model(cfg: ModelConfig) -> LoadedModel:
    """The process's one `LoadedModel` for these settings (loaded on first use)."""
    key = (cfg.path, cfg.n_ctx, cfg.n_threads, cfg.n_gpu_layers, cfg.seed, cfg.cache_mb)
    with _LOAD_LOCK:
        if key not in _LOADED:
            _LOADED[key] = LoadedModel(cfg)
        return _LOADED[key]


def _message_dicts(messages: list[BaseMessage]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for m in messages:
        role = {"system": "system", "human": "user", "ai": "assistant", "tool": "tool"}.get(m.type, "user")
        item: dict[str, Any] = {"role": role, "content": m.content if isinstance(m.content, str) else json.dumps(m.content)}
        if isinstance(m, AIMessage) and m.tool_calls:
            item["tool_calls"] = [{"id": c["id"], "type": "function", "function": {
                "name": c["name"], "arguments": json.dumps(c["args"], ensure_ascii=False)}} for c in m.tool_calls]
        if isinstance(m, ToolMessage):
            item["tool_call_id"] = m.tool_call_id
        out.append(item)
    return out


def _tools_preamble(tools: list[dict[str, Any]]) -> str:
    # Used only when the GGUF's template has no tools section (the Qwen2.5 / Hermes layout).
    listing = "\n".join(json.dumps(t, ensure_ascii=False) for t in tools)
    return ("\n\n# Tools\n\nYou may call one or more functions to assist with the user query.\n\n"
            f"You are provided with function signatures within <tools></tools> XML tags:\n<tools>\n{listing}\n</tools>\n\n"
            "For each function call, return a json object with function name and arguments within "
            '<tool_call></tool_call> XML tags:\n<tool_call>\n{"name": <function-name>, "arguments": <args-json-object>}\n</tool_call>')


def _bounded(schema: Any) -> Any:
    """Tool arguments with a length bound on every string and list, so a call fits in max_tokens."""
    if isinstance(schema, list):
        return [_bounded(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: _bounded(v) for k, v in schema.items()}
    if out.get("type") == "string" and "enum" not in out:
        out.setdefault("maxLength", TOOL_STRING_MAX)
    if out.get("type") == "array":
        out.setdefault("maxItems", TOOL_LIST_MAX)
    return out


def _tool_grammar(tools: list[dict[str, Any]], required: bool = False) -> str:
    """One <tool_call>{json}</tool_call> matching a tool's schema, or (unless `required`) a plain answer."""
    calls = {"anyOf": [{"type": "object", "properties": {"name": {"const": t["function"]["name"]},
                                                        "arguments": reduce_schema(_bounded(t["function"].get("parameters") or {"type": "object", "properties": {}}), t["function"]["name"])},
                        "required": ["name", "arguments"], "additionalProperties": False} for t in tools]}
    body = gbnf(calls).replace("root ::=", "call ::=", 1)
    root = 'root ::= "<tool_call>\\n" call "\\n</tool_call>"' + ("\n" if required else " | answer\n")
    return root + ANSWER_GRAMMAR.replace("root ::=", "answer ::=") + "\n" + body


class ChatLlamaCpp(BaseChatModel):
    """A local GGUF model run by llama.cpp in this process."""

    model_path: str
    n_ctx: int = 4096
    max_tokens: int = 512
    timeout_s: float = 60.0
    temperature: float = 0.0
    seed: int = 0
    _loaded: LoadedModel = PrivateAttr()

    def __init__(self, cfg: ModelConfig, **kwargs: Any) -> None:
        """Load (or reuse) the model named by `cfg.path`."""
        super().__init__(model_path=cfg.path, n_ctx=cfg.n_ctx, max_tokens=cfg.max_tokens, timeout_s=cfg.timeout_s,
                         temperature=cfg.temperature, seed=cfg.seed, **kwargs)
        self._loaded = load_model(cfg)

    @property
    def _llm_type(self) -> str:
        return "llama.cpp"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model_path": self.model_path, "n_ctx": self.n_ctx, "temperature": self.temperature}

    @property
    def loaded(self) -> LoadedModel:
        """The llama.cpp model behind this chat model."""
        return self._loaded

    def get_token_ids(self, text: str) -> list[int]:
        """`text` in this model's own tokens.

        langchain-core's default would load GPT-2's tokenizer from transformers, a download and
        the wrong tokenizer; this is the GGUF's own, offline.
        """
        return self._loaded.llama.tokenize(text.encode("utf-8"), add_bos=False, special=False)

    def get_num_tokens_from_messages(self, messages: list[BaseMessage], tools: Sequence[Any] | None = None) -> int:
        """The exact prompt length of `messages` (chat template and tool preamble included)."""
        kwargs: dict[str, Any] = {"tools": [convert_to_openai_tool(t) for t in tools]} if tools else {}
        return len(self._prepare(messages, kwargs)[0])

    def bind_tools(self, tools: Sequence[Any], *, tool_choice: Any = None, **kwargs: Any) -> Any:
        """Offer `tools`; the answer is then a grammar-bound tool call or plain text."""
        choice = "required" if tool_choice in ("required", "any", True) else "none" if tool_choice == "none" else "auto"
        return self.bind(tools=[convert_to_openai_tool(t) for t in tools], tool_choice=choice, **kwargs)

    def _prepare(self, messages: list[BaseMessage], kwargs: dict[str, Any]) -> tuple[list[int], Any, list[dict[str, Any]] | None]:
        tools = kwargs.get("tools") or None
        dicts = _message_dicts(messages)
        if tools and not self._loaded.template_handles_tools:
            if dicts and dicts[0]["role"] == "system":
                dicts[0] = dicts[0] | {"content": dicts[0]["content"] + _tools_preamble(tools)}
            else:
                dicts.insert(0, {"role": "system", "content": _tools_preamble(tools).strip()})
        grammar = None
        schema = schema_of_response_format(kwargs.get("response_format"))
        if schema is not None:
            grammar = self._loaded.grammar(gbnf(schema))
        elif tools and kwargs.get("tool_choice") == "none":
            grammar = self._loaded.grammar(ANSWER_GRAMMAR)  # tools shown, but this step must answer
        elif tools:
            grammar = self._loaded.grammar(_tool_grammar(tools, kwargs.get("tool_choice") == "required"))
        prompt = self._loaded.tokens(dicts, tools)
        return prompt, grammar, tools

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        loaded = self._loaded
        llama = loaded.llama
        started = time.monotonic()
        prompt, grammar, tools = self._prepare(messages, kwargs)
        max_tokens = int(kwargs.get("max_tokens") or self.max_tokens)
        if len(prompt) + 1 >= llama.n_ctx():
            raise ValueError(f"the prompt is {len(prompt)} tokens but n_ctx is {llama.n_ctx()}; raise n_ctx in the "
                             "model configuration or shorten the input")
        max_tokens = min(max_tokens, llama.n_ctx() - len(prompt) - 1)
        deadline = started + float(kwargs.get("timeout_s") or self.timeout_s)
        stops = [s for s in (stop or []) if s]
        # NOTE: our own loop over `Llama.generate` rather than `create_completion(stream=True)`:
        # the latter re-decodes every pending token each step, and a random model's invalid
        # UTF-8 bytes never decode, so one answer could take minutes. An incremental decoder
        # is linear, and the loop counts tokens and checks the deadline exactly.
        decoder = codecs.getincrementaldecoder("utf-8")(errors="ignore")
        text: list[str] = []
        finish, sampled, first = "length", 0, None
        with loaded.lock:
            reused = loaded.prefixes.restore(llama, prompt)
            llama.set_seed(self.seed)
            tokens = llama.generate(prompt, top_k=40, top_p=0.95, min_p=0.05, temp=self.temperature,
                                    repeat_penalty=1.0, grammar=grammar)
            try:
                for token in tokens:
                    first = first or time.monotonic()
                    if llama_cpp_is_eog(llama, token):
                        finish = "stop"
                        break
                    sampled += 1
                    piece = decoder.decode(llama.detokenize([token]))
                    if piece:
                        text.append(piece)
                        if stops and any(s in "".join(text[-8:]) for s in stops):
                            finish = "stop"
                            break
                        if not tools:
                            chunk = ChatGenerationChunk(message=AIMessageChunk(content=piece))
                            if run_manager:
                                run_manager.on_llm_new_token(piece, chunk=chunk)
                            yield chunk
                    if sampled >= max_tokens:
                        break
                    if time.monotonic() > deadline:
                        finish = "timeout"
                        break
            except BaseException:
                # A failed decode may leave the KV cache half-written: start the next call clean.
                tokens.close()
                llama.reset()
                raise
            tokens.close()
            done = time.monotonic()
            loaded.prefixes.save(llama)
            saved = time.monotonic()
        first = first or done
        meta = {"finish_reason": finish, "model_name": os.path.basename(self.model_path),
                "prompt_tokens": len(prompt), "prompt_tokens_reused": reused, "completion_tokens": sampled,
                "ttft_ms": round((first - started) * 1000, 1), "total_ms": round((done - started) * 1000, 1),
                "cache_save_ms": round((saved - done) * 1000, 1)}
        usage = {"input_tokens": len(prompt), "output_tokens": sampled, "total_tokens": len(prompt) + sampled}
        if tools:
            message = _tool_message("".join(text))
            yield ChatGenerationChunk(message=AIMessageChunk(content=message.content, tool_call_chunks=[
                {"name": c["name"], "args": json.dumps(c["args"], ensure_ascii=False), "id": c["id"], "index": i}
                for i, c in enumerate(message.tool_calls)], response_metadata=meta, usage_metadata=usage))  # type: ignore[arg-type]
        else:
            yield ChatGenerationChunk(message=AIMessageChunk(content="", response_metadata=meta, usage_metadata=usage))  # type: ignore[arg-type]

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        result = generate_from_stream(self._stream(messages, stop, run_manager, **kwargs))
        gen = result.generations[0]
        return ChatResult(generations=[ChatGeneration(message=gen.message, generation_info=gen.generation_info)])


def llama_cpp_is_eog(llama: Any, token: int) -> bool:
    """End of generation (EOS, EOT, <|im_end|>...)."""
    import llama_cpp

    return bool(llama_cpp.llama_vocab_is_eog(llama._model.vocab, token))


def _tool_message(text: str) -> AIMessage:
    """A tool call if the text is one `<tool_call>{...}</tool_call>` that parses, else a plain answer."""
    stripped = text.strip()
    if stripped.startswith("<tool_call>") and stripped.endswith("</tool_call>"):
        body = stripped[len("<tool_call>"): -len("</tool_call>")].strip()
        try:
            call = json.loads(body)
            return AIMessage(content="", tool_calls=[{"name": call["name"], "args": call["arguments"],
                                                       "id": f"call_{uuid.uuid4().hex[:8]}"}])
        except (ValueError, KeyError, TypeError):
            pass
    return AIMessage(content=stripped)
