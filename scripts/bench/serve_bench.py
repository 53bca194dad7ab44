"""The web collector under load: `verhaal serve` on a benchmark library, measured with wrk.

Used by bench.py. Signs a member in (the sign-in link, then the form, as a browser does), then
runs wrk with the session cookie against the story list, a text search, the coverage table, one
story and the record form, at 1, 10 and 50 connections, and reads the server's peak memory
(VmHWM) from /proc. Then it measures how long an edit on disk takes to show on the story's page.
"""
import http.client
import os
import re
import subprocess
import time
import urllib.parse


def start(verhaal, folder, port):
    token_line = subprocess.run([verhaal, "member", "add", f"Bench {time.time_ns()}", "--url", f"http://127.0.0.1:{port}"],
                                cwd=folder, capture_output=True, text=True, check=True).stdout
    token = re.search(r"token=([A-Za-z0-9_-]+)", token_line).group(1)
    server = subprocess.Popen([verhaal, "serve", "--port", str(port)], cwd=folder,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(600):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            connection.request("GET", "/aanmelden")
            connection.getresponse().read()
            break
        except OSError:
            time.sleep(0.1)
    return server, sign_in(port, token)


def sign_in(port, token):
    """The session cookie, got the way a browser gets it."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request("GET", f"/aanmelden?token={token}")
    response = connection.getresponse()
    page = response.read().decode()
    cookie = response.getheader("Set-Cookie").split(";")[0]
    csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)
    body = urllib.parse.urlencode({"csrf": csrf, "token": token})
    connection.request("POST", "/aanmelden", body=body, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
    response = connection.getresponse()
    response.read()
    session = [value.split(";")[0] for name, value in response.getheaders() if name.lower() == "set-cookie"]
    return "; ".join(session)


def get(port, cookie, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request("GET", path, headers={"Cookie": cookie})
    response = connection.getresponse()
    return response.status, response.read().decode()


def wrk(port, cookie, path, connections, seconds):
    """Requests per second, p50 and p99 latency (ms) of wrk at `connections`."""
    threads = min(connections, 2)
    output = subprocess.run(["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s", "--latency",
                             "-H", f"Cookie: {cookie}", f"http://127.0.0.1:{port}{path}"],
                            capture_output=True, text=True, check=True).stdout
    def latency(label):
        match = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if non2xx:
        raise SystemExit(f"wrk got {non2xx.group(1)} error responses from {path}")
    return rate, latency("50"), latency("99")


def peak_memory_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        return int(re.search(r"VmHWM:\s+(\d+) kB", status.read()).group(1)) / 1024


def edit_seen_after(port, cookie, folder, story_path, story_id):
    """Seconds from an edit on disk to the story's page showing it (polled every 10 ms)."""
    path = os.path.join(folder, story_path)
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    marker = f"Bewerkt {time.time_ns()}"
    edited = re.sub(r"^title: .*$", f"title: {marker}", text, count=1, flags=re.M)
    start = time.perf_counter()
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(edited)
    while time.perf_counter() - start < 30:
        if marker in get(port, cookie, f"/verhalen/{story_id}")[1]:
            return time.perf_counter() - start
        time.sleep(0.01)
    return float("inf")


def measure(verhaal, folder, port, story_path, seconds=5, connections=(1, 10, 50)):
    """Prints the wrk table and the edit latency for the library in `folder`."""
    story_id = os.path.basename(story_path)[:-3]
    server, cookie = start(verhaal, folder, port)
    try:
        pages = [("story list", "/verhalen"), ("search, broad", "/verhalen?tekst=wijk+bewoners"),
                 ("search, narrow", "/verhalen?tekst=4711"),
                 ("coverage", "/dekking"), ("one story", f"/verhalen/{story_id}"), ("record form", "/vertellen")]
        for _, path in pages:
            status, _ = get(port, cookie, path)
            if status != 200:
                raise SystemExit(f"{path} answered {status}")
        print(f"| {'page':<14} | {'conns':>5} | {'req/s':>8} | {'p50 (ms)':>8} | {'p99 (ms)':>8} |")
        print(f"|{'-' * 16}|{'-' * 7}|{'-' * 10}|{'-' * 10}|{'-' * 10}|")
        worst = {}
        for name, path in pages:
            for count in connections:
                rate, p50, p99 = wrk(port, cookie, path, count, seconds)
                print(f"| {name:<14} | {count:>5} | {rate:>8.0f} | {p50:>8.1f} | {p99:>8.1f} |")
                if count == connections[-1]:
                    worst[name] = (p50, p99)
        peak = peak_memory_mb(server.pid)
        # Let the requests wrk left queued drain first, or the edit waits behind them.
        time.sleep(5)
        seen = edit_seen_after(port, cookie, folder, story_path, story_id)
        print(f"\nserver peak memory: {peak:.0f} MB; an edit on disk shown after {seen * 1000:.0f} ms")
        return worst, peak, seen
    finally:
        server.terminate()
        server.wait()
