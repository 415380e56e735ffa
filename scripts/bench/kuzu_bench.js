#!/usr/bin/env node
// The Kuzu side of query_bench.py: load the graph's CSV files with COPY FROM into a new
// on-disk database, then run the query batches in this one process (prepared statements,
// every result read in full) and time each batch.
//
//   node kuzu_bench.js GRAPH_DIR QUERIES.json DB_DIR
//
// Prints one JSON line: load seconds, per batch {seconds, n}, and the results of the last
// statement of each batch plus totals (to check that the engines agree).
"use strict";
const fs = require("fs");
const path = require("path");
const kuzu = require("kuzu");

const now = () => Number(process.hrtime.bigint()) / 1e9;

async function main() {
  const [dir, qfile, dbdir] = process.argv.slice(2);
  if (!dir || !qfile || !dbdir) {
    console.error("usage: node kuzu_bench.js GRAPH_DIR QUERIES.json DB_DIR");
    process.exit(2);
  }
  const meta = JSON.parse(fs.readFileSync(path.join(dir, "graph.json"), "utf8"));
  const Q = JSON.parse(fs.readFileSync(qfile, "utf8"));
  fs.rmSync(dbdir, { recursive: true, force: true });
  const out = { engine: "kuzu", version: JSON.parse(fs.readFileSync(path.join(__dirname, "node_modules", "kuzu", "package.json"), "utf8")).version };

  let t0 = now();
  const db = new kuzu.Database(dbdir);
  const conn = new kuzu.Connection(db);
  const run = async (q) => (await conn.query(q)).getAll();
  await run("CREATE NODE TABLE entity(name STRING, PRIMARY KEY(name))");
  for (const t of meta.types) await run(`CREATE REL TABLE ${t}(FROM entity TO entity, since INT64)`);
  await run(`COPY entity FROM '${path.join(dir, "kuzu_nodes.csv")}' (HEADER=true)`);
  for (const t of meta.types) await run(`COPY ${t} FROM '${path.join(dir, `kuzu_rels_${t}.csv`)}' (HEADER=true)`);
  out.load_seconds = now() - t0;
  const cnt = await run("MATCH ()-[r]->() RETURN count(*) AS c");
  out.loaded_rels = Number(cnt[0].c);

  const batches = {};
  async function batch(name, query, paramsList, summarize) {
    const ps = await conn.prepare(query);
    if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
    let last = null;
    let total = 0;
    const t = now();
    for (const p of paramsList) {
      const r = await conn.execute(ps, p);
      last = await r.getAll();
      total += summarize(last);
    }
    batches[name] = { seconds: now() - t, n: paramsList.length, total, last };
  }
  await batch("one_hop", "MATCH (a:entity {name: $n})-[r]->(b) RETURN b.name AS name, label(r) AS type",
              Q.one_hop.map((n) => ({ n })), (rows) => rows.length);
  batches.one_hop.last = batches.one_hop.last.map((r) => [r.name, r.type]);
  await batch("two_hop", "MATCH (a:entity {name: $n})-[]->()-[]->(c) RETURN count(DISTINCT c) AS c",
              Q.two_hop.map((n) => ({ n })), (rows) => Number(rows[0].c));
  batches.two_hop.last = Number(batches.two_hop.last[0].c);
  await batch("aggregate", "MATCH ()-[r]->() RETURN label(r) AS type, count(*) AS c ORDER BY c DESC",
              [{}], (rows) => rows.length);
  batches.aggregate.last = batches.aggregate.last.map((r) => [r.type, Number(r.c)]);
  await batch("paths", "MATCH p = (a:entity {name: $a})-[*1..3]->(b:entity {name: $b}) RETURN count(*) AS c",
              Q.paths.map(([a, b]) => ({ a, b })), (rows) => Number(rows[0].c));
  batches.paths.last = Number(batches.paths.last[0].c);
  out.batches = batches;
  console.log(JSON.stringify(out));
}

main().catch((e) => {
  console.error("kuzu_bench: " + (e && e.stack ? e.stack : e));
  process.exit(1);
});
