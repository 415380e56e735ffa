// kg::PropertyGraph: a directed, labelled property graph on Boost.Graph.
//
// Nodes carry zero or more labels and properties; relationships carry exactly one
// type and properties. Ids are stable: a deleted node or relationship leaves a hole
// (its id is never reused), so ids printed by a query stay valid across saves.
//
// Indexes kept up to date on every write: label -> nodes (ascending ids), relationship
// type -> relationships, and the string value of the `name` property -> nodes.
// The graph knows nothing of text or queries.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <cstdint>
#include <functional>
#include <iterator>
#include <new>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "graph/value.h"

namespace kg {

// Interned strings for labels, relationship types and property keys.
using SymId = std::uint32_t;

class SymbolTable {
 public:
  SymId intern(std::string_view s);
  // The id of s, or nullopt when s was never interned.
  std::optional<SymId> find(std::string_view s) const;
  const std::string& name(SymId id) const { return names_[id]; }
  std::size_t size() const { return names_.size(); }

 private:
  struct SvHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::vector<std::string> names_;
  std::unordered_map<std::string, SymId, SvHash, std::equal_to<>> ids_;
};

// Properties in insertion order; a key appears at most once; null is never stored.
// Compact: 16 bytes, one Value. A single property is held inline (most relationships
// have one or two), its key in the Value's spare word; more go to one heap array of
// (key, value) entries.
class Properties {
 public:
  using Entry = std::pair<SymId, Value>;
  // What iterating gives: the key and a reference to the stored value (stable while the
  // properties are not changed).
  using Item = std::pair<SymId, const Value&>;
  class Iter {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = Item;
    using difference_type = std::ptrdiff_t;
    using pointer = const Item*;
    using reference = const Item&;
    Iter() = default;
    Iter(const Properties* p, std::uint32_t i) : p_(p), i_(i) {}
    Iter(const Iter& o) : p_(o.p_), i_(o.i_) {}
    Iter& operator=(const Iter& o) {
      p_ = o.p_;
      i_ = o.i_;
      return *this;
    }
    const Item& operator*() const {
      cur_.emplace(p_->key_at(i_), p_->value_at(i_));
      return *cur_;
    }
    const Item* operator->() const { return &**this; }
    Iter& operator++() {
      ++i_;
      return *this;
    }
    bool operator==(const Iter& o) const { return i_ == o.i_; }
    bool operator!=(const Iter& o) const { return i_ != o.i_; }

   private:
    const Properties* p_ = nullptr;
    std::uint32_t i_ = 0;
    mutable std::optional<Item> cur_;
  };

  Properties() noexcept {}
  Properties(const Properties& o);
  Properties(Properties&& o) noexcept { take(o); }
  Properties& operator=(const Properties& o);
  Properties& operator=(Properties&& o) noexcept {
    if (this != &o) {
      destroy();
      take(o);
    }
    return *this;
  }
  ~Properties() { destroy(); }

  const Value* get(SymId key) const;
  Value* get_mut(SymId key);
  // Setting null removes the key. Returns the previous value (null when absent).
  Value set(SymId key, Value v);
  bool erase(SymId key);
  bool empty() const { return size() == 0; }
  std::size_t size() const { return many() ? heap()->size : one() ? 1 : 0; }
  // The entries, in order: a range of Items (begin/end/size/empty/operator[]).
  const Properties& entries() const { return *this; }
  Iter begin() const { return Iter(this, 0); }
  Iter end() const { return Iter(this, static_cast<std::uint32_t>(size())); }
  Item operator[](std::size_t i) const { return Item(key_at(i), value_at(i)); }
  // Where the values are held (for a prefetch).
  const void* data() const { return many() ? static_cast<const void*>(heap()->entries()) : &v_; }
  void clear() { destroy(); }
  void reserve(std::size_t n);

 private:
  // The heap array: a header, then cap entries.
  struct Heap {
    std::uint32_t size, cap;
    Entry* entries() { return reinterpret_cast<Entry*>(this + 1); }
    const Entry* entries() const { return reinterpret_cast<const Entry*>(this + 1); }
  };
  static_assert(sizeof(Heap) % alignof(Entry) == 0);
  static constexpr Value::Kind kMany = static_cast<Value::Kind>(0xFE);  // v_ holds a Heap*

