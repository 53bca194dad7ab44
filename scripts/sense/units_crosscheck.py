#!/usr/bin/env python3
"""Holds the tests on tellers and on trends against scipy, end to end through `verhaal patterns`.

usage: units_crosscheck.py VERHAAL_BINARY [--libraries N] [--seed S]

Writes N libraries whose tellers keep their role and organisation, runs
`verhaal patterns --json --as-coordinator`, and recomputes with scipy.stats:
  - pendule~rol at the teller level: kruskal over each teller's mean pendule, by their role;
  - rol~organisatie at the teller level: chi2_contingency(correction=False) of tellers;
  - pendule~quarter as a trend: spearmanr of the quarter's order and the pendule;
  - gevoel~quarter as a trend: kruskal of the quarter's order by feeling.
Compares each statistic and p to a relative 1e-9. Prints 'units: N passed, N failed'.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

import numpy as np
from scipy import stats

ROLES = ["bestuurder", "medewerker", "partner", "bewoner"]
ORGANISATIONS = ["corporatie", "gemeente", "zorg", "welzijn"]
FEELINGS = ["inspirerend", "hoopvol", "gemengd", "zorgelijk", "frustrerend"]


def write_library(folder, seed, count, tellers):
    rng = random.Random(seed)
    os.makedirs(os.path.join(folder, "Stories"))
    open(os.path.join(folder, "verhaal.yaml"), "w").write("language: nl\n")
    people = [(f"Teller {i}", rng.choice(ROLES), rng.choice(ORGANISATIONS)) for i in range(tellers)]
    stories = []
    for index in range(count):
        name, role, organisation = rng.choice(people)
        pendule = rng.randint(0, 100)
        feeling = rng.choice(FEELINGS)
        date = f"{rng.choice([2019, 2020])}-{rng.randint(1, 12):02d}-01"
        stories.append((name, role, organisation, pendule, feeling, date))
        open(os.path.join(folder, "Stories", f"s{index}.md"), "w").write(
            f"---\nkind: anecdote\ntitle: S{index}\ndate: {date}\nteller: {name}\nlessons: [delen]\n"
            f"answers: {{pendule: {pendule}, gevoel: {feeling}, rol: {role}, organisatie: {organisation}}}\n---\n\nTekst.\n")
    return stories


def close(value, expected):
    return abs(value - expected) <= 1e-9 * max(abs(expected), 1e-300)


def quarter(date):
    year, month = int(date[:4]), int(date[5:7])
    return f"{year}-Q{(month - 1) // 3 + 1}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("verhaal")
    parser.add_argument("--libraries", type=int, default=5)
    parser.add_argument("--seed", type=int, default=20261201)
    args = parser.parse_args()
    passed = failed = 0

    def expect(name, pattern, statistic, p):
        nonlocal passed, failed
        if pattern is not None and close(pattern["statistic"], statistic) and close(pattern["p"], p):
            passed += 1
        else:
            failed += 1
            got = None if pattern is None else (pattern.get("statistic"), pattern.get("p"))
            print(f"{name}: verhaal {got}, scipy {(statistic, p)}")

    for number in range(args.libraries):
        with tempfile.TemporaryDirectory() as folder:
            stories = write_library(folder, args.seed + number, 240, 40)
            output = subprocess.run(
                [args.verhaal, "patterns", "--library", folder, "--json", "--as-coordinator", "--minimum-n", "5"],
                capture_output=True, text=True, check=True)
            patterns = {p["id"]: p for p in json.loads(output.stdout)["patterns"]}
            by_teller = defaultdict(list)
            for story in stories:
                by_teller[story[0]].append(story)
            # Tellers in the order they first appear, as verhaal reads the files (by name).
            means = defaultdict(list)
            for name, told in by_teller.items():
                means[told[0][1]].append(np.mean([s[3] for s in told]))
            groups = [means[role] for role in ROLES if means[role]]
            h, p = stats.kruskal(*groups)
            expect(f"library {number} pendule~rol", patterns.get("pendule~rol"), h, p)
            table = Counter((told[0][1], told[0][2]) for told in by_teller.values())
            matrix = np.array([[table[(r, o)] for o in ORGANISATIONS] for r in ROLES], dtype=float)
            matrix = matrix[matrix.sum(axis=1) > 0][:, matrix.sum(axis=0) > 0]
            chi2, p, _, _ = stats.chi2_contingency(matrix, correction=False)
            expect(f"library {number} rol~organisatie", patterns.get("rol~organisatie"), chi2, p)
            quarters = sorted({quarter(s[5]) for s in stories})
            order = [quarters.index(quarter(s[5])) for s in stories]
            rho, p = stats.spearmanr([s[3] for s in stories], order)
            expect(f"library {number} pendule~quarter", patterns.get("pendule~quarter"), rho, p)
            by_feeling = defaultdict(list)
            for story, rank in zip(stories, order):
                by_feeling[story[4]].append(rank)
            h, p = stats.kruskal(*[by_feeling[f] for f in FEELINGS if by_feeling[f]])
            expect(f"library {number} gevoel~quarter", patterns.get("gevoel~quarter"), h, p)
    print(f"units: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
