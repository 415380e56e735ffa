#include "graph/knowledge.h"

#include <algorithm>
#include <charconv>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "graph/store.h"

namespace kg {

namespace {

const char* const kDocLabel = "document";
const char* const kMentions = "mentions";

bool contains(const List& l, const std::string& s) {
  for (const auto& v : l)
    if (v.is_string() && v.as_string() == s) return true;
  return false;
}

List string_list(const Value& v) { return v.is_list() ? v.as_list() : List{}; }

// Two ISO dates are compatible when one is a prefix of the other (2024-11 and
// 2024-11-18) or either is unknown.
bool dates_compatible(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return true;
  return a.rfind(b, 0) == 0 || b.rfind(a, 0) == 0;
}

const std::string& min_date_ref(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return std::min(a, b);
}

// Prefer the fuller proper form: more words, then longer, then the earlier spelling.
bool better_name(const std::string& cand, const std::string& cur) {
  auto words = [](const std::string& s) { return std::count(s.begin(), s.end(), ' ') + 1; };
  if (words(cand) != words(cur)) return words(cand) > words(cur);
  return false;
}

}  // namespace

bool is_symmetric_relation(std::string_view type) {
  return type == "met_with" || type == "allied_with" || type == "partner_of";
}

// In-memory indexes over the graph, so that adding a document costs what it adds.
struct KnowledgeGraph::Index {
  std::unordered_map<std::string, NodeId> doc_by_id, doc_by_hash;
  // type + '\x1f' + alias -> entity nodes listing that alias
  std::unordered_map<std::string, std::vector<NodeId>> alias_owners;
  // aliases already listed on an entity
  std::unordered_map<NodeId, std::unordered_set<std::string>> entity_aliases;
  // Documents listed on an entity: those of the graph as it was (for a node that existed
  // then, from its `docs` list the first time it is upserted), and the add() that last
  // listed a document on it. A document id is added at most once (add() refuses an id
  // already in the graph), so no set of the documents added here is needed.
  std::unordered_map<NodeId, std::unordered_set<std::string>> initial_docs;
  std::vector<std::uint64_t> last_add;  // by node id: serial of the add() that listed its document
  std::uint64_t add_serial = 0;
  // (type, low end, high end) -> relationships between them
  struct PairKey {
    SymId type;
    NodeId lo, hi;
    bool operator==(const PairKey&) const = default;
  };
  struct PairHash {
    std::size_t operator()(const PairKey& k) const {
      std::size_t h = std::hash<NodeId>{}(k.lo) * 0x9e3779b97f4a7c15ULL;
      h ^= std::hash<NodeId>{}(k.hi) + 0x632be59bd9b4e019ULL + (h << 6) + (h >> 2);
      return h ^ (k.type * 0x85ebca6bULL);
    }
  };
  // What the search for a matching relationship reads of each, kept here so that it reads
  // no property (a pair's list grows long: one entry per dated event): its ends, whether it
  // is negated, and its date as the text gave it (empty when none or only reported).
  // add_relation is the only writer of these properties and updates the entry.
  //
  // The evidence of a relationship made by this object (id >= initial_rels) is counted here
  // too, with no set of its keys or documents: a document is added once, so the entries
  // of the document being added are the list's last ones, and deduplicating a sentence
  // needs to look only at those (`own_docs`: every entry so far names the document that
  // added it; otherwise, as for the graph's own relationships, Index::evidence holds sets).
  struct Cand {
    RelId id = 0;
    NodeId src = 0, dst = 0;
    bool negated = false;
    bool own_docs = false;
    std::string text_date;
    std::uint32_t docs = 0, asserted = 0, alleged = 0;  // own_docs: distinct documents, entries by status
    std::uint64_t ev_add = 0;  // own_docs: the add() that last appended an entry
    std::uint32_t deferred = kNotDeferred;  // its index in `deferred`
  };
  static constexpr std::uint32_t kNotDeferred = 0xFFFFFFFFu;
  std::unordered_map<PairKey, std::vector<Cand>, PairHash> rels_between;
  // The mentions relationship of the document being added to each entity node: by entity
  // node id, valid where mention_add[n] == add_serial. (Only add() links mentions, and
  // only from the document it has just made, so no index over the graph's documents is
  // needed.)
  std::vector<RelId> mention_rel;
  std::vector<std::uint64_t> mention_add;
  // Deferred (defer_evidence()): a mentions relationship's `name`, by relationship id (null
  // where none), written by the evidence writer in its place among the properties: the graph
  // holds only the count (inline: no array of two properties, 64 bytes, a relationship).
  std::vector<Value> mention_names;
  std::optional<SymId> mentions_type;
  // find_entity of the relation ends of the document being added: while its relations
  // are added no entity's name or aliases change, so one lookup per distinct end.
  std::vector<std::pair<const EntityKey*, std::optional<NodeId>>> ends_memo;
  // Property keys, interned on first use (as the string-keyed calls did).
  struct Key {
    const char* s;
    std::optional<SymId> id;
    [[gnu::always_inline]] SymId get(PropertyGraph& g) {
      if (!id) [[unlikely]] id = g.sym(s);
      return *id;
    }
    // The id without interning the key (none while the graph has never used it).
    std::optional<SymId> find(const PropertyGraph& g) {
      if (!id) id = g.symbols().find(s);
      return id;
    }
  };
  Key k_mentions{"mentions", {}}, k_first_seen{"first_seen", {}}, k_last_seen{"last_seen", {}},
      k_status{"status", {}}, k_date{"date", {}}, k_date_source{"date_source", {}}, k_sources{"sources", {}},
      k_weight{"weight", {}}, k_reported{"reported", {}}, k_count{"count", {}}, k_name{"name", {}}, k_parties{"parties", {}},
      k_aliases{"aliases", {}}, k_docs{"docs", {}}, k_evidence{"evidence", {}}, k_author{"author", {}},
      k_dateline{"dateline", {}}, k_hash{"hash", {}}, k_id{"id", {}}, k_publisher{"publisher", {}},
      k_title{"title", {}}, k_url{"url", {}};
  // The graph as it was when this index was made is indexed lazily where it is large
  // (so that `kg add` to a big store does not index every relationship): a node's
  // relationships go into rels_between the first time a fact touches the node, an
  // entity's alias and document sets the first time it is upserted, a document's
  // mentions the first time it is looked up.
  NodeId initial_nodes = 0;
  RelId initial_rels = 0;
  std::unordered_set<NodeId> scanned;
  // evidence keys (doc + '\x1f' + text) and distinct documents of a relationship
  struct Ev {
    std::unordered_set<std::string> keys, docs;
    std::size_t asserted = 0, alleged = 0;  // evidence entries by status
  };
  std::unordered_map<RelId, Ev> evidence;

