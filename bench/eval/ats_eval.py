#!/usr/bin/env python3
"""Evaluate the jobmatch ATS engine (`jobmatch match`) and skill extractor (`jobmatch skills`) on the labelled
DEV data of ../shared/data/eval/ (see its SOURCE.md), against TF-IDF cosine baselines computed here.

Python 3.11 standard library only. One CLI process per data set (all records in one temp JSONL file).

  bench/eval/ats_eval.py                           # all five data sets, engine + baselines
  bench/eval/ats_eval.py --baseline-only           # baselines only (no binary needed)
  bench/eval/ats_eval.py --only vanetik,pfe --jobmatch build-release/src/app/jobmatch --markdown out.md
  bench/eval/ats_eval.py --self-test

Exit status: 0 ok, 1 a step failed, 2 the binary or a needed sub-command is missing (unless --baseline-only).
DEV data only: never tune anything on the holdout half (holdout/eval/).
"""
import argparse
import datetime
import json
import os
import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from eval_engine import (SUBCOMMAND_FLAG, Engine, EngineError, Taxonomy, candidate_binaries,  # noqa: E402
                         find_taxonomy)
from eval_metrics import (PRF, best_threshold, bio_positive, decorte_items, fmt, grouped_spearman,  # noqa: E402
                          pick_mention, spearman, token_offsets, tokens_covered)
from eval_tfidf import CharIndex, normalize, search_many, tagger_scores, word_tfidf_cosines  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
DATASETS = ("vanetik", "pfe", "skillspan", "skillspan-skill", "green", "decorte")
FILES = {
    "vanetik": "resume_jd_vanetik_human_rankings.jsonl",
    "pfe": "resume_jd_pfe2025_llm_scores.jsonl",
    "skillspan": "skills_skillspan.jsonl",
    "skillspan-skill": "skills_skillspan.jsonl",
    "green": "skills_green_gold_test.jsonl",
    "decorte": "skills_decorte_esco.jsonl",
}
NEEDS = {"vanetik": "match", "pfe": "match", "skillspan": "skills", "skillspan-skill": "skills", "green": "skills",
         "decorte": "skills"}
# Lowest cosine the n-gram tagger baseline searches (exact search is only cheap above it); the threshold is
# then chosen in [floor, 1] by 0.01 steps. A warning is printed when the optimum lands on the floor.
TAGGER_FLOOR = {"skillspan": 0.8, "skillspan-skill": 0.6, "green": 0.6}


class Context:
    def __init__(self, args):
        self.args = args
        self.eval_dir = pathlib.Path(args.eval_dir)
        self.engine = None
        self.rows = []
        self.notes = []
        self.timings = []
        self.files_used = []
        self._taxonomy = None
        self._form_index = None

    def load(self, name):
        path = self.eval_dir / FILES[name]
        self.files_used.append(path)
        with open(path, encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.strip()]

    def taxonomy(self):
        if self._taxonomy is None:
            t0 = time.time()
            path, raw = find_taxonomy(ROOT, self.args.data_dir)
            self._taxonomy = Taxonomy(path, raw)
            self.files_used.append(path)
            self.timings.append(("load taxonomy", time.time() - t0))
        return self._taxonomy

    def form_index(self):
        """(CharIndex over all distinct normalized taxonomy forms (label and aliases; IDF over them; prefix
        index built per floor by refloor), form -> first ESCO skill id owning it)."""
        if self._form_index is None:
            tax = self.taxonomy()
            t0 = time.time()
            forms, esco_owner = set(), {}
            for sid, fs in tax.forms.items():
                for f in fs:
                    nf = normalize(f)
                    if nf:
                        forms.add(nf)
                        if tax.is_esco(sid):
                            esco_owner.setdefault(nf, sid)
            forms = sorted(forms)
            self._form_index = (CharIndex(forms, t_index=None, full_postings=True), esco_owner)
            self.timings.append((f"index {len(forms)} taxonomy forms (char 3-grams)", time.time() - t0))
        return self._form_index

    def row(self, dataset, metric, n, engine, baseline):
        self.rows.append({"dataset": dataset, "metric": metric, "n": n, "engine": engine, "baseline": baseline})

    def note(self, text):
        self.notes.append(text)
        print(f"  note: {text}", file=sys.stderr)


