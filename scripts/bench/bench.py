#!/usr/bin/env python3
"""Benchmark: Verhaal against pandoc on the same synthetic library, as whole processes.

usage: bench.py VERHAAL_BINARY [--entries N] [--large] [--runs R]

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
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def library(count):
    folder = os.path.join(ROOT, ".build-bench", f"library-{count}")
    if not os.path.exists(os.path.join(folder, ".generated-with-answers")):
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run([sys.executable, os.path.join(HERE, "generate_library.py"), str(count), folder], check=True)
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
    result = subprocess.run([verhaal, "export", "--format", fmt, "--timings"], cwd=cwd,
                            capture_output=True, text=True, check=True)
    return dict((name, float(ms)) for name, ms in re.findall(r"(\w+) ([\d.]+) ms", result.stderr))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("verhaal")
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--large", action="store_true")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    verhaal = os.path.abspath(args.verhaal)
    folder = library(args.entries)
    warm_page_cache(folder)
    size_mb = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(os.path.join(folder, "Stories")) for f in fs) / 1e6
    print(f"Library: {args.entries} entries, {size_mb:.1f} MB of Markdown; {args.runs} runs each; median wall time, peak memory\n")

    rows = [
        ("verhaal check", [verhaal, "check"]),
        ("verhaal export --format docbook", [verhaal, "export", "--format", "docbook"]),
        ("verhaal export --format odt", [verhaal, "export", "--format", "odt"]),
        ("pandoc markdown -> docbook5", ["pandoc", "-f", "markdown", "-t", "docbook5", "-s", "pandoc.md", "-o", "Exports/pandoc.xml"]),
        ("pandoc markdown -> odt", ["pandoc", "-f", "markdown", "-t", "odt", "pandoc.md", "-o", "Exports/pandoc.odt"]),
    ]
    results = measure_rounds(rows, folder, args.runs)
    print(f"| {'command':<34} | {'time (s)':>9} | {'peak (MB)':>9} |")
    print(f"|{'-' * 36}|{'-' * 11}|{'-' * 11}|")
    for name, _ in rows:
        print(f"| {name:<34} | {results[name][0]:>9.2f} | {results[name][1]:>9.0f} |")
    docbook = results["pandoc markdown -> docbook5"][0] / results["verhaal export --format docbook"][0]
    odt = results["pandoc markdown -> odt"][0] / results["verhaal export --format odt"][0]
    print(f"\npandoc/verhaal: DocBook {docbook:.1f}x, ODT {odt:.1f}x (target: at least 20x)")

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
            print(f"  {name:<34} {seconds:7.2f} s  {peak:6.0f} MB  growth {growth:4.1f}x (linear: 10x, limit 13x)")


if __name__ == "__main__":
    main()