  // One box for each distinct string that many properties hold (names, aliases, patterns,
  // statuses, dates): a Value copy shares it (boxed strings are immutable), so a name
  // mentioned by a million documents is one string, not a million. Keys view the boxes.
  std::unordered_map<std::string_view, Value> pool;
  const Value& pooled(std::string_view s) {
    auto it = pool.find(s);
    if (it != pool.end()) return it->second;
    Value v(s);
    std::string_view k = v.as_string();
    return pool.emplace(k, std::move(v)).first->second;
  }
  // One evidence entry: what its map holds (doc, sentence, start, end, text, pattern,
  // status; date, date_source=reported and attributed_to when given).
  struct EvRec {
    Value doc, text, pattern, status, date, attributed;  // date, attributed: null when none
    std::int64_t sentence, start, end;
    bool reported;
  };
  // The entry's map, keys in order (appended at the end: no comparisons).
  static Map evidence_map(const EvRec& x) {
    Map e;
    if (!x.attributed.is_null()) e.emplace_hint(e.end(), "attributed_to", x.attributed);
    if (!x.date.is_null()) e.emplace_hint(e.end(), "date", x.date);
    if (x.reported) e.emplace_hint(e.end(), "date_source", Value("reported"));
    e.emplace_hint(e.end(), "doc", x.doc);
    e.emplace_hint(e.end(), "end", Value(x.end));
    e.emplace_hint(e.end(), "pattern", x.pattern);
    e.emplace_hint(e.end(), "sentence", Value(x.sentence));
    e.emplace_hint(e.end(), "start", Value(x.start));
    e.emplace_hint(e.end(), "status", x.status);
    e.emplace_hint(e.end(), "text", x.text);
    return e;
  }
  // Deferred evidence (defer_evidence()), by relationship id ascending (made in id order).
  // `live` is false once the entries went into the graph (a relationship whose evidence
  // came to name another document than the one adding it: the sets above take over).
  struct Deferred {
    RelId id;
    bool live = true;
    std::vector<EvRec> recs;
  };
  bool defer = false;
  std::vector<Deferred> deferred;
  Value empty_list{List{}};  // in the place of a deferred `evidence` (one box for all)
  const Deferred* deferred_of(RelId r) const {
    auto it = std::lower_bound(deferred.begin(), deferred.end(), r,
                               [](const Deferred& d, RelId x) { return d.id < x; });
    return it != deferred.end() && it->id == r && it->live ? &*it : nullptr;
  }

  // The statuses and the date source, without a lookup.
  const Value v_asserted{"asserted"}, v_alleged{"alleged"}, v_negated{"negated"}, v_reported{"reported"};
  const Value& status_value(const std::string& s) {
    if (s == "asserted") return v_asserted;
    if (s == "alleged") return v_alleged;
    if (s == "negated") return v_negated;
    return pooled(s);
  }

  // The document being added: its id (one box for its node, the entities' `docs` and the
  // evidence), its date (pooled; null when none) and its evidence sentences (one box for
  // the relations of one sentence).
  Value doc_id, doc_date;
  const std::string& doc_date_str() const {
    static const std::string kNone;
    return doc_date.is_string() ? doc_date.as_string() : kNone;
  }
  std::vector<std::pair<std::int64_t, Value>> doc_texts;  // by start offset
  const Value& doc_text(const Evidence& e) {
    for (const auto& [start, v] : doc_texts)
      if (start == e.start && v.as_string() == e.text) return v;
    return doc_texts.emplace_back(e.start, Value(e.text)).second;
  }

  // Entity types' symbols, found once (a handful of types: a short list searched in order,
  // where the symbol table hashed the type for every lookup). Only types already interned.
  std::vector<std::pair<std::string, SymId>> type_ids;
  std::optional<SymId> type_id(const PropertyGraph& g, const std::string& type) {
    for (const auto& [t, id] : type_ids)
      if (t == type) return id;
    auto id = g.symbols().find(type);
    if (id) type_ids.emplace_back(type, *id);
    return id;
  }