  bool many() const { return v_.k_ == kMany; }
  bool one() const { return v_.k_ != Value::Kind::Null && v_.k_ != kMany; }
  Heap* heap() const { return reinterpret_cast<Heap*>(v_.p_); }
  SymId key_at(std::size_t i) const { return many() ? heap()->entries()[i].first : v_.aux_; }
  const Value& value_at(std::size_t i) const { return many() ? heap()->entries()[i].second : v_; }
  void set_heap(Heap* h) {
    v_.k_ = kMany;
    v_.p_ = reinterpret_cast<Value::Counted*>(h);
  }
  static Heap* alloc(std::uint32_t cap);
  void destroy() noexcept;
  void take(Properties& o) noexcept;

  Value v_;  // empty: null; one property: its value, the key in v_.aux_; more: kMany
};

// A node's labels, sorted and unique: up to two inline, more in one heap array (12
// bytes; a std::vector took 24 plus a 32-byte allocation for the usual one label).
class Labels {
 public:
  Labels() noexcept {}
  Labels(const Labels& o) { assign(o.begin(), o.size_); }
  Labels& operator=(const Labels& o) {
    if (this != &o) {
      Labels copy(o);
      std::swap(raw_, copy.raw_);
      std::swap(size_, copy.size_);
    }
    return *this;
  }
  ~Labels() {
    if (size_ > 2) delete[] heap_;
  }
  const SymId* begin() const { return size_ > 2 ? heap_ : inl_; }
  const SymId* end() const { return begin() + size_; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  SymId operator[](std::size_t i) const { return begin()[i]; }
  bool contains(SymId l) const;
  // Each returns whether the set changed.
  bool insert(SymId l);
  bool erase(SymId l);

 private:
  void assign(const SymId* p, std::uint32_t n);
  union {
    SymId inl_[2];
    SymId* heap_;
    std::uint64_t raw_ = 0;
  };
  std::uint32_t size_ = 0;
};

struct NodeData {
  [[no_unique_address]] Labels labels;  // (alive goes in its tail padding: 32 bytes)
  bool alive = false;
  Properties props;
  bool has_label(SymId l) const { return labels.contains(l); }
};

// 32 bytes (ends as 32-bit ids: a graph is limited to 2^32 - 1 nodes).
struct RelData {
  SymId type = 0;
  bool alive = false;
  bool in_base = false;  // held by the compact adjacency (PropertyGraph::base())
  std::uint32_t src = 0, dst = 0;
  Properties props;
};

class GraphError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The adjacency is held in two Boost.Graph structures (vertex descriptor == NodeId, the
// edge bundle is the RelId):
// - the base, a compressed_sparse_row_graph (bidirectional) built in one pass by compact()
//   (after a store load or an import): out- and in-edges in four flat arrays of 32-bit
//   entries, 16 bytes a relationship and no allocation per relationship. A relationship removed from it is only
//   marked dead (RelData::alive) and skipped until the next compact(): O(1), so a DETACH
//   DELETE of a hub stays linear.
// - the delta, an adjacency_list (bidirectional) for what is added after that (a write
//   query, kg add, a graph built in memory): about 80 bytes a relationship (Boost's edge
//   list node and the out- and in-edge entries), removals in O(degree).
// Each node's relationships are its base ones (by id) followed by its delta ones (in the
// order they were added); a graph rebuilt by compact() or reloaded lists them by id.
class PropertyGraph {
 public:
  using Adjacency = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                          boost::no_property, RelId>;
  // (The base's edge bundle, the RelId, is 32-bit: compact() leaves graphs with larger ids
  // in the delta.)
  using Base = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property, std::uint32_t,
                                                  boost::no_property, std::uint32_t, std::uint32_t>;

  PropertyGraph() = default;
  PropertyGraph(const PropertyGraph&) = default;
  PropertyGraph& operator=(const PropertyGraph&) = default;
  // Boost's adjacency_list has no move: moving swaps, so returning a graph by value
  // never copies it.
  PropertyGraph(PropertyGraph&& o) noexcept { swap(o); }
  PropertyGraph& operator=(PropertyGraph&& o) noexcept {
    swap(o);
    return *this;
  }
  void swap(PropertyGraph& o) noexcept;

  // Room for this many nodes and relationships (loading, importing).
  void reserve(std::size_t nodes, std::size_t rels);
  // Room for exactly this many relationships leaving / entering each node in the delta
  // (indexed by node id: it then neither grows edge by edge nor keeps spare capacity).
  // Nodes beyond the vectors are left as they are.
  void reserve_adjacency(const std::vector<std::uint32_t>& out_degree, const std::vector<std::uint32_t>& in_degree);
  // Bulk loading (a store, an import): between begin_bulk() and end_bulk() relationships
  // are recorded (ids, ends, type index) but no adjacency is built; end_bulk() builds the
  // base for all of them at once (compact()). Reads of the adjacency in between see only
  // what was there before begin_bulk().
  void begin_bulk() {
    bulk_ = true;
    bulk_from_ = rels_.size();
  }
  void end_bulk();
  // Rebuilds the base from every live relationship (the delta and the dead entries are
  // dropped). Returns false, changing nothing, when the graph exceeds the base's 32-bit
  // ids (the delta then keeps holding everything).
  bool compact();

  SymbolTable& symbols() { return syms_; }
  const SymbolTable& symbols() const { return syms_; }
  SymId sym(std::string_view s) { return syms_.intern(s); }

  // --- writes ---
  NodeId add_node(const std::vector<std::string>& labels = {}, const Map& props = {});
  RelId add_rel(NodeId src, NodeId dst, std::string_view type, const Map& props = {});
  // Create with a given id (loading a store); the id must not be in use.
  void add_node_with_id(NodeId id);
  void add_rel_with_id(RelId id, NodeId src, NodeId dst, SymId type);
  // Throws GraphError when the node still has relationships.
  void remove_node(NodeId n);
  // Removes the node's relationships first.
  void detach_remove_node(NodeId n);
  void remove_rel(RelId r);

  void set_node_prop(NodeId n, std::string_view key, Value v);
  void set_rel_prop(RelId r, std::string_view key, Value v);
  void set_node_prop(NodeId n, SymId key, Value v);
  void set_rel_prop(RelId r, SymId key, Value v);
  // The stored value of a relationship property, for in-place changes (null when
  // absent). Likewise for node properties other than the indexed `name`.
  Value* rel_prop_mut(RelId r, SymId key);
  Value* node_prop_mut(NodeId n, SymId key);
  // A relationship's properties, to set several at once (reserve(), then set()).
  Properties& rel_properties(RelId r) {
    ensure_rel(r);
    return rels_[r].props;
  }
  // Room for k properties on node n (a node whose properties are set one by one
  // otherwise grows its array 2, 4, 8).
  void reserve_node_props(NodeId n, std::size_t k) {
    ensure_node(n);
    nodes_[n].props.reserve(k);
  }
  void clear_node_props(NodeId n);
  void clear_rel_props(RelId r);
  bool add_label(NodeId n, std::string_view label);
  bool remove_label(NodeId n, std::string_view label);

  // --- reads ---
  bool node_alive(NodeId n) const { return n < node_bits_.size() && node_bits_[n]; }
  bool rel_alive(RelId r) const { return r < rels_.size() && rels_[r].alive; }
  const NodeData& node(NodeId n) const { return nodes_.at(n); }
  const RelData& rel(RelId r) const { return rels_.at(r); }
  Value node_prop(NodeId n, std::string_view key) const;
  Value rel_prop(RelId r, std::string_view key) const;
  Map node_props(NodeId n) const;
  Map rel_props(RelId r) const;
  std::vector<std::string> labels(NodeId n) const;
  const std::string& rel_type(RelId r) const { return syms_.name(rels_.at(r).type); }

  std::size_t node_count() const { return live_nodes_; }
  std::size_t rel_count() const { return live_rels_; }
  // One past the largest id ever given: iterate 0..node_id_bound() and skip dead ids.
  NodeId node_id_bound() const { return nodes_.size(); }
  RelId rel_id_bound() const { return rels_.size(); }

  // Live nodes with this label, ascending; empty when the label is unknown.
  const std::vector<NodeId>& nodes_with_label(std::string_view label) const;
  // Live relationships of this type, ascending (32-bit ids: 4 bytes a relationship).
  const std::vector<std::uint32_t>& rels_with_type(std::string_view type) const;
  // Live nodes whose `name` property is this string, ascending.
  std::vector<NodeId> nodes_named(std::string_view name) const;
  // The first of them (smallest id) with this label, if any (no list made).
  std::optional<NodeId> first_named(std::string_view name, SymId label) const;

  // Relationships leaving / entering n (each RelId once; a self-loop appears in both).
  template <class F>
  void for_each_out(NodeId n, F&& f) const {
    if (in_base(n))
      for (auto [it, end] = boost::out_edges(static_cast<Base::vertex_descriptor>(n), base_); it != end; ++it) {
        RelId r = base_[*it];
        if (!dead_base_ || rels_[r].alive) f(r);
      }
    if (n < adj_.m_vertices.size())
      for (auto [it, end] = boost::out_edges(n, adj_); it != end; ++it) f(adj_[*it]);
  }
  template <class F>
  void for_each_in(NodeId n, F&& f) const {
    if (in_base(n))
      for (auto [it, end] = boost::in_edges(static_cast<Base::vertex_descriptor>(n), base_); it != end; ++it) {
        RelId r = base_[*it];
        if (!dead_base_ || rels_[r].alive) f(r);
      }
    if (n < adj_.m_vertices.size())
      for (auto [it, end] = boost::in_edges(n, adj_); it != end; ++it) f(adj_[*it]);
  }
  std::size_t out_degree(NodeId n) const;
  std::size_t in_degree(NodeId n) const;

  // The two halves of the adjacency (see above), for traversals that read them directly.
  // A base entry whose relationship is dead (!rel_alive) is to be skipped; there are
  // none when base_has_dead() is false. delta() vertices exist only up to the largest
  // node id a delta relationship touches.
  const Base& base() const { return base_; }
  bool in_base(NodeId n) const { return n + 1 < base_.m_forward.m_rowstart.size(); }
  bool base_has_dead() const { return dead_base_ != 0; }
  const Adjacency& adjacency() const { return adj_; }

  // All labels / relationship types / property keys in use, sorted, with counts.
  std::vector<std::pair<std::string, std::size_t>> label_counts() const;
  std::vector<std::pair<std::string, std::size_t>> type_counts() const;

 private:
  void ensure_node(NodeId n) const {
    if (!node_alive(n)) [[unlikely]] no_node(n);
  }
  void ensure_rel(RelId r) const {
    if (!rel_alive(r)) [[unlikely]] no_rel(r);
  }
  [[noreturn]] static void no_node(NodeId n);
  [[noreturn]] static void no_rel(RelId r);
  void index_name(NodeId n, const Value* old_v, const Value* new_v);
  const std::string* name_of(NodeId n) const;
  void name_insert(NodeId n, std::string_view name);
  std::size_t name_find(std::string_view name, std::size_t hash, bool& found) const;
  void name_rehash(std::size_t cap);
  template <class T>
  static void sorted_insert(std::vector<T>& v, std::uint64_t x);
  template <class T>
  static void sorted_erase(std::vector<T>& v, std::uint64_t x);

  void delta_vertices(NodeId n);

  SymbolTable syms_;
  Base base_;
  std::size_t dead_base_ = 0;  // base entries of removed relationships
  bool bulk_ = false;
  RelId bulk_from_ = 0;
  Adjacency adj_;
  std::vector<NodeData> nodes_;
  std::vector<bool> node_bits_;  // which nodes are alive (small: checked for every relationship loaded)
  std::vector<RelData> rels_;
  std::size_t live_nodes_ = 0, live_rels_ = 0;
  std::unordered_map<SymId, std::vector<NodeId>> by_label_;
  std::unordered_map<SymId, std::vector<std::uint32_t>> by_type_;
  // The name index: open addressing over node ids (id + 1; 0 is an empty slot, kNameGone
  // a removed one), one slot a distinct name, at the hash of that node's current `name`,
  // which a probe compares (4 bytes a slot, at most half of them used); the other nodes of
  // that name follow in a chain (name_next_, by node id: id + 1 of the next, 0 at the end).
  static constexpr std::uint32_t kNameGone = 0xFFFFFFFFu;
  std::vector<std::uint32_t> name_slots_;
  std::vector<std::uint32_t> name_next_;
  std::size_t name_used_ = 0, name_gone_ = 0;
  SymId name_key_ = syms_.intern("name");
};

}  // namespace kg
