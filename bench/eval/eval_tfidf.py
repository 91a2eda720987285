"""TF-IDF cosine baselines of bench/eval/ats_eval.py (Python 3.11 stdlib only).

* `word_tfidf_cosines`: resume<->job cosine on word tokens (lower-cased, accents stripped, FR+EN stop words
  removed), IDF over the distinct resume and job texts given.
* `CharIndex`: character 3-gram TF-IDF vectors of short strings (taxonomy labels/aliases; IDF over them) with
  inverted indexes: `best(q)` = exact nearest entry when its cosine reaches the index floor (prefix
  filtering), `top1(q)` = exact nearest entry with no floor (MaxScore), so that the long posting lists of
  common grams are mostly skipped. `search_many` runs either over forked worker processes.
* `tagger_scores`: the 1-3-token n-gram tagger baseline (per-token best cosine to a taxonomy form).
"""
import array
import bisect
import copy
import math
import operator
import re
import unicodedata
from collections import Counter

STOP_EN = """a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of
off on once only or other our ours ourselves out over own same she should so some such than that the their theirs
them themselves then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves also etc may must within per via
e g ie eg""".split()

STOP_FR = """au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le les leur leurs lui ma
mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un
une vos votre vous d l j m n s t y a ete etre avoir est sont sera ont plus tres tout tous toute toutes sans sous
chez comme aussi ainsi afin dont entre selon lors leurs cela ceci ca si""".split()

STOP_WORDS = frozenset(STOP_EN) | frozenset(STOP_FR)

_WORD = re.compile(r"[a-z0-9][a-z0-9+#]*")
_SPACES = re.compile(r"\s+")


def strip_accents(s):
    if s.isascii():
        return s
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def normalize(s):
    """Lower-case, strip accents, collapse whitespace."""
    return _SPACES.sub(" ", strip_accents(s.lower())).strip()


def word_tokens(text):
    return [w for w in _WORD.findall(strip_accents(text.lower())) if w not in STOP_WORDS]


def smooth_idf(n_docs, df):
    return math.log((1 + n_docs) / (1 + df)) + 1.0


def _unit(vec):
    norm = math.sqrt(sum(w * w for w in vec.values()))
    return {k: w / norm for k, w in vec.items()} if norm > 0 else {}


def word_tfidf_cosines(pairs):
    """pairs: list of (resume_text, job_text). Returns the cosine per pair.

    IDF over the distinct texts of all pairs (a CV paired with 5 vacancies counts once)."""
    docs, distinct = [], {}
    for r, j in pairs:
        for text in (r, j):
            if text not in distinct:
                distinct[text] = Counter(word_tokens(text))
            docs.append(distinct[text])
    df = Counter()
    for d in distinct.values():
        df.update(d.keys())
    n = len(distinct)
    idf = {t: smooth_idf(n, c) for t, c in df.items()}
    vecs = [_unit({t: tf * idf[t] for t, tf in d.items()}) for d in docs]
    out = []
    for k in range(len(pairs)):
        a, b = vecs[2 * k], vecs[2 * k + 1]
        if len(a) > len(b):
            a, b = b, a
        out.append(sum(w * b.get(t, 0.0) for t, w in a.items()))
    return out


def char_grams(s, n=3):
    """Character n-gram counts of the normalized string padded with one space on each side."""
    p = " " + normalize(s) + " "
    if len(p) < n:
        return Counter()
    return Counter(p[i:i + n] for i in range(len(p) - n + 1))


