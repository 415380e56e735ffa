#include "graph/property_graph.h"

#include <sys/mman.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <utility>

namespace kg {

namespace {
// Large arrays filled at once (a bulk load): asked to be backed by 2 MB pages where the
// kernel grants them on request (transparent huge pages in "madvise" mode). A fresh 4 KB
// page costs a page fault, and at a million relationships the faults were a quarter of a
// load's time.
void advise_huge(const void* p, std::size_t bytes) {
  constexpr std::uintptr_t kHuge = std::uintptr_t{2} << 20;
  if (bytes < 4 * kHuge) return;
  std::uintptr_t b = (reinterpret_cast<std::uintptr_t>(p) + kHuge - 1) & ~(kHuge - 1);
  std::uintptr_t e = (reinterpret_cast<std::uintptr_t>(p) + bytes) & ~(kHuge - 1);
  if (e > b) ::madvise(reinterpret_cast<void*>(b), e - b, MADV_HUGEPAGE);
}

// v resized to n value-initialised elements, in huge pages when large.
template <class T>
void sized(std::vector<T>& v, std::size_t n) {
  v.clear();
  v.reserve(n);
  advise_huge(v.data(), n * sizeof(T));
  v.resize(n);
}
}  // namespace

SymId SymbolTable::intern(std::string_view s) {
  auto it = ids_.find(s);
  if (it != ids_.end()) return it->second;
  SymId id = static_cast<SymId>(names_.size());
  names_.emplace_back(s);
  ids_.emplace(std::string(s), id);
  return id;
}

std::optional<SymId> SymbolTable::find(std::string_view s) const {
  auto it = ids_.find(s);
  if (it == ids_.end()) return std::nullopt;
  return it->second;
}

Properties::Heap* Properties::alloc(std::uint32_t cap) {
  void* m = ::operator new(sizeof(Heap) + cap * sizeof(Entry), std::align_val_t(alignof(Entry)));
  return new (m) Heap{0, cap};
}

void Properties::destroy() noexcept {
  if (many()) {
    Heap* h = heap();
    Entry* d = h->entries();
    for (std::uint32_t i = 0; i < h->size; ++i) d[i].~Entry();
    ::operator delete(h, std::align_val_t(alignof(Entry)));
    v_.k_ = Value::Kind::Null;
  } else {
    v_ = Value();
  }
  v_.aux_ = 0;
}

void Properties::take(Properties& o) noexcept {
  // A Value is relocatable as raw bytes: take o's representation, leave o empty.
  v_.k_ = o.v_.k_;
  v_.id_ = o.v_.id_;
  v_.aux_ = o.v_.aux_;
  o.v_.k_ = Value::Kind::Null;
  o.v_.aux_ = 0;
}

void Properties::reserve(std::size_t n) {
  if (n <= 1 && !many()) return;
  if (many() && n <= heap()->cap) return;
  n = std::max<std::size_t>(n, size());
  Heap* h = alloc(static_cast<std::uint32_t>(n));
  Entry* d = h->entries();
  if (many()) {
    Heap* old = heap();
    for (std::uint32_t i = 0; i < old->size; ++i) {
      new (d + i) Entry(std::move(old->entries()[i]));
      old->entries()[i].~Entry();
    }
    h->size = old->size;
    ::operator delete(old, std::align_val_t(alignof(Entry)));
  } else if (one()) {
    new (d) Entry(v_.aux_, std::move(v_));
    h->size = 1;
  }
  set_heap(h);
  v_.aux_ = 0;
}

Properties::Properties(const Properties& o) {
  if (o.many()) {
    Heap* h = alloc(o.heap()->size ? o.heap()->size : 1);
    for (std::uint32_t i = 0; i < o.heap()->size; ++i) {
      new (h->entries() + i) Entry(o.heap()->entries()[i]);
      ++h->size;
    }
    set_heap(h);
  } else if (o.one()) {
    v_ = o.v_;
    v_.aux_ = o.v_.aux_;
  }
}

Properties& Properties::operator=(const Properties& o) {
  if (this != &o) {
    Properties copy(o);
    destroy();
    take(copy);
  }
  return *this;
}

const Value* Properties::get(SymId key) const {
  if (many()) {
    const Heap* h = heap();
    for (std::uint32_t i = 0; i < h->size; ++i)
      if (h->entries()[i].first == key) return &h->entries()[i].second;
    return nullptr;
  }
  return one() && v_.aux_ == key ? &v_ : nullptr;
}

Value* Properties::get_mut(SymId key) { return const_cast<Value*>(std::as_const(*this).get(key)); }

Value Properties::set(SymId key, Value v) {
  if (!many()) {
    if (!one()) {  // empty
      if (v.is_null()) return Value();
      v_ = std::move(v);
      v_.aux_ = key;
      return Value();
    }
    if (v_.aux_ == key) {
      Value old = std::move(v_);
      if (v.is_null()) v_.aux_ = 0;
      else v_ = std::move(v);
      return old;
    }
    if (v.is_null()) return Value();
    reserve(2);
  }
  Heap* h = heap();
  Entry* d = h->entries();
  for (std::uint32_t i = 0; i < h->size; ++i) {
    if (d[i].first != key) continue;
    Value old = std::move(d[i].second);
    if (v.is_null()) {
      for (std::uint32_t j = i + 1; j < h->size; ++j) d[j - 1] = std::move(d[j]);
      d[--h->size].~Entry();
    } else {
      d[i].second = std::move(v);
    }
    return old;
  }
  if (v.is_null()) return Value();
  if (h->size == h->cap) {
    reserve(2 * static_cast<std::size_t>(h->cap));  // 1 (inline), 2, 4, 8...
    h = heap();
    d = h->entries();
  }
  new (d + h->size) Entry(key, std::move(v));
  ++h->size;
  return Value();
}

bool Properties::erase(SymId key) {
  if (!many()) {
    if (!one() || v_.aux_ != key) return false;
    v_ = Value();
    v_.aux_ = 0;
    return true;
  }
  Heap* h = heap();
  Entry* d = h->entries();
  for (std::uint32_t i = 0; i < h->size; ++i) {
    if (d[i].first != key) continue;
    for (std::uint32_t j = i + 1; j < h->size; ++j) d[j - 1] = std::move(d[j]);
    d[--h->size].~Entry();
    return true;
  }
  return false;
}

bool Labels::contains(SymId l) const {
  if (size_ <= 2) return (size_ > 0 && inl_[0] == l) || (size_ > 1 && inl_[1] == l);
  return std::binary_search(begin(), end(), l);
}

void Labels::assign(const SymId* p, std::uint32_t n) {
  if (n > 2) {
    auto* h = new SymId[n];
    std::copy(p, p + n, h);
    heap_ = h;
  } else {
    raw_ = 0;
    std::copy(p, p + n, inl_);
  }
  size_ = n;
}

bool Labels::insert(SymId l) {
  const SymId* b = begin();
  const SymId* it = std::lower_bound(b, b + size_, l);
  if (it != b + size_ && *it == l) return false;
  std::vector<SymId> v(b, b + size_);
  v.insert(v.begin() + (it - b), l);
  Labels n;
  n.assign(v.data(), static_cast<std::uint32_t>(v.size()));
  *this = n;
  return true;
}

bool Labels::erase(SymId l) {
  const SymId* b = begin();
  const SymId* it = std::lower_bound(b, b + size_, l);
  if (it == b + size_ || *it != l) return false;
  std::vector<SymId> v(b, b + size_);
  v.erase(v.begin() + (it - b));
  Labels n;
  n.assign(v.data(), static_cast<std::uint32_t>(v.size()));
  *this = n;
  return true;
}

template <class T>
void PropertyGraph::sorted_insert(std::vector<T>& v, std::uint64_t x) {
  if (v.empty() || v.back() < x) {
    v.push_back(static_cast<T>(x));
    return;
  }
  auto it = std::lower_bound(v.begin(), v.end(), x);
  if (it == v.end() || *it != x) v.insert(it, static_cast<T>(x));
}

template <class T>
void PropertyGraph::sorted_erase(std::vector<T>& v, std::uint64_t x) {
  auto it = std::lower_bound(v.begin(), v.end(), x);
  if (it != v.end() && *it == x) v.erase(it);
}

void PropertyGraph::swap(PropertyGraph& o) noexcept {
  std::swap(syms_, o.syms_);
  // The base's arrays swap in O(1). Boost's adjacency_list::swap copies both graphs three
  // times; its two containers swap in O(1) instead (a std::list swap keeps the out- and
  // in-edge entries' iterators valid).
  base_.m_forward.m_rowstart.swap(o.base_.m_forward.m_rowstart);
  base_.m_forward.m_column.swap(o.base_.m_forward.m_column);
  base_.m_forward.m_edge_properties.swap(o.base_.m_forward.m_edge_properties);
  base_.m_backward.m_rowstart.swap(o.base_.m_backward.m_rowstart);
  base_.m_backward.m_column.swap(o.base_.m_backward.m_column);
  base_.m_backward.m_edge_properties.swap(o.base_.m_backward.m_edge_properties);
  std::swap(dead_base_, o.dead_base_);
  std::swap(bulk_, o.bulk_);
  adj_.m_vertices.swap(o.adj_.m_vertices);
  adj_.m_edges.swap(o.adj_.m_edges);
  std::swap(nodes_, o.nodes_);
  std::swap(node_bits_, o.node_bits_);
  std::swap(rels_, o.rels_);
  std::swap(live_nodes_, o.live_nodes_);
  std::swap(live_rels_, o.live_rels_);
  std::swap(by_label_, o.by_label_);
  std::swap(by_type_, o.by_type_);
  std::swap(name_slots_, o.name_slots_);
  std::swap(name_used_, o.name_used_);
  std::swap(name_gone_, o.name_gone_);
  std::swap(name_next_, o.name_next_);
  std::swap(name_key_, o.name_key_);
}

void PropertyGraph::reserve(std::size_t nodes, std::size_t rels) {
  if (nodes > nodes_.capacity()) {
    nodes_.reserve(nodes);
    advise_huge(nodes_.data(), nodes_.capacity() * sizeof(NodeData));
  }
  node_bits_.reserve(nodes);
  if (rels > rels_.capacity()) {
    rels_.reserve(rels);
    advise_huge(rels_.data(), rels_.capacity() * sizeof(RelData));
  }
}

void PropertyGraph::delta_vertices(NodeId n) {
  if (adj_.m_vertices.size() <= n) adj_.m_vertices.resize(n + 1);
}

void PropertyGraph::reserve_adjacency(const std::vector<std::uint32_t>& out_degree,
                                      const std::vector<std::uint32_t>& in_degree) {
  std::size_t want = std::min<std::size_t>(std::max(out_degree.size(), in_degree.size()), nodes_.size());
  if (want) delta_vertices(want - 1);
  auto& vs = adj_.m_vertices;
  for (std::size_t n = 0; n < want; ++n) {
    if (n < out_degree.size()) vs[n].m_out_edges.reserve(vs[n].m_out_edges.size() + out_degree[n]);
    if (n < in_degree.size()) vs[n].m_in_edges.reserve(vs[n].m_in_edges.size() + in_degree[n]);
  }
}

void PropertyGraph::end_bulk() {
  bulk_ = false;
  // The type index, each list sized once: counted, then filled in id order.
  {
    std::unordered_map<SymId, std::size_t> count;
    for (RelId r = bulk_from_; r < rels_.size(); ++r)
      if (rels_[r].alive) ++count[rels_[r].type];
    for (const auto& [t, c] : count) by_type_[t].reserve(by_type_[t].size() + c);
    std::unordered_map<SymId, std::size_t> old_size;
    for (const auto& [t, c] : count) old_size[t] = by_type_[t].size();
    std::vector<std::uint32_t>* last = nullptr;
    SymId last_type = 0;
    for (RelId r = bulk_from_; r < rels_.size(); ++r) {
      const RelData& d = rels_[r];
      if (!d.alive) continue;
      if (!last || d.type != last_type) {
        last = &by_type_[d.type];
        last_type = d.type;
      }
      last->push_back(static_cast<std::uint32_t>(r));
    }
    // Relationships added before begin_bulk may have larger ids (a merge of two sorted runs).
    for (const auto& [t, n] : old_size) {
      auto& v = by_type_[t];
      if (n && n < v.size() && v[n - 1] > v[n]) std::inplace_merge(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(n), v.end());
    }
  }
  if (compact()) return;
  for (RelId r = bulk_from_; r < rels_.size(); ++r) {
    const RelData& d = rels_[r];
    if (!d.alive || d.in_base) continue;
    delta_vertices(std::max(d.src, d.dst));
    boost::add_edge(d.src, d.dst, r, adj_);
  }
}

bool PropertyGraph::compact() {
  constexpr std::size_t kMax = std::numeric_limits<std::uint32_t>::max() - 1;
  const std::size_t V = nodes_.size();
  if (V > kMax || rels_.size() > kMax) return false;
  // Counting sort of the live relationships by start and by end node, each in id order.
  auto& fw = base_.m_forward;
  auto& bw = base_.m_backward;
  std::vector<std::uint32_t> fstart(V + 1, 0), bstart(V + 1, 0);
  std::size_t E = 0;
  for (const RelData& d : rels_) {
    if (!d.alive) continue;
    ++fstart[d.src + 1];
    ++bstart[d.dst + 1];
    ++E;
  }
  for (std::size_t v = 0; v < V; ++v) {
    fstart[v + 1] += fstart[v];
    bstart[v + 1] += bstart[v];
  }
  std::vector<std::uint32_t> fcol, bcol, bidx;
  std::vector<std::uint32_t> fprop;
  sized(fcol, E);
  sized(bcol, E);
  sized(bidx, E);
  sized(fprop, E);
  {
    // One pass in id order fills both directions (each relationship's forward index is
    // known when its backward entry is written: no per-relationship scratch array).
    std::vector<std::uint32_t> fpos(fstart.begin(), fstart.end() - 1);
    std::vector<std::uint32_t> bpos(bstart.begin(), bstart.end() - 1);
    for (RelId r = 0; r < rels_.size(); ++r) {
      RelData& d = rels_[r];
      d.in_base = d.alive;
      if (!d.alive) continue;
      std::uint32_t i = fpos[d.src]++;
      fcol[i] = d.dst;
      fprop[i] = static_cast<std::uint32_t>(r);
      std::uint32_t j = bpos[d.dst]++;
      bcol[j] = d.src;
      bidx[j] = i;
    }
  }
  fw.m_rowstart.swap(fstart);
  fw.m_column.swap(fcol);
  fw.m_edge_properties.swap(fprop);
  bw.m_rowstart.swap(bstart);
  bw.m_column.swap(bcol);
  bw.m_edge_properties.swap(bidx);
  dead_base_ = 0;
  // The delta is empty now (its edge list first: the vertices' entries point into it).
  decltype(adj_.m_vertices)().swap(adj_.m_vertices);
  adj_.m_edges.clear();
  return true;
}

std::size_t PropertyGraph::out_degree(NodeId n) const {
  std::size_t d = 0;
  if (in_base(n)) {
    const auto& rs = base_.m_forward.m_rowstart;
    if (!dead_base_) d = rs[n + 1] - rs[n];
    else
      for (auto i = rs[n]; i < rs[n + 1]; ++i) d += rels_[base_.m_forward.m_edge_properties[i]].alive;
  }
  if (n < adj_.m_vertices.size()) d += boost::out_degree(n, adj_);
  return d;
}

std::size_t PropertyGraph::in_degree(NodeId n) const {
  std::size_t d = 0;
  if (in_base(n)) {
    const auto& rs = base_.m_backward.m_rowstart;
    if (!dead_base_) d = rs[n + 1] - rs[n];
    else
      for (auto i = rs[n]; i < rs[n + 1]; ++i)
        d += rels_[base_.m_forward.m_edge_properties[base_.m_backward.m_edge_properties[i]]].alive;
  }
  if (n < adj_.m_vertices.size()) d += boost::in_degree(n, adj_);
  return d;
}

void PropertyGraph::no_node(NodeId n) { throw GraphError("no node with id " + std::to_string(n)); }

void PropertyGraph::no_rel(RelId r) { throw GraphError("no relationship with id " + std::to_string(r)); }

void PropertyGraph::add_node_with_id(NodeId id) {
  if (id < nodes_.size() && nodes_[id].alive) throw GraphError("node id " + std::to_string(id) + " is in use");
  if (nodes_.size() <= id) nodes_.resize(id + 1);
  nodes_[id] = NodeData{};
  nodes_[id].alive = true;
  if (node_bits_.size() <= id) node_bits_.resize(id + 1);
  node_bits_[id] = true;
  ++live_nodes_;
}

NodeId PropertyGraph::add_node(const std::vector<std::string>& labels, const Map& props) {
  NodeId id = nodes_.size();
  add_node_with_id(id);
  for (const auto& l : labels) add_label(id, l);
  for (const auto& [k, v] : props) set_node_prop(id, k, v);
  return id;
}

void PropertyGraph::add_rel_with_id(RelId id, NodeId src, NodeId dst, SymId type) {
  ensure_node(src);
  ensure_node(dst);
  if (src > std::numeric_limits<std::uint32_t>::max() || dst > std::numeric_limits<std::uint32_t>::max())
    throw GraphError("node id " + std::to_string(std::max(src, dst)) + " is beyond a relationship's 32-bit ends");
  if (id < rels_.size() && rels_[id].alive) throw GraphError("relationship id " + std::to_string(id) + " is in use");
  if (id >= std::numeric_limits<std::uint32_t>::max())
    throw GraphError("relationship id " + std::to_string(id) + " is beyond 32 bits");
  // The id of a removed relationship the base still holds: rebuild the base without it first.
  if (id < rels_.size() && rels_[id].in_base) compact();
  if (rels_.size() <= id) rels_.resize(id + 1);
  RelData& r = rels_[id];
  r = RelData{};
  r.type = type;
  r.src = static_cast<std::uint32_t>(src);
  r.dst = static_cast<std::uint32_t>(dst);
  r.alive = true;
  // A bulk load indexes the ids from bulk_from_ on in end_bulk; any other id right away.
  if (!bulk_ || id < bulk_from_) {
    delta_vertices(std::max(src, dst));
    boost::add_edge(src, dst, id, adj_);
    sorted_insert(by_type_[type], id);
  }
  ++live_rels_;
}

RelId PropertyGraph::add_rel(NodeId src, NodeId dst, std::string_view type, const Map& props) {
  RelId id = rels_.size();
  add_rel_with_id(id, src, dst, sym(type));
  for (const auto& [k, v] : props) set_rel_prop(id, k, v);
  return id;
}

void PropertyGraph::remove_rel(RelId r) {
  ensure_rel(r);
  RelData& d = rels_[r];
  if (d.in_base) {
    ++dead_base_;  // (in_base stays set: the base still holds the entry)
  } else if (d.src < adj_.m_vertices.size()) {
    for (auto [it, end] = boost::out_edges(d.src, adj_); it != end; ++it) {
      if (adj_[*it] == r) {
        boost::remove_edge(*it, adj_);
        break;
      }
    }
  }
  sorted_erase(by_type_[d.type], r);
  d.alive = false;
  d.props.clear();
  --live_rels_;
}

void PropertyGraph::remove_node(NodeId n) {
  ensure_node(n);
  if (out_degree(n) || in_degree(n))
    throw GraphError("node " + std::to_string(n) + " still has relationships");
  NodeData& d = nodes_[n];
  for (SymId l : d.labels) sorted_erase(by_label_[l], n);
  if (const Value* v = d.props.get(name_key_)) index_name(n, v, nullptr);
  d = NodeData{};
  node_bits_[n] = false;
  --live_nodes_;
}

void PropertyGraph::detach_remove_node(NodeId n) {
  ensure_node(n);
  std::vector<RelId> rs;
  for_each_out(n, [&](RelId r) { rs.push_back(r); });
  for_each_in(n, [&](RelId r) { rs.push_back(r); });
  std::sort(rs.begin(), rs.end());
  rs.erase(std::unique(rs.begin(), rs.end()), rs.end());
  if (rs.size() <= 16) {
    for (RelId r : rs) remove_rel(r);
  } else {
    // A hub: its delta entries go in one clear_vertex, the type index loses them in one
    // pass per type (removing them one by one costs O(degree) each).
    if (n < adj_.m_vertices.size()) boost::clear_vertex(n, adj_);
    std::map<SymId, std::vector<RelId>> gone;  // ascending within each type
    for (RelId r : rs) {
      RelData& d = rels_[r];
      if (d.in_base) ++dead_base_;
      gone[d.type].push_back(r);
      d.alive = false;
      d.props.clear();
      --live_rels_;
    }
    for (const auto& [t, ids] : gone) {
      auto& v = by_type_[t];
      v.erase(std::remove_if(v.begin(), v.end(), [&](RelId x) { return std::binary_search(ids.begin(), ids.end(), x); }),
              v.end());
    }
  }
  remove_node(n);
}

namespace {
std::size_t name_hash(std::string_view s) { return std::hash<std::string_view>{}(s); }
}  // namespace

const std::string* PropertyGraph::name_of(NodeId n) const {
  const Value* v = nodes_[n].props.get(name_key_);
  return v && v->is_string() ? &v->as_string() : nullptr;
}

void PropertyGraph::name_rehash(std::size_t cap) {
  std::vector<std::uint32_t> old;
  old.swap(name_slots_);
  name_slots_.assign(cap, 0);
  name_used_ = name_gone_ = 0;
  const std::size_t mask = cap - 1;
  for (std::uint32_t x : old) {
    if (!x || x == kNameGone) continue;
    std::size_t i = name_hash(*name_of(x - 1)) & mask;
    while (name_slots_[i]) i = (i + 1) & mask;
    name_slots_[i] = x;
    ++name_used_;
  }
}

// The slot holding the first node named `name`, or the first free slot of its probe.
std::size_t PropertyGraph::name_find(std::string_view name, std::size_t hash, bool& found) const {
  const std::size_t mask = name_slots_.size() - 1;
  std::size_t free = SIZE_MAX;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    std::uint32_t x = name_slots_[i];
    if (!x) {
      found = false;
      return free != SIZE_MAX ? free : i;
    }
    if (x == kNameGone) {
      if (free == SIZE_MAX) free = i;
      continue;
    }
    const std::string* s = name_of(x - 1);
    if (s && *s == name) {
      found = true;
      return i;
    }
  }
}