# ---------------------------------------------------------------- resume <-> job ranking


def eval_vanetik(ctx):
    recs = ctx.load("vanetik")
    pairs = [(r["resume_text"], r["job_text"]) for r in recs]
    t0 = time.time()
    base = word_tfidf_cosines(pairs)
    ctx.timings.append(("vanetik baseline", time.time() - t0))
    t0 = time.time()
    eng = ctx.engine.match(pairs) if ctx.engine else None
    if eng is not None:
        ctx.timings.append(("vanetik jobmatch match", time.time() - t0))
    groups = [r["group"] for r in recs]
    by_vac = {}
    for r in recs:
        by_vac.setdefault(str(r.get("vacancy_id")), []).append(float(r["label"]))
    ctx.note("vanetik: annotator 1 mean rank per vacancy (whatever the CV): " + ", ".join(
        f"{v}: {sum(x) / len(x):.1f}" for v, x in sorted(by_vac.items(), key=lambda kv: sum(kv[1]) / len(kv[1]))))
    for key, who in (("label", "annotator 1"), ("label_annotator2", "annotator 2")):
        idx = [i for i, r in enumerate(recs) if r.get(key) is not None]
        g = [groups[i] for i in idx]
        pref = [-float(recs[i][key]) for i in idx]  # rank 1 = best -> higher is better
        b, nb, ub = grouped_spearman(g, [base[i] for i in idx], pref)
        e = ne = ue = None
        if eng is not None:
            e, ne, ue = grouped_spearman(g, [eng[i] for i in idx], pref)
        ctx.row("vanetik", f"mean Spearman per CV vs {who}", f"{nb} CVs", e, b)
        if ub or (ue or 0):
            ctx.note(f"vanetik {who}: rho undefined (constant scores or ranks) for {ub} CVs (baseline)"
                     + (f", {ue} CVs (jobmatch)" if eng is not None else "") + "; left out of the mean")


def eval_pfe(ctx):
    recs = ctx.load("pfe")
    pairs = [(r["resume_text"], r["job_text"]) for r in recs]
    t0 = time.time()
    base = word_tfidf_cosines(pairs)
    ctx.timings.append(("pfe baseline", time.time() - t0))
    t0 = time.time()
    eng = ctx.engine.match(pairs) if ctx.engine else None
    if eng is not None:
        ctx.timings.append(("pfe jobmatch match", time.time() - t0))
    groups = [r["group"] for r in recs]
    labels = [float(r["label"]) for r in recs]
    b, nb, ub = grouped_spearman(groups, base, labels, min_size=3)
    e = None
    if eng is not None:
        e, _, _ = grouped_spearman(groups, eng, labels, min_size=3)
    ctx.row("pfe2025", "mean Spearman within offer (>= 3 pairs)", f"{nb} offers", e, b)
    if ub:
        ctx.note(f"pfe2025: {ub} offers with >= 3 pairs have constant LLM labels (rho undefined), left out")
    ctx.row("pfe2025", "global Spearman (all pairs)", f"{len(recs)} pairs",
            spearman(eng, labels) if eng is not None else None, spearman(base, labels))


# ---------------------------------------------------------------- token-level span tagging


