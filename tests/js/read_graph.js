// Reads a GraphML or GEXF file with graphology (graphology-graphml / graphology-gexf)
// and prints what it read as JSON: {"nodes": {id: attrs}, "edges": [{source, target, ...attrs}]}.
// usage: node read_graph.js graphml|gexf FILE
'use strict';
const fs = require('fs');
const path = require('path');
const {MultiDirectedGraph} = require('graphology');

const [format, file] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');
let graph;
if (format === 'graphml') {
  graph = require('graphology-graphml').parse(MultiDirectedGraph, text);
} else if (format === 'gexf') {
  graph = require('graphology-gexf').parse(MultiDirectedGraph, text);
} else {
  console.error(`unknown format ${format}`);
  process.exit(2);
}
const out = {order: graph.order, size: graph.size, nodes: {}, edges: []};
graph.forEachNode((id, attrs) => { out.nodes[id] = attrs; });
graph.forEachEdge((key, attrs, source, target) => { out.edges.push({key, source, target, attrs}); });
process.stdout.write(JSON.stringify(out));
