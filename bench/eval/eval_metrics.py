"""Metric helpers of bench/eval/ats_eval.py (Python 3.11 stdlib only).

Spearman with average ranks for ties, token-level precision/recall/F1 from BIO tags, and the mapping of
character offsets onto whitespace tokens.
"""
import bisect
import math


def average_ranks(values):
    """Ranks 1..n of `values`; tied values share the mean of the ranks they span."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        mean_rank = (i + j) / 2 + 1
        for k in range(i, j + 1):
            ranks[order[k]] = mean_rank
        i = j + 1
    return ranks


def pearson(x, y):
    """Pearson correlation; None when either side is constant or there are fewer than 2 points."""
    n = len(x)
    if n != len(y):
        raise ValueError("pearson: lengths differ")
    if n < 2:
        return None
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    if sxx <= 0 or syy <= 0:
        return None
    return sxy / math.sqrt(sxx * syy)


def spearman(x, y):
    """Spearman rho = Pearson on average ranks (ties handled); None when undefined (constant side)."""
    return pearson(average_ranks(x), average_ranks(y))


def grouped_spearman(groups, scores, labels, min_size=2):
    """Mean over groups of Spearman(scores, labels) within each group.

    Returns (mean or None, number of groups used, number of groups skipped because rho was undefined).
    Groups with fewer than `min_size` items are ignored and not counted at all.
    """
    by_group = {}
    for g, s, l in zip(groups, scores, labels):
        by_group.setdefault(g, ([], []))
        by_group[g][0].append(s)
        by_group[g][1].append(l)
    rhos, undefined = [], 0
    for g in sorted(by_group):
        s, l = by_group[g]
        if len(s) < min_size:
            continue
        rho = spearman(s, l)
        if rho is None:
            undefined += 1
        else:
            rhos.append(rho)
    return (sum(rhos) / len(rhos) if rhos else None), len(rhos), undefined


def bio_positive(tags, entity=None):
    """Per-token gold booleans from BIO tags: True for B/I (of `entity` when given, e.g. 'Skill')."""
    out = []
    for t in tags:
        if t == "O" or not t:
            out.append(False)
            continue
        prefix, _, kind = t.partition("-")
        if prefix not in ("B", "I"):
            out.append(False)
        elif entity is None or kind == entity:
            out.append(True)
        else:
            out.append(False)
    return out


class PRF:
    """Token-level confusion counts accumulated over records."""

    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, gold, pred):
        if len(gold) != len(pred):
            raise ValueError("PRF.add: gold and predicted lengths differ")
        for g, p in zip(gold, pred):
            if g and p:
                self.tp += 1
            elif p:
                self.fp += 1
            elif g:
                self.fn += 1

    def precision(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    def recall(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    def f1(self):
        p, r = self.precision(), self.recall()
        return 2 * p * r / (p + r) if p + r else 0.0


def token_offsets(text, tokens):
    """Code-point [start, end) of each token found in order in `text`; None if a token is missing.

    Tolerates any amount of whitespace (or other characters) between tokens, and accents, as long as
    each token occurs verbatim after the previous one.
    """
    spans, pos = [], 0
    for tok in tokens:
        i = text.find(tok, pos)
        if i < 0:
            return None
        spans.append((i, i + len(tok)))
        pos = i + len(tok)
    return spans


def tokens_covered(token_spans, mentions):
    """Per-token booleans: token overlaps (shares at least one code point with) any mention (start, end)."""
    out = [False] * len(token_spans)
    for s, e in mentions:
        if e <= s:
            continue
        for k, (a, b) in enumerate(token_spans):
            if s < b and a < e:
                out[k] = True
    return out


def fmt(v, digits=3):
    if v is None:
        return "n/a"
    if isinstance(v, float) and math.isnan(v):
        return "n/a"
    return f"{v:.{digits}f}"


def best_threshold(golds, scores, floor):
    """(threshold, PRF) maximising token F1 over thresholds floor, floor+0.01, .., 1.0 (first best)."""
    flat = sorted((s, g) for gs, ss in zip(golds, scores) for g, s in zip(gs, ss))
    svals = [s for s, _ in flat]
    # suffix counts: positives/predictions with score >= svals[k]
    n = len(flat)
    pos_suffix = [0] * (n + 1)
    for k in range(n - 1, -1, -1):
        pos_suffix[k] = pos_suffix[k + 1] + (1 if flat[k][1] else 0)
    total_pos = pos_suffix[0]
    best = None
    steps = int(round((1.0 - floor) / 0.01))
    for s in range(steps + 1):
        th = round(floor + s * 0.01, 4)
        k = bisect.bisect_left(svals, th - 1e-9)
        prf = PRF()
        prf.tp = pos_suffix[k]
        prf.fp = (n - k) - prf.tp
        prf.fn = total_pos - prf.tp
        if best is None or prf.f1() > best[1].f1() + 1e-12:
            best = (th, prf)
    return best


def pick_mention(mentions, span_len):
    """The mention covering most of [0, span_len); ties: the longest, then the first. None when none overlaps."""
    best, key = None, None
    for i, m in enumerate(mentions):
        s, e = int(m["start"]), int(m["end"])
        cover = min(e, span_len) - max(s, 0)
        if cover <= 0:
            continue
        k = (cover, e - s, -i)
        if key is None or k > key:
            best, key = m, k
    return best


NOT_A_LABEL = ("LABEL NOT PRESENT", "UNDERSPECIFIED")


def decorte_items(recs):
    """(query text, gold label) per distinct annotation with a real ESCO label, and counts for the notes."""
    items, seen = [], set()
    stats = {"records": 0, "no_span_records": 0, "dup": 0, "not_label": 0, "sub_span": 0}
    for r in recs:
        anns = r.get("annotations") or []
        if not any(a.get("span") for a in anns):
            stats["no_span_records"] += 1
            continue
        stats["records"] += 1
        for a in anns:
            if not a.get("span"):
                continue
            label = (a.get("label") or "").strip()
            if not label or label in NOT_A_LABEL:
                stats["not_label"] += 1
                continue
            key = (r["id"], a["span"], a.get("sub_span"), label)
            if key in seen:
                stats["dup"] += 1
                continue
            seen.add(key)
            query = a.get("sub_span") or a["span"]
            stats["sub_span"] += bool(a.get("sub_span"))
            items.append((query, label))
    return items, stats
