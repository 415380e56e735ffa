// kg::Value: the one value type of the property graph and of query results.
//
// Properties hold null, bool, int, float, string, list and map. Query results may
// also hold references to nodes and relationships, and paths. Lists and maps are
// immutable once built and shared by pointer, so copying a Value is cheap.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
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

class Value {
 public:
  enum class Kind { Null, Bool, Int, Float, String, List, Map, Node, Rel, Path };

  Value() = default;
  Value(std::nullptr_t) {}
  Value(bool b) : v_(b) {}
  Value(int i) : v_(static_cast<std::int64_t>(i)) {}
  Value(std::int64_t i) : v_(i) {}
  Value(std::uint64_t i) : v_(static_cast<std::int64_t>(i)) {}
  Value(double d) : v_(d) {}
  Value(const char* s) : v_(std::string(s)) {}
  Value(std::string s) : v_(std::move(s)) {}
  Value(std::string_view s) : v_(std::string(s)) {}
  Value(List l) : v_(std::make_shared<const List>(std::move(l))) {}
  Value(Map m) : v_(std::make_shared<const Map>(std::move(m))) {}
  Value(NodeRef n) : v_(n) {}
  Value(RelRef r) : v_(r) {}
  Value(Path p) : v_(std::make_shared<const Path>(std::move(p))) {}

  Kind kind() const { return static_cast<Kind>(v_.index()); }
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

  bool as_bool() const { return std::get<bool>(v_); }
  std::int64_t as_int() const { return std::get<std::int64_t>(v_); }
  double as_float() const { return std::get<double>(v_); }
  // Int or Float as a double.
  double as_number() const { return is_int() ? static_cast<double>(as_int()) : as_float(); }
  const std::string& as_string() const { return std::get<std::string>(v_); }
  const List& as_list() const { return *std::get<std::shared_ptr<const List>>(v_); }
  const Map& as_map() const { return *std::get<std::shared_ptr<const Map>>(v_); }
  NodeRef as_node() const { return std::get<NodeRef>(v_); }
  RelRef as_rel() const { return std::get<RelRef>(v_); }
  const Path& as_path() const { return *std::get<std::shared_ptr<const Path>>(v_); }

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
  std::variant<std::monostate, bool, std::int64_t, double, std::string, std::shared_ptr<const List>,
               std::shared_ptr<const Map>, NodeRef, RelRef, std::shared_ptr<const Path>>
      v_;
};

const char* kind_name(Value::Kind k);

struct ValueHash {
  std::size_t operator()(const Value& v) const { return v.hash(); }
};

}  // namespace kg
