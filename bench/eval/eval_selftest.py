"""--self-test of bench/eval/ats_eval.py: the metric and baseline functions on tiny hand-computed cases, and
the CLI plumbing against a fake jobmatch (a small Python script written to a temp folder)."""
import gzip
import json
import math
import os
import pathlib
import sys
import tempfile

from eval_metrics import (PRF, average_ranks, best_threshold, bio_positive, decorte_items, grouped_spearman,
                          pick_mention, spearman, token_offsets, tokens_covered)
from eval_engine import Engine, EngineError, Taxonomy
from eval_tfidf import CharIndex, search_many, word_tfidf_cosines, word_tokens

FAKE_JOBMATCH = r"""#!PYTHON
import json, sys
a = sys.argv[1:]
if a[1:] == ["--help"]:
    print({"skills": "--jsonl FILE", "match": "--pairs FILE"}.get(a[0], "usage"))
    sys.exit(0 if a[0] in ("skills", "match") else 1)
recs = [json.loads(l) for l in open(a[2], encoding="utf-8")]
for r in reversed(recs):  # any order: results are matched by id
    if a[0] == "skills":
        t = r["text"]
        i = t.lower().find("python")
        ms = [] if i < 0 else [{"text": t[i:i + 6], "start": i, "end": i + 6, "skill_id": "esco:py", "label": "Python",
                                "kind": "hard"}]
        if "BAD" in t:
            ms.append({"text": "nope", "start": 0, "end": 2, "skill_id": "x", "label": "x", "kind": "hard"})
        print(json.dumps({"id": r["id"], "skills": ms}))
    else:
        print(json.dumps({"id": r["id"], "score": 100.0 * (r["job_text"] in r["resume_text"])}))
"""


