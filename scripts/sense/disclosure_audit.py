#!/usr/bin/env python3
"""Audits what an audience gets from `verhaal patterns`, as an attacker with an ILP solver would.

usage: disclosure_audit.py VERHAAL_BINARY [--libraries N] [--seed S]

Writes N libraries built to betray a teller (one toezichthouder, organisations of one or two
tellers, answers missing now and then, a lone quarter, many categories), runs
`verhaal patterns --json --audience network` and `--audience public` on each, and for every
hidden cell ("x") of every two-question table computes the least and the most it can be given
everything published beside it: the table's shown cells, the one-question counts that are its
totals, and the number of stories. Each bound is an integer linear programme solved with
scipy's milp (HiGHS). A cell is recovered when its interval holds fewer than 3 values. For the
first two libraries it also writes the HTML report (`--out`) and checks that every number drawn
in its figures is a count the JSON published for that pattern, so the audit covers them too.
Prints 'disclosure audit: N passed, N failed' (a failure is a recovered cell, or a published
count under 3) and exits 1 on any failure.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

ROLES = ["bestuurder", "medewerker", "medewerker", "partner", "bewoner", "anders"]
ORGANISATIONS = ["corporatie", "gemeente", "zorg", "zorg", "welzijn"]
FEELINGS = ["inspirerend", "hoopvol", "gemengd", "zorgelijk", "frustrerend"]
LESSONS = ["resultaat", "grenzeloos", "delen", "dynamiek", "verhaal"]
LEADERSHIP = ["regie", "ruimte", "delen", "vertrouwen", "verantwoordelijkheid"]


def write_library(folder, seed, count, share_public):
    rng = random.Random(seed)
    os.makedirs(os.path.join(folder, "Stories", "anekdotes"))
    open(os.path.join(folder, "verhaal.yaml"), "w").write("language: nl\n")
    tellers = []
    for index in range(max(8, count // 4)):
        role = "toezichthouder" if index == 0 else rng.choice(ROLES)
        organisation = "onderwijs" if index < 2 else rng.choice(ORGANISATIONS)
        tellers.append((f"Teller {chr(65 + index % 26)}{index}", role, organisation))
    for index in range(count):
        name, role, organisation = tellers[index % len(tellers)]
        answers = [f"rol: {role}", f"organisatie: {organisation}", f"leiderschap: [{rng.choice(LEADERSHIP)}]"]
        if rng.random() > 0.1:
            answers.append(f"pendule: {rng.randint(0, 100)}")
        if rng.random() > 0.08:
            answers.append(f"gevoel: {rng.choice(FEELINGS)}")
        if rng.random() > 0.25:
            answers.append(f"hard-zacht: {rng.choice([5, 50, 95, rng.randint(0, 100)])}")
        date = "2021-12-01" if index == 0 else f"2019-{rng.randint(1, 9):02d}-01"
        share = "public" if (share_public and rng.random() < 0.6) else "network"
        text = f"""---
kind: anecdote
title: Verhaal {index}
date: {date}
teller: {name}
lessons: [{rng.choice(LESSONS)}]
share: {share}
answers: {{{", ".join(answers)}}}
---

Een verhaal van {name}.
"""
        open(os.path.join(folder, "Stories", "anekdotes", f"verhaal-{index}.md"), "w").write(text)


def figures_add_no_number(verhaal, folder, report, audience):
    """Every number drawn in the HTML report's figures is a count the JSON published for that pattern."""
    out = os.path.join(folder, "rapport-" + audience)
    subprocess.run([verhaal, "patterns", "--library", folder, "--audience", audience, "--minimum-n", "10", "--out", out],
                   capture_output=True, text=True, check=True)
    problems = []
    for pattern in report["patterns"]:
        path = os.path.join(out, pattern["id"] + ".svg")
        if not os.path.exists(path):
            continue
        published = {cell["count"] for cell in pattern["cells"]} | {0}
        for text in re.findall(r"<text[^>]*>([^<]*)</text>", open(path, encoding="utf-8").read()):
            if text.strip().isdigit() and int(text) not in published:
                problems.append(f"{pattern['id']}: the figure shows {text}, which the JSON does not")
    return problems


