#!/usr/bin/env python3
"""Holds Verhaal's statistics against scipy on randomized tables and samples.

usage: scipy_crosscheck.py VERHAAL_BINARY [--cases N] [--seed S]

Makes N random cases of each test (contingency tables, groups of scale answers with ties,
pairs), runs them through `verhaal statistics-check`, and compares every statistic, p and q
with scipy.stats (chi2_contingency(correction=False), kruskal, mannwhitneyu(method="asymptotic"),
spearmanr, false_discovery_control) to a relative 1e-9. Prints 'scipy: N passed, N failed'.
"""
import argparse
import json
import subprocess
import sys

import numpy as np
from scipy import stats


def close(value, expected):
    if expected is None or value is None:
        return value is None and expected is None
    if expected == 0:
        return abs(value) < 1e-300
    return abs(value - expected) <= 1e-9 * abs(expected)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("verhaal")
    parser.add_argument("--cases", type=int, default=100)
    parser.add_argument("--seed", type=int, default=20261129)
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    cases, expected = [], []

    def scale(n):
        # Scale answers are whole numbers 0-100; coarse steps give the ties real answers have.
        return (rng.integers(0, 21, n) * 5).astype(float).tolist()

    for _ in range(args.cases):
        rows, columns = rng.integers(2, 5), rng.integers(2, 6)
        table = rng.integers(1, 30, (rows, columns)).astype(float).tolist()
        chi2, p, _, _ = stats.chi2_contingency(table, correction=False)
        cases.append({"test": "chi2", "table": table}); expected.append((chi2, p))

        groups = [scale(int(rng.integers(5, 40))) for _ in range(int(rng.integers(2, 6)))]
        h, p = stats.kruskal(*groups)
        cases.append({"test": "kruskal", "groups": groups}); expected.append((h, p))

        a, b = scale(int(rng.integers(5, 60))), scale(int(rng.integers(5, 60)))
        result = stats.mannwhitneyu(a, b, method="asymptotic", alternative="two-sided", use_continuity=True)
        cases.append({"test": "mannwhitney", "a": a, "b": b}); expected.append((result.statistic, result.pvalue))

        n = int(rng.integers(5, 80))
        x = scale(n)
        y = (np.array(x) * rng.uniform(-1, 1) + rng.normal(0, 25, n)).round().tolist()
        result = stats.spearmanr(x, y)
        cases.append({"test": "spearman", "x": x, "y": y}); expected.append((result.statistic, result.pvalue))

        ps = rng.uniform(0, 1, int(rng.integers(1, 200))) ** 3
        cases.append({"test": "bh", "p": ps.tolist()})
        expected.append(stats.false_discovery_control(ps, method="bh").tolist())

    output = subprocess.run([args.verhaal, "statistics-check"], input=json.dumps(cases), capture_output=True,
                            text=True, check=True).stdout
    outcomes = json.loads(output)
    passed = failed = 0
    for case, want, got in zip(cases, expected, outcomes):
        if case["test"] == "bh":
            ok = all(close(g, w) for g, w in zip(got["q"], want)) and len(got["q"]) == len(want)
        else:
            ok = close(got.get("statistic"), float(want[0])) and close(got.get("p"), float(want[1]))
        if ok:
            passed += 1
        else:
            failed += 1
            if failed <= 5:
                print("FAIL", case["test"], "verhaal", got, "scipy", want)
    print(f"scipy: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
