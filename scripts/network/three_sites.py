#!/usr/bin/env python3
"""Three sites of one network on git, as three organisations would run them.

A bare repository stands in for the git host; three clones each run their own `verhaal serve`
with `--sync-every 2s`. Over HTTP, 3 x 50 stories are recorded at once (the same titles on every
site), some are edited and one is withdrawn, while the sites sync; one server is killed with
SIGKILL in the middle and started again. After a final `verhaal sync` on each site the three
work trees must be identical, every story answered with success must be there with its own id,
`verhaal check` must be clean, and `git log` must hold one commit per change by its member.

Usage: three_sites.py .build/debug/verhaal
"""
import concurrent.futures
import hashlib
import http.cookiejar
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

STORIES_PER_SITE = 50
EDITS_PER_SITE = 5
SITES = ["a", "b", "c"]
MEMBERS = {"a": "Anna", "b": "Bert", "c": "Cato"}
IDENTITY = {"GIT_AUTHOR_NAME": "Site", "GIT_AUTHOR_EMAIL": "site@example.org",
            "GIT_COMMITTER_NAME": "Site", "GIT_COMMITTER_EMAIL": "site@example.org"}


def run(args, cwd, check=True):
    env = dict(os.environ, **IDENTITY)
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    if check and result.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed in {cwd}:\n{result.stdout}{result.stderr}")
    return result


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Member:
    """One member's browser: a cookie jar, and the form's CSRF token."""

    def __init__(self, base, token):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())
        page = self.get(f"/aanmelden?token={token}")
        csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)
        hidden = re.search(r'name="token" value="([^"]*)"', page).group(1)
        status, _ = self.post("/aanmelden", [("csrf", csrf), ("token", hidden)])
        assert status == 303, f"sign-in answered {status}"
        self.csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', self.get("/vertellen/anekdote")).group(1)

    def get(self, path):
        with self.opener.open(self.base + path, timeout=30) as response:
            return response.read().decode()

    def post(self, path, fields):
        data = urllib.parse.urlencode(fields).encode()
        request = urllib.request.Request(self.base + path, data=data, method="POST")
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.headers.get("Location")
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("Location")

    def story(self, title, text):
        return [("csrf", self.csrf), ("title", title), ("date", "2024-03-05"), ("text", text),
                ("lessons[]", "resultaat"), ("share", "network")]


def start(verhaal, folder, port):
    env = dict(os.environ, **IDENTITY)
    return subprocess.Popen([verhaal, "serve", "--port", str(port), "--sync-every", "2s"], cwd=folder, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_for(port):
    for _ in range(200):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/aanmelden", timeout=1)
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"the server on port {port} did not start")


def tree_digest(folder):
    """Every file of the work tree but git's own folder, the private .verhaal/ and Exports/."""
    paths = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if d not in (".git", ".verhaal", "Exports")]
        paths += [os.path.join(root, name) for name in files]
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(os.path.relpath(path, folder).encode())
        digest.update(open(path, "rb").read())
    return digest.hexdigest()


