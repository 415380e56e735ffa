"""Concurrent writers through the real binary: `kg query` and `kg shell` hold the store's
writer lock (STORE.lock, flock) from before they read the store until after they save it,
so writers that run at the same time take turns and no update is lost; readers never wait
for the lock."""
import fcntl
import os
import subprocess
import threading

from kgtest import KG, KgTestCase, kg, load_json, main

WRITERS = 4
ROUNDS = 15
INCREMENT = "MATCH (c:counter) SET c.n = c.n + 1 RETURN c.n"


def counter(store):
    nodes = [n for n in load_json(store)["nodes"] if "counter" in n["labels"]]
    assert len(nodes) == 1, nodes
    return nodes[0]["properties"]["n"]


def leftovers(folder):
    return sorted(f for f in os.listdir(folder) if ".tmp." in f or f.endswith(".lock"))


class ConcurrentWriters(KgTestCase):
    def setUp(self):
        super().setUp()
        self.store = self.path("g.kg.json")
        kg("query", "-g", self.store, "-e", "CREATE (:counter {n: 0})", check=0)
        self.env = dict(os.environ, KG_LOCK_TIMEOUT="120")

    def run_parallel(self, jobs):
        """Runs each job (a function returning a list of problems) on its own thread."""
        problems = []
        lock = threading.Lock()

        def wrap(job):
            found = job()
            with lock:
                problems.extend(found)
        threads = [threading.Thread(target=wrap, args=(j,)) for j in jobs]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return problems

    def query_writer(self):
        problems = []
        for _ in range(ROUNDS):
            p = subprocess.run([KG, "query", "-g", self.store, "-e", INCREMENT, "--format", "json"],
                               capture_output=True, text=True, timeout=300, env=self.env)
            if p.returncode != 0:
                problems.append(f"kg query exited {p.returncode}: {p.stderr.strip()}")
        return problems

    def shell_writer(self):
        script = "".join(INCREMENT + ";\n" for _ in range(ROUNDS))
        p = subprocess.run([KG, "shell", "-g", self.store, "--mode", "json"], input=script, capture_output=True,
                           text=True, timeout=300, env=self.env)
        if p.returncode != 0:
            return [f"kg shell exited {p.returncode}: {p.stderr.strip()}"]
        return []

    def test_concurrent_write_queries_all_land(self):
        problems = self.run_parallel([self.query_writer] * WRITERS)
        self.assertEqual(problems, [])
        self.assertEqual(counter(self.store), WRITERS * ROUNDS, "an increment was lost")
        self.assertEqual(leftovers(self.tmp), [])

    def test_shells_and_queries_writing_at_once_all_land(self):
        problems = self.run_parallel([self.shell_writer, self.shell_writer, self.query_writer, self.query_writer])
        self.assertEqual(problems, [])
        self.assertEqual(counter(self.store), 4 * ROUNDS, "an increment was lost")
        self.assertEqual(leftovers(self.tmp), [])

    def test_a_script_of_writes_holds_the_lock_throughout(self):
        # Two scripts, each reading the counter and writing it back several statements later:
        # without one lock over the whole script, one of them would overwrite the other's work.
        script = self.write("s.cypher", "".join(INCREMENT + ";\n" for _ in range(ROUNDS)))
        jobs = []
        for _ in range(3):
            def job():
                p = subprocess.run([KG, "query", "-g", self.store, "-f", script], capture_output=True, text=True,
                                   timeout=300, env=self.env)
                return [] if p.returncode == 0 else [f"kg query -f exited {p.returncode}: {p.stderr.strip()}"]
            jobs.append(job)
        self.assertEqual(self.run_parallel(jobs), [])
        self.assertEqual(counter(self.store), 3 * ROUNDS)

    def test_readers_do_not_take_the_lock_and_writers_do(self):
        env = dict(os.environ, KG_LOCK_TIMEOUT="0")  # a writer that has to wait gives up at once
        with open(self.store + ".lock", "w") as lk:
            fcntl.flock(lk, fcntl.LOCK_EX)  # another writer is at work
            try:
                for args in (["-e", "MATCH (c:counter) RETURN c.n"],
                             ["--read-only", "-e", "MATCH (c:counter) RETURN c.n"]):
                    p = subprocess.run([KG, "query", "-g", self.store, "--format", "json", *args],
                                       capture_output=True, text=True, timeout=60, env=env)
                    self.assertEqual(p.returncode, 0, p.stderr)
                    self.assertIn("[[0]]", p.stdout)
                p = subprocess.run([KG, "shell", "-g", self.store, "--mode", "json"],
                                   input="MATCH (c:counter) RETURN c.n;\n", capture_output=True, text=True,
                                   timeout=60, env=env)
                self.assertEqual(p.returncode, 0, p.stderr)
                for cmd, stdin in ((["query", "-g", self.store, "-e", INCREMENT], None),
                                   (["shell", "-g", self.store], INCREMENT + ";\n")):
                    p = subprocess.run([KG, *cmd], input=stdin, capture_output=True, text=True, timeout=60, env=env)
                    self.assertEqual(p.returncode, 1, p.stderr)
                    self.assertIn("another kg process is writing this store", p.stderr)
            finally:
                fcntl.flock(lk, fcntl.LOCK_UN)
        self.assertEqual(counter(self.store), 0, "a writer that could not lock wrote nothing")

    def test_a_shell_reads_what_another_writer_saved_before_it_writes(self):
        # The shell opens the store, another process writes, then the shell writes: the
        # shell's write must start from the other process's version, not overwrite it.
        sh = subprocess.Popen([KG, "shell", "-g", self.store, "--mode", "json"], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=self.env)
        sh.stdin.write("MATCH (c:counter) RETURN c.n;\n")
        sh.stdin.flush()
        first = sh.stdout.readline()
        self.assertIn("0", first)
        kg("query", "-g", self.store, "-e", INCREMENT, check=0)
        out, err = sh.communicate(INCREMENT + ";\n", timeout=120)
        self.assertEqual(sh.returncode, 0, err)
        self.assertEqual(counter(self.store), 2, "the shell overwrote the other writer's update")


if __name__ == "__main__":
    main()
