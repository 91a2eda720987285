#!/usr/bin/env python3
"""Tables for scripts/bench (python3, stdlib only).

  tables.py markdown            TSV on stdin (first line = header) -> Markdown table
  tables.py store RESULTS.json  store_bench --benchmark_out JSON -> Markdown table
"""

import json
import sys


def format_us(us):
    if us is None or us == "-":
        return "-"
    us = float(us)
    if us < 1000:
        return f"{us:.0f} µs"
    if us < 1_000_000:
        return f"{us / 1000:.1f} ms"
    return f"{us / 1e6:.2f} s"


def markdown(rows):
    """Rows of strings -> Markdown lines; first column left-aligned, the others right."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]

    def line(row):
        cells = [cell.ljust(w) if i == 0 else cell.rjust(w)
                 for i, (cell, w) in enumerate(zip(row, widths))]
        return "| " + " | ".join(cells) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return [line(rows[0]), rule] + [line(row) for row in rows[1:]]


def store_rows(path, errors):
    runs = json.load(open(path, encoding="utf-8"))["benchmarks"]
    rows = [["store call", "calls/s", "p50", "p99", "iterations", "matches"]]
    for run in runs:
        name = run["name"].replace("/real_time", "").replace("/iterations:10", "")
        if run.get("error_occurred"):
            rows.append([name, "ERROR", "", "", "", ""])
            errors.append(f"{name}: {run.get('error_message', '')}")
            continue
        matches = run.get("matches")
        rows.append([
            name,
            f"{run.get('items_per_second', 0):.0f}",
            format_us(run.get("p50_us")),
            format_us(run.get("p99_us")),
            str(run.get("iterations", "")),
            "" if matches is None else str(int(matches)),
        ])
    return rows


def main():
    errors = []
    if len(sys.argv) >= 2 and sys.argv[1] == "markdown":
        rows = [line.rstrip("\n").split("\t") for line in sys.stdin if line.strip()]
        rows = [[format_us(c[3:]) if c.startswith("us:") else c for c in row] for row in rows]
    elif len(sys.argv) == 3 and sys.argv[1] == "store":
        rows = store_rows(sys.argv[2], errors)
    else:
        sys.exit(__doc__)
    print("\n".join(markdown(rows)))
    for error in errors:
        print(f"ERROR {error}")


if __name__ == "__main__":
    main()
