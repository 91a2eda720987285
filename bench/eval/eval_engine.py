"""The jobmatch CLI and the skills taxonomy, as seen by bench/eval/ats_eval.py (Python 3.11 stdlib only).

CLI contract used (one process per data set, all records in one input file):
  jobmatch skills --jsonl IN.jsonl [--data-dir DIR]   in {"id","text"}  out {"id","skills":[{text,start,end,skill_id,label,kind}]}
  jobmatch match --pairs IN.jsonl [--data-dir DIR]    in {"id","resume_text","job_text"}  out {"id","score"} (0-100)
start/end are code-point offsets into the input text.
"""
import gzip
import json
import pathlib
import subprocess
import tempfile

SUBCOMMAND_FLAG = {"skills": "--jsonl", "match": "--pairs"}


class EngineError(Exception):
    pass


class Engine:
    def __init__(self, binary, data_dir=None, timeout=1800):
        self.binary = str(binary)
        self.data_dir = data_dir
        self.timeout = timeout
        self._help = {}
        self.offset_mismatches = 0
        self.offset_examples = []

    def help_text(self, sub):
        if sub not in self._help:
            try:
                run = subprocess.run([self.binary, sub, "--help"], capture_output=True, text=True, timeout=60)
                self._help[sub] = (run.returncode, run.stdout + run.stderr)
            except (OSError, subprocess.TimeoutExpired) as e:
                self._help[sub] = (-1, str(e))
        return self._help[sub]

    def supports(self, sub):
        """True when `jobmatch SUB --help` succeeds and documents the contract's input flag."""
        rc, text = self.help_text(sub)
        return rc == 0 and SUBCOMMAND_FLAG[sub] in text

    def version(self):
        try:
            run = subprocess.run([self.binary, "--version"], capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired):
            return None
        out = (run.stdout or run.stderr).strip()
        return out.splitlines()[0] if run.returncode == 0 and out else None

    def _run(self, sub, records, extra=()):
        """Write records to a temp JSONL, run `jobmatch SUB FLAG FILE`, return the output records in input order."""
        with tempfile.TemporaryDirectory(prefix="ats_eval_") as tmp:
            path = pathlib.Path(tmp) / f"{sub}_in.jsonl"
            with open(path, "w", encoding="utf-8") as f:
                for r in records:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
            cmd = [self.binary, sub, SUBCOMMAND_FLAG[sub], str(path), *extra]
            if self.data_dir and "--data-dir" in self.help_text(sub)[1]:
                cmd += ["--data-dir", str(self.data_dir)]
            try:
                run = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=self.timeout)
            except subprocess.TimeoutExpired:
                raise EngineError(f"{' '.join(cmd)}: timed out after {self.timeout} s")
            if run.returncode != 0:
                raise EngineError(f"{' '.join(cmd)}: exit {run.returncode}: {run.stderr.strip()[-2000:]}")
        out = {}
        for n, line in enumerate(run.stdout.splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise EngineError(f"jobmatch {sub}: output line {n} is not JSON ({e}): {line[:200]!r}")
            out[str(obj.get("id"))] = obj
        missing = [r["id"] for r in records if str(r["id"]) not in out]
        if missing:
            raise EngineError(f"jobmatch {sub}: {len(missing)} of {len(records)} ids missing from the output, "
                              f"e.g. {missing[:3]}")
        return [out[str(r["id"])] for r in records]

    def closest(self, texts):
        """Per text, the skill closest to the whole text (`jobmatch skills --closest`), or None."""
        if "--closest" not in self.help_text("skills")[1]:
            return [None] * len(texts)
        records = [{"id": f"t{i}", "text": t} for i, t in enumerate(texts)]
        return [o.get("closest") for o in self._run("skills", records, ("--closest",))]

    def skills(self, texts, phrases=False):
        """Mentions per text: list of lists of dicts (text, start, end, skill_id, label, kind).

        With `phrases` (when the binary has `skills --phrases`), the applied-skill phrases ({text, start, end,
        verb}) follow the taxonomy mentions in each list. Offsets are checked against the input
        (text[start:end] == mention text); mismatches are counted in self.offset_mismatches (the offsets are
        still used as given)."""
        records = [{"id": f"t{i}", "text": t} for i, t in enumerate(texts)]
        phrases = phrases and "--phrases" in self.help_text("skills")[1]
        outs = self._run("skills", records, ("--phrases",) if phrases else ())
        result = []
        for text, o in zip(texts, outs):
            mentions = []
            for m in (o.get("skills") or []) + (o.get("phrases") or []):
                try:
                    s, e = int(m["start"]), int(m["end"])
                except (KeyError, TypeError, ValueError):
                    self.offset_mismatches += 1
                    continue
                if text[s:e] != m.get("text"):
                    self.offset_mismatches += 1
                    if len(self.offset_examples) < 3:
                        self.offset_examples.append((text[s:e], m.get("text")))
                mentions.append(m)
            result.append(mentions)
        return result

    def match(self, pairs):
        """Scores (0-100) for (resume_text, job_text) pairs."""
        records = [{"id": f"p{i}", "resume_text": r, "job_text": j} for i, (r, j) in enumerate(pairs)]
        return [float(o["score"]) for o in self._run("match", records)]


def candidate_binaries(root):
    return [root / sub / "src" / "app" / "jobmatch" for sub in ("build", "build-release")]


class Taxonomy:
    """Skills: id -> English label and English forms; which ids are ESCO.

    Prefers <data-dir>/skills/taxonomy.jsonl.gz (first line {"meta":..}; records {id,en,fr,aliases,kind});
    falls back to the raw shared/data/skills/skills.jsonl.gz (id,label_en,aliases_en...). The raw ESCO
    preferred labels are also read (when that file exists) so that a skill renamed by the curated taxonomy
    (e.g. "Java (computer programming)" -> "Java") still counts as its ESCO label in the Decorte check.
    """

    def __init__(self, path, raw_path=None):
        self.path = pathlib.Path(path)
        self.label = {}      # id -> English label
        self.forms = {}      # id -> list of forms (label first, then aliases)
        self.raw_label = {}  # id -> raw ESCO/O*NET English label (from skills.jsonl.gz)
        self.version = None
        for obj in _read_jsonl_gz(self.path):
            if "meta" in obj and "id" not in obj:
                self.version = obj["meta"].get("version")
                continue
            sid = obj["id"]
            if "label_en" in obj:  # raw ESCO/O*NET record
                label = obj.get("label_en") or ""
                aliases = obj.get("aliases_en") if obj.get("aliases_en") is not None else obj.get("aliases") or []
            else:
                label = obj.get("en") or ""
                aliases = obj.get("aliases") or []
            self.label[sid] = label
            self.forms[sid] = [f for f in [label] + list(aliases) if f]
        if raw_path and pathlib.Path(raw_path).is_file() and pathlib.Path(raw_path) != self.path:
            for obj in _read_jsonl_gz(raw_path):
                if obj.get("label_en"):
                    self.raw_label[obj["id"]] = obj["label_en"]

    @staticmethod
    def is_esco(sid):
        return sid.startswith("esco:") or sid.startswith("esco-label:")

    def english_forms(self, sid):
        """Lower-cased, stripped English forms of a skill (label, aliases, raw ESCO label)."""
        forms = list(self.forms.get(sid, []))
        if sid in self.raw_label:
            forms.append(self.raw_label[sid])
        return {f.strip().lower() for f in forms if f}


def _read_jsonl_gz(path):
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def find_taxonomy(root, data_dir=None):
    """(taxonomy path, raw skills path or None): data-dir/skills/taxonomy.jsonl.gz when present, else raw."""
    raw = root.parent / "shared" / "data" / "skills" / "skills.jsonl.gz"
    for base in ([pathlib.Path(data_dir)] if data_dir else []) + [root / "data"]:
        p = base / "skills" / "taxonomy.jsonl.gz"
        if p.is_file():
            return p, (raw if raw.is_file() else None)
    if raw.is_file():
        return raw, None
    raise FileNotFoundError(f"no taxonomy: neither data/skills/taxonomy.jsonl.gz nor {raw}")
