// kg::Value: the one value type of the property graph and of query results.
//
// Properties hold null, bool, int, float, string, list and map. Query results may
// also hold references to nodes and relationships, and paths. Strings, lists and maps
// are immutable once built and shared by pointer, so copying a Value is cheap.
#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace kg {

using NodeId = std::uint64_t;
using RelId = std::uint64_t;

class Value;
using List = std::vector<Value>;
using Map = std::map<std::string, Value, std::less<>>;

struct NodeRef {
  NodeId id;
  bool operator==(const NodeRef&) const = default;
};
struct RelRef {
  RelId id;
  bool operator==(const RelRef&) const = default;
};
// A path alternates nodes and relationships: nodes.size() == rels.size() + 1.
struct Path {
  std::vector<NodeId> nodes;
  std::vector<RelId> rels;
  bool operator==(const Path&) const = default;
};

// 16 bytes: a kind tag and an 8-byte payload. Bool, int, float and node/relationship
// references are held inline; strings, lists, maps and paths in one reference-counted
// heap box each (immutable while shared, so copying a Value never copies them).
class Value {
 public:
  enum class Kind : std::uint8_t { Null, Bool, Int, Float, String, List, Map, Node, Rel, Path };

  Value() noexcept : i_(0) {}
  Value(std::nullptr_t) noexcept : i_(0) {}
  Value(bool b) noexcept : k_(Kind::Bool), i_(0) { b_ = b; }
  Value(int i) noexcept : k_(Kind::Int), i_(i) {}
  Value(std::int64_t i) noexcept : k_(Kind::Int), i_(i) {}
  Value(std::uint64_t i) noexcept : k_(Kind::Int), i_(static_cast<std::int64_t>(i)) {}
  Value(double d) noexcept : k_(Kind::Float), d_(d) {}
  Value(const char* s) : Value(std::string(s)) {}
  Value(std::string s);
  Value(std::string_view s) : Value(std::string(s)) {}
  Value(List l);
  Value(Map m);
  Value(NodeRef n) noexcept : k_(Kind::Node), id_(n.id) {}
  Value(RelRef r) noexcept : k_(Kind::Rel), id_(r.id) {}
  Value(Path p);

  Value(const Value& o) noexcept : k_(o.k_), id_(o.id_) { retain(); }
  Value(Value&& o) noexcept : k_(o.k_), id_(o.id_) { o.k_ = Kind::Null; }
  // Assignment changes the value only (aux_, see below, stays).
  Value& operator=(const Value& o) noexcept {
    o.retain();
    release();
    k_ = o.k_;
    id_ = o.id_;
    return *this;
  }
  Value& operator=(Value&& o) noexcept {
    if (this != &o) {
      release();
      k_ = o.k_;
      id_ = o.id_;
      o.k_ = Kind::Null;
    }
    return *this;
  }
  ~Value() { release(); }

  Kind kind() const { return k_; }
  bool is_null() const { return kind() == Kind::Null; }
  bool is_bool() const { return kind() == Kind::Bool; }
  bool is_int() const { return kind() == Kind::Int; }
  bool is_float() const { return kind() == Kind::Float; }
  bool is_number() const { return is_int() || is_float(); }
  bool is_string() const { return kind() == Kind::String; }
  bool is_list() const { return kind() == Kind::List; }
  bool is_map() const { return kind() == Kind::Map; }
  bool is_node() const { return kind() == Kind::Node; }
  bool is_rel() const { return kind() == Kind::Rel; }
  bool is_path() const { return kind() == Kind::Path; }

  // Each throws std::bad_variant_access when the kind differs.
  bool as_bool() const { return want(Kind::Bool), b_; }
  std::int64_t as_int() const { return want(Kind::Int), i_; }
  double as_float() const { return want(Kind::Float), d_; }
  // Int or Float as a double.
  double as_number() const { return is_int() ? static_cast<double>(as_int()) : as_float(); }
  const std::string& as_string() const { return want(Kind::String), static_cast<const Box<std::string>*>(p_)->v; }
  const List& as_list() const;
  const Map& as_map() const;
  NodeRef as_node() const { return want(Kind::Node), NodeRef{id_}; }
  RelRef as_rel() const { return want(Kind::Rel), RelRef{id_}; }
  const Path& as_path() const;

  // In-place access to a list or map, copying it first when another Value shares it
  // (copy on write), so appending to a long list held in one place costs O(1).
  List& mutable_list();
  Map& mutable_map();

  // Structural equality (Int 1 and Float 1.0 are different values here; the query
  // language's `=` is in query/ and follows openCypher's rules).
  bool operator==(const Value& o) const;

  // A stable hash consistent with operator==.
  std::size_t hash() const;

  // A short human-readable form (strings unquoted), for tables and messages.
  std::string to_display() const;

 private:
  friend class Properties;  // keeps a property key in aux_ (graph/property_graph.h)
  struct Counted {
    std::atomic<std::uint32_t> rc{1};
  };
  template <class T>
  struct Box : Counted {
    template <class... A>
    explicit Box(A&&... a) : v(std::forward<A>(a)...) {}
    T v;
  };
  bool boxed() const {
    return k_ == Kind::String || k_ == Kind::List || k_ == Kind::Map || k_ == Kind::Path;
  }
  void want(Kind k) const {
    if (k_ != k) throw std::bad_variant_access();
  }
  void retain() const noexcept {
    if (boxed()) p_->rc.fetch_add(1, std::memory_order_relaxed);
  }
  void release() noexcept {
    if (boxed()) drop();
  }
  void drop() noexcept;  // the last reference frees the box

  Kind k_ = Kind::Null;
  // Not part of the value: a copy starts with 0, an assignment leaves it. Properties
  // keeps the key of an inline property here, so a property is 16 bytes.
  std::uint32_t aux_ = 0;
  union {
    bool b_;
    std::int64_t i_;
    double d_;
    std::uint64_t id_;
    Counted* p_;
  };
};

const char* kind_name(Value::Kind k);

struct ValueHash {
  std::size_t operator()(const Value& v) const { return v.hash(); }
};

}  // namespace kg
