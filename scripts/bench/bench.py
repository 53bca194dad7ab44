#!/usr/bin/env python3
"""Benchmark: Verhaal against pandoc on the same synthetic library, as whole processes.

usage: bench.py VERHAAL_BINARY [--entries N] [--large] [--runs R] [--wrk-seconds S]

Generates a deterministic library (scripts/bench/generate_library.py) of N entries (10,000 by
default), then measures side by side, R times each (3 by default, the commands taking turns):
  verhaal check, verhaal export --format docbook, verhaal export --format odt,
  pandoc on the same bodies concatenated into one Markdown file, to DocBook 5 and to ODT.
Prints the median wall time and the peak memory (maximum resident set size) of each, the ratio
pandoc/verhaal, and Verhaal's in-process breakdown (read, parse, compose, write, save).
Then `verhaal patterns --json` against a PyYAML + scipy script running the same tests over the
same dimensions (scripts/bench/patterns_scipy.py, in .build-venv/), with the goal of at most
1 s at 10,000 entries and 10 s at 100,000.
With --large it also measures Verhaal alone on 100,000 entries and compares the growth with
ten times the 10,000-entry time. Every file of a library is read once before the first
measurement, so that no command is timed with a cold page cache. Generated libraries are kept in .build-bench/ and reused.

"Cold" rows read every file (--no-index); "warm" rows read through the index in .verhaal/,
brought up to date by a stat scan first. The index section times building the index, a text
search, show, check (also after one changed file), both exports and patterns, warm. A second
library with every field filled and an unknown field (generate_library.py --full) repeats the
cold exports beside pandoc and the warm rows. The web section runs `verhaal serve` under wrk
(scripts/bench/serve_bench.py).
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

import network_bench
import serve_bench

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def library(count, full=False):
    folder = os.path.join(ROOT, ".build-bench", f"{'full-' if full else ''}library-{count}")
    if not os.path.exists(os.path.join(folder, ".generated-full" if full else ".generated-with-answers")):
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run([sys.executable, os.path.join(HERE, "generate_library.py"), str(count), folder]
                       + (["--full"] if full else []), check=True)
    os.makedirs(os.path.join(folder, "Exports"), exist_ok=True)
    return folder


def warm_page_cache(folder):
    """Reads every file of the library once, so that no measured command pays for the disk."""
    for directory, _, names in os.walk(folder):
        for name in names:
            with open(os.path.join(directory, name), "rb") as handle:
                while handle.read(1 << 20):
                    pass


def run_once(command, cwd):
    """Wall seconds and peak RSS (MB) of one run of `command`."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    stderr = process.stderr.read().decode()
    process.stderr.close()
    if status != 0:
        sys.exit(f"failed ({status}): {' '.join(command)}\n{stderr}")
    return elapsed, usage.ru_maxrss / 1024


def measure_rounds(rows, cwd, runs):
    """Median wall seconds and largest peak RSS (MB) of each row. The rows take turns (round
    after round) instead of running R times in a row, so that a change in the machine's speed
    during the benchmark falls on Verhaal and pandoc alike."""
    samples = {name: ([], []) for name, _ in rows}
    for _ in range(runs):
        for name, command in rows:
            seconds, peak = run_once(command, cwd)
            samples[name][0].append(seconds)
            samples[name][1].append(peak)
    return {name: (statistics.median(times), max(peaks)) for name, (times, peaks) in samples.items()}


def breakdown(verhaal, cwd, fmt):
    result = subprocess.run([verhaal, "export", "--format", fmt, "--timings", "--no-index"], cwd=cwd,
                            capture_output=True, text=True, check=True)
    return dict((name, float(ms)) for name, ms in re.findall(r"(\w+) ([\d.]+) ms", result.stderr))


def table(rows, results):
    print(f"| {'command':<40} | {'time (s)':>9} | {'peak (MB)':>9} |")
    print(f"|{'-' * 42}|{'-' * 11}|{'-' * 11}|")
    for name, _ in rows:
        print(f"| {name:<40} | {results[name][0]:>9.3f} | {results[name][1]:>9.0f} |")


