#include "graph/store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

namespace kg {

namespace {

void append_float(std::string& out, double d) {
  if (std::isnan(d)) {
    out += "NaN";
    return;
  }
  if (std::isinf(d)) {
    out += d > 0 ? "Infinity" : "-Infinity";
    return;
  }
  char buf[40];
  auto res = std::to_chars(buf, buf + sizeof buf, d);
  std::string_view s(buf, res.ptr - buf);
  out += s;
  if (s.find_first_of(".eEn") == std::string_view::npos) out += ".0";
}

void append_value(std::string& out, const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Null: out += "null"; return;
    case Value::Kind::Bool: out += v.as_bool() ? "true" : "false"; return;
    case Value::Kind::Int: out += std::to_string(v.as_int()); return;
    case Value::Kind::Float: append_float(out, v.as_float()); return;
    case Value::Kind::String: append_json_string(out, v.as_string()); return;
    case Value::Kind::List: {
      out += '[';
      bool first = true;
      for (const auto& x : v.as_list()) {
        if (!first) out += ',';
        first = false;
        append_value(out, x);
      }
      out += ']';
      return;
    }
    case Value::Kind::Map: {
      out += '{';
      bool first = true;
      for (const auto& [k, x] : v.as_map()) {
        if (!first) out += ',';
        first = false;
        append_json_string(out, k);
        out += ':';
        append_value(out, x);
      }
      out += '}';
      return;
    }
    case Value::Kind::Node: out += "{\"node\":" + std::to_string(v.as_node().id) + "}"; return;
    case Value::Kind::Rel: out += "{\"relationship\":" + std::to_string(v.as_rel().id) + "}"; return;
    case Value::Kind::Path: {
      const Path& p = v.as_path();
      out += "{\"nodes\":[";
      for (std::size_t i = 0; i < p.nodes.size(); ++i) out += (i ? "," : "") + std::to_string(p.nodes[i]);
      out += "],\"relationships\":[";
      for (std::size_t i = 0; i < p.rels.size(); ++i) out += (i ? "," : "") + std::to_string(p.rels[i]);
      out += "]}";
      return;
    }
  }
}

Value from_rj(const rapidjson::Value& j) {
  if (j.IsNull()) return Value();
  if (j.IsBool()) return Value(j.GetBool());
  if (j.IsInt64()) return Value(static_cast<std::int64_t>(j.GetInt64()));
  if (j.IsUint64()) return Value(static_cast<double>(j.GetUint64()));
  if (j.IsNumber()) return Value(j.GetDouble());
  if (j.IsString()) return Value(std::string(j.GetString(), j.GetStringLength()));
  if (j.IsArray()) {
    List l;
    l.reserve(j.Size());
    for (const auto& x : j.GetArray()) l.push_back(from_rj(x));
    return Value(std::move(l));
  }
  Map m;
  for (const auto& kv : j.GetObject())
    m.emplace(std::string(kv.name.GetString(), kv.name.GetStringLength()), from_rj(kv.value));
  return Value(std::move(m));
}

constexpr unsigned kParseFlags = rapidjson::kParseNanAndInfFlag | rapidjson::kParseFullPrecisionFlag |
                                 rapidjson::kParseValidateEncodingFlag;

[[noreturn]] void fail(const std::string& path, const std::string& what) {
  throw StoreError(path + ": " + what);
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

std::string value_to_json(const Value& v) {
  std::string out;
  append_value(out, v);
  return out;
}

Value value_from_json(std::string_view text) {
  rapidjson::Document d;
  std::string copy(text);
  d.Parse<kParseFlags>(copy.c_str(), copy.size());
  if (d.HasParseError())
    throw StoreError(std::string("invalid JSON at offset ") + std::to_string(d.GetErrorOffset()) + ": " +
                     rapidjson::GetParseError_En(d.GetParseError()));
  return from_rj(d);
}

PropertyGraph load_store(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(path, std::string("cannot open: ") + std::strerror(errno));
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) fail(path, "cannot read");
  if (text.empty()) fail(path, "empty file, not a kg store");
  rapidjson::Document d;
  d.Parse<kParseFlags>(text.c_str(), text.size());
  if (d.HasParseError()) {
    // Name the line and column of the damage.
    std::size_t off = d.GetErrorOffset(), line = 1, col = 1;
    for (std::size_t i = 0; i < off && i < text.size(); ++i) {
      if (text[i] == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
    fail(path + ":" + std::to_string(line) + ":" + std::to_string(col),
         std::string("damaged store: ") + rapidjson::GetParseError_En(d.GetParseError()));
  }
  if (!d.IsObject() || !d.HasMember("format") || !d["format"].IsString() ||
      std::string(d["format"].GetString()) != kStoreFormat)
    fail(path, "not a kg store (no \"format\": \"kg-store\")");
  if (!d.HasMember("version") || !d["version"].IsInt()) fail(path, "store has no version");
  int ver = d["version"].GetInt();
  if (ver > kStoreVersion)
    fail(path, "store format version " + std::to_string(ver) + " is newer than this kg reads (" +
                   std::to_string(kStoreVersion) + "); upgrade kg");
  PropertyGraph g;
  auto obj_props = [&](const rapidjson::Value& o, const char* what, auto&& set) {
    if (!o.HasMember("properties")) return;
    const auto& p = o["properties"];
    if (!p.IsObject()) fail(path, std::string(what) + " properties are not an object");
    for (const auto& kv : p.GetObject()) set(std::string_view(kv.name.GetString(), kv.name.GetStringLength()), from_rj(kv.value));
  };
  if (d.HasMember("nodes")) {
    if (!d["nodes"].IsArray()) fail(path, "\"nodes\" is not an array");
    std::size_t i = 0;
    for (const auto& n : d["nodes"].GetArray()) {
      if (!n.IsObject() || !n.HasMember("id") || !n["id"].IsUint64())
        fail(path, "node #" + std::to_string(i) + " has no valid id");
      NodeId id = n["id"].GetUint64();
      if (id > (1ull << 40)) fail(path, "node id " + std::to_string(id) + " is out of range");
      try {
        g.add_node_with_id(id);
      } catch (const GraphError& e) {
        fail(path, e.what());
      }
      if (n.HasMember("labels")) {
        if (!n["labels"].IsArray()) fail(path, "node " + std::to_string(id) + ": labels is not an array");
        for (const auto& l : n["labels"].GetArray()) {
          if (!l.IsString()) fail(path, "node " + std::to_string(id) + ": a label is not a string");
          g.add_label(id, l.GetString());
        }
      }
      obj_props(n, "node", [&](std::string_view k, Value v) { g.set_node_prop(id, k, std::move(v)); });
      ++i;
    }
  }
  if (d.HasMember("relationships")) {
    if (!d["relationships"].IsArray()) fail(path, "\"relationships\" is not an array");
    std::size_t i = 0;
    for (const auto& r : d["relationships"].GetArray()) {
      auto num = [&](const char* k) -> std::uint64_t {
        if (!r.IsObject() || !r.HasMember(k) || !r[k].IsUint64())
          fail(path, "relationship #" + std::to_string(i) + " has no valid " + k);
        return r[k].GetUint64();
      };
      RelId id = num("id");
      NodeId s = num("start"), e = num("end");
      if (id > (1ull << 40)) fail(path, "relationship id " + std::to_string(id) + " is out of range");
      if (!r.HasMember("type") || !r["type"].IsString())
        fail(path, "relationship " + std::to_string(id) + " has no type");
      if (!g.node_alive(s) || !g.node_alive(e))
        fail(path, "relationship " + std::to_string(id) + " refers to a missing node");
      try {
        g.add_rel_with_id(id, s, e, g.sym(r["type"].GetString()));
      } catch (const GraphError& ex) {
        fail(path, ex.what());
      }
      obj_props(r, "relationship", [&](std::string_view k, Value v) { g.set_rel_prop(id, k, std::move(v)); });
      ++i;
    }
  }
  return g;
}

void save_store(const PropertyGraph& g, const std::string& path) {
  std::string out;
  out.reserve(1 << 16);
  out += "{\"format\":\"";
  out += kStoreFormat;
  out += "\",\"version\":" + std::to_string(kStoreVersion) + ",\n\"nodes\":[";
  const auto& syms = g.symbols();
  auto props = [&](const Properties& p) {
    out += "\"properties\":{";
    bool first = true;
    for (const auto& [k, v] : p.entries()) {
      if (!first) out += ',';
      first = false;
      append_json_string(out, syms.name(k));
      out += ':';
      append_value(out, v);
    }
    out += '}';
  };
  bool first = true;
  for (NodeId n = 0; n < g.node_id_bound(); ++n) {
    if (!g.node_alive(n)) continue;
    out += first ? "\n" : ",\n";
    first = false;
    out += "{\"id\":" + std::to_string(n) + ",\"labels\":[";
    bool fl = true;
    for (const auto& l : g.labels(n)) {
      if (!fl) out += ',';
      fl = false;
      append_json_string(out, l);
    }
    out += "],";
    props(g.node(n).props);
    out += '}';
  }
  out += "],\n\"relationships\":[";
  first = true;
  for (RelId r = 0; r < g.rel_id_bound(); ++r) {
    if (!g.rel_alive(r)) continue;
    const RelData& d = g.rel(r);
    out += first ? "\n" : ",\n";
    first = false;
    out += "{\"id\":" + std::to_string(r) + ",\"type\":";
    append_json_string(out, syms.name(d.type));
    out += ",\"start\":" + std::to_string(d.src) + ",\"end\":" + std::to_string(d.dst) + ",";
    props(d.props);
    out += '}';
  }
  out += "]}\n";

  std::string tmp = path + ".tmp." + std::to_string(::getpid());
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw StoreError(path + ": cannot write: " + std::strerror(errno));
  const char* p = out.data();
  std::size_t left = out.size();
  while (left) {
    ssize_t w = ::write(fd, p, left);
    if (w < 0) {
      if (errno == EINTR) continue;
      int e = errno;
      ::close(fd);
      ::unlink(tmp.c_str());
      throw StoreError(path + ": cannot write: " + std::strerror(e));
    }
    p += w;
    left -= static_cast<std::size_t>(w);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    int e = errno;
    ::unlink(tmp.c_str());
    throw StoreError(path + ": cannot flush: " + std::strerror(e));
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    int e = errno;
    ::unlink(tmp.c_str());
    throw StoreError(path + ": cannot replace: " + std::strerror(e));
  }
}

}  // namespace kg
