#include "graph/value.h"

#include <cmath>
#include <cstdio>
#include <functional>
#include <stdexcept>

namespace kg {

const char* kind_name(Value::Kind k) {
  switch (k) {
    case Value::Kind::Null: return "Null";
    case Value::Kind::Bool: return "Boolean";
    case Value::Kind::Int: return "Integer";
    case Value::Kind::Float: return "Float";
    case Value::Kind::String: return "String";
    case Value::Kind::List: return "List";
    case Value::Kind::Map: return "Map";
    case Value::Kind::Node: return "Node";
    case Value::Kind::Rel: return "Relationship";
    case Value::Kind::Path: return "Path";
  }
  return "?";
}

Value::Value(std::string s) : k_(Kind::String) { p_ = new Box<std::string>(std::move(s)); }
Value::Value(List l) : k_(Kind::List) { p_ = new Box<List>(std::move(l)); }
Value::Value(Map m) : k_(Kind::Map) { p_ = new Box<Map>(std::move(m)); }
Value::Value(Path p) : k_(Kind::Path) { p_ = new Box<Path>(std::move(p)); }

const List& Value::as_list() const { return want(Kind::List), static_cast<const Box<List>*>(p_)->v; }
const Map& Value::as_map() const { return want(Kind::Map), static_cast<const Box<Map>*>(p_)->v; }
const Path& Value::as_path() const { return want(Kind::Path), static_cast<const Box<Path>*>(p_)->v; }

void Value::drop() noexcept {
  if (p_->rc.fetch_sub(1, std::memory_order_acq_rel) != 1) return;
  switch (k_) {
    case Kind::String: delete static_cast<Box<std::string>*>(p_); break;
    case Kind::List: delete static_cast<Box<List>*>(p_); break;
    case Kind::Map: delete static_cast<Box<Map>*>(p_); break;
    case Kind::Path: delete static_cast<Box<Path>*>(p_); break;
    default: break;
  }
}

List& Value::mutable_list() {
  want(Kind::List);
  if (p_->rc.load(std::memory_order_acquire) != 1) *this = Value(List(as_list()));
  return static_cast<Box<List>*>(p_)->v;  // sole owner: nobody else sees the change
}

Map& Value::mutable_map() {
  want(Kind::Map);
  if (p_->rc.load(std::memory_order_acquire) != 1) *this = Value(Map(as_map()));
  return static_cast<Box<Map>*>(p_)->v;
}

bool Value::operator==(const Value& o) const {
  if (kind() != o.kind()) return false;
  switch (kind()) {
    case Kind::Null: return true;
    case Kind::Bool: return as_bool() == o.as_bool();
    case Kind::Int: return as_int() == o.as_int();
    case Kind::Float: return as_float() == o.as_float();
    case Kind::String: return as_string() == o.as_string();
    case Kind::List: return as_list() == o.as_list();
    case Kind::Map: return as_map() == o.as_map();
    case Kind::Node: return as_node() == o.as_node();
    case Kind::Rel: return as_rel() == o.as_rel();
    case Kind::Path: return as_path() == o.as_path();
  }
  return false;
}

static std::size_t mix(std::size_t h, std::size_t v) {
  return h ^ (v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2));
}

std::size_t Value::hash() const {
  std::size_t h = static_cast<std::size_t>(kind()) * 1000003u;
  switch (kind()) {
    case Kind::Null: return h;
    case Kind::Bool: return mix(h, as_bool());
    case Kind::Int: return mix(h, std::hash<std::int64_t>{}(as_int()));
    case Kind::Float: return mix(h, std::hash<double>{}(as_float()));
    case Kind::String: return mix(h, std::hash<std::string>{}(as_string()));
    case Kind::List:
      for (const auto& x : as_list()) h = mix(h, x.hash());
      return h;
    case Kind::Map:
      for (const auto& [k, x] : as_map()) h = mix(mix(h, std::hash<std::string>{}(k)), x.hash());
      return h;
    case Kind::Node: return mix(h, as_node().id);
    case Kind::Rel: return mix(h, as_rel().id);
    case Kind::Path:
      for (auto n : as_path().nodes) h = mix(h, n);
      for (auto r : as_path().rels) h = mix(h, r * 31);
      return h;
  }
  return h;
}

static std::string float_text(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.15g", d);
  std::string s = buf;
  if (s.find_first_of(".eE") == std::string::npos) s += ".0";
  return s;
}

std::string Value::to_display() const {
  switch (kind()) {
    case Kind::Null: return "null";
    case Kind::Bool: return as_bool() ? "true" : "false";
    case Kind::Int: return std::to_string(as_int());
    case Kind::Float: return float_text(as_float());
    case Kind::String: return as_string();
    case Kind::List: {
      std::string s = "[";
      bool first = true;
      for (const auto& x : as_list()) {
        if (!first) s += ", ";
        first = false;
        s += x.is_string() ? "'" + x.as_string() + "'" : x.to_display();
      }
      return s + "]";
    }
    case Kind::Map: {
      std::string s = "{";
      bool first = true;
      for (const auto& [k, x] : as_map()) {
        if (!first) s += ", ";
        first = false;
        s += k + ": " + (x.is_string() ? "'" + x.as_string() + "'" : x.to_display());
      }
      return s + "}";
    }
    case Kind::Node: return "(#" + std::to_string(as_node().id) + ")";
    case Kind::Rel: return "[#" + std::to_string(as_rel().id) + "]";
    case Kind::Path: {
      std::string s = "<";
      const auto& p = as_path();
      for (std::size_t i = 0; i < p.nodes.size(); ++i) {
        if (i) s += "-[#" + std::to_string(p.rels[i - 1]) + "]-";
        s += "(#" + std::to_string(p.nodes[i]) + ")";
      }
      return s + ">";
    }
  }
  return "";
}

}  // namespace kg
static_assert(sizeof(kg::Value) == 16);