def main():
    verhaal = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix="verhaal-network-")
    run(["git", "init", "-q", "--bare", "hub.git"], work)
    run([verhaal, "init", "a"], work)
    run(["git", "remote", "add", "origin", "../hub.git"], os.path.join(work, "a"))
    run([verhaal, "sync"], os.path.join(work, "a"))
    for site in SITES[1:]:
        run(["git", "clone", "-q", "hub.git", site], work)
    folders = {site: os.path.join(work, site) for site in SITES}
    ports = {site: free_port() for site in SITES}
    tokens = {}
    for site in SITES:
        added = run([verhaal, "member", "add", MEMBERS[site], "--coordinator", "--json"], folders[site]).stdout
        tokens[site] = re.search(r'token=([A-Za-z0-9_-]+)', added).group(1)
    servers = {site: start(verhaal, folders[site], ports[site]) for site in SITES}
    for site in SITES:
        wait_for(ports[site])
    members = {site: Member(f"http://127.0.0.1:{ports[site]}", tokens[site]) for site in SITES}

    saved = {site: [] for site in SITES}
    failed = []
    uncommitted = []

    def record(site, number):
        try:
            status, location = members[site].post(
                "/vertellen/anekdote", members[site].story(f"Verhaal {number}", f"Verteld op site {site}, nummer {number}."))
        except OSError as error:  # the server was down: refused, never answered with success
            failed.append((site, number, str(error)))
            return
        match = re.match(r"^/verhalen/([a-z0-9-]+)\?bewaard=1", location or "")
        if status == 303 and match:
            saved[site].append(match.group(1))
            if "nietvastgelegd" in location:
                uncommitted.append((site, match.group(1)))
        else:
            failed.append((site, number, status))

    # 3 x 50 stories at once; site b's server is killed in the middle and started again.
    with concurrent.futures.ThreadPoolExecutor(max_workers=12) as pool:
        jobs = [pool.submit(record, site, number) for number in range(STORIES_PER_SITE) for site in SITES]
        while sum(job.done() for job in jobs) < len(jobs) // 2:
            time.sleep(0.05)
        servers["b"].send_signal(signal.SIGKILL)
        servers["b"].wait()
        servers["b"] = start(verhaal, folders["b"], ports["b"])
        wait_for(ports["b"])
        concurrent.futures.wait(jobs)
    # What was refused while b was down is recorded again after it is back, as a member would.
    retried = [job for job in failed]
    failed.clear()
    members["b"] = Member(f"http://127.0.0.1:{ports['b']}", tokens["b"])
    for site, number, _ in retried:
        record(site, number)

    edits = 0
    for site in SITES:
        for story in saved[site][:EDITS_PER_SITE]:
            fields = members[site].story(f"Verhaal bewerkt op {site}", "Een nieuwe versie.")
            status, _ = members[site].post(f"/verhalen/{story}/bewerken", fields)
            edits += status == 303
    withdrawn = saved["c"][-1]
    status, _ = members["c"].post(f"/verhalen/{withdrawn}/terugtrekken", [("csrf", members["c"].csrf)])
    assert status == 303, f"the withdrawal answered {status}"

    time.sleep(3)
    for site in SITES:
        servers[site].terminate()
        servers[site].wait()
    for _ in range(2):
        for site in SITES:
            run([verhaal, "sync"], folders[site])

    problems = []
    digests = {site: tree_digest(folders[site]) for site in SITES}
    if len(set(digests.values())) != 1:
        problems.append(f"the work trees differ: {digests}")
    heads = {run(["git", "rev-parse", "HEAD"], folders[site]).stdout.strip() for site in SITES}
    if len(heads) != 1:
        problems.append(f"the sites are at different commits: {heads}")
    ids = [story for site in SITES for story in saved[site]]
    stories = os.listdir(os.path.join(folders["a"], "Stories", "anekdotes"))
    missing = [story for story in ids if story != withdrawn and f"{story}.md" not in stories]
    if missing:
        problems.append(f"stories answered with success are missing: {missing[:5]}")
    if len(set(ids)) != len(ids):
        problems.append("two stories got one id")
    if failed:
        problems.append(f"posts refused after the restart: {failed[:5]}")
    check = run([verhaal, "check"], folders["a"], check=False)
    if check.returncode != 0:
        problems.append("verhaal check is not clean:\n" + check.stdout[-2000:])
    log = run(["git", "log", "--format=%an|%s"], folders["a"]).stdout.splitlines()
    new = [line for line in log if "|Nieuw verhaal: " in line]
    edited = [line for line in log if "|Verhaal bewerkt: " in line]
    pulled = [line for line in log if "|Verhaal teruggetrokken: " in line]
    if uncommitted:
        problems.append(f"saved but not committed: {uncommitted}")
    # Every story answered with success is a commit of its own, by its member (a story whose
    # answer the killed server never sent may be there too: it was recorded again).
    for site in SITES:
        for story in saved[site]:
            added = run(["git", "log", "--diff-filter=A", "--format=%an|%s", "--", f"Stories/anekdotes/{story}.md"],
                        folders["a"]).stdout.splitlines()
            if added[-1:] != [f"{MEMBERS[site]}|Nieuw verhaal: {'Verhaal ' + story.split('-')[1]}"]:
                problems.append(f"{story} of site {site} was added by {added}")
    if len(edited) != edits or len(pulled) != 1:
        problems.append(f"{len(edited)} edit commits for {edits} edits, {len(pulled)} withdrawal commits")

    print(f"network: {len(ids)} stories on 3 sites ({', '.join(f'{s}: {len(saved[s])}' for s in SITES)}), "
          f"{len(retried)} recorded again after the killed server came back, {edits} edits, 1 withdrawal; "
          f"{len(log)} commits; work trees identical: {len(set(digests.values())) == 1}")
    if problems:
        print("\n".join("problem: " + p for p in problems))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
