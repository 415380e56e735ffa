"""kg shell used as a person uses it: in a terminal (tmux), typing with send-keys and
reading the screen with capture-pane. Every wait polls the screen up to a deadline, so
a loaded machine makes the test slower, not flaky."""
import json
import os
import shlex
import shutil
import subprocess
import sys
import time
import unicodedata

sys.path.insert(0, os.path.dirname(__file__))
from kgtest import KG, KgTestCase, kg, main, read  # noqa: E402

DEADLINE = float(os.environ.get("KG_TMUX_DEADLINE", "60"))

GRAPH = """
CREATE (k:person {name: 'Kim Jong Un'}), (p:person {name: 'Vladimir Putin'}),
       (n:country {name: 'North Korea'}), (r:country {name: 'Russia'}),
       (t:city {name: '東京'}),
       (k)-[:met_with {date: '2024-06-19'}]->(p), (k)-[:leads]->(n), (p)-[:leads]->(r);
"""


def width(s):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


class Tmux:
    """One shell in a detached tmux session on a private server."""
    count = 0

    def __init__(self, tmp, args, home, cols=120, rows=40):
        Tmux.count += 1
        self.sock = f"kgshell-{os.getpid()}-{Tmux.count}"
        conf = os.path.join(tmp, "tmux.conf")
        with open(conf, "w") as f:
            f.write("set -g remain-on-exit on\nset -g history-limit 5000\nset -g default-terminal screen\n")
        env = {"HOME": home, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "screen", "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
        # The exit status is written to a file by a wrapping sh (tmux's #{pane_dead_status}
        # is sometimes missing when the pty closes before the child is reaped).
        self.status_file = os.path.join(tmp, f"status-{Tmux.count}")
        cmd = "exec env " + " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items()) + \
            " sh -c " + shlex.quote(f'"$@"; echo $? > {shlex.quote(self.status_file)}') + " sh " + \
            " ".join(shlex.quote(a) for a in [KG, "shell", *args])
        self.env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")
        # The server runs in the foreground (-D), a child of this test: it needs no
        # daemon() (which wants /dev/null to be a character device; some sandboxes
        # differ) and it cannot outlive the test.
        self.server = subprocess.Popen(["tmux", "-u", "-D", "-L", self.sock, "-f", conf], env=self.env,
                                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
        end = time.monotonic() + DEADLINE
        while True:
            try:
                self.tmux("new-session", "-d", "-s", "t", "-x", str(cols), "-y", str(rows), cmd)
                break
            except AssertionError:
                if time.monotonic() > end or self.server.poll() is not None:
                    raise
                time.sleep(0.05)
        sh_pid = int(self.tmux("display-message", "-p", "-t", "t", "#{pane_pid}").strip())
        self.pid = None  # kg, the child of the wrapping sh
        while self.pid is None:
            try:
                with open(f"/proc/{sh_pid}/task/{sh_pid}/children") as f:
                    kids = f.read().split()
            except OSError:
                kids = []
            if kids:
                self.pid = int(kids[0])
            elif time.monotonic() > end:
                raise AssertionError("kg shell did not start")
            else:
                time.sleep(0.02)

    def tmux(self, *args):
        p = subprocess.run(["tmux", "-u", "-L", self.sock, *args], capture_output=True, text=True, env=self.env,
                           timeout=30)
        if p.returncode != 0:
            raise AssertionError(f"tmux {' '.join(args)}: {p.stderr}")
        return p.stdout

    def type(self, text):
        # as raw bytes (-H): tmux would take a trailing ';' for its own command separator
        self.tmux("send-keys", "-t", "t", "-H", *[f"{b:02x}" for b in text.encode()])

    def key(self, *names):
        self.tmux("send-keys", "-t", "t", *names)

    def line(self, text):
        self.ready()
        self.type(text)
        self.key("Enter")

    def screen(self):
        return self.tmux("capture-pane", "-p", "-J", "-t", "t", "-S", "-2000")

    def wait_for(self, pred, what):
        end = time.monotonic() + DEADLINE
        while True:
            s = self.screen()
            if (pred(s) if callable(pred) else pred in s):
                return s
            if time.monotonic() > end:
                raise AssertionError(f"timed out waiting for {what!r}; the screen:\n{s}")
            time.sleep(0.05)

    def wait_text(self, text, count=1):
        return self.wait_for(lambda s: s.count(text) >= count, f"{text} x{count}")

    def ready(self):
        """Waits for a prompt at the bottom of the screen: readline has the terminal again
        (keys sent while a statement's output is being written would meet a terminal in
        cooked mode, where Ctrl-D is not a key)."""
        return self.wait_for(lambda s: s.rstrip().endswith(("kg>", "->")), "a prompt")

    def wait_dead(self):
        """Waits for the shell to leave; returns its exit status."""
        end = time.monotonic() + DEADLINE
        while time.monotonic() < end:
            try:
                with open(self.status_file) as f:
                    text = f.read()
                if text.endswith("\n"):
                    return int(text)
            except OSError:
                pass
            time.sleep(0.05)
        raise AssertionError("the shell did not leave; the screen:\n" + self.screen())

    def cpu_seconds(self):
        with open(f"/proc/{self.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def close(self):
        subprocess.run(["tmux", "-L", self.sock, "kill-server"], capture_output=True, env=self.env)
        try:
            self.server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.server.kill()
            self.server.wait()


class ShellTmuxTest(KgTestCase):
    def setUp(self):
        super().setUp()
        if not shutil.which("tmux"):
            self.skipTest("tmux is not installed")
        self.home = self.path("home")
        os.makedirs(self.home)
        self.store = self.path("g.kg.json")
        kg("shell", "-g", self.store, input=GRAPH, check=0)
        self.shells = []

    def tearDown(self):
        for t in self.shells:
            t.close()
        super().tearDown()

    def start(self, *args):
        t = Tmux(self.tmp, list(args) or ["-g", self.store], self.home)
        self.shells.append(t)
        t.wait_text("kg> ")
        return t

    def test_query_over_two_lines_with_a_unicode_table(self):
        t = self.start()
        t.line("MATCH (p)")
        t.wait_text("  -> ")  # the continuation prompt
        t.line("RETURN p.name AS name, size(p.name) AS n ORDER BY name;")
        s = t.wait_text("5 rows")
        for name in ("Kim Jong Un", "North Korea", "Russia", "Vladimir Putin", "東京"):
            self.assertIn(name, s)
        table = [l.rstrip() for l in s.splitlines() if l and l[0] in "┌│├└"]
        self.assertEqual(len(table), 4 + 5, s)
        self.assertEqual(len({width(l) for l in table}), 1, "the box is not straight:\n" + s)
        self.assertRegex(s, r"5 rows \([0-9.]+ m?s\)")  # the footer: rows and time

    def test_tab_completion_from_the_graph(self):
        t = self.start()
        t.type("MATCH (p:pers")
        t.key("Tab")
        t.wait_text("MATCH (p:person")
        t.type(")-[:met")
        t.key("Tab")
        t.wait_text("MATCH (p:person)-[:met_with")
        t.type("]->(q) RETURN q.na")
        t.key("Tab")
        t.wait_text("RETURN q.name")
        t.type(" AS who;")
        t.key("Enter")
        s = t.wait_text("1 row")
        self.assertIn("Vladimir Putin", s)
        t.ready()
        t.type(".sch")
        t.key("Tab")
        t.wait_text("kg> .schema")
        t.key("Enter")
        s = t.wait_text("relationship type")
        self.assertIn("met_with", s)
        t.ready()
        t.type("mat")
        t.key("Tab")
        t.wait_text("kg> match ")  # keywords keep the case they were typed in

    def test_history_is_recalled_after_a_restart(self):
        t = self.start()
        t.line("RETURN 'two'")
        t.wait_text("  -> ")
        t.line("  AS lines;")
        t.wait_text("1 row")
        t.line("RETURN 'remember me' AS memo;")
        t.wait_text("1 row", 2)
        t.ready()
        t.key("C-d")
        self.assertEqual(t.wait_dead(), 0)
        hist = read(os.path.join(self.home, ".kg_history")).splitlines()
        # one entry per statement, however many lines it took
        self.assertEqual(hist[-2:], ["RETURN 'two' AS lines;", "RETURN 'remember me' AS memo;"])
        t2 = self.start()
        t2.key("Up")
        t2.wait_text("kg> RETURN 'remember me' AS memo;")
        t2.key("Enter")
        s = t2.wait_text("1 row")
        self.assertIn("remember me", s.split("kg> RETURN 'remember me'")[-1])
        t2.ready()
        t2.key("Up", "Up")
        t2.wait_text("kg> RETURN 'two' AS lines;")

    def test_history_file_is_size_limited(self):
        path = os.path.join(self.home, ".kg_history")
        with open(path, "w") as f:
            f.writelines(f"RETURN {i};\n" for i in range(1500))
        t = self.start()
        t.key("Up")
        t.wait_text("kg> RETURN 1499;")  # the old history is there
        t.key("C-u")
        t.line("RETURN 'newest' AS n;")
        t.wait_text("1 row")
        t.ready()
        t.key("C-d")
        self.assertEqual(t.wait_dead(), 0)
        hist = read(path).splitlines()
        self.assertEqual(len(hist), 1000)
        self.assertEqual(hist[-1], "RETURN 'newest' AS n;")
        self.assertEqual(hist[0], "RETURN 501;")

    def test_ctrl_c_cancels_a_running_query_and_the_shell_goes_on(self):
        kg("shell", "-g", self.store, input="UNWIND range(1, 400) AS i CREATE (:dot {i: i});\n", check=0)
        before = read(self.store)
        t = self.start()
        t.line("MATCH (a:dot), (b:dot), (c:dot), (d:dot) SET a.touched = true RETURN count(*);")
        # wait until the statement is really running: it burns CPU; the prompt does not
        cpu0 = t.cpu_seconds()
        end = time.monotonic() + DEADLINE
        while t.cpu_seconds() - cpu0 < 0.3:
            self.assertLess(time.monotonic(), end, "the query did not start:\n" + t.screen())
            time.sleep(0.05)
        t.key("C-c")
        s = t.wait_text("Cancelled")
        t.wait_for(lambda s: s.rstrip().endswith("kg>"), "a fresh prompt")
        t.line("RETURN 41 + 1 AS answer;")
        s = t.wait_text("1 row")
        self.assertIn("42", s)
        self.assertFalse(os.path.exists(t.status_file))  # still running
        self.assertEqual(read(self.store), before)  # the cancelled write was rolled back, not saved

    def test_ctrl_c_drops_the_line_being_typed(self):
        t = self.start()
        t.line("MATCH (n)")
        t.wait_text("  -> ")
        t.type("WHERE n.name = ")
        t.key("C-c")
        t.wait_text("^C")
        t.wait_for(lambda s: s.rstrip().endswith("kg>"), "the first prompt again")
        t.line("RETURN 7 AS seven;")
        s = t.wait_text("1 row")
        self.assertIn("seven", s)
        self.assertNotIn("Error", s)

    def test_error_with_caret_then_the_shell_goes_on(self):
        t = self.start()
        t.line("MATCH (a:person RETURN a;")
        s = t.wait_text("SyntaxError")
        lines = s.splitlines()
        i = next(k for k, l in enumerate(lines) if l.startswith("SyntaxError"))
        self.assertEqual(lines[i + 1], "MATCH (a:person RETURN a;")
        col = int(lines[i].split("column ")[1].split(":")[0])
        self.assertEqual(lines[i + 2].rstrip(), " " * (col - 1) + "^")
        t.line("RETURN 'still here' AS ok;")
        s = t.wait_text("still here")
        t.wait_text("1 row")

    def test_a_new_store_is_written_at_the_first_write_and_ctrl_d_leaves(self):
        new = self.path("fresh.kg.json")
        t = self.start("-g", new)
        t.line("MATCH (n) RETURN count(n) AS n;")
        t.wait_text("1 row")
        self.assertFalse(os.path.exists(new))
        t.line("CREATE (:person {name: 'Ada'});")
        t.wait_text("1 node created")
        t.ready()
        t.key("C-d")
        self.assertEqual(t.wait_dead(), 0)
        out = kg("query", "-g", new, "MATCH (p:person) RETURN p.name", check=0).stdout
        self.assertEqual(json.loads(out)["rows"], [["Ada"]])


if __name__ == "__main__":
    main()
