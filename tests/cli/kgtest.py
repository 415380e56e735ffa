"""Shared helpers for the tests that drive the real kg binary (env KG)."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

SRC = os.environ.get("KG_SOURCE_DIR") or os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
KG = os.environ.get("KG") or os.path.join(SRC, "build", "kg")
SEEDS = os.path.join(SRC, "datasets", "seeds")
SHARED = os.path.abspath(os.path.join(SRC, "..", "shared"))


def kg(*args, input=None, check=None, timeout=300):
    """Runs kg; returns CompletedProcess with text stdout/stderr."""
    p = subprocess.run([KG, *args], input=input, capture_output=True, text=True, timeout=timeout)
    if check is not None and p.returncode != check:
        raise AssertionError(f"kg {' '.join(args)} exited {p.returncode}, expected {check}\n"
                             f"stdout: {p.stdout[-2000:]}\nstderr: {p.stderr[-2000:]}")
    return p


def read(path, binary=False):
    with open(path, "rb" if binary else "r", **({} if binary else {"encoding": "utf-8"})) as f:
        return f.read()


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


class KgTestCase(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="kgtest_")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def path(self, *parts):
        return os.path.join(self.tmp, *parts)

    def write(self, name, data, mode="w"):
        p = self.path(name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, mode + ("b" if isinstance(data, bytes) else ""), **({} if isinstance(data, bytes) else {"encoding": "utf-8", "newline": ""})) as f:
            f.write(data)
        return p


def main():
    if not os.path.exists(KG):
        print(f"kg binary not found at {KG}", file=sys.stderr)
        sys.exit(1)
    unittest.main(verbosity=2)
