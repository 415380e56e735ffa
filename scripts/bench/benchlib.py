"""Shared helpers of the kg benchmarks: running a command under /usr/bin/time -v, the
machine, the kg binary, results files."""
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = os.path.abspath(os.path.join(SRC, "..", "shared"))
WORK = os.environ.get("KG_BENCH_DIR", "/tmp/kg-bench")
RESULTS = os.path.join(WORK, "results")
GNU_TIME = "/usr/bin/time"


def log(msg):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def find_kg(explicit=None):
    for p in (explicit, os.environ.get("KG"), os.path.join(SRC, "build", "kg")):
        if p and os.path.isfile(p) and os.access(p, os.X_OK):
            return os.path.abspath(p)
    return None


def node_peers_ready():
    """None when the npm peers are installed, else the reason they are not."""
    if not shutil.which("node"):
        return "node is not installed"
    nm = os.path.join(HERE, "node_modules")
    for pkg in ("compromise", "wink-nlp", "wink-eng-lite-web-model", "kuzu"):
        if not os.path.isdir(os.path.join(nm, pkg)):
            return f"npm package {pkg} missing: run (cd scripts/bench && npm ci && node node_modules/kuzu/install.js)"
    if not os.path.exists(os.path.join(nm, "kuzu", "kuzujs.node")):
        return "kuzu's native module is missing: run node scripts/bench/node_modules/kuzu/install.js"
    return None


class Run:
    def __init__(self, rc, wall, rss_kb, user, sys_, stdout, stderr):
        self.rc, self.wall, self.rss_kb, self.user, self.sys = rc, wall, rss_kb, user, sys_
        self.stdout, self.stderr = stdout, stderr

    @property
    def rss_mb(self):
        return self.rss_kb / 1024.0

    def __repr__(self):
        return f"Run(rc={self.rc}, wall={self.wall:.2f}s, rss={self.rss_mb:.0f}MB)"


def timed(cmd, cwd=None, env=None, stdin=None, timeout=None):
    """Runs cmd under GNU time -v: wall clock, peak resident memory, CPU times."""
    if not os.path.exists(GNU_TIME):
        raise SystemExit("the benchmarks need GNU time (/usr/bin/time): run scripts/setup")
    with tempfile.NamedTemporaryFile("r", suffix=".time", delete=False) as tf:
        tpath = tf.name
    try:
        t0 = time.monotonic()
        p = subprocess.run([GNU_TIME, "-v", "-o", tpath, *cmd], cwd=cwd, env=env, stdin=stdin,
                           capture_output=True, text=True, timeout=timeout)
        wall_outer = time.monotonic() - t0
        with open(tpath) as f:
            t = f.read()
    finally:
        os.unlink(tpath)
    def field(name, conv=float, default=0.0):
        m = re.search(r"^\s*" + re.escape(name) + r":\s*(.+)$", t, re.M)
        return conv(m.group(1).strip()) if m else default
    wall = wall_outer
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\):\s*(\S+)", t)
    if m:
        parts = [float(x) for x in m.group(1).split(":")]
        wall = sum(v * 60 ** i for i, v in enumerate(reversed(parts)))
    return Run(p.returncode, wall, int(field("Maximum resident set size (kbytes)", int, 0)),
               field("User time (seconds)"), field("System time (seconds)"), p.stdout, p.stderr)


def machine():
    cpu = platform.processor()
    try:
        with open("/proc/cpuinfo") as f:
            m = re.search(r"model name\s*:\s*(.+)", f.read())
            cpu = m.group(1).strip() if m else cpu
    except OSError:
        pass
    mem = 0
    try:
        with open("/proc/meminfo") as f:
            mem = int(re.search(r"MemTotal:\s*(\d+)", f.read()).group(1)) // 1024
    except (OSError, AttributeError):
        pass
    commit = subprocess.run(["git", "-C", SRC, "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", SRC, "status", "--porcelain", "--", "cli", "graph", "extract", "query"],
                           capture_output=True, text=True).stdout.count("\n")
    return {"cpu": cpu, "tree_dirty_files": dirty, "cores": os.cpu_count(), "memory_mb": mem, "load_avg": os.getloadavg(),
            "kernel": platform.release(), "python": platform.python_version(),
            "node": subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
            if shutil.which("node") else None,
            "kg_commit": commit, "date": time.strftime("%Y-%m-%d %H:%M")}


def save_results(name, data):
    os.makedirs(RESULTS, exist_ok=True)
    p = os.path.join(RESULTS, name)
    with open(p + ".tmp", "w") as f:
        json.dump(data, f, indent=1)
    os.replace(p + ".tmp", p)
    log(f"results: {p}")
    return p


def warm(path):
    """Reads a folder's files once so that every tool reads them from the page cache."""
    if os.path.isdir(path):
        for fn in os.listdir(path):
            with open(os.path.join(path, fn), "rb") as f:
                while f.read(1 << 20):
                    pass
    elif os.path.isfile(path):
        with open(path, "rb") as f:
            while f.read(1 << 20):
                pass


def dir_bytes(path):
    return sum(os.path.getsize(os.path.join(path, f)) for f in os.listdir(path) if f.endswith(".txt"))


def ratio(a, b):
    """a / b, or None."""
    return (a / b) if a and b else None