  static std::string alias_key(std::string_view type, std::string_view a) {
    std::string k(type);
    k += '\x1f';
    k += a;
    return k;
  }
  static PairKey pair_key(SymId type, NodeId a, NodeId b) { return {type, std::min(a, b), std::max(a, b)}; }
  // A relationship's entry in rels_between, from its properties.
  Cand cand_of(const PropertyGraph& g, RelId r) {
    const RelData& d = g.rel(r);
    Cand c;
    c.id = r;
    c.src = d.src;
    c.dst = d.dst;
    refresh(g, c);
    return c;
  }
  // Its status and text date as the relationship's properties have them now.
  void refresh(const PropertyGraph& g, Cand& c) {
    const RelData& d = g.rel(c.id);
    auto str = [&](std::optional<SymId> k) -> const std::string* {
      const Value* v = k ? d.props.get(*k) : nullptr;
      return v && v->is_string() ? &v->as_string() : nullptr;
    };
    const std::string* st = str(k_status.find(g));
    c.negated = st && *st == "negated";
    const std::string* ds = str(k_date_source.find(g));
    const std::string* dt = ds && *ds == "reported" ? nullptr : str(k_date.find(g));
    if (dt)
      c.text_date = *dt;
    else
      c.text_date.clear();
  }
};

namespace {
std::string ev_key(const Map& m) {
  auto d = m.find("doc"), t = m.find("text");
  std::string k = d != m.end() && d->second.is_string() ? d->second.as_string() : "";
  k += '\x1f';
  if (t != m.end() && t->second.is_string()) k += t->second.as_string();
  return k;
}
}  // namespace

KnowledgeGraph::KnowledgeGraph(PropertyGraph& g) : g_(g), ix_(std::make_unique<Index>()) {
  auto doc = g_.symbols().find(kDocLabel);
  ix_->initial_nodes = g_.node_id_bound();
  ix_->initial_rels = g_.rel_id_bound();
  const SymId k_aliases = g_.sym("aliases");
  for (NodeId n = 0; n < g_.node_id_bound(); ++n) {
    if (!g_.node_alive(n)) continue;
    if (doc && g_.node(n).has_label(*doc)) {
      Value id = g_.node_prop(n, "id"), h = g_.node_prop(n, "hash");
      if (id.is_string()) ix_->doc_by_id.emplace(id.as_string(), n);
      if (h.is_string() && !h.as_string().empty()) ix_->doc_by_hash.emplace(h.as_string(), n);
      continue;
    }
    const Value* a = g_.node(n).props.get(k_aliases);
    if (a && a->is_list())
      for (const auto& x : a->as_list())
        if (x.is_string())
          for (const auto& l : g_.labels(n)) {
            auto& owners = ix_->alias_owners[Index::alias_key(l, x.as_string())];
            if (owners.empty() || owners.back() != n) owners.push_back(n);  // an alias listed twice
          }
  }
}

void KnowledgeGraph::index_node_rels(NodeId n) {
  if (n >= ix_->initial_nodes || !ix_->scanned.insert(n).second) return;
  auto mentions = g_.symbols().find(kMentions);
  std::vector<std::vector<Index::Cand>*> touched;
  auto add = [&](RelId r) {
    if (r >= ix_->initial_rels) return;  // indexed when it was made
    const RelData& d = g_.rel(r);
    if ((mentions && d.type == *mentions) || d.src == d.dst) return;
    NodeId other = d.src == n ? d.dst : d.src;
    if (other < ix_->initial_nodes && other != n && ix_->scanned.count(other)) return;  // indexed with `other`
    auto& v = ix_->rels_between[Index::pair_key(d.type, d.src, d.dst)];
    v.push_back(ix_->cand_of(g_, r));
    touched.push_back(&v);
  };
  g_.for_each_out(n, add);
  g_.for_each_in(n, add);
  for (auto* v : touched)  // first match in id order
    std::sort(v->begin(), v->end(), [](const Index::Cand& a, const Index::Cand& b) { return a.id < b.id; });
}

// Writes a deferred `evidence` list as the store would write the list of maps: each map's
// keys in order, values as value_to_json writes them.
class KnowledgeGraph::EvidenceWriter : public RelPropWriter {
 public:
  EvidenceWriter(const Index& ix, SymId key) : ix_(ix), key_(key) {}
  SymId key() const override { return key_; }
  const Value* extra(RelId r, SymId& key) const override {
    if (r >= ix_.mention_names.size() || ix_.mention_names[r].is_null()) return nullptr;
    key = *ix_.k_name.id;  // interned by the link that set it
    return &ix_.mention_names[r];
  }
  bool write(RelId r, JsonOut& out) const override {
    const Index::Deferred* d = ix_.deferred_of(r);
    if (!d) return false;
    out.put('[');
    bool first = true;
    for (const auto& x : d->recs) {
      if (first)
        out.put('{');
      else
        out.lit(",{");
      first = false;
      if (!x.attributed.is_null()) {
        out.lit("\"attributed_to\":");
        append_json_value(out, x.attributed);
        out.put(',');
      }
      if (!x.date.is_null()) {
        out.lit("\"date\":");
        append_json_string(out, x.date.as_string());
        out.put(',');
      }
      if (x.reported) out.lit("\"date_source\":\"reported\",");
      out.lit("\"doc\":");
      append_json_string(out, x.doc.as_string());
      out.lit(",\"end\":");
      append_json_int(out, x.end);
      out.lit(",\"pattern\":");
      append_json_string(out, x.pattern.as_string());
      out.lit(",\"sentence\":");
      append_json_int(out, x.sentence);
      out.lit(",\"start\":");
      append_json_int(out, x.start);
      out.lit(",\"status\":");
      append_json_string(out, x.status.as_string());
      out.lit(",\"text\":");
      append_json_string(out, x.text.as_string());
      out.put('}');
    }
    out.put(']');
    return true;
  }

