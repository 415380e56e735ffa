// The knowledge-graph layer over PropertyGraph: documents, entities, relations and
// their provenance, and the rules by which new facts merge into the graph.
//
// Model in the property graph (docs/STORE.md):
//  - an entity is a node labelled with its type (person, country, ...) with `name`,
//    `aliases` (list), `mentions` (int), `docs` (list of document ids), `first_seen`,
//    `last_seen` (document dates);
//  - a document is a node labelled `document` with `id`, `date`, `publisher`, `author`,
//    `url`, `dateline`, `title`, `hash`, linked to each entity it mentions by a
//    `mentions` relationship carrying `count`;
//  - a relation is a relationship typed by relation with `date`, `status`,
//    `attributed_to` (list), `sources`, `weight`, `reported`, `evidence` (list of maps:
//    doc, sentence, start, end, text, pattern, status) and optional `title`, `place`,
//    `count`, `charge`.
// One fact reported by several documents is one relationship with several evidence
// entries; two events of one type between the same ends with incompatible dates stay
// two relationships.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/property_graph.h"

namespace kg {

class RelPropWriter;  // graph/store.h

struct Evidence {
  std::string doc;        // document id
  std::int64_t sentence = 0;  // sentence index in the document
  std::int64_t start = 0, end = 0;  // byte offsets of the sentence in the document text
  std::string text;       // the sentence, an exact substring of the document
  std::string pattern;    // id of the rule that produced the fact
};

struct DocumentInfo {
  std::string id;
  std::string date;  // ISO 8601, possibly partial; empty when unknown
  std::string publisher, author, url, dateline, title;
  std::string hash;  // content hash, to recognise a document already added
};

struct EntityFact {
  std::string type;  // person, country, city, location, organization, agreement, event, weapon, ...
  std::string name;  // canonical name
  std::vector<std::string> aliases;  // surface forms seen (the name included or not)
  std::int64_t mentions = 1;
  // The document's own spelling when resolution across documents renamed it (empty: `name`).
  // The spelling is kept on the document's `mentions` relationship (`name`), so that `kg merge`
  // resolves shards from what the documents said, as `kg build` does.
  std::string own_name{};
  // An agreement the document describes without naming it ("the new treaty"): the countries it
  // names most ("A|B", "-" for none), which tell it apart from other unnamed agreements. Kept on the
  // document's `mentions` relationship (`parties`), so that `kg merge` joins them as `kg build` does.
  std::string parties{};
};

struct EntityKey {
  std::string type, name;
  bool operator==(const EntityKey&) const = default;
};

struct RelationFact {
  std::string type;  // snake_case relation type
  EntityKey subject, object;
  bool symmetric = false;
  std::string date;        // from the text, ISO (possibly partial); empty when none
  std::string status = "asserted";  // asserted | alleged | negated
  std::vector<std::string> attributed_to;  // canonical names of who claims it
  Map attrs;               // title, place, count, charge, ...
  Evidence evidence;
};

struct DocumentFacts {
  DocumentInfo doc;
  std::vector<EntityFact> entities;
  std::vector<RelationFact> relations;
};

// Relation types read as symmetric (one edge, either direction).
bool is_symmetric_relation(std::string_view type);

// Adding is linear in the facts added: documents, aliases, relation ends and each
// relationship's evidence keys are indexed in memory (built once from the graph when
// a KnowledgeGraph is made), so a fact reported by thousands of documents does not
// make each new report cost more. Change the graph only through this object while it
// lives.
class KnowledgeGraph {
 public:
  explicit KnowledgeGraph(PropertyGraph& g);
  ~KnowledgeGraph();
  KnowledgeGraph(const KnowledgeGraph&) = delete;
  KnowledgeGraph& operator=(const KnowledgeGraph&) = delete;

  PropertyGraph& graph() { return g_; }

  // The document node with this id or content hash, if any.
  std::optional<NodeId> find_document(const std::string& id, const std::string& hash = {}) const;

  // The entity node of this type named `name`, or (when exactly one node of the type
  // lists it among its aliases) that node.
  std::optional<NodeId> find_entity(const std::string& type, const std::string& name) const;

  // Merge one document's facts. Returns false (and changes nothing) when the document
  // is already in the graph (same id or same content hash).
  bool add(const DocumentFacts& facts);

  // The facts of every document in `g`, rebuilt from its nodes and evidence, in
  // document-id order: what merging shards and stores re-adds.
  static std::vector<DocumentFacts> document_facts(const PropertyGraph& g);

  // Entity nodes (every node that is not a document).
  static std::vector<NodeId> entity_nodes(const PropertyGraph& g);

  // For a graph that is built to be saved, not read (kg build, kg merge): the evidence of
  // the relationships this object makes is kept here in compact records (about 130 bytes an
  // entry and a shared sentence, where a map of ten properties took about 1 KB), and their
  // `evidence` property holds an empty list, in its place among the properties, until the
  // store is written with evidence_writer(), which writes what the list would hold (the
  // same text). Call before the first add(); the writer lives as long as this object.
  void defer_evidence();
  const RelPropWriter* evidence_writer() const;

 private:
  NodeId upsert_entity(const EntityFact& e, const DocumentInfo& doc);
  void add_relation(const RelationFact& r, const DocumentInfo& doc);
  void link_mention(NodeId doc, NodeId entity, std::int64_t count, const std::string& own_name,
                    const std::string& parties);
  // Indexes the relationships the graph had at construction that touch n (once).
  void index_node_rels(NodeId n);

  struct Index;
  class EvidenceWriter;
  PropertyGraph& g_;
  std::unique_ptr<Index> ix_;
  std::unique_ptr<EvidenceWriter> writer_;
};

}  // namespace kg