def margins(patterns):
    """The one-question counts by dimension: {dimension: {label: count}}."""
    result = {}
    for pattern in patterns:
        if len(pattern["dimensions"]) != 1:
            continue
        counts = {cell["labels"][0]: cell["count"] for cell in pattern["cells"]}
        if pattern.get("unanswered"):
            counts["*geen-antwoord"] = pattern["unanswered"]
        result[pattern["dimensions"][0]] = counts
    return result


def audit_table(pattern, margin, stories):
    """Yields (label, lower, upper) for every hidden cell of a two-question table."""
    cells = pattern["cells"]
    rows = list(dict.fromkeys(cell["labels"][0] for cell in cells))
    columns = list(dict.fromkeys(cell["labels"][1] for cell in cells))
    known = {(cell["labels"][0], cell["labels"][1]): cell["count"] for cell in cells}
    variables = [(r, c) for r in rows for c in columns]
    index = {v: i for i, v in enumerate(variables)}
    lower = np.zeros(len(variables))
    upper = np.full(len(variables), float(stories))
    for v in variables:
        value = known.get(v, 0)  # a cell that is not listed is empty
        if isinstance(value, int):
            lower[index[v]] = upper[index[v]] = value
    rows_a, rows_b = [], []
    for position, labels in ((0, rows), (1, columns)):
        totals = margin[pattern["dimensions"][position]]
        for label in labels:
            if label in totals and isinstance(totals[label], int):
                line = np.zeros(len(variables))
                for v in variables:
                    if v[position] == label:
                        line[index[v]] = 1
                rows_a.append(line)
                rows_b.append(totals[label])
    # Every story of the run has a place in the table.
    rows_a.append(np.ones(len(variables)))
    rows_b.append(stories)
    constraint = LinearConstraint(np.array(rows_a), np.array(rows_b), np.array(rows_b))
    integrality = np.ones(len(variables))
    for v in variables:
        if known.get(v, 0) == "x":
            bounds = []
            for sign in (1, -1):
                objective = np.zeros(len(variables))
                objective[index[v]] = sign
                result = milp(objective, constraints=[constraint], integrality=integrality, bounds=Bounds(lower, upper))
                if not result.success:
                    raise SystemExit(f"{pattern['id']}: the published numbers are inconsistent ({result.message})")
                bounds.append(round(result.x[index[v]]))
            yield v, bounds[0], bounds[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("verhaal")
    parser.add_argument("--libraries", type=int, default=12)
    parser.add_argument("--seed", type=int, default=20261201)
    args = parser.parse_args()
    passed = failed = hidden = recovered = tables = 0
    sizes = [15, 30, 45, 60, 90, 150]
    for number in range(args.libraries):
        with tempfile.TemporaryDirectory() as folder:
            write_library(folder, args.seed + number, sizes[number % len(sizes)], share_public=number % 2 == 1)
            for audience in ("network", "public"):
                output = subprocess.run(
                    [args.verhaal, "patterns", "--library", folder, "--json", "--audience", audience, "--minimum-n", "10"],
                    capture_output=True, text=True)
                if output.returncode != 0:
                    print(output.stderr, file=sys.stderr)
                    raise SystemExit(f"verhaal patterns failed on library {number}")
                report = json.loads(output.stdout)
                patterns = report["patterns"]
                if number < 2:
                    for problem in figures_add_no_number(args.verhaal, folder, report, audience):
                        failed += 1
                        print(f"library {number} {audience} {problem}")
                margin = margins(patterns)
                for pattern in patterns:
                    for cell in pattern["cells"]:
                        count = cell["count"]
                        if isinstance(count, int) and 0 < count < 3 and len(pattern["dimensions"]) == 1:
                            failed += 1
                            print(f"library {number} {audience} {pattern['id']}: a count of {count} is shown")
                    if len(pattern["dimensions"]) != 2 or not any(c["count"] == "x" for c in pattern["cells"]):
                        continue
                    tables += 1
                    for cell, low, high in audit_table(pattern, margin, report["stories"]):
                        hidden += 1
                        if high - low + 1 < 3:
                            recovered += 1
                            failed += 1
                            print(f"library {number} {audience} {pattern['id']} {cell}: recovered as {low}..{high}")
                        else:
                            passed += 1
    print(f"disclosure audit: {tables} tables, {hidden} hidden cells, {recovered} recovered")
    print(f"disclosure audit: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
