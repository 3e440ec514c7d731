"""An in-memory BM25 index over the same terms the embedder sees (zh uni/bigrams, en words).

Built from a collection's live chunks when a process first searches it (and again after
the collection changes). Term frequencies and lengths are kept per collection; the
statistics (document frequency, average length) are summed over all collections a query
searches, so scores from different collections are comparable and can be merged.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np

from carebridge.tools.kb.tokens import words

K1 = 1.2
B = 0.75


class Bm25Index:
    """Term postings of `texts` (row i is texts[i]); score with `bm25_scores` over one or more indexes."""

    def __init__(self, texts: Sequence[str]) -> None:
        """Index `texts`."""
        self.size = len(texts)
        postings: dict[str, tuple[list[int], list[int]]] = {}
        self.lengths = np.zeros(self.size, dtype=np.float64)
        for row, text in enumerate(texts):
            terms = Counter(words(text))
            self.lengths[row] = sum(terms.values())
            for term, tf in terms.items():
                rows, tfs = postings.setdefault(term, ([], []))
                rows.append(row)
                tfs.append(tf)
        self.total_length = float(self.lengths.sum())
        self.postings = {t: (np.asarray(r, dtype=np.int64), np.asarray(f, dtype=np.float64)) for t, (r, f) in postings.items()}

    def df(self, term: str) -> int:
        """How many rows contain `term`."""
        hit = self.postings.get(term)
        return 0 if hit is None else len(hit[0])


def query_terms(query: str) -> Counter[str]:
    """The query's terms with their counts."""
    return Counter(words(query))


def bm25_scores(indexes: Sequence[Bm25Index], terms: Counter[str]) -> list[np.ndarray]:
    """Okapi BM25 (k1=1.2, b=0.75) of every row of every index, with statistics over all of them."""
    n = sum(ix.size for ix in indexes)
    avgdl = (sum(ix.total_length for ix in indexes) / n) if n else 1.0
    idf = {t: math.log(1 + (n - df + 0.5) / (df + 0.5)) for t in terms if (df := sum(ix.df(t) for ix in indexes))}
    out = []
    for ix in indexes:
        scores = np.zeros(ix.size, dtype=np.float64)
        norm = K1 * (1 - B + B * ix.lengths / (avgdl or 1.0))
        for term, qtf in terms.items():
            hit = ix.postings.get(term)
            if hit is not None and term in idf:
                rows, tf = hit
                scores[rows] += qtf * idf[term] * tf * (K1 + 1) / (tf + norm[rows])  # rows are unique within a term
        out.append(scores)
    return out


def top(scores: np.ndarray, n: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
    """The `n` best rows with a positive score (only rows where `allowed` is True, if given)."""
    if allowed is not None:
        scores = np.where(allowed, scores, 0.0)
    positive = int((scores > 0).sum())
    if not positive:
        return []
    n = min(n, positive)
    best = np.argpartition(-scores, n - 1)[:n]
    best = best[np.argsort(-scores[best], kind="stable")]
    return [(int(i), float(scores[i])) for i in best]
