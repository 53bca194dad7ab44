#!/usr/bin/env python3
"""Writes a deterministic synthetic story library for benchmarks.

usage: generate_library.py COUNT FOLDER [--full]

COUNT entries (a tenth travel-log entries, the rest anecdotes and quotes), each a Markdown file
with front matter and a body of a few paragraphs (about 1 KB), linked to the essay's lessons and
perspectives, with answers to the essay's story questions (from a random stream of their own,
so the rest of the library is as before; the teller's role and organisation fixed per teller,
and the pendule higher for directors, a pattern to find). Also writes FOLDER/pandoc.md: every body concatenated under a heading, the text a
user would give pandoc instead. The same COUNT always gives the same files.
With --full every field is filled, as another tool might write it: quotes with speaker, role and
source; two organisations; five tags; answers to every story question; and a field Verhaal does
not know (`id:`), which `check` warns about.
"""
import os
import random
import sys

LESSONS = ["resultaat", "grenzeloos", "delen", "dynamiek", "verhaal"]
PERSPECTIVES = ["jezelf", "bestuurder", "netwerk"]
WORDS = ("samen delen netwerk wijk bewoners vertrouwen corporatie gemeente zorg welzijn resultaat "
         "grenzen leiderschap verhaal bedoeling ruimte experiment huurders toezicht raad besluit "
         "draagvlak koplopers reis bezoek één café geëvalueerd").split()
PLACES = ["Breda", "Leiden", "Roermond", "Gennep", "Baarlo", "Tilburg", "Oss", "Hilversum"]
TELLERS = ["Corry Keulen", "Harrie Oosterlee", "Paul Sebregts", "Hans Vedder", "Christoffel Klap"]
TELLER_ANSWERS = {
    "Corry Keulen": ("bestuurder", "corporatie"), "Harrie Oosterlee": ("medewerker", "gemeente"),
    "Paul Sebregts": ("bestuurder", "zorg"), "Hans Vedder": ("toezichthouder", "welzijn"),
    "Christoffel Klap": ("partner", "anders"),
}
LEADERSHIP = ["verantwoordelijkheid", "regie", "ruimte", "vertrouwen", "delen"]
FEELINGS = ["inspirerend", "hoopvol", "gemengd", "zorgelijk", "frustrerend"]


ORGANISATIONS = ["Woonstad", "Gemeente Breda", "Zorggroep West", "Welzijn Noord", "Corporatie Oost"]


def answers(index, teller, full=False):
    rng = random.Random(index * 7919 + 17)
    role, organisation = TELLER_ANSWERS[teller]
    pendule = rng.randint(50, 100) if role == "bestuurder" else rng.randint(0, 80)
    items = [f"pendule: {pendule}", f"vorm-resultaat: {rng.randint(0, 100)}", f"hard-zacht: {rng.randint(0, 100)}",
             f"leiderschap: [{', '.join(rng.sample(LEADERSHIP, rng.randint(1, 3)))}]", f"gevoel: {rng.choice(FEELINGS)}",
             f"rol: {role}", f"organisatie: {organisation}"]
    # Not every teller answers every question.
    kept = [item for item in items if full or rng.random() < 0.9]
    return "answers: {" + ", ".join(kept) + "}"


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 16))]
    if rng.random() < 0.2:
        words[rng.randrange(len(words))] = "*" + rng.choice(WORDS) + "*"
    return " ".join(words).capitalize() + "."


def body(rng):
    paragraphs = [" ".join(sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(2, 4))]
    if rng.random() < 0.2:
        paragraphs.append("\n".join(f"- {sentence(rng)}" for _ in range(3)))
    return "\n\n".join(paragraphs)


def main():
    count, folder = int(sys.argv[1]), sys.argv[2]
    full = "--full" in sys.argv[3:]
    rng = random.Random(20191114)
    for sub in ("reisverslagen", "anekdotes", "citaten"):
        os.makedirs(os.path.join(folder, "Stories", sub), exist_ok=True)
    with open(os.path.join(folder, "verhaal.yaml"), "w", encoding="utf-8") as settings:
        settings.write("language: nl\n")
    visits = []
    pandoc = ["% Synthetische bibliotheek\n"]
    for index in range(count):
        kind = "travel-log" if index % 10 == 0 else ("quote" if index % 10 in (3, 7) else "anecdote")
        year, month, day = 2015 + index % 8, 1 + index % 12, 1 + index % 28
        date = f"{year:04d}-{month:02d}-{day:02d}"
        title = f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} {index}"
        entry_id = f"{date}-bezoek-{index}" if kind == "travel-log" else f"verhaal-{index}"
        teller = rng.choice(TELLERS)
        lines = ["---", f"kind: {kind}", f"title: {title}", f"date: {date}", f"teller: {teller}"]
        if full:
            lines.insert(1, f"id: {entry_id}")
        if kind == "quote":
            lines += [f"speaker: {rng.choice(TELLERS)}", "role: bestuurder"]
            if full:
                lines.append(f"source: {rng.choice(PLACES)}se netwerkdag")
        if kind != "travel-log" and visits:
            lines.append(f"visit: {rng.choice(visits[-20:])}")
        if full:
            lines.append(f"organizations: [{', '.join(rng.sample(ORGANISATIONS, 2))}]")
        lines += [
            f"place: {rng.choice(PLACES)}",
            f"lessons: [{', '.join(rng.sample(LESSONS, rng.randint(1, 2)))}]",
            f"perspectives: [{rng.choice(PERSPECTIVES)}]",
            f"tags: [{', '.join(rng.sample(WORDS, 5 if full else 2))}]" if full else f"tags: [{rng.choice(WORDS)}, {rng.choice(WORDS)}]",
            f"share: {'public' if index % 3 else 'network'}",
            answers(index, teller, full),
            "---",
        ]
        text = body(rng)
        folder_name = {"travel-log": "reisverslagen", "anecdote": "anekdotes", "quote": "citaten"}[kind]
        with open(os.path.join(folder, "Stories", folder_name, entry_id + ".md"), "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n\n" + text + "\n")
        if kind == "travel-log":
            visits.append(entry_id)
        pandoc.append(f"## {title}\n\n*{date}*\n\n{text}\n")
    with open(os.path.join(folder, "pandoc.md"), "w", encoding="utf-8") as out:
        out.write("\n".join(pandoc))
    # Marks the library as made by this version of the generator (bench.py regenerates others).
    with open(os.path.join(folder, ".generated-full" if full else ".generated-with-answers"), "w", encoding="utf-8") as out:
        out.write("1\n")


if __name__ == "__main__":
    main()
