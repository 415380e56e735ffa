// import_graphml (docs/EXPORTS.md): reads a GraphML written by kg, by Gephi after
// editing, or by another tool in the same shape. Node `label` is the name, node `type`
// the label (`kg:labels` all labels), edge `label` the relationship type; every other
// key is a property (`kg:prop:X` is property X). Keys marked kg.json="true", and
// aliases / attributed_to / evidence / docs holding a JSON array, are decoded back
// into lists and maps. Node ids n<ID> and edge ids e<ID> are kept (so export ->
// import -> export gives the same bytes); any other ids are numbered in file order.
//
// Streaming: one pass of the pull parser (graph/import_xml.h) collects compact
// records, then the graph is built in ascending id order.
// Boost's adjacency_list copy (used once, assigning an empty graph) trips a GCC 12
// -Wmaybe-uninitialized false positive inside Boost.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <memory>
#include <optional>
#include <unordered_map>

#include "graph/export.h"
#include "graph/export_util.h"
#include "graph/import_xml.h"

namespace kg {

namespace {

enum class KeyType { Bool, Int, Double, String };

struct KeyDef {
  std::string name;
  KeyType type = KeyType::String;
  bool json = false;       // values are JSON text (kg.json="true")
  bool json_maybe = false;  // a known list key: decode when the text is a JSON array
  bool skip = false;       // a yFiles graphics key and the like: not data
  char domain = 'a';       // n(ode), e(dge), g(raph), a(ll)
  std::optional<Value> deflt;
};

struct Elem {
  std::string id, src, dst;
  std::uint64_t line = 0, col = 0;
  std::vector<std::pair<int, Value>> data;  // key index -> value
};

bool kg_id(const std::string& s, char prefix, std::uint64_t& out) {
  if (s.size() < 2 || s.size() > 19 || s[0] != prefix) return false;
  if (s[1] == '0' && s.size() > 2) return false;
  std::uint64_t v = 0;
  for (std::size_t i = 1; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + static_cast<std::uint64_t>(s[i] - '0');
  }
  out = v;
  return true;
}

KeyType parse_key_type(const std::string* t) {
  if (!t) return KeyType::String;
  if (*t == "boolean") return KeyType::Bool;
  if (*t == "int" || *t == "long") return KeyType::Int;
  if (*t == "float" || *t == "double") return KeyType::Double;
  return KeyType::String;
}

bool known_list_key(std::string_view n) {
  return n == "aliases" || n == "attributed_to" || n == "evidence" || n == "docs" || n == "kg:labels";
}

// Two ways through a file. Fast (what kg writes): every node id is n<ID> and every
// edge id e<ID>, and each edge comes after its two nodes; nodes and relationships go
// straight into the graph in one pass, nothing is buffered. Anything else restarts in
// the general way: records are collected, then ids are assigned and the graph built.
class GraphmlImport {
 public:
  struct Restart {};

  // Fills `g` (empty): the fast way when `fast`, throwing Restart when the file is not
  // in kg's shape, else the general way.
  GraphmlImport(const std::string& path, PropertyGraph& g, bool fast) : path_(path), fast_(fast), g_(g) {}

  void run() {
    start();
    parse();
    if (!fast_) build();
  }

 private:
  static constexpr int kName = -2, kType = -3, kLabels = -4, kRelType = -5;

  void start() {
    r_ = std::make_unique<xml::Reader>(path_);
    k_weight_ = g_.sym("weight");
    k_sources_ = g_.sym("sources");
    k_name_ = g_.sym("name");
    related_ = g_.sym("related_to");
  }

  // Key -> property symbol for nodes and for relationships.
  void map_key(const KeyDef& k) {
    const std::string& n = k.name;
    if (n == "label") node_sym_.push_back(kName);
    else if (n == "type") node_sym_.push_back(kType);
    else if (n == "kg:labels") node_sym_.push_back(kLabels);
    else node_sym_.push_back(static_cast<int>(g_.sym(exp::node_prop_of_attr(n))));
    if (n == "label") rel_sym_.push_back(kRelType);
    else rel_sym_.push_back(static_cast<int>(g_.sym(exp::rel_prop_of_attr(n))));
  }

