#!/usr/bin/env python3
"""What a user would otherwise do for `verhaal patterns`: a script with PyYAML (libyaml) and
scipy that reads every entry's front matter and runs the same tests over the same dimensions
of the essay's framework (scales, choices, each option of a choices question, each lesson and
perspective, the kind and the quarter): chi-square for two categories, Kruskal–Wallis and
Mann–Whitney for a scale by a category, Spearman for two scales, then Benjamini–Hochberg over
all p-values. No privacy filtering, no suppression, no figures: a floor, not a replacement.

usage: patterns_scipy.py LIBRARY_FOLDER   (prints the number of tests)
"""
import itertools
import os
import sys
import warnings

import numpy as np
import yaml
from scipy import stats

SCALES = ["pendule", "vorm-resultaat", "hard-zacht"]
CHOICES = {"gevoel": ["inspirerend", "hoopvol", "gemengd", "zorgelijk", "frustrerend"],
           "rol": ["bestuurder", "toezichthouder", "medewerker", "bewoner", "partner", "anders"],
           "organisatie": ["corporatie", "gemeente", "zorg", "welzijn", "onderwijs", "anders"]}
LEADERSHIP = ["verantwoordelijkheid", "regie", "ruimte", "vertrouwen", "delen"]
LESSONS = ["resultaat", "grenzeloos", "delen", "dynamiek", "verhaal"]
PERSPECTIVES = ["jezelf", "bestuurder", "netwerk"]
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def front_matters(folder):
    for directory, _, names in os.walk(os.path.join(folder, "Stories")):
        for name in names:
            if name.endswith(".md"):
                with open(os.path.join(directory, name), encoding="utf-8") as handle:
                    text = handle.read()
                _, front, _ = text.split("---\n", 2)
                yield yaml.load(front, Loader=LOADER)


def columns(entries):
    """Each dimension as a list: a number (scale), a category string, or None."""
    result = {}
    answers = [entry.get("answers") or {} for entry in entries]
    for scale in SCALES:
        result[scale] = ("scale", [a.get(scale) for a in answers])
    for choice in CHOICES:
        result[choice] = ("category", [a.get(choice) for a in answers])
    for option in LEADERSHIP:
        result[f"leiderschap={option}"] = ("category", [
            None if "leiderschap" not in a else ("yes" if option in (a["leiderschap"] if isinstance(a["leiderschap"], list) else [a["leiderschap"]]) else "no")
            for a in answers])
    for lesson in LESSONS:
        result[f"lesson={lesson}"] = ("category", ["yes" if lesson in (e.get("lessons") or []) else "no" for e in entries])
    for perspective in PERSPECTIVES:
        result[f"perspective={perspective}"] = ("category", ["yes" if perspective in (e.get("perspectives") or []) else "no" for e in entries])
    result["kind"] = ("category", [e.get("kind") for e in entries])
    result["quarter"] = ("category", [f"{e['date'].year}-Q{(e['date'].month - 1) // 3 + 1}" for e in entries])
    return result


def main():
    warnings.simplefilter("ignore")
    entries = list(front_matters(sys.argv[1]))
    dims = columns(entries)
    p_values = []
    for (a, (kind_a, xs)), (b, (kind_b, ys)) in itertools.combinations(dims.items(), 2):
        if "=" in a and "=" in b and a.split("=")[0] == b.split("=")[0]:
            continue
        both = [(x, y) for x, y in zip(xs, ys) if x is not None and y is not None]
        if len(both) < 20:
            continue
        if kind_a == "scale" and kind_b == "scale":
            x, y = zip(*both)
            p_values.append(stats.spearmanr(x, y).pvalue)
        elif kind_a == "category" and kind_b == "category":
            rows = sorted({x for x, _ in both})
            cols = sorted({y for _, y in both})
            if len(rows) < 2 or len(cols) < 2:
                continue
            table = np.zeros((len(rows), len(cols)))
            for x, y in both:
                table[rows.index(x), cols.index(y)] += 1
            p_values.append(stats.chi2_contingency(table, correction=False).pvalue)
        else:
            groups = {}
            for x, y in both:
                number, category = (x, y) if kind_a == "scale" else (y, x)
                groups.setdefault(category, []).append(number)
            samples = [g for g in groups.values() if g]
            if len(samples) < 2:
                continue
            p_values.append(stats.kruskal(*samples).pvalue)
            for first, second in itertools.combinations(samples, 2):
                p_values.append(stats.mannwhitneyu(first, second, method="asymptotic").pvalue)
    stats.false_discovery_control(np.array(p_values))
    print(f"{len(entries)} entries, {len(p_values)} tests")


if __name__ == "__main__":
    main()