 private:
  const Index& ix_;
  SymId key_;
};

KnowledgeGraph::~KnowledgeGraph() = default;

void KnowledgeGraph::defer_evidence() {
  ix_->defer = true;
  if (!writer_) writer_ = std::make_unique<EvidenceWriter>(*ix_, ix_->k_evidence.get(g_));
}

const RelPropWriter* KnowledgeGraph::evidence_writer() const { return writer_.get(); }

std::optional<NodeId> KnowledgeGraph::find_document(const std::string& id, const std::string& hash) const {
  if (auto it = ix_->doc_by_id.find(id); it != ix_->doc_by_id.end()) return it->second;
  if (!hash.empty())
    if (auto it = ix_->doc_by_hash.find(hash); it != ix_->doc_by_hash.end()) return it->second;
  return std::nullopt;
}

std::optional<NodeId> KnowledgeGraph::find_entity(const std::string& type, const std::string& name) const {
  auto t = ix_->type_id(g_, type);
  if (!t) return std::nullopt;
  if (auto n = g_.first_named(name, *t)) return n;
  auto it = ix_->alias_owners.find(Index::alias_key(type, name));
  if (it == ix_->alias_owners.end() || it->second.size() != 1) return std::nullopt;  // none, or ambiguous
  return it->second.front();
}

std::vector<NodeId> KnowledgeGraph::entity_nodes(const PropertyGraph& g) {
  std::vector<NodeId> out;
  auto doc = g.symbols().find(kDocLabel);
  for (NodeId n = 0; n < g.node_id_bound(); ++n) {
    if (!g.node_alive(n)) continue;
    if (doc && g.node(n).has_label(*doc)) continue;
    out.push_back(n);
  }
  return out;
}

namespace {
// Appends `v` to the list property `key` of a node or relationship, in place.
template <class GetMut, class Set>
void append_to_list(GetMut get_mut, Set set, Value v) {
  if (Value* cur = get_mut(); cur && cur->is_list()) {
    cur->mutable_list().push_back(std::move(v));
    return;
  }
  set(Value(List{std::move(v)}));
}
}  // namespace

NodeId KnowledgeGraph::upsert_entity(const EntityFact& e, const DocumentInfo& doc) {
  auto found = find_entity(e.type, e.name);
  // Agreements are not found by alias: "the treaty" of one document is not another's.
  if (!found && e.type != "agreement")
    for (const auto& a : e.aliases)
      if ((found = find_entity(e.type, a))) break;
  NodeId n;
  bool name_known = false;  // e.name is the name the node had before this call, and was listed then
  if (!found) {
    n = g_.node_id_bound();
    g_.add_node_with_id(n);
    g_.add_label(n, e.type);
    // Its properties: name, aliases, mentions, docs, and first_seen and last_seen when dated.
    g_.reserve_node_props(n, doc.date.empty() ? 4 : 6);
    g_.set_node_prop(n, ix_->k_name.get(g_), ix_->pooled(e.name));
  } else {
    n = *found;
    const SymId k_name = ix_->k_name.get(g_);
    const Value* cur = g_.node(n).props.get(k_name);
    if (cur && cur->is_string() && better_name(e.name, cur->as_string()))
      g_.set_node_prop(n, k_name, ix_->pooled(e.name));
    else
      name_known = n >= ix_->initial_nodes && cur && cur->is_string() && cur->as_string() == e.name;
  }
  const SymId k_aliases = ix_->k_aliases.get(g_), k_docs = ix_->k_docs.get(g_);
  auto [known_it, first_touch] = ix_->entity_aliases.try_emplace(n);
  auto& known = known_it->second;
  if (first_touch) {  // the sets from the node's lists
    auto& as = known;
    if (const Value* a = g_.node(n).props.get(k_aliases); a && a->is_list())
      for (const auto& x : a->as_list())
        if (x.is_string()) as.insert(x.as_string());
    if (n < ix_->initial_nodes) {
      auto& ds = ix_->initial_docs[n];
      if (const Value* d = g_.node(n).props.get(k_docs); d && d->is_list())
        for (const auto& x : d->as_list())
          if (x.is_string()) ds.insert(x.as_string());
    }
  }
  auto add_alias = [&](const std::string& a) {
    if (a.empty() || !known.insert(a).second) return;
    ix_->alias_owners[Index::alias_key(e.type, a)].push_back(n);
    // Sorted, so that the list is the same whatever order the documents (or shards) came in.
    if (Value* cur = g_.node_prop_mut(n, k_aliases); cur && cur->is_list()) {
      List& l = cur->mutable_list();
      auto at = std::lower_bound(l.begin(), l.end(), a, [](const Value& x, const std::string& y) {
        return x.is_string() && x.as_string() < y;
      });
      l.insert(at, ix_->pooled(a));
    } else {
      g_.set_node_prop(n, k_aliases, Value(List{ix_->pooled(a)}));
    }
  };
  // A node made here always lists its name among its aliases (added when it was made and
  // whenever the name became a fact's), so a fact of that name needs no lookup of it.
  if (!name_known) add_alias(e.name);
  for (const auto& a : e.aliases) add_alias(a);
  const SymId k_mentions = ix_->k_mentions.get(g_);
  if (Value* m = g_.node_prop_mut(n, k_mentions); m && m->is_int())
    *m = Value(m->as_int() + e.mentions);  // in place (an assignment keeps the key)
  else
    g_.set_node_prop(n, k_mentions, Value(e.mentions));
  if (ix_->last_add.size() <= n) ix_->last_add.resize(n + 1, 0);
  if (ix_->last_add[n] != ix_->add_serial) {
    ix_->last_add[n] = ix_->add_serial;
    auto init = n < ix_->initial_nodes ? ix_->initial_docs.find(n) : ix_->initial_docs.end();
    if (init == ix_->initial_docs.end() || init->second.insert(doc.id).second)
      append_to_list([&] { return g_.node_prop_mut(n, k_docs); },
                     [&](Value v) { g_.set_node_prop(n, k_docs, std::move(v)); },
                     doc.id == ix_->doc_id.as_string() ? ix_->doc_id : Value(doc.id));
  }
  if (!doc.date.empty()) {
    const Value& date = doc.date == ix_->doc_date_str() ? ix_->doc_date : ix_->pooled(doc.date);
    const SymId k_first = ix_->k_first_seen.get(g_);
    if (Value* f = g_.node_prop_mut(n, k_first); !f)
      g_.set_node_prop(n, k_first, date);
    else if (!f->is_string() || doc.date < f->as_string())
      *f = date;
    const SymId k_last = ix_->k_last_seen.get(g_);
    if (Value* l = g_.node_prop_mut(n, k_last); !l)
      g_.set_node_prop(n, k_last, date);
    else if (!l->is_string() || doc.date > l->as_string())
      *l = date;
  }
  return n;
}

void KnowledgeGraph::link_mention(NodeId doc, NodeId entity, std::int64_t count, const std::string& own_name,
                                  const std::string& parties) {
  if (ix_->mention_add.size() <= entity) {
    ix_->mention_add.resize(entity + 1, 0);
    ix_->mention_rel.resize(entity + 1, 0);
  }
  if (ix_->mention_add[entity] != ix_->add_serial) {
    // The properties in the order add_rel gives a Map's (sorted): count, name, parties.
    if (!ix_->mentions_type) ix_->mentions_type = g_.sym(kMentions);
    RelId r = g_.rel_id_bound();
    g_.add_rel_with_id(r, doc, entity, *ix_->mentions_type);
    Properties& p = g_.rel_properties(r);  // set at once, in room for all
    const bool defer_name = ix_->defer && !own_name.empty();
    p.reserve(1 + (!own_name.empty() && !defer_name) + !parties.empty());
    p.set(ix_->k_count.get(g_), Value(count));
    if (!own_name.empty()) {
      // Mostly the entity's name: its box, else the pooled one.
      const Value* nm = g_.node(entity).props.get(ix_->k_name.get(g_));
      Value v = nm && nm->is_string() && nm->as_string() == own_name ? *nm : ix_->pooled(own_name);
      if (defer_name) {
        auto& names = ix_->mention_names;
        if (names.size() <= r) names.resize(std::max<std::size_t>(r + 1, 2 * names.size()));
        names[r] = std::move(v);
      } else {
        p.set(ix_->k_name.get(g_), std::move(v));
      }
    }
    if (!parties.empty()) p.set(ix_->k_parties.get(g_), Value(parties));
    ix_->mention_add[entity] = ix_->add_serial;
    ix_->mention_rel[entity] = r;
  } else {
    const RelId r = ix_->mention_rel[entity];
    const SymId k_count = ix_->k_count.get(g_);
    if (Value* c = g_.rel_prop_mut(r, k_count); c && c->is_int())
      *c = Value(c->as_int() + count);  // in place
    else
      g_.set_rel_prop(r, k_count, Value(count));
  }
}

void KnowledgeGraph::add_relation(const RelationFact& r, const DocumentInfo& doc) {
  auto end_of = [&](const EntityKey& k) {
    for (const auto& [key, n] : ix_->ends_memo)
      if (key->name == k.name && key->type == k.type) return n;
    auto n = find_entity(k.type, k.name);
    if (ix_->ends_memo.size() < 64) ix_->ends_memo.emplace_back(&k, n);  // a short list: searched in order
    return n;
  };
  auto s = end_of(r.subject);
  auto o = end_of(r.object);
  if (!s || !o || *s == *o) return;
  NodeId src = *s, dst = *o;
  bool sym = r.symmetric || is_symmetric_relation(r.type);
  if (sym && dst < src) std::swap(src, dst);
  const bool negated = r.status == "negated";

  // Find a relationship for the same fact: same type and ends (either way when
  // symmetric), same polarity, compatible dates.
  SymId type = g_.sym(r.type);
  const Index::PairKey pk = Index::pair_key(type, src, dst);
  index_node_rels(pk.lo);
  std::optional<RelId> hit;
  // A date of report (date_source=reported: the text gave none) never tells two facts apart.
  auto reported_only = [](const Value& v) { return v.is_string() && v.as_string() == "reported"; };
  const bool r_reported = [&] {
    auto it = r.attrs.find("date_source");
    return it != r.attrs.end() && reported_only(it->second);
  }();
  const std::string r_text_date = r_reported ? std::string() : r.date;
  static const std::string kEmpty;
  auto str_of = [](const Value* v) -> const std::string& { return v && v->is_string() ? v->as_string() : kEmpty; };
  auto get = [&](const RelData& d, const std::optional<SymId>& k) -> const Value* {
    return k ? d.props.get(*k) : nullptr;
  };
  auto& cands = ix_->rels_between[pk];  // (a reference into an unordered_map stays valid)
  std::size_t ci = 0;
  for (; ci < cands.size(); ++ci) {
    const Index::Cand& c = cands[ci];
    bool ends = (c.src == src && c.dst == dst) || (sym && c.src == dst && c.dst == src);
    if (!ends) continue;
    if (c.negated != negated) continue;
    if (!dates_compatible(c.text_date, r_text_date)) continue;
    hit = c.id;
    break;
  }
  RelId id;
  if (hit) {
    id = *hit;
  } else {
    id = g_.rel_id_bound();
    g_.add_rel_with_id(id, src, dst, type);  // (add_rel would intern the type again)
    g_.rel_properties(id).reserve(8);  // evidence, sources, weight, reported, status, mostly date...: grown once
    Index::Cand& c = cands.emplace_back();  // status and date set from its properties below
    c.id = id;
    c.src = src;
    c.dst = dst;
    c.own_docs = true;
  }
  Index::Cand& cand = cands[hit ? ci : cands.size() - 1];

  // Evidence: one entry per supporting sentence; a sentence printed twice in one
  // document (a caption repeated) is one entry.
  const SymId k_evidence = ix_->k_evidence.get(g_);
  if (!hit && ix_->defer) {
    cand.deferred = static_cast<std::uint32_t>(ix_->deferred.size());
    ix_->deferred.push_back({id, true, {}});
  }
  if (cand.own_docs && r.evidence.doc != doc.id) {  // from now on, the sets
    cand.own_docs = false;
    if (cand.deferred != Index::kNotDeferred) {  // its entries into the graph, in place of the empty list
      Index::Deferred& d = ix_->deferred[cand.deferred];
      List l;
      l.reserve(d.recs.size());
      for (const auto& x : d.recs) l.emplace_back(Index::evidence_map(x));
      if (!l.empty()) g_.set_rel_prop(id, k_evidence, Value(std::move(l)));
      d.live = false;
      std::vector<Index::EvRec>().swap(d.recs);
      cand.deferred = Index::kNotDeferred;
    }
  }
  Index::Ev* ev = nullptr;  // the sets, when not own_docs
  bool fresh;  // not in the relationship's evidence yet
  if (cand.own_docs) {
    fresh = true;
    if (cand.ev_add == ix_->add_serial) {  // this document's entries: the last ones
      if (cand.deferred != Index::kNotDeferred) {
        const auto& recs = ix_->deferred[cand.deferred].recs;
        for (auto it = recs.rbegin(); it != recs.rend(); ++it) {
          if (it->doc.as_string() != r.evidence.doc) break;
          if (it->text.as_string() == r.evidence.text) {
            fresh = false;
            break;
          }
        }
      } else {
        const List& l = g_.rel(id).props.get(k_evidence)->as_list();
        for (auto it = l.rbegin(); it != l.rend(); ++it) {
          const Map& m = it->as_map();
          if (m.find("doc")->second.as_string() != r.evidence.doc) break;
          if (m.find("text")->second.as_string() == r.evidence.text) {
            fresh = false;
            break;
          }
        }
      }
    }
  } else {
    auto ev_it = ix_->evidence.find(id);
    if (ev_it == ix_->evidence.end()) {
      ev_it = ix_->evidence.emplace(id, Index::Ev{}).first;
      if (Value* cur = g_.rel_prop_mut(id, k_evidence); cur && cur->is_list())
        for (const auto& x : cur->as_list())
          if (x.is_map()) {
            ev_it->second.keys.insert(ev_key(x.as_map()));
            auto d = x.as_map().find("doc");
            if (d != x.as_map().end() && d->second.is_string()) ev_it->second.docs.insert(d->second.as_string());
            auto st = x.as_map().find("status");
            if (st != x.as_map().end() && st->second == Value("alleged"))
              ++ev_it->second.alleged;
            else
              ++ev_it->second.asserted;
          }
    }
    ev = &ev_it->second;
    std::string key = r.evidence.doc;  // ev_key of the entry below
    key += '\x1f';
    key += r.evidence.text;
    fresh = ev->keys.insert(std::move(key)).second;
  }
  if (fresh) {
    Index::EvRec x;
    if (!r.attributed_to.empty()) {
      List a;
      a.reserve(r.attributed_to.size());
      for (const auto& n : r.attributed_to) a.push_back(ix_->pooled(n));
      x.attributed = Value(std::move(a));
    }
    if (!r.date.empty()) x.date = ix_->pooled(r.date);
    x.reported = r_reported;
    x.doc = r.evidence.doc == ix_->doc_id.as_string() ? ix_->doc_id : ix_->pooled(r.evidence.doc);
    x.end = r.evidence.end;
    x.pattern = ix_->pooled(r.evidence.pattern);
    x.sentence = r.evidence.sentence;
    x.start = r.evidence.start;
    x.status = ix_->status_value(r.status);
    x.text = ix_->doc_text(r.evidence);
    const bool alleged = r.status == "alleged";
    if (ev) {
      ev->docs.insert(r.evidence.doc);
      ++(alleged ? ev->alleged : ev->asserted);
    } else {
      if (cand.ev_add != ix_->add_serial) {
        cand.ev_add = ix_->add_serial;
        ++cand.docs;
      }
      ++(alleged ? cand.alleged : cand.asserted);
    }
    if (cand.deferred != Index::kNotDeferred) {
      auto& recs = ix_->deferred[cand.deferred].recs;
      if (recs.empty()) g_.set_rel_prop(id, k_evidence, ix_->empty_list);  // the property's place
      recs.push_back(std::move(x));
    } else {
      append_to_list([&] { return g_.rel_prop_mut(id, k_evidence); },
                     [&](Value v) { g_.set_rel_prop(id, k_evidence, std::move(v)); },
                     Value(Index::evidence_map(x)));
    }
  }
  const std::size_t n_alleged = ev ? ev->alleged : cand.alleged, n_asserted = ev ? ev->asserted : cand.asserted;
  auto ndocs = static_cast<std::int64_t>(ev ? ev->docs.size() : cand.docs);
  // Set in place where the property is there (an assignment keeps the key).
  auto set_int = [&](SymId k, std::int64_t v) {
    if (Value* x = g_.rel_prop_mut(id, k)) *x = Value(v);
    else g_.set_rel_prop(id, k, Value(v));
  };
  set_int(ix_->k_sources.get(g_), ndocs);
  set_int(ix_->k_weight.get(g_), ndocs);

  // Date: the most precise date the text gives; `reported`: the earliest report.
  // (Keys looked up without interning them, then interned where they are set, in the
  // order the string-keyed calls interned them.)
  std::string cur = str_of(get(g_.rel(id), ix_->k_date.find(g_)));
  const bool cur_reported = [&] {
    const Value* v = get(g_.rel(id), ix_->k_date_source.find(g_));
    return v && reported_only(*v);
  }();
  if (r_reported) {
    // Only where the text dates nothing: the earliest report.
    if (cur.empty() || (cur_reported && r.date < cur)) {
      g_.set_rel_prop(id, ix_->k_date.get(g_), ix_->pooled(r.date));
      g_.set_rel_prop(id, ix_->k_date_source.get(g_), ix_->v_reported);
    }
  } else if (!r.date.empty() && (cur_reported || r.date.size() > cur.size())) {
    g_.set_rel_prop(id, ix_->k_date.get(g_), ix_->pooled(r.date));
    g_.set_rel_prop(id, ix_->k_date_source.get(g_), Value());
  }
  const Value* rep_v = get(g_.rel(id), ix_->k_reported.find(g_));
  const std::string& rep = min_date_ref(str_of(rep_v), doc.date);
  // (Unchanged when it is the date already there; the document's date is pooled already.)
  if (!rep.empty() && !(rep_v && rep_v->is_string() && &rep == &rep_v->as_string()))
    g_.set_rel_prop(id, ix_->k_reported.get(g_), &rep == &doc.date && doc.date == ix_->doc_date_str() ? ix_->doc_date : ix_->pooled(rep));

  // Status: negated facts are their own relationships; otherwise the weight of the
  // evidence decides: alleged when at least as many sentences attribute the claim as
  // state it (a claim repeated as fact by one outlet stays a claim; a fact that one
  // outlet credits to "state media" stays a fact).
  {
    const Value& st = negated ? ix_->v_negated : n_alleged >= n_asserted ? ix_->v_alleged : ix_->v_asserted;
    const SymId k_status = ix_->k_status.get(g_);
    if (Value* x = g_.rel_prop_mut(id, k_status)) *x = st;
    else g_.set_rel_prop(id, k_status, st);
  }
  if (!r.attributed_to.empty()) {
    List a = string_list(g_.rel_prop(id, "attributed_to"));
    for (const auto& x : r.attributed_to)
      if (!contains(a, x)) a.push_back(ix_->pooled(x));
    g_.set_rel_prop(id, "attributed_to", Value(std::move(a)));
  }
  for (const auto& [k, v] : r.attrs)
    if (k != "date_source" && g_.rel_prop(id, k).is_null()) g_.set_rel_prop(id, k, v);
  ix_->refresh(g_, cand);  // its status and date as they are now
}

bool KnowledgeGraph::add(const DocumentFacts& f) {
  if (find_document(f.doc.id, f.doc.hash)) return false;
  ix_->doc_id = Value(f.doc.id);
  ix_->doc_texts.clear();
  ix_->doc_date = f.doc.date.empty() ? Value() : ix_->pooled(f.doc.date);
  // The document node: its label, then its properties in the order of their names (the order a
  // Map gave them), by interned keys.
  NodeId d = g_.node_id_bound();
  g_.add_node_with_id(d);
  g_.add_label(d, kDocLabel);
  const Value* vals[9];  // author, date, dateline, hash, id, name, publisher, title, url
  Value strs[7];
  std::size_t nprops = 0;
  auto str = [&](std::size_t i, const std::string& v) -> const Value* {
    if (v.empty()) return nullptr;
    strs[i] = Value(v);
    return &strs[i];
  };
  vals[0] = str(0, f.doc.author);
  vals[1] = f.doc.date.empty() ? nullptr : &ix_->doc_date;
  vals[2] = str(1, f.doc.dateline);
  vals[3] = str(2, f.doc.hash);
  vals[4] = &ix_->doc_id;
  vals[5] = f.doc.id.empty() ? nullptr : &ix_->doc_id;
  vals[6] = str(3, f.doc.publisher);
  vals[7] = str(4, f.doc.title);
  vals[8] = str(5, f.doc.url);
  for (const Value* v : vals) nprops += v != nullptr;
  g_.reserve_node_props(d, nprops);
  Index::Key* keys[9] = {&ix_->k_author, &ix_->k_date, &ix_->k_dateline, &ix_->k_hash, &ix_->k_id,
                         &ix_->k_name, &ix_->k_publisher, &ix_->k_title, &ix_->k_url};
  for (std::size_t i = 0; i < 9; ++i)
    if (vals[i]) g_.set_node_prop(d, keys[i]->get(g_), *vals[i]);
  ++ix_->add_serial;
  ix_->doc_by_id.emplace(f.doc.id, d);
  if (!f.doc.hash.empty()) ix_->doc_by_hash.emplace(f.doc.hash, d);
  for (const auto& e : f.entities)
    link_mention(d, upsert_entity(e, f.doc), e.mentions, e.own_name.empty() ? e.name : e.own_name, e.parties);
  ix_->ends_memo.clear();
  for (const auto& r : f.relations) add_relation(r, f.doc);
  ix_->ends_memo.clear();
  return true;
}

std::vector<DocumentFacts> KnowledgeGraph::document_facts(const PropertyGraph& o) {
  std::vector<DocumentFacts> out;
  std::vector<std::pair<std::string, NodeId>> docs;
  for (NodeId n : o.nodes_with_label(kDocLabel)) {
    Value id = o.node_prop(n, "id");
    if (id.is_string()) docs.emplace_back(id.as_string(), n);
  }
  std::sort(docs.begin(), docs.end());
  auto sp = [&](NodeId n, const char* k) {
    Value v = o.node_prop(n, k);
    return v.is_string() ? v.as_string() : std::string();
  };
  auto entity_of = [&](NodeId n) {
    EntityKey k;
    auto ls = o.labels(n);
    k.type = ls.empty() ? "" : ls.front();
    k.name = sp(n, "name");
    return k;
  };
  // Evidence entries by document, in one pass over the relationships.
  std::unordered_map<std::string, std::vector<std::pair<RelId, const Value*>>> by_doc;
  std::vector<Value> evidence_lists;
  evidence_lists.reserve(o.rel_count());
  for (RelId r = 0; r < o.rel_id_bound(); ++r) {
    if (!o.rel_alive(r) || o.rel_type(r) == kMentions) continue;
    evidence_lists.push_back(o.rel_prop(r, "evidence"));
    if (!evidence_lists.back().is_list()) continue;
    for (const auto& ev : evidence_lists.back().as_list()) {
      if (!ev.is_map()) continue;
      auto d = ev.as_map().find("doc");
      if (d != ev.as_map().end() && d->second.is_string()) by_doc[d->second.as_string()].emplace_back(r, &ev);
    }
  }
  for (const auto& [id, dn] : docs) {
    DocumentFacts f;
    f.doc = {id, sp(dn, "date"), sp(dn, "publisher"), sp(dn, "author"), sp(dn, "url"),
             sp(dn, "dateline"), sp(dn, "title"), sp(dn, "hash")};
    // The document's own spellings: its facts as extracted, before resolution renamed them.
    std::map<std::pair<std::string, std::string>, std::string> own;
    o.for_each_out(dn, [&](RelId r) {
      if (o.rel_type(r) != kMentions) return;
      NodeId en = o.rel(r).dst;
      EntityFact e;
      EntityKey k = entity_of(en);
      e.type = k.type;
      e.name = k.name;
      if (Value on = o.rel_prop(r, "name"); on.is_string() && !on.as_string().empty()) {
        own[{k.type, k.name}] = on.as_string();
        e.name = on.as_string();
      }
      for (const auto& a : string_list(o.node_prop(en, "aliases")))
        if (a.is_string()) e.aliases.push_back(a.as_string());  // a hand-edited store may hold anything
      Value c = o.rel_prop(r, "count");
      e.mentions = c.is_int() ? c.as_int() : 1;
      if (Value p = o.rel_prop(r, "parties"); p.is_string()) e.parties = p.as_string();
      f.entities.push_back(std::move(e));
    });
    auto found = by_doc.find(id);
    if (found != by_doc.end()) {
      for (const auto& [r, evv] : found->second) {
        const Map& m = evv->as_map();
        auto get = [&](const char* k) {
          auto it = m.find(k);
          return it == m.end() ? Value() : it->second;
        };
        RelationFact rf;
        rf.type = o.rel_type(r);
        rf.subject = entity_of(o.rel(r).src);
        rf.object = entity_of(o.rel(r).dst);
        for (EntityKey* k : {&rf.subject, &rf.object})
          if (auto on = own.find({k->type, k->name}); on != own.end()) k->name = on->second;
        rf.symmetric = is_symmetric_relation(rf.type);
        Value dt = get("date"), st = get("status");
        rf.date = dt.is_string() ? dt.as_string() : "";
        if (Value ds = get("date_source"); ds.is_string()) rf.attrs.emplace("date_source", ds);
        rf.status = st.is_string() ? st.as_string() : "asserted";
        for (const auto& a : string_list(get("attributed_to")))
          if (a.is_string()) rf.attributed_to.push_back(a.as_string());
        for (const char* k : {"title", "place", "count", "charge"}) {
          Value v = o.rel_prop(r, k);
          if (!v.is_null()) rf.attrs.emplace(k, v);
        }
        rf.evidence.doc = id;
        rf.evidence.sentence = get("sentence").is_int() ? get("sentence").as_int() : 0;
        rf.evidence.start = get("start").is_int() ? get("start").as_int() : 0;
        rf.evidence.end = get("end").is_int() ? get("end").as_int() : 0;
        rf.evidence.text = get("text").is_string() ? get("text").as_string() : "";
        rf.evidence.pattern = get("pattern").is_string() ? get("pattern").as_string() : "";
        f.relations.push_back(std::move(rf));
      }
    }
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace kg