  Value convert(const KeyDef& k, std::string& text, std::uint64_t line, std::uint64_t col) const {
    auto trimmed = [&]() {
      std::string_view s = text;
      while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\t' || s.front() == '\r'))
        s.remove_prefix(1);
      while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
      return s;
    };
    switch (k.type) {
      case KeyType::Bool: {
        std::string_view s = trimmed();
        std::string low;
        for (char c : s) low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (low == "true" || low == "1") return Value(true);
        if (low == "false" || low == "0") return Value(false);
        r_->fail(line, col, "key '" + k.name + "' is boolean, but the value is '" + std::string(s) + "'");
      }
      case KeyType::Int: {
        std::int64_t v;
        if (exp::parse_int(trimmed(), v)) return Value(v);
        double d;
        // Some writers put 3.0 in an int key; keep it when it is whole.
        if (exp::parse_double(trimmed(), d) && std::isfinite(d) && d == static_cast<double>(static_cast<std::int64_t>(d)))
          return Value(static_cast<std::int64_t>(d));
        r_->fail(line, col, "key '" + k.name + "' is an integer, but the value is '" + std::string(trimmed()) + "'");
      }
      case KeyType::Double: {
        double d;
        if (exp::parse_double(trimmed(), d)) return Value(d);
        r_->fail(line, col, "key '" + k.name + "' is a number, but the value is '" + std::string(trimmed()) + "'");
      }
      case KeyType::String:
        if (k.json) {
          Value v;
          std::string err;
          if (exp::parse_json(text, v, err)) return v;
          r_->fail(line, col, "key '" + k.name + "' holds JSON, but: " + err);
        }
        if (k.json_maybe) {
          std::string_view s = trimmed();
          if (!s.empty() && (s.front() == '[' || s.front() == '{')) {
            Value v;
            std::string err;
            if (exp::parse_json(s, v, err)) return v;
          }
        }
        return Value(std::move(text));
    }
    return Value(text);
  }

