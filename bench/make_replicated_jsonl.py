#!/usr/bin/env python3
"""Writes N job postings (default 100000) as gzip JSON Lines by cycling the demo data.

The importer deduplicates on "id" and "url", so every copy after the first gets both made
unique with a "#r<k>" suffix (k = 1, 2, ...). Titles and descriptions stay identical, which
makes each word ~N/11217 times as frequent as in the demo data: a pessimistic case for the
full-text index (real catalogues have more distinct texts and fewer hits per word).

Usage: make_replicated_jsonl.py OUTPUT.jsonl.gz [--count N] [--source demo/jobs.jsonl.gz]
"""

import argparse
import gzip
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT / "data" / "demo" / "jobs.jsonl.gz"


def read_postings(path):
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def replicated(postings, count):
    """Yields `count` postings; copy k of a posting has "#r<k>" appended to its id and url."""
    for index in range(count):
        copy, position = divmod(index, len(postings))
        posting = postings[position]
        if copy == 0:
            yield posting
            continue
        posting = dict(posting)
        suffix = f"#r{copy}"
        posting["id"] = f"{posting['id']}{suffix}"
        if posting.get("url"):
            posting["url"] = f"{posting['url']}{suffix}"
        yield posting


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", help="gzip JSON Lines file to write")
    parser.add_argument("--count", type=int, default=100000, help="postings to write")
    parser.add_argument("--source", default=str(DEFAULT_SOURCE), help="JSON Lines to cycle")
    args = parser.parse_args()
    if args.count < 1:
        parser.error("--count must be at least 1")

    postings = read_postings(args.source)
    if not postings:
        sys.exit(f"error: {args.source} holds no postings")
    # compresslevel 1: the file is a throwaway input, writing it fast matters more than size.
    with gzip.open(args.output, "wt", encoding="utf-8", compresslevel=1) as out:
        for posting in replicated(postings, args.count):
            out.write(json.dumps(posting, ensure_ascii=False))
            out.write("\n")
    print(f"wrote {args.count} postings ({len(postings)} distinct) to {args.output}")


if __name__ == "__main__":
    main()
