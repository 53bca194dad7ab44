"""The network on git, measured (used by bench.py): how soon a story saved on one site shows on
another's list with --sync-every 5s, how many commits a second a site makes under 50 parallel
posts, and how long `verhaal sync` takes to bring 1,000 new stories into a 10,000-story library,
beside `git pull --rebase` doing the same."""
import concurrent.futures
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "network"))
import three_sites  # noqa: E402  (its sites, members and servers)


def run(args, cwd):
    return three_sites.run(args, cwd)


def two_sites(verhaal, work, source=None):
    """A hub and sites a and b; `source` (a library folder) fills a first."""
    run(["git", "init", "-q", "--bare", "hub.git"], work)
    a = os.path.join(work, "a")
    if source:
        shutil.copytree(source, a, ignore=shutil.ignore_patterns(".verhaal", "Exports", ".generated*"))
        run(["git", "init", "-q"], a)
        run(["git", "add", "--all"], a)
        run(["git", "commit", "-q", "-m", "De bibliotheek"], a)
    else:
        run([verhaal, "init", "a"], work)
    run(["git", "remote", "add", "origin", "../hub.git"], a)
    run([verhaal, "sync"], a)
    run(["git", "clone", "-q", "hub.git", "b"], work)
    return a, os.path.join(work, "b")


def signed_in(verhaal, folder, name, port):
    import re
    added = run([verhaal, "member", "add", name, "--coordinator", "--json"], folder).stdout
    token = re.search(r"token=([A-Za-z0-9_-]+)", added).group(1)
    server = three_sites.start(verhaal, folder, port)
    three_sites.wait_for(port)
    return server, three_sites.Member(f"http://127.0.0.1:{port}", token)


def measure(verhaal, library_folder):
    work = tempfile.mkdtemp(prefix="verhaal-bench-network-")
    try:
        a, b = two_sites(verhaal, work)
        ports = (three_sites.free_port(), three_sites.free_port())
        servers = []
        try:
            server_a, anna = signed_in(verhaal, a, "Anna", ports[0])
            servers.append(server_a)
            server_b, bert = signed_in(verhaal, b, "Bert", ports[1])
            servers.append(server_b)
            delays = []
            for number in range(3):
                title = f"Reis {number} van A naar B"
                start = time.monotonic()
                anna.post("/vertellen/anekdote", anna.story(title, "Een verhaal dat reist."))
                while title not in bert.get(f"/verhalen?tekst=Reis+{number}"):
                    time.sleep(0.1)
                    if time.monotonic() - start > 60:
                        raise SystemExit("a story did not reach site b within 60 s")
                delays.append(time.monotonic() - start)
            print(f"| saved on site A → on site B's story list (--sync-every 5s, median of 3) | {statistics.median(delays):6.1f} s |")

            before = int(run(["git", "rev-list", "--count", "HEAD"], a).stdout)
            start = time.monotonic()
            with concurrent.futures.ThreadPoolExecutor(max_workers=50) as pool:
                list(pool.map(lambda n: anna.post("/vertellen/anekdote", anna.story(f"Parallel {n}", "Tegelijk.")), range(50)))
            seconds = time.monotonic() - start
            made = int(run(["git", "rev-list", "--count", "HEAD"], a).stdout) - before
            print(f"| 50 parallel posts on one site: {made} commits (and any syncs) | {seconds:6.1f} s | {made / seconds:5.1f} commits/s |")
        finally:
            for server in servers:
                server.terminate()
                server.wait()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    work = tempfile.mkdtemp(prefix="verhaal-bench-sync-")
    try:
        a, b = two_sites(verhaal, work, source=library_folder)
        for number in range(1000):
            with open(os.path.join(a, "Stories", "anekdotes", f"nieuw-{number}.md"), "w", encoding="utf-8") as handle:
                handle.write(f"---\nkind: anecdote\ntitle: Nieuw {number}\ndate: 2024-03-05\nteller: Anna\nlessons: [delen]\n---\n\nTekst.\n")
        run(["git", "add", "--all"], a)
        run(["git", "commit", "-q", "-m", "1000 nieuwe verhalen"], a)
        run([verhaal, "sync"], a)
        shutil.copytree(b, os.path.join(work, "b-git"))
        start = time.monotonic()
        run([verhaal, "sync"], b)
        ours = time.monotonic() - start
        start = time.monotonic()
        run(["git", "pull", "-q", "--rebase"], os.path.join(work, "b-git"))
        theirs = time.monotonic() - start
        entries = sum(name.endswith(".md") for _, _, names in os.walk(os.path.join(library_folder, "Stories")) for name in names)
        print(f"| verhaal sync: 1,000 new stories into a library of {entries:,} entries | {ours:6.2f} s |")
        print(f"| git pull --rebase, the same | {theirs:6.2f} s |")
    finally:
        shutil.rmtree(work, ignore_errors=True)
