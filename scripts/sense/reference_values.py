#!/usr/bin/env python3
"""The fixed reference values in Tests/VerhaalSenseTests/ReferenceValueTests.swift, made by scipy.

usage: .build-venv/bin/python scripts/sense/reference_values.py
(make acceptance installs scipy into .build-venv/ for the randomized cross-check.)
"""
import numpy as np
from scipy import special, stats

print("scipy", __import__("scipy").__version__)
for a, x in [(0.5, 0.1), (1.0, 1.0), (2.5, 0.01), (3.0, 7.5), (10.0, 3.0), (10.0, 25.0), (50.0, 49.0), (0.5, 30.0)]:
    print(f"gammaincc({a}, {x}) = {special.gammaincc(a, x)!r}   gammainc = {special.gammainc(a, x)!r}")
for x, a, b in [(0.3, 2.0, 3.0), (0.999, 0.5, 0.5), (1e-5, 2.0, 5.0), (0.5, 10.0, 0.5), (0.9, 30.0, 0.5)]:
    print(f"betainc({a}, {b}, {x}) = {special.betainc(a, b, x)!r}")

table = [[12, 5, 3], [4, 10, 6]]
chi2, p, dof, expected = stats.chi2_contingency(table, correction=False)
v = np.sqrt(chi2 / (np.sum(table) * (min(len(table), len(table[0])) - 1)))
print("chi2", repr(chi2), repr(p), dof, repr(v), expected.tolist())

groups = [[72, 80, 65, 90, 85, 70], [40, 55, 60, 35, 50, 60], [70, 60, 75, 50, 65]]
h, p = stats.kruskal(*groups)
print("kruskal", repr(h), repr(p))

a, b = [72, 80, 65, 90, 85, 70, 70], [40, 55, 60, 35, 50, 60, 70, 45]
res = stats.mannwhitneyu(a, b, method="asymptotic", alternative="two-sided", use_continuity=True)
print("mannwhitneyu", repr(res.statistic), repr(res.pvalue))

x = [10, 20, 30, 40, 50, 60, 70, 80, 90, 95]
y = [15, 25, 20, 45, 60, 55, 80, 70, 95, 90]
res = stats.spearmanr(x, y)
print("spearman", repr(res.statistic), repr(res.pvalue))
x2 = [1, 2, 2, 3, 4, 4, 4, 5]
y2 = [5, 3, 4, 2, 2, 1, 3, 1]
res = stats.spearmanr(x2, y2)
print("spearman ties", repr(res.statistic), repr(res.pvalue))

ps = [0.01, 0.04, 0.03, 0.005, 0.5, 0.2, 0.04]
print("bh", stats.false_discovery_control(ps, method="bh").tolist())
