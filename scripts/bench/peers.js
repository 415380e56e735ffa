#!/usr/bin/env node
// The extraction peers of extract_bench.py, run on the same files as `kg build`.
//
//   node peers.js compromise DIR [--entities OUT.json]
//       compromise: people, places and organisations of every document
//       (with --entities, the entities found, with compromise's own types, for scoring)
//   node peers.js wink DIR
//       wink-nlp with wink-eng-lite-web-model: tokenise, tag (part of speech), entities
//
// DIR is a folder (every .txt in it, sorted, as kg build reads it) or one file.
// Prints one JSON line: {"peer", "files", "bytes", "seconds" (processing only, no start-up), "found"}.
"use strict";
const fs = require("fs");
const path = require("path");

function inputs(arg) {
  const st = fs.statSync(arg);
  if (st.isFile()) return [arg];
  return fs.readdirSync(arg).filter((f) => f.endsWith(".txt")).sort().map((f) => path.join(arg, f));
}

function clean(s) {
  return s.replace(/^[\s"'“‘(\[]+|[\s"'”’)\].,;:!?]+$/g, "").replace(/\s+/g, " ");
}

function runCompromise(files, entitiesOut) {
  const nlp = require("compromise");
  const found = { person: 0, place: 0, organization: 0 };
  const ents = new Map(); // "type\tname" -> {name, type, docs}
  let bytes = 0;
  const t0 = process.hrtime.bigint();
  for (const f of files) {
    const text = fs.readFileSync(f, "utf8");
    bytes += Buffer.byteLength(text, "utf8");
    const doc = nlp(text);
    const people = doc.people().out("array");
    const places = doc.places();
    const orgs = doc.organizations().out("array");
    found.person += people.length;
    found.place += places.length;
    found.organization += orgs.length;
    if (entitiesOut) {
      const add = (name, type) => {
        name = clean(name);
        if (!name) return;
        const k = type + "\t" + name;
        if (!ents.has(k)) ents.set(k, { name, type, docs: [] });
        const e = ents.get(k);
        const d = path.basename(f);
        if (!e.docs.includes(d)) e.docs.push(d);
      };
      people.forEach((n) => add(n, "person"));
      orgs.forEach((n) => add(n, "organization"));
      // compromise's own place subtypes: #Country, #City, else a location.
      places.forEach((m) => {
        const type = m.has("#Country") ? "country" : m.has("#City") ? "city" : "location";
        add(m.text(), type);
      });
    }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (entitiesOut) fs.writeFileSync(entitiesOut, JSON.stringify([...ents.values()], null, 1));
  return { peer: "compromise", files: files.length, bytes, seconds, found };
}

function runWink(files) {
  const winkNLP = require("wink-nlp");
  const model = require("wink-eng-lite-web-model");
  const nlp = winkNLP(model);
  const its = nlp.its;
  const found = { tokens: 0, entities: 0 };
  let bytes = 0;
  const t0 = process.hrtime.bigint();
  for (const f of files) {
    const text = fs.readFileSync(f, "utf8");
    bytes += Buffer.byteLength(text, "utf8");
    const doc = nlp.readDoc(text);
    const pos = doc.tokens().out(its.pos);
    const ents = doc.entities().out(its.detail);
    found.tokens += pos.length;
    found.entities += ents.length;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { peer: "wink-nlp", files: files.length, bytes, seconds, found };
}

function main() {
  const [mode, dir, ...rest] = process.argv.slice(2);
  if (!mode || !dir || !["compromise", "wink"].includes(mode)) {
    console.error("usage: node peers.js compromise|wink DIR [--entities OUT.json]");
    process.exit(2);
  }
  let entitiesOut = null;
  const i = rest.indexOf("--entities");
  if (i >= 0) entitiesOut = rest[i + 1];
  const files = inputs(dir);
  const r = mode === "compromise" ? runCompromise(files, entitiesOut) : runWink(files);
  console.log(JSON.stringify(r));
}

main();