def eval_tagging(ctx, name, dataset_label, tag_key, entity, phrases=False, what=None):
    recs = ctx.load(name)
    gold = [bio_positive(r[tag_key], entity) for r in recs]
    token_lists = [r["tokens"] for r in recs]
    # Engine input: the record text when every token is found in it in order, else the tokens joined by spaces.
    texts, offsets, rebuilt, not_joined = [], [], 0, 0
    for r in recs:
        text, toks = r.get("text") or "", r["tokens"]
        if len(toks) != len(r[tag_key]):
            raise ValueError(f"{name} {r['id']}: {len(toks)} tokens but {len(r[tag_key])} tags")
        if text != " ".join(toks):
            not_joined += 1
        spans = token_offsets(text, toks)
        if spans is None:
            rebuilt += 1
            text = " ".join(toks)
            spans = token_offsets(text, toks)
        texts.append(text)
        offsets.append(spans)
    if not_joined:
        ctx.note(f"{dataset_label}: {not_joined} texts differ from ' '.join(tokens); {rebuilt} of them do not contain "
                 "the tokens in order and were replaced by the joined tokens")
    eng_prf = None
    if ctx.engine is not None:
        t0 = time.time()
        mentions = ctx.engine.skills(texts, phrases=phrases)
        ctx.timings.append((f"{dataset_label} jobmatch skills{' --phrases' if phrases else ''} ({len(texts)} texts)",
                            time.time() - t0))
        eng_prf = PRF()
        for g, spans, ms in zip(gold, offsets, mentions):
            eng_prf.add(g, tokens_covered(spans, [(int(m["start"]), int(m["end"])) for m in ms]))
    floor = ctx.args.tagger_floor if ctx.args.tagger_floor is not None else TAGGER_FLOOR[name]
    index = ctx.form_index()[0]
    t0 = time.time()
    index = index.refloor(floor)
    ctx.timings.append((f"{dataset_label} baseline prefix index at floor {floor}", time.time() - t0))
    t0 = time.time()
    scores, n_queries = tagger_scores(token_lists, index, ctx.args.workers)
    th, base_prf = best_threshold(gold, scores, floor)
    ctx.timings.append((f"{dataset_label} baseline n-gram tagger ({n_queries} distinct n-grams)", time.time() - t0))
    if th <= floor + 1e-9:
        ctx.note(f"{dataset_label}: baseline optimum is at the search floor {floor}; rerun with a lower --tagger-floor")
    n_tok = sum(len(g) for g in gold)
    what = what or f"{entity or 'Knowledge'} tokens"
    ntxt = f"{n_tok} tok / {sum(map(sum, gold))} pos"
    ctx.row(dataset_label, f"{what}: precision", ntxt, eng_prf.precision() if eng_prf else None, base_prf.precision())
    ctx.row(dataset_label, f"{what}: recall", ntxt, eng_prf.recall() if eng_prf else None, base_prf.recall())
    ctx.row(dataset_label, f"{what}: F1", ntxt, eng_prf.f1() if eng_prf else None, base_prf.f1())
    ctx.note(f"{dataset_label}: baseline cosine threshold {th:.2f} chosen to maximise the baseline's F1 on this "
             f"same DEV file (searched {floor:.2f}..1.00)")


def eval_skillspan(ctx):
    eval_tagging(ctx, "skillspan", "SkillSpan", "tags_knowledge", None)


def eval_skillspan_skill(ctx):
    # SkillSpan's Skill spans are applied skills as Green's are, from other postings: a check of the phrase finder
    # on data its rules were not chosen on (they were chosen on Green).
    eval_tagging(ctx, "skillspan-skill", "SkillSpan", "tags_skill", None, phrases=True, what="Skill tokens")


def eval_green(ctx):
    # Green's Skill spans are applied-skill phrases ("managing all aspects of the kitchen"): the engine answers
    # with its taxonomy mentions and its applied-skill phrases (`skills --phrases`). SkillSpan's Knowledge spans
    # are names (technologies, tools), which the taxonomy mentions alone stand for.
    eval_tagging(ctx, "green", "Green", "tags", "Skill", phrases=True)


# ---------------------------------------------------------------- span -> ESCO normalisation


