"""kg build --lexicons DIR: a user extends the extractor without recompiling, through the real
binary; a bad entry is an error naming file:line:col and writes no store."""
import os

from kgtest import KgTestCase, kg, load_json, main

ARTICLE = (" date 2031-03-04\n\n"
           "Zorvan Teslik, the Chief Warden of the Harbour Watch, spoke on Tuesday.\n"
           "Teslik inspected the Velmora Customs Post on Tuesday.\n"
           "The Harbour Watch patrolled Arequipa on Tuesday.\n")


def edges(store):
    s = load_json(store)
    names = {n["id"]: n["properties"].get("name") for n in s["nodes"]}
    return {(names[r["start"]], r["type"], names[r["end"]]) for r in s["relationships"] if r["type"] != "mentions"}


def nodes(store):
    s = load_json(store)
    return {(n["labels"][0], n["properties"].get("name")) for n in s["nodes"]}


class Lexicons(KgTestCase):
    def build(self, *extra, check=0):
        doc = self.write("in/a.txt", ARTICLE)
        store = self.path("g.kg.json")
        p = kg("build", os.path.dirname(doc), "-o", store, "--progress", "never", *extra, check=check)
        return store, p

    def test_a_user_folder_adds_entries_and_patterns(self):
        store, _ = self.build()
        self.assertNotIn(("organization", "Harbour Watch"), nodes(store))
        user = self.path("mylex")
        self.write("mylex/lexicons/organizations.tsv", "Harbour Watch\tthe Harbour Watch\tgov\t\t\n")
        self.write("mylex/lexicons/titles.tsv", "chief warden\tleads\n")
        self.write("mylex/lexicons/cues.tsv", "Post\tlocation\thead\n")
        self.write("mylex/patterns/relations.tsv", "inspect.verb\tvisited\tS ...3 inspected O\t\n")
        store, _ = self.build("--lexicons", user)
        n = nodes(store)
        self.assertIn(("organization", "Harbour Watch"), n)
        self.assertIn(("person", "Zorvan Teslik"), n)
        self.assertIn(("location", "Velmora Customs Post"), n)
        e = edges(store)
        self.assertIn(("Zorvan Teslik", "leads", "Harbour Watch"), e)
        self.assertIn(("Zorvan Teslik", "visited", "Velmora Customs Post"), e)

    def test_a_later_pattern_with_the_same_id_replaces_the_built_in_one(self):
        user = self.path("mylex")
        self.write("mylex/lexicons/organizations.tsv", "Harbour Watch\tthe Harbour Watch\tgov\t\t\n")
        self.write("mylex/patterns/relations.tsv", "visit.verb\tvisited\tS ...3 patrolled O\t\n")
        store, _ = self.build("--lexicons", user)
        self.assertIn(("Harbour Watch", "visited", "Arequipa"), edges(store))

    def test_a_bad_entry_names_its_place_and_writes_nothing(self):
        for name, text, where in (
                ("patterns/relations.tsv", "a.b\tvisited\tS ...3 toured O\t\nx.y\tpraised\tS praised O\t\n",
                 "relations.tsv:2:5: unknown relation 'praised'"),
                ("patterns/relations.tsv", "a.b\tvisited\tS ...3 toured O\t\na.b\tvisited\tS ...3 saw O\t\n",
                 "relations.tsv:2:1: pattern id 'a.b' already used on line 1"),
                ("patterns/relations.tsv", "a.b\tvisited\tS ...99 toured O\t\n", "relations.tsv:1:"),
        ):
            with self.subTest(text=text):
                user = self.path("bad")
                self.write("bad/" + name, text)
                store, p = self.build("--lexicons", user, check=1)
                self.assertIn(where, p.stderr)
                self.assertTrue(p.stderr.startswith("kg: "), p.stderr)
                self.assertFalse(os.path.exists(store))

    def test_a_missing_folder_is_an_error(self):
        _, p = self.build("--lexicons", self.path("nowhere"), check=1)
        self.assertIn("lexicon folder not found", p.stderr)


if __name__ == "__main__":
    main()