class CharIndex:
    """Char 3-gram TF-IDF over a list of strings (entries); IDF computed over those entries.

    Exact nearest-entry search above a floor `t_index`, by prefix filtering on both sides (All-Pairs,
    Bayardo et al. 2007): grams are ordered rarest first; an entry is indexed only on its leading grams,
    until the grams left out have an L2 norm < t_index, and a query probes only its leading grams, until
    the grams left have a norm < t_index. Two unit vectors whose shared grams all lie outside one of the
    two prefixes have a cosine < t_index (Cauchy-Schwarz), so every entry with cosine >= t_index is found.
    Candidates are then bounded by (exact dot over the grams before both boundaries) + |q tail| * |d tail|
    and only those that can still win are scored in full.
    """

    def __init__(self, entries, t_index=0.5, full_postings=False):
        """t_index: floor of `best` (None: no prefix index, see `refloor`); full_postings: needed by `top1`."""
        self.entries = list(entries)
        self.entry_id = {}
        for i, e in enumerate(self.entries):
            self.entry_id.setdefault(normalize(e), i)
        grams = [char_grams(e) for e in self.entries]
        df = Counter()
        for g in grams:
            df.update(g.keys())
        self.n = len(self.entries)
        self.gram_id = {}
        self.idf = []
        self.df = []
        for g, c in sorted(df.items(), key=lambda kv: (kv[1], kv[0])):  # gram id order = rarest first
            self.gram_id[g] = len(self.idf)
            self.idf.append(smooth_idf(self.n, c))
            self.df.append(c)
        self.n_grams = len(self.idf)
        self.unseen_idf = smooth_idf(self.n, 0)
        self.doc_vec = []  # entry -> {gram id: weight}
        gram_id, idf, sqrt = self.gram_id, self.idf, math.sqrt
        dgrams, dweights, dtails, offsets = [], [], [], [0]
        for g in grams:
            ids = sorted(gram_id[k] for k in g)
            inv = {gid: k for k, gid in ((k, gram_id[k]) for k in g)}
            ws = [g[inv[gid]] * idf[gid] for gid in ids]
            norm = sqrt(sum(w * w for w in ws)) or 1.0
            ws = [w / norm for w in ws]
            self.doc_vec.append(dict(zip(ids, ws)))
            tails, s = [], 0.0
            for w in reversed(ws):
                s += w * w
                tails.append(sqrt(s))
            tails.reverse()
            dgrams.extend(ids)
            dweights.extend(ws)
            dtails.extend(tails)
            offsets.append(len(dgrams))
        self.offsets = array.array("l", offsets)
        self.doc_grams = array.array("l", dgrams)
        self.doc_weights = array.array("d", dweights)
        self.doc_tail = array.array("d", dtails)  # norm of the entry's grams from this position on
        self.full_docs = self.full_w = None
        if full_postings:
            self.full_docs, self.full_w = self._postings(None)
            self.max_w = [max(w) if w else 0.0 for w in self.full_w]
        self.t_index = None
        if t_index is not None:
            self._build_prefix_index(t_index)

    def _postings(self, t):
        """Posting lists (entry ids, weights) per gram; with t, only each entry's leading grams (tail >= t)."""
        docs = [[] for _ in self.idf]
        weights = [[] for _ in self.idf]
        boundary, rest = [], []
        o, dg, dw, dt = self.offsets, self.doc_grams, self.doc_weights, self.doc_tail
        t_sq = t * t if t is not None else -1.0
        for d in range(self.n):
            b, r = self.n_grams, 0.0
            for k in range(o[d], o[d + 1]):
                if dt[k] * dt[k] < t_sq:
                    b, r = dg[k], dt[k]
                    break
                docs[dg[k]].append(d)
                weights[dg[k]].append(dw[k])
            boundary.append(b)
            rest.append(r)
        if t is not None:
            self.boundary = array.array("l", boundary)  # first gram id of the entry not indexed (n_grams if none)
            self.rest = array.array("d", rest)          # norm of the entry's grams that are not indexed (< t)
        return [array.array("l", x) for x in docs], [array.array("d", x) for x in weights]

    def _build_prefix_index(self, t_index):
        self.t_index = t_index
        self.post_docs, self.post_w = self._postings(t_index)

    def refloor(self, t_index):
        """A copy sharing the vectors (and full postings) but with a prefix index for another floor."""
        other = copy.copy(self)
        other._build_prefix_index(t_index)
        return other

    def query_vector(self, text):
        """[(gram id, weight)] sorted by gram id (rarest first), L2-normalised over all the query's grams
        (grams unseen in the entries count in the norm with the highest IDF but match nothing)."""
        g = char_grams(text)
        feats, unseen_sq = [], 0.0
        for k, tf in g.items():
            gid = self.gram_id.get(k)
            if gid is None:
                unseen_sq += (tf * self.unseen_idf) ** 2
            else:
                feats.append((gid, tf * self.idf[gid]))
        norm = math.sqrt(sum(w * w for _, w in feats) + unseen_sq)
        if norm == 0:
            return []
        feats.sort()
        return [(gid, w / norm) for gid, w in feats]

    def _score(self, qmap, d):
        dv = self.doc_vec[d]
        shared = qmap.keys() & dv.keys()
        return sum(map(operator.mul, map(qmap.__getitem__, shared), map(dv.__getitem__, shared)))

    def best(self, text):
        """(entry index, cosine) of the most similar entry if its cosine >= t_index, else (None, 0.0).

        Exact; ties go to the lowest entry index.
        """
        if self.t_index is None:
            raise ValueError("CharIndex.best needs a prefix index (t_index or refloor)")
        feats = self.query_vector(text)
        if not feats:
            return None, 0.0
        t = self.t_index
        t_sq = t * t
        qids = [gid for gid, _ in feats]
        qtail = [0.0] * (len(feats) + 1)
        s = 0.0
        for i in range(len(feats) - 1, -1, -1):
            s += feats[i][1] ** 2
            qtail[i] = math.sqrt(s)
        acc = {}
        get = acc.get
        probe_end, probe_i = self.n_grams, len(feats)  # first gram id (and query position) not probed
        for i, (gid, qw) in enumerate(feats):
            if qtail[i] * qtail[i] < t_sq:
                probe_end, probe_i = gid, i
                break
            for d, w in zip(self.post_docs[gid], self.post_w[gid]):
                acc[d] = get(d, 0.0) + qw * w
        q_rest = qtail[probe_i]  # < t
        qmap = dict(feats)
        best_doc, best_cos = None, t - 1e-12
        d0 = self.entry_id.get(normalize(text))  # an entry equal to the query: cosine 1 (seeds the pruning)
        if d0 is not None:
            best_doc, best_cos = d0, self._score(qmap, d0)
        bl, boundary, rest = bisect.bisect_left, self.boundary, self.rest
        offsets, dgrams, dtail, n_grams = self.offsets, self.doc_grams, self.doc_tail, self.n_grams
        for d in sorted(acc, key=acc.__getitem__, reverse=True):
            # acc[d] is the exact dot over gram ids < m = min(entry boundary, probe end); what is left is at
            # most |q from m| * |d from m| <= rest[d] (if the entry's boundary comes first) or q_rest, both < t.
            a = acc[d]
            if a + t < best_cos:
                break
            m = boundary[d]
            if m < probe_end:  # what is left <= |q from m| * rest[d]
                r = rest[d]
                if a + r < best_cos or a + qtail[bl(qids, m)] * r < best_cos:
                    continue
            elif probe_end < n_grams:  # what is left <= q_rest * |d from probe_end|
                if a + q_rest < best_cos:
                    continue
                k = bl(dgrams, probe_end, offsets[d], offsets[d + 1])
                if k < offsets[d + 1] and a + q_rest * dtail[k] < best_cos:
                    continue
                if k >= offsets[d + 1] and a < best_cos:
                    continue
            elif a < best_cos:
                continue
            c = self._score(qmap, d)
            if c > best_cos + 1e-12 or (c >= best_cos - 1e-12 and (best_doc is None or d < best_doc)):
                best_doc, best_cos = d, max(c, best_cos)
        if best_doc is None:
            return None, 0.0
        return best_doc, best_cos

    def top1(self, text, allowed=None):
        """Exact top-1 over all entries (or those with allowed[d] true), (None, 0.0) when no gram is shared.
        Needs full_postings=True.

        MaxScore (Turtle & Flood 1995): seed the best cosine with the entries holding the query's two rarest
        grams, then skip the most common grams whose summed upper bound (query weight x the gram's largest
        entry weight) stays below it, accumulate the other posting lists, and fully score only the entries
        whose partial dot plus that bound can still beat the best. Ties go to the lowest entry index.
        """
        feats = self.query_vector(text)
        if not feats:
            return None, 0.0
        if self.full_docs is None:
            raise ValueError("CharIndex.top1 needs full_postings=True")
        qmap = dict(feats)
        best_doc, best_cos = None, 0.0
        d0 = self.entry_id.get(normalize(text))
        if d0 is not None and (allowed is None or allowed[d0]):
            best_doc, best_cos = d0, self._score(qmap, d0)
        for gid, _ in feats[:2]:
            for d in self.full_docs[gid]:
                if allowed is not None and not allowed[d]:
                    continue
                c = self._score(qmap, d)
                if c > best_cos + 1e-12 or (abs(c - best_cos) <= 1e-12 and best_doc is not None and d < best_doc):
                    best_doc, best_cos = d, c
        # feats[skipped:] are the common grams left out of the accumulation; any entry's dot over them is at
        # most bound = min(sum of q weight x largest entry weight, |q over them|) (Cauchy-Schwarz).
        skipped, bound, by_max, sq = len(feats), 0.0, 0.0, 0.0
        while skipped > 0:
            gid, qw = feats[skipped - 1]
            b_max, b_sq = by_max + qw * self.max_w[gid], sq + qw * qw
            b = min(b_max, math.sqrt(b_sq))
            if b >= best_cos:
                break
            bound, by_max, sq, skipped = b, b_max, b_sq, skipped - 1
        acc = {}
        get = acc.get
        for gid, qw in feats[:skipped]:
            for d, w in zip(self.full_docs[gid], self.full_w[gid]):
                acc[d] = get(d, 0.0) + qw * w
        rest = feats[skipped:]
        doc_vec = self.doc_vec
        for d in sorted(acc, key=acc.__getitem__, reverse=True):
            c = acc[d]
            if c + bound < best_cos - 1e-12:
                break
            if allowed is not None and not allowed[d]:
                continue
            if rest:
                dv = doc_vec[d]
                for gid, qw in rest:
                    w = dv.get(gid)
                    if w is not None:
                        c += qw * w
            if c > best_cos + 1e-12 or (abs(c - best_cos) <= 1e-12 and (best_doc is None or d < best_doc)):
                best_doc, best_cos = d, c
        return best_doc, best_cos