def exchange_section(verhaal, folder, python, runs, count):
    """Stories out to spreadsheets and QDA tools, and a spreadsheet back in (judged, not written)."""
    subprocess.run([verhaal, "list", "--csv", "--no-index"], cwd=folder, check=True,
                   stdout=open(os.path.join(folder, "Exports", "verhalen.csv"), "wb"))
    empty = os.path.join(os.path.dirname(folder), f"empty-{count}")
    if not os.path.isdir(empty):
        subprocess.run([verhaal, "init", "--no-git", empty], check=True, stdout=subprocess.DEVNULL)
    csv_file = os.path.join(folder, "Exports", "verhalen.csv")
    rows = [
        ("verhaal list --csv (cold)", [verhaal, "list", "--csv", "--no-index"]),
        ("verhaal export-qda (cold)", [verhaal, "export-qda", "--no-index", "--out", "Exports/bench.qdpx"]),
        ("verhaal export-qda --audience public", [verhaal, "export-qda", "--no-index", "--audience", "public", "--out", "Exports/p.qdpx"]),
        ("python: PyYAML + csv module, same columns", [python, os.path.join(HERE, "csv_python.py"), "."]),
        ("verhaal import CSV --dry-run (empty library)", [verhaal, "import", csv_file, "--dry-run", "--library", empty]),
    ]
    results = measure_rounds(rows, folder, runs)
    print(f"\nStories in and out ({count} entries; goal: list --csv and export-qda each under 2 s):")
    table(rows, results)
    ratio = results[rows[3][0]][0] / results[rows[0][0]][0]
    print(f"python/verhaal for the CSV: {ratio:.1f}x")


def completion_section(verhaal, folder, runs, count):
    """What the shell asks while a user types: the story ids after 'verhaal show', the lessons
    after --lesson, beside the shell's own file-name completion of the same folder."""
    rows = [
        ("verhaal: complete a story id (show zes)", [verhaal, "---completion", "show", "--", "positional@0", "2", "3", "verhaal", "show", "zes"]),
        ("verhaal: complete a lesson (--lesson)", [verhaal, "---completion", "list", "--", "--lesson", "3", "0", "verhaal", "list", "--lesson", ""]),
        ("bash: file names under Stories/ (compgen)", ["bash", "-c", "compgen -f Stories/anekdotes/ | wc -l"]),
    ]
    results = measure_rounds(rows, folder, runs)
    print(f"\nShell completion ({count} entries; goal: at most 0.1 s):")
    table(rows, results)