def self_test():
    near = lambda a, b: a is not None and abs(a - b) < 1e-9  # noqa: E731
    assert average_ranks([10, 20, 20, 30, 20]) == [1, 3, 3, 5, 3]
    assert near(spearman([1, 2, 3, 4], [10, 20, 30, 40]), 1.0)
    assert near(spearman([1, 2, 3, 4], [4, 3, 2, 1]), -1.0)
    assert near(spearman([1, 2, 2, 3], [1, 2, 3, 4]), 4.5 / math.sqrt(4.5 * 5))  # ties: ranks 1, 2.5, 2.5, 4
    assert spearman([1, 1, 1], [1, 2, 3]) is None and spearman([1], [2]) is None
    # grouped: group a perfect, group b inverse, group c too small for min_size 3
    m, n, u = grouped_spearman(list("aaabbbcc"), [1, 2, 3, 1, 2, 3, 1, 2], [1, 2, 3, 3, 2, 1, 1, 2], min_size=3)
    assert near(m, 0.0) and n == 2 and u == 0
    # vanetik direction: score high for rank 1 -> +1 when correlating with -rank
    assert near(spearman([90, 50, 10], [-1, -2, -3]), 1.0)
    assert bio_positive(["O", "B-Skill", "I-Skill", "B-Occupation", "I-Occupation", "O"], "Skill") == \
        [False, True, True, False, False, False]
    assert bio_positive(["B", "I", "O", "B"]) == [True, True, False, True]
    p = PRF()
    p.add([True, True, False, False], [True, False, True, False])
    assert (p.tp, p.fp, p.fn) == (1, 1, 1) and near(p.precision(), 0.5) and near(p.recall(), 0.5) and near(p.f1(), 0.5)
    p.add([True, False], [True, False])  # tp 2 fp 1 fn 1
    assert near(p.f1(), 2 / 3)
    empty = PRF()
    assert empty.f1() == 0.0
    th, prf = best_threshold([[True, True, False]], [[0.9, 0.6, 0.7]], 0.5)
    assert near(th, 0.5) and near(prf.f1(), 0.8)  # all three predicted: P 2/3, R 1
    th, prf = best_threshold([[True, False, False]], [[0.9, 0.6, 0.7]], 0.5)
    assert near(th, 0.71) and near(prf.f1(), 1.0)
    # offsets -> tokens: accents are single code points, several spaces between tokens
    text = "Élève  à   l'école C++"
    toks = ["Élève", "à", "l'école", "C++"]
    spans = token_offsets(text, toks)
    assert spans == [(0, 5), (7, 8), (11, 18), (19, 22)], spans
    assert all(text[a:b] == t for (a, b), t in zip(spans, toks))
    assert tokens_covered(spans, [(7, 18)]) == [False, True, True, False]
    assert tokens_covered(spans, [(3, 4)]) == [True, False, False, False]   # partial overlap counts
    assert tokens_covered(spans, [(5, 7)]) == [False, False, False, False]  # only the spaces
    assert tokens_covered(spans, [(20, 21), (0, 1)]) == [True, False, False, True]
    assert token_offsets("a b", ["a", "c"]) is None
    assert token_offsets("x y", ["x", "y"]) == [(0, 1), (2, 3)]
    # mention choice for Decorte
    ms = [{"start": 0, "end": 4}, {"start": 2, "end": 10}, {"start": 0, "end": 8}, {"start": 12, "end": 20}]
    assert pick_mention(ms, 8) is ms[2]  # covers 8 (ms[1] covers 6)
    assert pick_mention([ms[3]], 8) is None
    ms = [{"start": 0, "end": 3}, {"start": 3, "end": 6}]
    assert pick_mention(ms, 6) is ms[0]  # equal cover and length: the first
    # TF-IDF baselines
    assert word_tokens("L'École et the Python, C++ & C#") == ["ecole", "python", "c++", "c#"]
    c = word_tfidf_cosines([("python java", "python java"), ("python", "cobol"), ("", "x")])
    assert near(c[0], 1.0) and near(c[1], 0.0) and c[2] == 0.0
    forms = ["python", "java", "javascript", "project management", "management", "c++", "data analysis"]
    idx = CharIndex(forms, t_index=0.3, full_postings=True)
    for q in ["Python", "javascrip", "project managment", "c++", "analysis of data", "zzz", "manage projects"]:
        fv = idx.query_vector(q)
        brute = [sum(w * idx.doc_vec[d].get(g, 0.0) for g, w in fv) for d in range(idx.n)]
        bc = max(brute)
        d, cos = idx.best(q)
        if bc >= 0.3:
            assert d == brute.index(bc) and near(cos, bc), (q, d, cos, bc)
        else:
            assert d is None, (q, d, cos)
        d2, c2 = idx.top1(q)
        assert (bc == 0 and d2 is None) or near(c2, bc), (q, d2, c2, bc)
    assert idx.best("python")[0] == 0 and near(idx.best("python")[1], 1.0)
    allowed = bytearray([0, 1, 1, 1, 1, 1, 1])  # "python" excluded
    for q in ["Python", "javascript", "management projects"]:
        fv = idx.query_vector(q)
        brute = [sum(w * idx.doc_vec[d].get(g, 0.0) for g, w in fv) if allowed[d] else -1 for d in range(idx.n)]
        d, cos = idx.top1(q, allowed=allowed)
        assert (max(brute) <= 0 and d is None) or (d == brute.index(max(brute)) and near(cos, max(brute))), (q, d)
    assert search_many(idx, ["java", "c++"], "top1", 1) == [idx.top1("java"), idx.top1("c++")]
    assert idx.refloor(0.9).best("javascrip")[0] is None
    items, st = decorte_items([
        {"id": "a", "annotations": [{"span": "java", "sub_span": None, "label": "Java"},
                                    {"span": "x", "sub_span": None, "label": "UNDERSPECIFIED"},
                                    {"span": "java", "sub_span": None, "label": "Java"},
                                    {"span": "a and b c", "sub_span": "b c", "label": "B "}]},
        {"id": "b", "annotations": [{"span": None, "sub_span": None, "label": "Java"}]}])
    assert items == [("java", "Java"), ("b c", "B")] and st["dup"] == 1 and st["no_span_records"] == 1
    # CLI plumbing with a fake binary: help detection, one run per data set, code-point offsets checked
    with tempfile.TemporaryDirectory() as tmp:
        fake = pathlib.Path(tmp) / "jobmatch"
        fake.write_text(FAKE_JOBMATCH.replace("PYTHON", sys.executable), encoding="utf-8")
        os.chmod(fake, 0o755)
        eng = Engine(fake)
        assert eng.supports("skills") and eng.supports("match")
        out = eng.skills(["Élève en Python", "rien", "BAD python"])
        assert [[(m["start"], m["end"]) for m in ms] for ms in out] == [[(9, 15)], [], [(4, 10), (0, 2)]]
        assert eng.offset_mismatches == 1
        assert eng.match([("python java", "java"), ("a", "b")]) == [100.0, 0.0]
        assert not Engine(pathlib.Path(tmp) / "missing").supports("skills")
        try:
            Engine(pathlib.Path(tmp) / "missing").match([("a", "b")])
            raise AssertionError("missing binary accepted")
        except (EngineError, OSError):
            pass
        # taxonomy: a renamed ESCO skill still answers to its raw ESCO label
        tax_path, raw_path = pathlib.Path(tmp) / "taxonomy.jsonl.gz", pathlib.Path(tmp) / "skills.jsonl.gz"
        with gzip.open(tax_path, "wt", encoding="utf-8") as f:
            f.write(json.dumps({"meta": {"version": "t"}}) + "\n")
            f.write(json.dumps({"id": "esco:j", "en": "Java", "fr": "Java", "aliases": ["Core Java"], "kind": "hard"}) + "\n")
        with gzip.open(raw_path, "wt", encoding="utf-8") as f:
            f.write(json.dumps({"id": "esco:j", "label_en": "Java (computer programming)", "aliases_en": []}) + "\n")
        tax = Taxonomy(tax_path, raw_path)
        assert tax.version == "t" and tax.is_esco("esco:j") and not tax.is_esco("onet-tech:x")
        assert tax.english_forms("esco:j") == {"java", "core java", "java (computer programming)"}
    print("self-test: ok")
    return 0