void PropertyGraph::name_insert(NodeId n, std::string_view name) {
  if (n >= kNameGone - 1) throw GraphError("node id " + std::to_string(n) + " is beyond the name index's 32-bit ids");
  if ((name_used_ + name_gone_ + 1) * 2 > name_slots_.size()) {
    std::size_t cap = 16;
    while (cap < 4 * (name_used_ + 1)) cap *= 2;
    name_rehash(cap);
  }
  bool found;
  std::size_t i = name_find(name, name_hash(name), found);
  if (name_next_.size() <= n) name_next_.resize(std::max<std::size_t>(n + 1, nodes_.size()), 0);
  if (found) {  // another node has this name: n joins its chain, after the first
    std::uint32_t head = name_slots_[i] - 1;
    name_next_[n] = name_next_[head];
    name_next_[head] = static_cast<std::uint32_t>(n + 1);
    return;
  }
  if (name_slots_[i] == kNameGone) --name_gone_;
  name_slots_[i] = static_cast<std::uint32_t>(n + 1);
  name_next_[n] = 0;
  ++name_used_;
}

// Called before the node's `name` changes from old_v to new_v.
void PropertyGraph::index_name(NodeId n, const Value* old_v, const Value* new_v) {
  if (old_v && old_v->is_string() && !name_slots_.empty()) {
    bool found;
    std::size_t i = name_find(old_v->as_string(), name_hash(old_v->as_string()), found);
    if (found) {
      std::uint32_t head = name_slots_[i] - 1;
      if (head == n) {
        if (name_next_[n]) {
          name_slots_[i] = name_next_[n];
        } else {
          name_slots_[i] = kNameGone;
          --name_used_;
          ++name_gone_;
        }
      } else {
        for (std::uint32_t p = head; name_next_[p]; p = name_next_[p] - 1) {
          if (name_next_[p] == n + 1) {
            name_next_[p] = name_next_[n];
            break;
          }
        }
      }
      name_next_[n] = 0;
    }
  }
  if (new_v && new_v->is_string()) name_insert(n, new_v->as_string());
}