def eval_decorte(ctx):
    recs = ctx.load("decorte")
    items, st = decorte_items(recs)
    ctx.note(f"Decorte: {st['no_span_records']} records without spans skipped (TECHWOLF subset: sentence-level "
             f"labels only); {st['not_label']} annotations LABEL NOT PRESENT/UNDERSPECIFIED skipped; {st['dup']} "
             f"duplicated annotations (repeated lists upstream) counted once; {st['sub_span']} spans with a "
             "sub_span (coordination split, several labels per span) are queried with the sub_span text")
    tax = ctx.taxonomy()
    golds = [g.lower() for _, g in items]
    eng_acc = None
    if ctx.engine is not None:
        t0 = time.time()
        queries = sorted({q for q, _ in items})
        mentions = dict(zip(queries, ctx.engine.skills(queries)))
        closest = dict(zip(queries, ctx.engine.closest(queries)))
        ctx.timings.append((f"Decorte jobmatch skills ({len(queries)} spans)", time.time() - t0))
        ok = 0
        for (q, _), gold in zip(items, golds):
            # An exact mention covering most of the span wins; otherwise the skill whose form is
            # closest to the whole span (jobmatch skills --closest).
            m = pick_mention(mentions[q], len(q))
            if m is None or 2 * (min(int(m["end"]), len(q)) - max(int(m["start"]), 0)) < len(q):
                m = closest[q] or m
            if m is None:
                continue
            forms = tax.english_forms(str(m.get("skill_id")))
            if not forms and m.get("label"):
                forms = {m["label"].strip().lower()}
            ok += gold in forms
        eng_acc = ok / len(items) if items else None
    index, esco_owner = ctx.form_index()
    t0 = time.time()
    allowed = bytearray(1 if e in esco_owner else 0 for e in index.entries)
    queries = sorted({q for q, _ in items})
    found = dict(zip(queries, search_many(index, queries, "top1", ctx.args.workers, allowed=allowed)))
    ok = 0
    for (q, _), gold in zip(items, golds):
        d, _cos = found[q]
        ok += d is not None and gold in tax.english_forms(esco_owner[index.entries[d]])
    ctx.timings.append((f"Decorte baseline top-1 over {sum(allowed)} ESCO forms ({len(queries)} spans)",
                        time.time() - t0))
    ctx.row("Decorte", "ESCO top-1 accuracy", f"{len(items)} spans", eng_acc, ok / len(items) if items else None)


STEPS = {"vanetik": eval_vanetik, "pfe": eval_pfe, "skillspan": eval_skillspan,
         "skillspan-skill": eval_skillspan_skill, "green": eval_green,
         "decorte": eval_decorte}


# ---------------------------------------------------------------- output


def table_lines(rows, markdown=False):
    head = ["dataset", "metric", "n", "jobmatch", "TF-IDF baseline", "delta"]
    body = []
    for r in rows:
        e, b = r["engine"], r["baseline"]
        d = e - b if e is not None and b is not None else None
        body.append([r["dataset"], r["metric"], str(r["n"]), fmt(e), fmt(b),
                     ("n/a" if d is None else f"{d:+.3f}")])
    if markdown:
        out = ["| " + " | ".join(head) + " |", "|" + "|".join(["---"] * 3 + ["---:"] * 3) + "|"]
        out += ["| " + " | ".join(c) + " |" for c in body]
        return out
    widths = [max(len(x[i]) for x in [head] + body) for i in range(len(head))]
    line = lambda cells: "  ".join(c.ljust(w) if i < 3 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))  # noqa: E731
    return [line(head), "  ".join("-" * w for w in widths)] + [line(c) for c in body]


def write_markdown(ctx, path, version, binary, total):
    files = []
    for p in ctx.files_used:
        if p not in files:
            files.append(p)
    lines = [f"# ATS evaluation on DEV data — {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')}, "
             f"engine: {version or ('baseline only' if ctx.engine is None else 'version unknown')}"
             + (f" (`{binary}`)" if ctx.engine is not None else ""), "",
             "Data: " + ", ".join(f"`{p}`" for p in files), ""]
    lines += table_lines(ctx.rows, markdown=True)
    if ctx.notes:
        lines += ["", "Notes:"] + [f"- {n}" for n in ctx.notes]
    lines += ["", "Time per step:"] + [f"- {name}: {secs:.1f} s" for name, secs in ctx.timings]
    lines += [f"- total: {total:.1f} s", ""]
    pathlib.Path(path).write_text("\n".join(lines), encoding="utf-8")


