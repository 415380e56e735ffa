"""Crash safety and concurrent writers, through the real binary.

- `kg build`, `kg add` and a write query killed with SIGKILL at random moments (100 kills
  in all, env KG_KILL_ROUNDS) leave the store either the old one or the new one, whole;
  a later successful write removes what the killed ones left (STORE.tmp.PID, STORE.lock).
- Writers take turns (STORE.lock, flock): a second writer waits for the first, and gives
  up after KG_LOCK_TIMEOUT seconds with a message naming the store; two `kg add` at once
  both land; concurrent write queries never lose an update silently.
- A reader never sees a half-written store while another process rewrites it.
"""
import fcntl
import json
import os
import random
import shutil
import signal
import subprocess
import threading
import time

from kgtest import KG, SEEDS, KgTestCase, kg, load_json, main, read

ROUNDS = int(os.environ.get("KG_KILL_ROUNDS", "100"))


def leftovers(folder):
    return sorted(f for f in os.listdir(folder) if ".tmp." in f or f.endswith(".lock"))


class KillAtRandom(KgTestCase):
    def corpus(self, name, n, tag):
        d = self.path(name)
        os.makedirs(d)
        seeds = [read(os.path.join(SEEDS, f)) for f in sorted(os.listdir(SEEDS))]
        for i in range(n):
            with open(os.path.join(d, f"{tag}{i:04}.txt"), "w", encoding="utf-8") as f:
                f.write(seeds[i % len(seeds)] + f"\n\nReport {tag} {i}.\n")
        return d

    def kill_rounds(self, what, rounds, argv, store, old, new, rng):
        """Runs argv `rounds` times, each killed at a random moment within its usual run
        time; the store must stay old or become new. Returns (old, new, finished) counts."""
        t0 = time.monotonic()
        p = subprocess.run(argv, capture_output=True)
        full = time.monotonic() - t0
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(read(store, True), new, f"{what}: the uninterrupted run gives the new store")
        with open(store, "wb") as f:
            f.write(old)
        counts = {"old": 0, "new": 0, "finished": 0}
        for _ in range(rounds):
            proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0, full * 1.1))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
            else:
                counts["finished"] += 1
            proc.wait()
            now = read(store, True)
            self.assertIn(now, (old, new), f"{what}: the store is neither the old one nor the new one")
            json.loads(now)  # whole, and parseable
            counts["old" if now == old else "new"] += 1
            if now == new:
                with open(store, "wb") as f:  # start the next round from the old store again
                    f.write(old)
        self.assertEqual(kg("stats", "-g", store).returncode, 0)
        print(f"{what}: {rounds} kills in {full:.2f} s runs -> {counts}")
        return counts

    def test_killed_build_add_and_query_leave_old_or_new(self):
        rng = random.Random(11)
        per = [ROUNDS - 2 * (ROUNDS // 3), ROUNDS // 3, ROUNDS // 3]
        # kg build over an existing store
        c1 = self.corpus("c1", 60, "b")
        store = self.path("build.kg.json")
        kg("build", SEEDS, "-o", store, check=0)
        old = read(store, True)
        kg("build", c1, "-o", self.path("full.kg.json"), "--jobs", "1", check=0)
        new = read(self.path("full.kg.json"), True)
        self.kill_rounds("kg build", per[0], [KG, "build", c1, "-o", store, "--jobs", "1"], store, old, new, rng)
        # kg add to a store
        c2 = self.corpus("c2", 40, "a")
        store = self.path("add.kg.json")
        kg("build", SEEDS, "-o", store, check=0)
        old = read(store, True)
        shutil.copy(store, self.path("added.kg.json"))
        kg("add", self.path("added.kg.json"), c2, "--jobs", "1", check=0)
        new = read(self.path("added.kg.json"), True)
        self.kill_rounds("kg add", per[1], [KG, "add", store, c2, "--jobs", "1"], store, old, new, rng)
        # a write query
        store = self.path("query.kg.json")
        kg("build", SEEDS, "-o", store, check=0)
        old = read(store, True)
        q = ("UNWIND range(1, 20000) AS i CREATE (:event {name: 'e' + toString(i), i: i}) "
             "WITH count(*) AS c MATCH (p:person) SET p.touched = c")
        shutil.copy(store, self.path("queried.kg.json"))
        kg("query", "-g", self.path("queried.kg.json"), "-e", q, check=0)
        new = read(self.path("queried.kg.json"), True)
        self.kill_rounds("kg query", per[2], [KG, "query", "-g", store, "-e", q], store, old, new, rng)
        # The next successful writer clears what killed writers left behind.
        kg("query", "-g", store, "-e", "CREATE (:person {name: 'After'})", check=0)
        kg("add", self.path("add.kg.json"), c2, check=0)
        kg("build", SEEDS, "-o", self.path("build.kg.json"), check=0)
        self.assertEqual(leftovers(self.tmp), [])


class Writers(KgTestCase):
    def test_a_second_writer_waits_then_gives_up_naming_the_store(self):
        store = self.path("g.kg.json")
        kg("build", SEEDS, "-o", store, check=0)
        before = read(store, True)
        with open(store + ".lock", "w") as lk:
            fcntl.flock(lk, fcntl.LOCK_EX)  # another writer holds the store
            env = dict(os.environ, KG_LOCK_TIMEOUT="1")
            p = subprocess.run([KG, "build", SEEDS, "-o", store], capture_output=True, text=True, env=env)
            self.assertEqual(p.returncode, 1, p.stderr)
            self.assertIn("another kg process is writing this store", p.stderr)
            self.assertIn(store, p.stderr)
            self.assertEqual(read(store, True), before)
            # With time to wait, the writer goes ahead once the lock is released.
            env = dict(os.environ, KG_LOCK_TIMEOUT="60")
            q = subprocess.Popen([KG, "query", "-g", store, "-e", "CREATE (:person {name: 'Waited'})"],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
            time.sleep(1.0)
            still_waiting = q.poll() is None
            released = time.monotonic()
            fcntl.flock(lk, fcntl.LOCK_UN)
        out, err = q.communicate(timeout=60)
        self.assertTrue(still_waiting, "a writer cannot finish while another holds the store's lock")
        self.assertEqual(q.returncode, 0, err)
        self.assertIn(b"Waited", read(store, True))
        self.assertEqual(leftovers(self.tmp), [])

    def test_two_adds_at_once_both_land(self):
        for round_ in range(3):
            store = self.path(f"g{round_}.kg.json")
            kg("build", os.path.join(SEEDS, sorted(os.listdir(SEEDS))[0]), "-o", store, check=0)
            dirs = []
            for k in range(2):
                d = self.path(f"r{round_}_{k}")
                os.makedirs(d)
                for i in range(8):
                    with open(os.path.join(d, f"w{k}_{i}.txt"), "w") as f:
                        f.write(f"November {i + 1}, 2024\nWriter {k} says Peru and Chile signed accord {k}-{i}.\n")
                dirs.append(d)
            procs = [subprocess.Popen([KG, "add", store, d], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                     for d in dirs]
            for p in procs:
                _, err = p.communicate(timeout=120)
                self.assertEqual(p.returncode, 0, err)
            ids = {n["properties"]["id"] for n in load_json(store)["nodes"] if "document" in n["labels"]}
            self.assertEqual(len(ids), 17, "both adds landed, none lost")
            self.assertEqual(leftovers(self.tmp), [])

    def test_concurrent_write_queries_lose_no_update(self):
        store = self.path("g.kg.json")
        kg("build", SEEDS, "-o", store, check=0)
        n0 = len(load_json(store)["nodes"])
        procs = [subprocess.Popen([KG, "query", "-g", store, "-e",
                                   f"UNWIND range(1, 3000) AS i CREATE (:event {{name: 'w{k}', i: i}})"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for k in range(4)]
        ok = 0
        for p in procs:
            _, err = p.communicate(timeout=120)
            if p.returncode == 0:
                ok += 1
            else:  # a writer that lost the race must say so, and write nothing
                self.assertEqual(p.returncode, 1, err)
                self.assertIn("another kg process", err)
        self.assertGreaterEqual(ok, 1)
        print(f"{ok} of 4 concurrent write queries landed, the others were refused")
        self.assertEqual(len(load_json(store)["nodes"]), n0 + 3000 * ok, "every successful write is in the store")
        self.assertEqual(leftovers(self.tmp), [])

    def test_a_reader_never_sees_a_half_written_store(self):
        store = self.path("g.kg.json")
        a, b = self.path("a"), self.path("b")
        os.makedirs(a)
        os.makedirs(b)
        for f in sorted(os.listdir(SEEDS)):
            shutil.copy(os.path.join(SEEDS, f), a)
        for i in range(30):
            shutil.copy(os.path.join(SEEDS, sorted(os.listdir(SEEDS))[i % 5]), os.path.join(b, f"copy{i:02}.txt"))
        kg("build", a, "-o", self.path("va.kg.json"), check=0)
        kg("build", b, "-o", self.path("vb.kg.json"), check=0)
        versions = {read(self.path("va.kg.json"), True), read(self.path("vb.kg.json"), True)}
        shutil.copy(self.path("va.kg.json"), store)
        stop = threading.Event()
        writes = [0]

        def writer():
            while not stop.is_set():
                for src in (b, a):
                    subprocess.run([KG, "build", src, "-o", store, "--jobs", "1"], capture_output=True)
                    writes[0] += 1

        t = threading.Thread(target=writer)
        t.start()
        reads = 0
        try:
            deadline = time.monotonic() + 8
            while time.monotonic() < deadline or writes[0] < 4:
                data = read(store, True)
                self.assertIn(data, versions, "a reader saw a store that is neither version")
                reads += 1
                if reads % 20 == 0:
                    self.assertEqual(kg("stats", "-g", store).returncode, 0)
        finally:
            stop.set()
            t.join()
        print(f"{reads} reads during {writes[0]} writes, all whole")

    def test_stale_temporary_files_are_removed_by_the_next_save(self):
        store = self.path("g.kg.json")
        for name in ("g.kg.json.tmp.99999999", "g.kg.json.tmp.1", "g.kg.json.lock"):
            with open(self.path(name), "w") as f:
                f.write('{"format":"kg-store"')
        keep = ["g.kg.json.tmp.abc", "other.kg.json.tmp.5", "g.kg.json.tmp.12.bak"]
        for name in keep:
            with open(self.path(name), "w") as f:
                f.write("not ours")
        kg("build", SEEDS, "-o", store, check=0)
        self.assertEqual(sorted(os.listdir(self.tmp)), sorted(keep + ["g.kg.json"]))


if __name__ == "__main__":
    main()