def index_section(verhaal, folder, runs):
    """Building the index, then the warm rows; `check` also right after one file changed."""
    build = measure_rounds([("verhaal index --rebuild", [verhaal, "index", "--rebuild"])], folder, 1)
    changed = os.path.join(folder, "Stories", "anekdotes", "verhaal-1.md")
    rows = [
        ("list --text 4711 (one entry)", [verhaal, "list", "--text", "4711"]),
        ("list --text koplopers (most entries)", [verhaal, "list", "--text", "koplopers"]),
        ("show verhaal-1", [verhaal, "show", "verhaal-1"]),
        ("check", [verhaal, "check"]),
        ("check after one changed file", ["sh", "-c", f"printf '\\n' >> '{changed}' && exec \"$0\" check", verhaal]),
        ("export --format docbook", [verhaal, "export", "--format", "docbook"]),
        ("export --format odt", [verhaal, "export", "--format", "odt"]),
        ("patterns --json", [verhaal, "patterns", "--json"]),
    ]
    subprocess.run([verhaal, "index"], cwd=folder, stdout=subprocess.DEVNULL, check=True)
    results = measure_rounds(rows, folder, runs)
    table([("verhaal index --rebuild", None)], build)
    for name, _ in rows:
        print(f"| {name:<40} | {results[name][0]:>9.3f} | {results[name][1]:>9.0f} |")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("verhaal")
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--large", action="store_true")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--wrk-seconds", type=int, default=5)
    args = parser.parse_args()
    verhaal = os.path.abspath(args.verhaal)
    folder = library(args.entries)
    warm_page_cache(folder)
    size_mb = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(os.path.join(folder, "Stories")) for f in fs) / 1e6
    print(f"Library: {args.entries} entries, {size_mb:.1f} MB of Markdown; {args.runs} runs each; median wall time, peak memory\n")

    rows = [
        ("verhaal check (cold)", [verhaal, "check", "--no-index"]),
        ("verhaal export --format docbook (cold)", [verhaal, "export", "--format", "docbook", "--no-index"]),
        ("verhaal export --format odt (cold)", [verhaal, "export", "--format", "odt", "--no-index"]),
        ("pandoc markdown -> docbook5", ["pandoc", "-f", "markdown", "-t", "docbook5", "-s", "pandoc.md", "-o", "Exports/pandoc.xml"]),
        ("pandoc markdown -> odt", ["pandoc", "-f", "markdown", "-t", "odt", "pandoc.md", "-o", "Exports/pandoc.odt"]),
    ]
    results = measure_rounds(rows, folder, args.runs)
    table(rows, results)
    docbook = results["pandoc markdown -> docbook5"][0] / results["verhaal export --format docbook (cold)"][0]
    odt = results["pandoc markdown -> odt"][0] / results["verhaal export --format odt (cold)"][0]
    print(f"\npandoc/verhaal: DocBook {docbook:.1f}x, ODT {odt:.1f}x (goal: at least 25x for DocBook)")

    print("\nIn-process breakdown (ms): ", end="")
    for fmt in ("docbook", "odt"):
        steps = breakdown(verhaal, folder, fmt)
        print(f"\n  {fmt:<8} " + ", ".join(f"{k} {v:.0f}" for k, v in steps.items()), end="")
    print()

    python = os.path.join(ROOT, ".build-venv", "bin", "python")
    pattern_rows = [
        ("verhaal patterns --json", [verhaal, "patterns", "--json"]),
        ("python: PyYAML + scipy, same tests", [python, os.path.join(HERE, "patterns_scipy.py"), "."]),
    ]
    pattern_results = measure_rounds(pattern_rows, folder, args.runs)
    print(f"\nPatterns ({args.entries} entries; goal: at most 1 s):")
    for name, _ in pattern_rows:
        print(f"| {name:<34} | {pattern_results[name][0]:>9.2f} | {pattern_results[name][1]:>9.0f} |")
    ratio = pattern_results[pattern_rows[1][0]][0] / pattern_results[pattern_rows[0][0]][0]
    print(f"scipy/verhaal: {ratio:.1f}x")

    exchange_section(verhaal, folder, python, args.runs, args.entries)
    completion_section(verhaal, folder, args.runs, args.entries)

    print(f"\nThe index, {args.entries} entries (warm unless said):")
    index_section(verhaal, folder, args.runs)

    full = library(args.entries, full=True)
    warm_page_cache(full)
    print(f"\nA second library: {args.entries} entries with every field filled and an unknown field (cold):")
    full_results = measure_rounds(rows, full, args.runs)
    table(rows, full_results)
    docbook = full_results["pandoc markdown -> docbook5"][0] / full_results["verhaal export --format docbook (cold)"][0]
    odt = full_results["pandoc markdown -> odt"][0] / full_results["verhaal export --format odt (cold)"][0]
    print(f"\npandoc/verhaal: DocBook {docbook:.1f}x, ODT {odt:.1f}x (goal: at least 25x for DocBook)")
    print("\nIts index (warm unless said):")
    index_section(verhaal, full, args.runs)

    print(f"\nThe web collector, {args.entries} entries, wrk {args.wrk_seconds} s per row (goal at 50 connections: "
          "p50 at most 20 ms, p99 at most 100 ms; an edit shown within 1 s):")
    serve_bench.measure(verhaal, folder, 18431, "Stories/anekdotes/verhaal-1.md", seconds=args.wrk_seconds)

    print("\nA network on git: two sites on one bare repository (scripts/bench/network_bench.py):")
    network_bench.measure(verhaal, folder)

    if args.large:
        large = library(100_000)
        warm_page_cache(large)
        print(f"\n100,000 entries (Verhaal only, {args.runs} runs each):")
        large_rows = rows[:3] + pattern_rows[:1]
        large_results = measure_rounds(large_rows, large, args.runs)
        for name, _ in large_rows:
            seconds, peak = large_results[name]
            small = results[name][0] if name in results else pattern_results[name][0]
            growth = seconds / small
            print(f"  {name:<40} {seconds:7.2f} s  {peak:6.0f} MB  growth {growth:4.1f}x (linear: 10x, limit 13x)")
        print("\nThe index, 100,000 entries (warm unless said; goals: list --text at most 100 ms, "
              "check after one change at most 1 s):")
        index_section(verhaal, large, args.runs)
        print(f"\nThe web collector, 100,000 entries (goal at 50 connections: p99 at most 250 ms, "
              "peak memory at most 300 MB):")
        serve_bench.measure(verhaal, large, 18432, "Stories/anekdotes/verhaal-1.md", seconds=args.wrk_seconds)


if __name__ == "__main__":
    main()