  void parse() {
    using E = xml::Reader::Event;
    // What the parser is inside of.
    enum class In { None, Node, Edge };
    In in = In::None;
    int graph_depth = 0;  // <graph> elements open
    bool saw_root = false, saw_graph = false;
    int data_key = -1;
    std::uint64_t data_line = 0, data_col = 0;
    std::string data_text;
    int data_nesting = 0;  // elements inside <data> (yEd graphics), whose text is ignored
    int key_index = -1;     // inside <key>
    bool in_default = false;
    std::string default_text;
    Elem cur;

    for (;;) {
      E ev = r_->next();
      if (ev == E::Eof) break;
      if (ev == E::Text) {
        if (data_key >= 0 && data_nesting == 0) data_text += r_->text();
        if (in_default) default_text += r_->text();
        continue;
      }
      std::string_view name = r_->local();
      if (ev == E::Start) {
        if (!saw_root) {
          saw_root = true;
          if (name != "graphml")
            r_->fail(r_->line(), r_->col(), "not a GraphML file: the root element is <" + r_->qname() + ">");
          continue;
        }
        if (data_key >= 0) {
          ++data_nesting;
          continue;
        }
        if (name == "key") {
          KeyDef k;
          const std::string* id = r_->attr("id");
          if (!id) r_->fail(r_->line(), r_->col(), "<key> without an id");
          const std::string* an = r_->attr("attr.name");
          k.name = an ? *an : *id;
          k.type = parse_key_type(r_->attr("attr.type"));
          const std::string* j = r_->attr("kg.json");
          k.json = j && *j == "true";
          k.json_maybe = !k.json && known_list_key(k.name);
          k.skip = !an && (r_->attr("yfiles.type") || r_->attr("yfiles.foldertype"));
          const std::string* f = r_->attr("for");
          k.domain = !f ? 'a' : *f == "node" ? 'n' : *f == "edge" ? 'e' : *f == "graph" ? 'g' : 'a';
          if (key_ids_.count(*id)) r_->fail(r_->line(), r_->col(), "key id '" + *id + "' declared twice");
          key_ids_.emplace(*id, static_cast<int>(keys_.size()));
          key_index = static_cast<int>(keys_.size());
          keys_.push_back(std::move(k));
          map_key(keys_.back());
        } else if (name == "default" && key_index >= 0) {
          in_default = true;
          default_text.clear();
          data_line = r_->line();
          data_col = r_->col();
        } else if (name == "graph") {
          if (in != In::None) r_->fail(r_->line(), r_->col(), "nested graphs are not supported");
          if (saw_graph) r_->fail(r_->line(), r_->col(), "more than one graph in the file is not supported");
          saw_graph = true;
          ++graph_depth;
        } else if (name == "node") {
          if (graph_depth == 0) r_->fail(r_->line(), r_->col(), "<node> outside <graph>");
          if (in != In::None) r_->fail(r_->line(), r_->col(), "<node> inside another element");
          const std::string* id = r_->attr("id");
          if (!id) r_->fail(r_->line(), r_->col(), "<node> without an id");
          in = In::Node;
          cur.id.clear();
          cur.src.clear();
          cur.dst.clear();
          cur.data.clear();
          cur.id = *id;
          cur.line = r_->line();
          cur.col = r_->col();
        } else if (name == "edge") {
          if (graph_depth == 0) r_->fail(r_->line(), r_->col(), "<edge> outside <graph>");
          if (in != In::None) r_->fail(r_->line(), r_->col(), "<edge> inside another element");
          const std::string* s = r_->attr("source");
          const std::string* t = r_->attr("target");
          if (!s || !t) r_->fail(r_->line(), r_->col(), "<edge> without a source or target");
          in = In::Edge;
          cur.id.clear();
          cur.src.clear();
          cur.dst.clear();
          cur.data.clear();
          if (const std::string* id = r_->attr("id")) cur.id = *id;
          cur.src = *s;
          cur.dst = *t;
          cur.line = r_->line();
          cur.col = r_->col();
        } else if (name == "hyperedge") {
          r_->fail(r_->line(), r_->col(), "hyperedges are not supported");
        } else if (name == "data") {
          const std::string* k = r_->attr("key");
          if (!k) r_->fail(r_->line(), r_->col(), "<data> without a key");
          auto it = key_ids_.find(*k);
          if (it == key_ids_.end()) r_->fail(r_->line(), r_->col(), "<data> names key '" + *k + "', which is not declared");
          data_key = it->second;
          data_line = r_->line();
          data_col = r_->col();
          data_text.clear();
          data_nesting = 0;
        }
        // <desc>, <port>, <locator>, ... carry nothing kg keeps.
        continue;
      }
      // End.
      if (data_key >= 0) {
        if (data_nesting > 0) {
          --data_nesting;
          continue;
        }
        const KeyDef& k = keys_[data_key];
        if (!k.skip && in != In::None) {
          Value v = convert(k, data_text, data_line, data_col);
          bool replaced = false;
          for (auto& [ki, old] : cur.data)
            if (ki == data_key) {
              old = std::move(v);
              replaced = true;
            }
          if (!replaced) cur.data.emplace_back(data_key, std::move(v));
        }
        data_key = -1;
        continue;
      }
      if (name == "default" && in_default) {
        in_default = false;
        const KeyDef& k = keys_[key_index];
        if (!k.skip) keys_[key_index].deflt = convert(k, default_text, data_line, data_col);
      } else if (name == "key") {
        key_index = -1;
      } else if (name == "node" && in == In::Node) {
        on_node(cur);
        in = In::None;
      } else if (name == "edge" && in == In::Edge) {
        on_edge(cur);
        in = In::None;
      } else if (name == "graph") {
        --graph_depth;
      }
    }
    if (!saw_graph) r_->fail(r_->line(), r_->col(), "no <graph> element");
  }

