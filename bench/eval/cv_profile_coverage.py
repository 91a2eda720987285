#!/usr/bin/env python3
"""How much of a CV profile jobmatch finds on the shared resume corpus, per format.

Runs `jobmatch extract FILE --profile --json` on every file of ../shared/data/resumes/index.jsonl
and prints, per format, the share of CVs where each part of the profile was found. There are no
labels for these fields: this is coverage, not accuracy; it shows regressions and blind spots.

Usage: bench/eval/cv_profile_coverage.py [JOBMATCH_BIN] [RESUMES_DIR]
"""
import collections
import json
import pathlib
import subprocess
import sys

root = pathlib.Path(__file__).resolve().parents[2]
binary = sys.argv[1] if len(sys.argv) > 1 else str(root / "build" / "src" / "app" / "jobmatch")
resumes = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else root.parent / "shared" / "data" / "resumes")

CHECKS = {
    ">= 2 sections": lambda p: len(p["sections"]) >= 2,
    "experience section": lambda p: any(s["kind"] == "experience" for s in p["sections"]),
    "experience years > 0": lambda p: (p["experience"]["total_years"] or 0) > 0,
    "education level": lambda p: bool(p["education"]["highest_level"]),
    "languages": lambda p: len(p["languages"]) > 0,
    "certifications": lambda p: len(p["certifications"]) > 0,
    "contact email": lambda p: len(p.get("contact", {}).get("emails") or []) > 0,
    "contact name": lambda p: bool(p.get("contact", {}).get("name")),
}


def main():
    index = resumes / "index.jsonl"
    if not index.exists():
        print(f"skipped: {index} is absent")
        return 0
    found = collections.defaultdict(collections.Counter)
    totals = collections.Counter()
    failures = []
    for line in index.read_text().splitlines():
        entry = json.loads(line)
        run = subprocess.run([binary, "extract", str(resumes / entry["file"]), "--profile", "--json",
                              "--no-ocr"], capture_output=True, text=True)
        fmt = entry["format"]
        totals[fmt] += 1
        if run.returncode != 0:
            failures.append((entry["file"], run.stderr.strip()))
            continue
        profile = json.loads(run.stdout)["profile"]
        for name, check in CHECKS.items():
            found[fmt][name] += check(profile)
    formats = sorted(totals)
    print(f"{'':24}" + "".join(f"{f + ' (' + str(totals[f]) + ')':>14}" for f in formats))
    for name in CHECKS:
        print(f"{name:24}" + "".join(f"{100 * found[f][name] / totals[f]:13.0f}%" for f in formats))
    for file, why in failures:
        print(f"not read: {file}: {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
