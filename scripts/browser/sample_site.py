"""A copy of the sample library served by `verhaal serve`, for the browser scripts."""
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except Exception:
            time.sleep(0.2)
    sys.exit(f"the server did not answer at {url}")


class SampleSite:
    """Copies the sample library into a temporary folder; `start()` serves it on a free port,
    `stop()` stops the server and removes the folder."""

    def __init__(self, verhaal, prefix):
        self.verhaal = verhaal
        self.library = tempfile.mkdtemp(prefix=prefix)
        shutil.copytree(os.path.join(ROOT, "Stories"), os.path.join(self.library, "Stories"))
        shutil.copy(os.path.join(ROOT, "verhaal.yaml"), self.library)
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.server = None

    def run(self, *arguments):
        """`verhaal ARGUMENTS --library LIBRARY`; its output, or exit on failure."""
        return subprocess.run([self.verhaal, *arguments, "--library", self.library],
                              capture_output=True, text=True, check=True).stdout

    def add_member(self, name, *flags):
        """Adds a member; their personal sign-in link."""
        added = self.run("member", "add", name, *flags, "--url", self.base)
        return re.search(r"http://\S+/aanmelden\?token=\S+", added).group(0)

    def start(self):
        self.server = subprocess.Popen([self.verhaal, "serve", "--library", self.library, "--port", str(self.port)],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wait_for(self.base + "/aanmelden")

    def stop(self):
        if self.server:
            self.server.terminate()
            self.server.wait(timeout=10)
        shutil.rmtree(self.library, ignore_errors=True)

    def read(self, path):
        """The text of PATH in the library, or '' when it is not there."""
        full = os.path.join(self.library, path)
        return open(full, encoding="utf-8").read() if os.path.exists(full) else ""


class Checks:
    """PASS and FAIL lines, and the summary line and exit code of a script."""

    def __init__(self, name):
        self.name = name
        self.results = []

    def __call__(self, description, condition):
        self.results.append(bool(condition))
        print(("PASS " if condition else "FAIL ") + description)
        return bool(condition)

    def finish(self):
        failed = self.results.count(False)
        print(f"{self.name}: {len(self.results) - failed} passed, {failed} failed")
        sys.exit(1 if failed else 0)