void PropertyGraph::set_node_prop(NodeId n, SymId key, Value v) {
  ensure_node(n);
  if (key == name_key_) {
    Value old = nodes_[n].props.get(key) ? *nodes_[n].props.get(key) : Value();
    index_name(n, &old, &v);
  }
  nodes_[n].props.set(key, std::move(v));
}

void PropertyGraph::set_node_prop(NodeId n, std::string_view key, Value v) {
  set_node_prop(n, sym(key), std::move(v));
}

void PropertyGraph::set_rel_prop(RelId r, SymId key, Value v) {
  ensure_rel(r);
  rels_[r].props.set(key, std::move(v));
}

void PropertyGraph::set_rel_prop(RelId r, std::string_view key, Value v) {
  set_rel_prop(r, sym(key), std::move(v));
}

Value* PropertyGraph::rel_prop_mut(RelId r, SymId key) {
  ensure_rel(r);
  return rels_[r].props.get_mut(key);
}

Value* PropertyGraph::node_prop_mut(NodeId n, SymId key) {
  ensure_node(n);
  if (key == name_key_) throw GraphError("`name` is indexed: change it with set_node_prop");
  return nodes_[n].props.get_mut(key);
}

void PropertyGraph::clear_node_props(NodeId n) {
  ensure_node(n);
  if (const Value* v = nodes_[n].props.get(name_key_)) index_name(n, v, nullptr);
  nodes_[n].props.clear();
}