  void apply_defaults(Elem& e, char domain) {
    for (std::size_t i = 0; i < keys_.size(); ++i) {
      const KeyDef& k = keys_[i];
      if (!k.deflt || (k.domain != domain && k.domain != 'a')) continue;
      bool has = false;
      for (const auto& [ki, v] : e.data)
        if (ki == static_cast<int>(i)) has = true;
      if (!has) e.data.emplace_back(static_cast<int>(i), *k.deflt);
    }
  }

  void on_node(Elem& e) {
    if (!fast_) {
      nodes_.push_back(std::move(e));
      return;
    }
    std::uint64_t id;
    if (!kg_id(e.id, 'n', id) || id > max_id(g_.node_count())) throw Restart{};
    if (g_.node_alive(id)) r_->fail(e.line, e.col, "node id '" + e.id + "' used twice");
    make_node(e, id);
  }

  void on_edge(Elem& e) {
    if (!fast_) {
      edges_.push_back(std::move(e));
      return;
    }
    std::uint64_t id, s, t;
    if (!kg_id(e.id, 'e', id) || id > max_id(g_.rel_count()) || g_.rel_alive(id)) throw Restart{};
    if (!kg_id(e.src, 'n', s) || !g_.node_alive(s) || !kg_id(e.dst, 'n', t) || !g_.node_alive(t)) throw Restart{};
    make_rel(e, id, s, t);
  }

  void make_node(Elem& e, NodeId n) {
    apply_defaults(e, 'n');
    g_.add_node_with_id(n);
    bool has_labels = false;
    for (const auto& [k, v] : e.data)
      if (node_sym_[k] == kLabels && v.is_list()) has_labels = true;
    for (auto& [k, v] : e.data) {
      int s = node_sym_[k];
      if (s == kType) {
        if (has_labels) continue;
        std::string l = v.is_string() ? v.as_string() : v.is_null() ? "" : v.to_display();
        if (!l.empty()) g_.add_label(n, l);
      } else if (s == kLabels) {
        if (v.is_list()) {
          for (const auto& l : v.as_list())
            if (l.is_string() && !l.as_string().empty()) g_.add_label(n, l.as_string());
        } else if (v.is_string() && !v.as_string().empty()) {
          g_.add_label(n, v.as_string());
        }
      } else if (s == kName) {
        g_.set_node_prop(n, k_name_, std::move(v));
      } else {
        g_.set_node_prop(n, static_cast<SymId>(s), std::move(v));
      }
    }
  }

  void make_rel(Elem& e, RelId r, NodeId s, NodeId t) {
    apply_defaults(e, 'e');
    SymId type = related_;
    for (const auto& [k, v] : e.data) {
      if (rel_sym_[k] != kRelType) continue;
      std::string ty = v.is_string() ? v.as_string() : v.is_null() ? "" : v.to_display();
      if (!ty.empty()) type = g_.sym(ty);
    }
    g_.add_rel_with_id(r, s, t, type);
    for (auto& [k, v] : e.data)
      if (rel_sym_[k] != kRelType) g_.set_rel_prop(r, static_cast<SymId>(rel_sym_[k]), std::move(v));
    // kg writes weight (= sources) as a double for Gephi; give back the integer.
    const Value* w = g_.rel(r).props.get(k_weight_);
    const Value* src = g_.rel(r).props.get(k_sources_);
    if (w && src && w->is_float() && src->is_int() && w->as_float() == static_cast<double>(src->as_int()))
      g_.set_rel_prop(r, k_weight_, Value(src->as_int()));
  }

