"""A kg build killed at random moments (SIGKILL) while it writes over an existing store
leaves the old store or the new one, whole, never a half-written file."""
import os
import random
import signal
import subprocess
import time

from kgtest import KG, SEEDS, KgTestCase, kg, main, read

ROUNDS = int(os.environ.get("KG_KILL_ROUNDS", "30"))


class CrashSafety(KgTestCase):
    def make_corpus(self, n):
        d = self.path("corpus")
        os.makedirs(d)
        seeds = [read(os.path.join(SEEDS, f)) for f in sorted(os.listdir(SEEDS))]
        for i in range(n):
            with open(os.path.join(d, f"doc{i:05}.txt"), "w", encoding="utf-8") as f:
                f.write(seeds[i % len(seeds)] + f"\n\nReport {i}.\n")
        return d

    def test_killed_build_leaves_a_whole_store(self):
        corpus = self.make_corpus(600)
        store = self.path("g.kg.json")
        kg("build", SEEDS, "-o", store, check=0)
        old = read(store, True)
        t0 = time.monotonic()
        kg("build", corpus, "-o", self.path("full.kg.json"), "--jobs", "1", check=0)
        full_time = time.monotonic() - t0
        new = read(self.path("full.kg.json"), True)
        rng = random.Random(7)
        outcomes = {"old": 0, "new": 0}
        for _ in range(ROUNDS):
            p = subprocess.Popen([KG, "build", corpus, "-o", store, "--jobs", "1"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0, full_time * 1.1))
            p.send_signal(signal.SIGKILL)
            p.wait()
            now = read(store, True)
            self.assertIn(now, (old, new), "the store is neither the old one nor the new one")
            outcomes["old" if now == old else "new"] += 1
            self.assertEqual(kg("stats", "-g", store).returncode, 0)
            if now == new:  # start the next round from the old store again
                with open(store, "wb") as f:
                    f.write(old)
        print("outcomes:", outcomes)


if __name__ == "__main__":
    main()