_POOL = None  # (index, method, kwargs) inherited by forked workers


def _pool_run(texts):
    index, method, kwargs = _POOL
    fn = getattr(index, method)
    return [fn(t, **kwargs) for t in texts]


def search_many(index, texts, method="best", workers=1, **kwargs):
    """[(entry index or None, cosine)] of index.<method>(text) for each text, over `workers` forked processes."""
    global _POOL
    texts = list(texts)
    fn = getattr(index, method)
    if workers <= 1 or len(texts) < 400:
        return [fn(t, **kwargs) for t in texts]
    import multiprocessing
    _POOL = (index, method, kwargs)
    try:
        ctx = multiprocessing.get_context("fork")
        step = max(50, len(texts) // (workers * 20))
        chunks = [texts[i:i + step] for i in range(0, len(texts), step)]
        with ctx.Pool(workers) as pool:
            out = []
            for part in pool.imap(_pool_run, chunks):
                out.extend(part)
        return out
    finally:
        _POOL = None


def _ok_edge_token(tok):
    n = normalize(tok)
    return any(c.isalnum() for c in n) and n not in STOP_WORDS and not (tok.startswith("<") and tok.endswith(">"))


def tagger_scores(token_lists, index, workers):
    """Per token: the best cosine (>= index floor, else 0) of any 1-3-token n-gram covering it to a taxonomy form.

    N-grams whose first or last token is a stop word, punctuation only or a <PLACEHOLDER> are not scored."""
    spans, keys = [], {}
    for toks in token_lists:
        ok = [_ok_edge_token(t) for t in toks]
        rec = []
        for i in range(len(toks)):
            for n in (1, 2, 3):
                j = i + n
                if j <= len(toks) and ok[i] and ok[j - 1]:
                    key = normalize(" ".join(toks[i:j]))
                    rec.append((i, j, keys.setdefault(key, len(keys))))
        spans.append(rec)
    cos = [c for _, c in search_many(index, list(keys), "best", workers)]
    out = []
    for toks, rec in zip(token_lists, spans):
        sc = [0.0] * len(toks)
        for i, j, k in rec:
            c = cos[k]
            for t in range(i, j):
                if c > sc[t]:
                    sc[t] = c
        out.append(sc)
    return out, len(keys)