  // The general way: assign ids, then add in ascending id order.
  void build() {
    bool kg_nodes = true;
    std::uint64_t id;
    std::vector<std::uint64_t> nid(nodes_.size());
    for (std::size_t i = 0; i < nodes_.size() && kg_nodes; ++i) {
      if (!kg_id(nodes_[i].id, 'n', id) || id > max_id(nodes_.size())) kg_nodes = false;
      nid[i] = id;
    }
    std::unordered_map<std::string, NodeId> by_xml;
    if (!kg_nodes) {
      by_xml.reserve(nodes_.size());
      for (std::size_t i = 0; i < nodes_.size(); ++i) nid[i] = i;
    }
    std::vector<char> used;
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      if (kg_nodes) {
        if (used.size() <= nid[i]) used.resize(nid[i] + 1);
        if (used[nid[i]]) r_->fail(nodes_[i].line, nodes_[i].col, "node id '" + nodes_[i].id + "' used twice");
        used[nid[i]] = 1;
      } else if (!by_xml.emplace(nodes_[i].id, nid[i]).second) {
        r_->fail(nodes_[i].line, nodes_[i].col, "node id '" + nodes_[i].id + "' used twice");
      }
    }
    std::vector<std::size_t> order(nodes_.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](auto a, auto b) { return nid[a] < nid[b]; });
    for (std::size_t i : order) {
      make_node(nodes_[i], nid[i]);
      // A foreign file: a node without a label takes its GraphML id as its name.
      if (!kg_nodes && !g_.node(nid[i]).props.get(k_name_)) g_.set_node_prop(nid[i], k_name_, Value(nodes_[i].id));
      nodes_[i].data.clear();
    }

    bool kg_edges = true;
    std::vector<std::uint64_t> eid(edges_.size());
    for (std::size_t i = 0; i < edges_.size() && kg_edges; ++i) {
      if (!kg_id(edges_[i].id, 'e', id) || id > max_id(edges_.size())) kg_edges = false;
      eid[i] = id;
    }
    used.clear();
    for (std::size_t i = 0; i < edges_.size(); ++i) {
      if (!kg_edges) {
        eid[i] = i;
        continue;
      }
      if (used.size() <= eid[i]) used.resize(eid[i] + 1);
      if (used[eid[i]]) r_->fail(edges_[i].line, edges_[i].col, "edge id '" + edges_[i].id + "' used twice");
      used[eid[i]] = 1;
    }
    std::vector<std::size_t> eorder(edges_.size());
    for (std::size_t i = 0; i < eorder.size(); ++i) eorder[i] = i;
    std::sort(eorder.begin(), eorder.end(), [&](auto a, auto b) { return eid[a] < eid[b]; });
    auto node_of = [&](const Elem& e, const std::string& x, const char* which) -> NodeId {
      if (kg_nodes) {
        std::uint64_t v;
        if (kg_id(x, 'n', v) && g_.node_alive(v)) return v;
      } else {
        auto it = by_xml.find(x);
        if (it != by_xml.end()) return it->second;
      }
      r_->fail(e.line, e.col, std::string("edge ") + which + " '" + x + "' is not a node of the graph");
    };
    for (std::size_t i : eorder) {
      Elem& e = edges_[i];
      make_rel(e, eid[i], node_of(e, e.src, "source"), node_of(e, e.dst, "target"));
      e = Elem{};
    }
  }

  // Ids far beyond the element count are numbered afresh rather than kept as holes.
  static std::uint64_t max_id(std::size_t count) { return 16 * static_cast<std::uint64_t>(count) + (1u << 20); }

  std::string path_;
  bool fast_ = true;
  PropertyGraph& g_;
  std::unique_ptr<xml::Reader> r_;
  std::vector<KeyDef> keys_;
  std::unordered_map<std::string, int> key_ids_;
  std::vector<int> node_sym_, rel_sym_;
  std::vector<Elem> nodes_, edges_;
  SymId k_weight_ = 0, k_sources_ = 0, k_name_ = 0, related_ = 0;
};

}  // namespace

PropertyGraph import_graphml(const std::string& path) {
  // One graph object returned by name, so no copy is made (PropertyGraph's Boost
  // adjacency list has no move constructor).
  PropertyGraph g;
  try {
    try {
      GraphmlImport(path, g, true).run();
    } catch (const GraphmlImport::Restart&) {
      g = PropertyGraph();  // assigning an empty graph: cheap
      GraphmlImport(path, g, false).run();
    }
  } catch (const GraphError& e) {
    throw ExportError(path + ": " + e.what());
  }
  return g;
}

}  // namespace kg