void PropertyGraph::clear_rel_props(RelId r) {
  ensure_rel(r);
  rels_[r].props.clear();
}

bool PropertyGraph::add_label(NodeId n, std::string_view label) {
  ensure_node(n);
  SymId l = sym(label);
  if (!nodes_[n].labels.insert(l)) return false;
  sorted_insert(by_label_[l], n);
  return true;
}

bool PropertyGraph::remove_label(NodeId n, std::string_view label) {
  ensure_node(n);
  auto l = syms_.find(label);
  if (!l) return false;
  if (!nodes_[n].labels.erase(*l)) return false;
  sorted_erase(by_label_[*l], n);
  return true;
}

Value PropertyGraph::node_prop(NodeId n, std::string_view key) const {
  auto k = syms_.find(key);
  if (!k || !node_alive(n)) return Value();
  const Value* v = nodes_[n].props.get(*k);
  return v ? *v : Value();
}

Value PropertyGraph::rel_prop(RelId r, std::string_view key) const {
  auto k = syms_.find(key);
  if (!k || !rel_alive(r)) return Value();
  const Value* v = rels_[r].props.get(*k);
  return v ? *v : Value();
}

Map PropertyGraph::node_props(NodeId n) const {
  Map m;
  for (const auto& [k, v] : nodes_.at(n).props.entries()) m.emplace(syms_.name(k), v);
  return m;
}

