// Loads a neo4j-admin style CSV pair (kg export --format csv) into an in-memory Kuzu
// database with COPY FROM, then prints JSON: node and relationship counts by Cypher
// count queries, and every node's and relationship's columns as Kuzu returns them.
// Column types come from the headers: long -> INT64, double -> DOUBLE, boolean ->
// BOOLEAN, everything else (strings, arrays, JSON) -> STRING.
// usage: node kuzu_load.js NODES.csv RELS.csv
'use strict';
const fs = require('fs');
const kuzu = require('kuzu');

function headerColumns(file) {
  const first = fs.readFileSync(file, 'utf8').split('\n', 1)[0];
  // kg writes header names unquoted unless they hold a comma or quote; the test data has none.
  return first.split(',').map((h) => {
    const i = h.lastIndexOf(':');
    return {name: h.slice(0, i), type: h.slice(i + 1)};
  });
}
function kuzuType(t) {
  return {long: 'INT64', int: 'INT64', double: 'DOUBLE', float: 'DOUBLE', boolean: 'BOOLEAN'}[t] || 'STRING';
}
const q = (name) => '`' + name.replace(/`/g, '``') + '`';

async function main() {
  const [nodesCsv, relsCsv] = process.argv.slice(2);
  const db = new kuzu.Database(':memory:');
  const conn = new kuzu.Connection(db);
  const ncols = headerColumns(nodesCsv);
  const ndefs = ncols.map((c) => {
    if (c.type === 'ID') return 'kg_id INT64';
    if (c.type === 'LABEL') return 'kg_labels STRING';
    return `${q(c.name)} ${kuzuType(c.type)}`;
  });
  await conn.query(`CREATE NODE TABLE N(${ndefs.join(', ')}, PRIMARY KEY (kg_id))`);
  const rcols = headerColumns(relsCsv);
  const rdefs = rcols.slice(2).map((c) => (c.type === 'TYPE' ? 'kg_type STRING' : `${q(c.name)} ${kuzuType(c.type)}`));
  await conn.query(`CREATE REL TABLE R(FROM N TO N, ${rdefs.join(', ')})`);
  const opts = '(HEADER=true, PARALLEL=false)';
  await conn.query(`COPY N FROM '${nodesCsv}' ${opts}`);
  await conn.query(`COPY R FROM '${relsCsv}' ${opts}`);
  const one = async (cypher) => (await (await conn.query(cypher)).getAll());
  const out = {
    node_count: Number((await one('MATCH (n:N) RETURN count(n) AS c'))[0].c),
    rel_count: Number((await one('MATCH ()-[r:R]->() RETURN count(r) AS c'))[0].c),
    nodes: await one('MATCH (n:N) RETURN n ORDER BY n.kg_id'),
    rels: await one('MATCH (a:N)-[r:R]->(b:N) RETURN a.kg_id AS src, b.kg_id AS dst, r'),
  };
  process.stdout.write(JSON.stringify(out, (k, v) => (typeof v === 'bigint' ? Number(v) : v)));
}
main().catch((e) => {
  console.error(String(e && e.stack ? e.stack : e));
  process.exit(1);
});
