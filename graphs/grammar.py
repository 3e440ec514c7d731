"""JSON schemas and GBNF grammars for constrained decoding: what the decoder allows, pydantic accepts.

Every structured model call sends the caller's pydantic schema to the decoder (llama.cpp's
grammar in process; `response_format` over HTTP). llama-cpp-python's schema converter
ignores numeric bounds and lets raw control characters into strings, so a grammar-valid
answer could still fail validation. Here the schema is reduced to what the converter
enforces (small integer ranges become enums; other unenforceable keywords are refused when
the schema is built, not discovered at run time) and the string rule is made strict JSON.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from typing import Any

from pydantic import BaseModel


class UnsupportedSchema(ValueError):
    """A schema uses a constraint the grammar cannot enforce; change the schema."""


# Keywords the converter enforces (or that carry no constraint at all).
_ALLOWED = {"type", "properties", "required", "items", "enum", "const", "anyOf", "maxItems", "minItems",
            "maxLength", "minLength", "additionalProperties", "description", "title", "default"}
_MAX_ENUM_RANGE = 200
_MAX_STRING = 256
# NOTE: the converter's `char` rule is `[^"\\] | escapes`, which admits raw control characters
# (invalid in strict JSON) and \u escapes (lone surrogates cannot be encoded as UTF-8). The
# strict rule admits neither; any character can still be written as itself.
_LOOSE_CHAR = 'char ::= [^"\\\\] | "\\\\" (["\\\\/bfnrt] | "u" [0-9a-fA-F] [0-9a-fA-F] [0-9a-fA-F] [0-9a-fA-F])'
_STRICT_CHAR = 'char ::= [^"\\\\\\x7F\\x00-\\x1F] | "\\\\" (["\\\\/bfnrt])'


def _inline(node: Any, defs: dict[str, Any], seen: tuple[str, ...] = ()) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            name = ref.rsplit("/", 1)[-1]
            if name in seen:
                raise UnsupportedSchema(f"recursive schema ({name}) cannot be decoded with a bounded grammar")
            return _inline(defs[name], defs, (*seen, name))
        return {k: _inline(v, defs, seen) for k, v in node.items()}
    if isinstance(node, list):
        return [_inline(v, defs, seen) for v in node]
    return node


def _reduce(node: dict[str, Any], where: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if node.get("type") == "integer" and ("minimum" in node or "maximum" in node):
        lo, hi = node.get("minimum"), node.get("maximum")
        if lo is None or hi is None or hi - lo > _MAX_ENUM_RANGE:
            raise UnsupportedSchema(f"{where}: an integer bound must be a closed range of at most "
                                    f"{_MAX_ENUM_RANGE} values (ge=..., le=...) so the grammar can list it")
        return {"enum": list(range(int(lo), int(hi) + 1))}
    if node.get("maxLength", 0) > _MAX_STRING:
        raise UnsupportedSchema(f"{where}: maxLength {node['maxLength']} would be a {node['maxLength']}-deep grammar "
                                f"rule; keep string bounds at {_MAX_STRING} or less and bound long text with max_tokens")
    for key, value in node.items():
        if key in ("title", "default"):
            continue
        if key not in _ALLOWED:
            raise UnsupportedSchema(f"{where}: the grammar cannot enforce {key!r}; drop it or check it in code")
        if key == "properties":
            out[key] = {name: _reduce(sub, f"{where}.{name}") for name, sub in value.items()}
        elif key == "items":
            out[key] = _reduce(value, f"{where}[]")
        elif key == "anyOf":
            out[key] = [_reduce(sub, f"{where}|{i}") for i, sub in enumerate(value)]
        else:
            out[key] = value
    if out.get("type") == "object":
        out["additionalProperties"] = False
    return out


def reduce_schema(schema: dict[str, Any], name: str = "schema") -> dict[str, Any]:
    """`schema` (a JSON schema dict) reduced to what the grammar enforces; refs inlined."""
    raw = copy.deepcopy(schema)
    defs = raw.pop("$defs", {})
    return _reduce(_inline(raw, defs), name)


def response_format(schema: type[BaseModel]) -> dict[str, Any]:
    """The OpenAI-style `response_format` asking for `schema` (what `structured_call` sends)."""
    return {"type": "json_schema", "json_schema": {"name": schema.__name__, "schema": decoding_schema(schema)}}


def schema_of_response_format(fmt: Any) -> dict[str, Any] | None:
    """The JSON schema inside an OpenAI (`json_schema`) or llama.cpp (`json_object` + `schema`) response_format."""
    if not isinstance(fmt, dict):
        return None
    if fmt.get("type") == "json_schema":
        inner = fmt.get("json_schema") or {}
        return inner.get("schema") if isinstance(inner, dict) else None
    if fmt.get("type") == "json_object":
        return fmt.get("schema") or {"type": "object"}
    return None


def decoding_schema(schema: type[BaseModel]) -> dict[str, Any]:
    """The JSON schema a decoder should enforce for `schema` (refs inlined, bounds it can enforce)."""
    return copy.deepcopy(_decoding_schema_cached(schema))


@cache
def _decoding_schema_cached(schema: type[BaseModel]) -> dict[str, Any]:
    return reduce_schema(schema.model_json_schema(), schema.__name__)


def gbnf(json_schema: dict[str, Any]) -> str:
    """A llama.cpp GBNF grammar for `json_schema` whose strings are strict JSON."""
    from llama_cpp.llama_grammar import json_schema_to_gbnf

    text = json_schema_to_gbnf(json.dumps(json_schema))
    if "char ::=" in text:
        if _LOOSE_CHAR not in text:
            # A new llama-cpp-python changed its rule; refuse rather than decode loose strings.
            raise UnsupportedSchema("llama-cpp-python's string rule changed; update carebridge.graphs.grammar")
        text = text.replace(_LOOSE_CHAR, _STRICT_CHAR)
    return text