Map PropertyGraph::rel_props(RelId r) const {
  Map m;
  for (const auto& [k, v] : rels_.at(r).props.entries()) m.emplace(syms_.name(k), v);
  return m;
}

std::vector<std::string> PropertyGraph::labels(NodeId n) const {
  std::vector<std::string> out;
  for (SymId l : nodes_.at(n).labels) out.push_back(syms_.name(l));
  std::sort(out.begin(), out.end());
  return out;
}

static const std::vector<std::uint64_t> kEmpty;

const std::vector<NodeId>& PropertyGraph::nodes_with_label(std::string_view label) const {
  auto l = syms_.find(label);
  if (!l) return kEmpty;
  auto it = by_label_.find(*l);
  return it == by_label_.end() ? kEmpty : it->second;
}

const std::vector<std::uint32_t>& PropertyGraph::rels_with_type(std::string_view type) const {
  static const std::vector<std::uint32_t> none;
  auto t = syms_.find(type);
  if (!t) return none;
  auto it = by_type_.find(*t);
  return it == by_type_.end() ? none : it->second;
}

std::vector<NodeId> PropertyGraph::nodes_named(std::string_view name) const {
  std::vector<NodeId> out;
  if (name_slots_.empty()) return out;
  bool found;
  std::size_t i = name_find(name, name_hash(name), found);
  if (!found) return out;
  for (std::uint32_t x = name_slots_[i]; x; x = name_next_[x - 1]) out.push_back(x - 1);
  std::sort(out.begin(), out.end());
  return out;
}

std::optional<NodeId> PropertyGraph::first_named(std::string_view name, SymId label) const {
  if (name_slots_.empty()) return std::nullopt;
  bool found;
  std::size_t i = name_find(name, name_hash(name), found);
  if (!found) return std::nullopt;
  std::optional<NodeId> best;
  for (std::uint32_t x = name_slots_[i]; x; x = name_next_[x - 1])
    if ((!best || x - 1 < *best) && nodes_[x - 1].has_label(label)) best = x - 1;
  return best;
}

std::vector<std::pair<std::string, std::size_t>> PropertyGraph::label_counts() const {
  std::map<std::string, std::size_t> m;
  for (const auto& [l, v] : by_label_)
    if (!v.empty()) m[syms_.name(l)] = v.size();
  return {m.begin(), m.end()};
}

std::vector<std::pair<std::string, std::size_t>> PropertyGraph::type_counts() const {
  std::map<std::string, std::size_t> m;
  for (const auto& [t, v] : by_type_)
    if (!v.empty()) m[syms_.name(t)] = v.size();
  return {m.begin(), m.end()};
}

}  // namespace kg
static_assert(sizeof(kg::Properties) == 16 && sizeof(kg::RelData) == 32 && sizeof(kg::NodeData) == 32);
