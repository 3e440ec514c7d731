"""Offline embedding functions, registered with chromadb so a reopened store rebuilds them in a new process.

`HashedNgramEmbedding` (the default) needs no model file and no download: Chinese
character unigrams and bigrams, Latin words and their character 3-5-grams, hashed into
a fixed number of signed buckets and L2-normalised. `LlamaEmbedding` runs an embedding
GGUF through llama.cpp (`llama-cpp-python`, imported only when used). `make_embedder`
turns a configuration string into one of them.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
from pathlib import Path
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space
from chromadb.utils.embedding_functions import register_embedding_function

from carebridge.tools.kb.errors import KbError
from carebridge.tools.kb.tokens import STOP_EN, STOP_ZH, TOKEN, char_ngrams, is_cjk, normalize

EMBEDDER_ENV = "CAREBRIDGE_EMBEDDER"
DEFAULT_EMBEDDER = "hashed"
_HAS_DIGIT = re.compile(r"\d")


@register_embedding_function
class HashedNgramEmbedding(EmbeddingFunction[Documents]):
    """Hashed character n-grams (zh + en), L2-normalised; deterministic across processes and machines."""

    VERSION = 1

    def __init__(self, dims: int = 1024, char_ngrams: tuple[int, int] | list[int] = (3, 5), version: int = VERSION,
                 cjk_unigram_weight: float = 0.5, ngram_weight: float = 1.0) -> None:
        """Configure the hash space; `version` changes only when the features change (then re-ingest)."""
        if not 64 <= int(dims) <= 65536:
            raise KbError("bad_embedder", f"hashed embedder dims must be between 64 and 65536, not {dims}")
        if version != self.VERSION:
            raise KbError("bad_embedder", f"this carebridge builds hashed-ngram version {self.VERSION}; the store was "
                          f"built with version {version}. Re-ingest the collection (kb drop, then kb ingest).")
        self.dims = int(dims)
        self.ngrams = (int(char_ngrams[0]), int(char_ngrams[1]))
        self.version = version
        self.cjk_unigram_weight = float(cjk_unigram_weight)
        self.ngram_weight = float(ngram_weight)
        self._salt = f"carebridge-hashed-ngram-v{version}".encode()
        self._slots: dict[str, tuple[int, float]] = {}
        self._words: dict[str, tuple[list[int], list[float]]] = {}

    # --- chromadb protocol ------------------------------------------------------------
    @staticmethod
    def name() -> str:
        """The name chromadb stores in the collection configuration."""
        return "carebridge-hashed-ngram"

    def get_config(self) -> dict[str, Any]:
        """Everything needed to rebuild the same function."""
        return {"dims": self.dims, "char_ngrams": list(self.ngrams), "version": self.version,
                "cjk_unigram_weight": self.cjk_unigram_weight, "ngram_weight": self.ngram_weight}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> HashedNgramEmbedding:
        """Rebuild from `get_config()` (a reopened store, another process)."""
        return HashedNgramEmbedding(**config)

    def default_space(self) -> Space:
        """Vectors are unit length: cosine."""
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        """Unit vectors rank the same under all three."""
        return ["cosine", "ip", "l2"]

    def validate_config_update(self, old_config: dict[str, Any], new_config: dict[str, Any]) -> None:
        """A different hash space would mix incomparable vectors in one collection."""
        if old_config != new_config:
            raise KbError("embedder_mismatch", "the hashed embedder's settings cannot change for an existing collection")

    def __call__(self, input: Documents) -> Embeddings:  # noqa: A002 - chromadb's parameter name
        """Embed documents (chromadb calls this with a list of strings)."""
        return list(self.matrix(list(input)))

    # --- the embedding itself ------------------------------------------------------------
    def _slot(self, feature: str) -> tuple[int, float]:
        hit = self._slots.get(feature)
        if hit is None:
            h = int.from_bytes(hashlib.blake2b(feature.encode(), digest_size=8, key=self._salt).digest(), "little")
            hit = (h % self.dims, 1.0 if h >> 63 else -1.0)
            self._slots[feature] = hit
        return hit

    def _latin(self, word: str) -> tuple[list[int], list[float]]:
        hit = self._words.get(word)
        if hit is None:
            idx, w = [], []
            if word not in STOP_EN:
                s, sign = self._slot("w:" + word)
                idx.append(s)
                w.append(sign)
                if not _HAS_DIGIT.search(word):
                    grams = char_ngrams(word, *self.ngrams)
                    each = self.ngram_weight / math.sqrt(len(grams))
                    for g in grams:
                        s, sign = self._slot("c:" + g)
                        idx.append(s)
                        w.append(sign * each)
            hit = (idx, w)
            if len(self._words) < 500_000:
                self._words[word] = hit
        return hit

    def features(self, text: str) -> tuple[list[int], list[float]]:
        """Bucket indices and signed weights of every feature of `text`."""
        idx: list[int] = []
        w: list[float] = []
        for tok in TOKEN.findall(normalize(text)):
            if is_cjk(tok):
                for c in tok:
                    if c not in STOP_ZH:
                        s, sign = self._slot("u:" + c)
                        idx.append(s)
                        w.append(sign * self.cjk_unigram_weight)
                for i in range(len(tok) - 1):
                    s, sign = self._slot("b:" + tok[i:i + 2])
                    idx.append(s)
                    w.append(sign)
            else:
                a, b = self._latin(tok)
                idx.extend(a)
                w.extend(b)
        return idx, w

    def matrix(self, texts: list[str]) -> np.ndarray:
        """(len(texts), dims) float32, each row L2-normalised (a text with no features gets a fixed unit vector)."""
        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        for row, text in enumerate(texts):
            idx, w = self.features(text)
            if idx:
                out[row] = np.bincount(np.asarray(idx, dtype=np.int64), weights=np.asarray(w), minlength=self.dims)
        # Dampen repeated features (a word said ten times is not ten times as relevant).
        np.copyto(out, np.sign(out) * np.sqrt(np.abs(out)))
        norms = np.linalg.norm(out, axis=1)
        empty = norms == 0
        out[empty, 0] = 1.0
        norms[empty] = 1.0
        out /= norms[:, None]
        return out


@register_embedding_function
class LlamaEmbedding(EmbeddingFunction[Documents]):
    """An embedding GGUF through llama.cpp (`llama-cpp-python`), loaded on first use."""

    def __init__(self, model_path: str, n_ctx: int = 512, n_threads: int | None = None) -> None:
        """Check the file now; load the model only when the first text is embedded."""
        self.model_path = str(model_path)
        self.n_ctx = int(n_ctx)
        self.n_threads = n_threads
        self._llm: Any = None
        if not Path(self.model_path).is_file():
            raise KbError("bad_embedder", f"embedding model {self.model_path!r} does not exist; set {EMBEDDER_ENV}=llama:"
                          "/path/to/embedding.gguf, or hashed for the built-in embedder")

    @staticmethod
    def name() -> str:
        """The name chromadb stores in the collection configuration."""
        return "carebridge-llama-embedding"

    def get_config(self) -> dict[str, Any]:
        """Everything needed to reopen the same model."""
        return {"model_path": self.model_path, "n_ctx": self.n_ctx, "n_threads": self.n_threads}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> LlamaEmbedding:
        """Rebuild from `get_config()`."""
        return LlamaEmbedding(**config)

    def default_space(self) -> Space:
        """llama.cpp returns normalised vectors here: cosine."""
        return "cosine"

    def _model(self) -> Any:
        if self._llm is None:
            try:
                from llama_cpp import Llama  # type: ignore[import-not-found]
            except ImportError as exc:
                raise KbError("embedder_unavailable", "the llama embedder needs llama-cpp-python (pip install "
                              f"llama-cpp-python), or set {EMBEDDER_ENV}=hashed") from exc
            self._llm = Llama(model_path=self.model_path, embedding=True, n_ctx=self.n_ctx, n_threads=self.n_threads,
                              verbose=False)
        return self._llm

    def __call__(self, input: Documents) -> Embeddings:  # noqa: A002 - chromadb's parameter name
        """Embed each text (truncated to the context length), L2-normalised."""
        vectors = self._model().embed(list(input), normalize=True, truncate=True)
        arr = np.asarray(vectors, dtype=np.float32)
        norms = np.linalg.norm(arr, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return list(arr / norms)

    def matrix(self, texts: list[str]) -> np.ndarray:
        """(len(texts), dims) float32."""
        return np.asarray(self(texts), dtype=np.float32)


def make_embedder(spec: str | None = None) -> HashedNgramEmbedding | LlamaEmbedding:
    """`hashed` (default), `hashed:dims=512`, or `llama:/path/embedding.gguf` (also from $CAREBRIDGE_EMBEDDER)."""
    spec = (spec or os.environ.get(EMBEDDER_ENV) or DEFAULT_EMBEDDER).strip()
    kind, _, arg = spec.partition(":")
    if kind == "hashed":
        options: dict[str, Any] = {}
        for part in filter(None, arg.split(",")):
            key, _, value = part.partition("=")
            if key != "dims" or not value.isdigit():
                raise KbError("bad_embedder", f"unknown hashed embedder option {part!r}; use e.g. hashed:dims=512")
            options["dims"] = int(value)
        return HashedNgramEmbedding(**options)
    if kind == "llama" and arg:
        return LlamaEmbedding(arg)
    raise KbError("bad_embedder", f"unknown embedder {spec!r}; use hashed (default) or llama:/path/to/embedding.gguf "
                  f"(set {EMBEDDER_ENV} or pass --embedder)")