# ---------------------------------------------------------------- main


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jobmatch", help="jobmatch binary (default: build/src/app/jobmatch, else build-release/...)")
    ap.add_argument("--data-dir", help="passed to jobmatch (--data-dir); its skills/taxonomy.jsonl.gz is preferred")
    ap.add_argument("--eval-dir", default=str(ROOT.parent / "shared" / "data" / "eval"),
                    help="labelled DEV data (default: ../shared/data/eval relative to the repo root)")
    ap.add_argument("--only", help="comma list among " + ",".join(DATASETS))
    ap.add_argument("--markdown", metavar="FILE", help="also write the table as Markdown")
    ap.add_argument("--baseline-only", action="store_true", help="run only the TF-IDF baselines")
    ap.add_argument("--tagger-floor", type=float, help="lowest cosine searched by the n-gram tagger baseline "
                    f"(default {TAGGER_FLOOR})")
    ap.add_argument("--workers", type=int, default=min(4, os.cpu_count() or 1),
                    help="processes for the n-gram tagger baseline (default: min(4, CPUs))")
    ap.add_argument("--self-test", action="store_true", help="check the metric functions and exit")
    args = ap.parse_args(argv)
    if args.self_test:
        from eval_selftest import self_test
        return self_test()
    only = [s.strip() for s in args.only.split(",")] if args.only else list(DATASETS)
    bad = [s for s in only if s not in DATASETS]
    if bad:
        ap.error(f"--only: unknown {bad}; choose among {','.join(DATASETS)}")
    ctx = Context(args)
    missing_files = [FILES[s] for s in only if not (ctx.eval_dir / FILES[s]).is_file()]
    if missing_files:
        print(f"error: missing in {ctx.eval_dir}: {', '.join(missing_files)}", file=sys.stderr)
        return 2
    version, binary = None, None
    if not args.baseline_only:
        needed = sorted({NEEDS[s] for s in only})
        tried = [pathlib.Path(args.jobmatch)] if args.jobmatch else candidate_binaries(ROOT)
        chosen, problems = None, []
        for b in tried:
            if not (b.is_file() and os.access(b, os.X_OK)):
                problems.append(f"{b}: not found / not executable")
                continue
            eng = Engine(b, args.data_dir)
            lacking = [s for s in needed if not eng.supports(s)]
            if lacking:
                problems.append(f"{b}: no '{' / '.join(lacking)}' sub-command (`{b.name} {lacking[0]} --help` "
                                f"does not document {' / '.join(SUBCOMMAND_FLAG[s] for s in lacking)})")
                continue
            chosen = eng
            break
        if chosen is None:
            print("error: no usable jobmatch binary for " + ", ".join(f"`jobmatch {s}`" for s in needed) + ":\n  "
                  + "\n  ".join(problems) + "\n(build it, pass --jobmatch PATH, or run with --baseline-only)",
                  file=sys.stderr)
            return 2
        ctx.engine = chosen
        binary = chosen.binary
        version = chosen.version()
        print(f"jobmatch: {binary} ({version or 'no --version'})", file=sys.stderr)
    t_start = time.time()
    status = 0
    for name in only:
        print(f"[{name}] ...", file=sys.stderr, flush=True)
        t0 = time.time()
        try:
            STEPS[name](ctx)
        except (EngineError, OSError, ValueError, KeyError) as e:
            print(f"error: {name}: {type(e).__name__}: {e}", file=sys.stderr)
            ctx.note(f"{name}: FAILED ({type(e).__name__}: {e})")
            status = 1
        ctx.timings.append((f"{name} (step total)", time.time() - t0))
        print(f"[{name}] {time.time() - t0:.1f} s", file=sys.stderr, flush=True)
    total = time.time() - t_start
    if ctx.engine is not None and ctx.engine.offset_mismatches:
        ctx.note(f"jobmatch skills: {ctx.engine.offset_mismatches} mentions whose text[start:end] differs from their "
                 f"'text' (offsets used as given), e.g. {ctx.engine.offset_examples}")
    print()
    print(f"ATS evaluation on DEV data ({ctx.eval_dir}); engine: "
          + (f"{binary} {version or ''}" if ctx.engine else "none (--baseline-only)"))
    for line in table_lines(ctx.rows):
        print(line)
    if ctx.notes:
        print("\nNotes:")
        for n in ctx.notes:
            print(f"- {n}")
    print("\nTime per step:")
    for name, secs in ctx.timings:
        print(f"  {secs:7.1f} s  {name}")
    print(f"  {total:7.1f} s  total")
    if args.markdown:
        write_markdown(ctx, args.markdown, version, binary, total)
        print(f"\nwrote {args.markdown}")
    return status


if __name__ == "__main__":
    sys.exit(main())
