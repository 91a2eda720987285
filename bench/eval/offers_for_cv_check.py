#!/usr/bin/env python3
"""Which France Travail postings "Offres pour mon CV" puts first for real CVs, through the product.

Imports the demo catalogue (data/demo/jobs.jsonl.gz) into a temporary database, starts `jobmatch
serve` on a free loopback port, uploads each CV of a folder (default: the self-published CVs of
../shared/data/resumes/pdf_fr_selfpublished, all IT, data or engineering profiles), asks
GET /api/match?source=france_travail for its top postings, and lists those that look outside
the CV's field: a ROME code outside M18 (IT) and a title without an IT, data or engineering
word. There are no labels: the count is a smoke alarm for postings a job seeker would find
absurd (a waiter's post for a programmer), read the listed titles before concluding.

Usage: bench/eval/offers_for_cv_check.py [--jobmatch BIN] [--cvs DIR] [--top N]
"""
import argparse
import gzip
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIELD_WORDS = re.compile(r"data|donn[ée]e|d[ée]velopp|informati|logiciel|software|devops|syst[eè]me|r[ée]seau|"
                         r"cloud|web|ing[ée]nieur|engineer|\bdev\b|\bia\b|machine|statisti|t[ée]l[ée]com|sap\b",
                         re.I)


def rome_by_url(catalogue):
    out = {}
    with gzip.open(catalogue, "rt", encoding="utf-8") as f:
        for line in f:
            job = json.loads(line)
            if job.get("source") == "france_travail":
                out[job.get("url")] = job.get("rome") or ""
    return out


def start_server(binary, workdir):
    db = workdir / "jobs.db"
    subprocess.run([binary, "import", "jobs", str(ROOT / "data" / "demo" / "jobs.jsonl.gz"), "--db", str(db)],
                   check=True, capture_output=True)
    server = subprocess.Popen([binary, "serve", "--db", str(db), "--port", "0", "--host", "127.0.0.1",
                               "--uploads-dir", str(workdir / "uploads"), "--max-uploads-per-minute", "10000",
                               "--log-level", "warn"], stdout=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    match = re.search(r"http://127\.0\.0\.1:(\d+)", line)
    if not match:
        server.kill()
        raise RuntimeError(f"no port in the server's first line: {line!r}")
    return server, f"http://127.0.0.1:{match.group(1)}"


def upload(base, path):
    """POST the CV as multipart/form-data; returns the session cookie."""
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"cv_file\"; filename=\"{path.name}\"\r\n"
            "Content-Type: application/octet-stream\r\n\r\n").encode() + path.read_bytes() + \
        f"\r\n--{boundary}--\r\n".encode()
    request = urllib.request.Request(f"{base}/upload-cv", data=body, method="POST", headers={
        "Content-Type": f"multipart/form-data; boundary={boundary}", "Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        cookies = [c.split(";", 1)[0] for c in response.headers.get_all("Set-Cookie") or []]
        return "; ".join(cookies)


def top_postings(base, cookie, top):
    request = urllib.request.Request(f"{base}/api/match?source=france_travail&per_page={top}",
                                     headers={"Cookie": cookie})
    for _ in range(60):  # the match index loads in the background after start
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return json.load(response)["jobs"]
        except urllib.error.HTTPError as error:
            if error.code != 503:
                raise
            time.sleep(1)
    raise RuntimeError("the match index did not load in 60 s")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--jobmatch", default=str(ROOT / "build" / "src" / "app" / "jobmatch"))
    ap.add_argument("--cvs", default=str(ROOT.parent / "shared" / "data" / "resumes" / "pdf_fr_selfpublished"))
    ap.add_argument("--top", type=int, default=20)
    args = ap.parse_args()
    cvs = sorted(pathlib.Path(args.cvs).glob("*.pdf")) + sorted(pathlib.Path(args.cvs).glob("*.docx"))
    if not cvs:
        print(f"skipped: no CV in {args.cvs}")
        return 0
    rome = rome_by_url(ROOT / "data" / "demo" / "jobs.jsonl.gz")
    total = 0
    with tempfile.TemporaryDirectory() as tmp:
        server, base = start_server(args.jobmatch, pathlib.Path(tmp))
        try:
            for cv in cvs:
                jobs = top_postings(base, upload(base, cv), args.top)
                outside = [j for j in jobs if not rome.get(j["job_url"], "").startswith("M18")
                           and not FIELD_WORDS.search(j["title"])]
                total += len(outside)
                scores = f"{jobs[0]['score']:5.1f}..{jobs[-1]['score']:5.1f}" if jobs else "none"
                print(f"{cv.name[:44]:44s} top-{args.top} {scores}  outside the field: {len(outside)}")
                for j in outside:
                    print(f"    {j['score']:5.1f}  {j['title'][:70]}")
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(f"postings outside the CV's field in the top-{args.top}s: {total} of {args.top * len(cvs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
