"""An in-memory BM25 index over the same terms the embedder sees (zh uni/bigrams, en words).

Built from a collection's live chunks when a process first searches it (and again after
the collection changes); per-posting weights are precomputed, so a query is a few numpy
additions.
"""

from __future__ import annotations

import math
from collections import Counter

import numpy as np

from carebridge.tools.kb.tokens import words

K1 = 1.2
B = 0.75


class Bm25Index:
    """Okapi BM25 (k1=1.2, b=0.75) over `texts`; `top` returns (row, score) best first."""

    def __init__(self, texts: list[str]) -> None:
        """Index `texts` (row i of the index is texts[i])."""
        self.size = len(texts)
        postings: dict[str, tuple[list[int], list[int]]] = {}
        lengths = np.zeros(self.size, dtype=np.float64)
        for row, text in enumerate(texts):
            terms = Counter(words(text))
            lengths[row] = sum(terms.values())
            for term, tf in terms.items():
                rows, tfs = postings.setdefault(term, ([], []))
                rows.append(row)
                tfs.append(tf)
        avg = float(lengths.mean()) if self.size else 1.0
        norm = K1 * (1 - B + B * lengths / (avg or 1.0))
        self._postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for term, (rows, tfs) in postings.items():
            r = np.asarray(rows, dtype=np.int64)
            tf = np.asarray(tfs, dtype=np.float64)
            idf = math.log(1 + (self.size - len(rows) + 0.5) / (len(rows) + 0.5))
            self._postings[term] = (r, idf * tf * (K1 + 1) / (tf + norm[r]))

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every row for `query` (0 where no term matches)."""
        out = np.zeros(self.size, dtype=np.float64)
        for term, qtf in Counter(words(query)).items():
            hit = self._postings.get(term)
            if hit is not None:
                out[hit[0]] += hit[1] * qtf  # rows are unique within one term
        return out

    def top(self, query: str, n: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        """The `n` best rows with a positive score (only rows where `allowed` is True, if given)."""
        scores = self.scores(query)
        if allowed is not None:
            scores = np.where(allowed, scores, 0.0)
        positive = int((scores > 0).sum())
        if not positive:
            return []
        n = min(n, positive)
        best = np.argpartition(-scores, n - 1)[:n]
        best = best[np.argsort(-scores[best], kind="stable")]
        return [(int(i), float(scores[i])) for i in best]
