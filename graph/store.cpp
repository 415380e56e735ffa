#include "graph/store.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <mutex>
#include <sstream>
#include <thread>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <rapidjson/document.h>
#include <rapidjson/filereadstream.h>
#include <rapidjson/reader.h>
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

void append_int(std::string& out, std::int64_t i) {
  char buf[24];
  auto res = std::to_chars(buf, buf + sizeof buf, i);
  out.append(buf, static_cast<std::size_t>(res.ptr - buf));  // (an iterator pair would build a temporary string)
}

void append_value(std::string& out, const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Null: out += "null"; return;
    case Value::Kind::Bool: out += v.as_bool() ? "true" : "false"; return;
    case Value::Kind::Int: append_int(out, v.as_int()); return;
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

// Iterative parsing: a deeply nested file must not exhaust the stack.
constexpr unsigned kParseFlags = rapidjson::kParseNanAndInfFlag | rapidjson::kParseFullPrecisionFlag |
                                 rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag;

// Values nest at most this deep (from_rj, the writers and Value's destructor recurse).
constexpr int kMaxDepth = 256;

// The depth of the deepest array or object in j, capped at limit + 1 (iterative).
int json_depth(const rapidjson::Value& j, int limit) {
  std::vector<std::pair<const rapidjson::Value*, int>> stack{{&j, 1}};
  int deepest = 0;
  while (!stack.empty()) {
    auto [v, d] = stack.back();
    stack.pop_back();
    if (!v->IsArray() && !v->IsObject()) continue;
    deepest = std::max(deepest, d);
    if (deepest > limit) return deepest;
    if (v->IsArray())
      for (const auto& x : v->GetArray()) stack.emplace_back(&x, d + 1);
    else
      for (const auto& kv : v->GetObject()) stack.emplace_back(&kv.value, d + 1);
  }
  return deepest;
}

// RapidJSON validates the UTF-8 of the raw text but decodes an unpaired surrogate
// escape (\udc00, or \ud800 not followed by a low one) into bytes that are not UTF-8.
bool valid_utf8(const char* s, std::size_t n) {
  for (std::size_t i = 0; i < n;) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (c < 0xC2 || c > 0xF4 || i + len > n) return false;
    std::uint32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
    for (int k = 1; k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += len;
  }
  return true;
}

// Whether the raw JSON text has a \uDxxx escape (only then can a decoded string be
// invalid UTF-8).
bool has_surrogate_escape(std::string_view text) {
  for (std::size_t i = text.find("\\u"); i != std::string_view::npos; i = text.find("\\u", i + 2))
    if (i + 2 < text.size() && (text[i + 2] == 'd' || text[i + 2] == 'D')) return true;
  return false;
}

// Whether every string (and member name) in j is valid UTF-8 (iterative).
bool strings_valid(const rapidjson::Value& j) {
  std::vector<const rapidjson::Value*> stack{&j};
  while (!stack.empty()) {
    const rapidjson::Value* v = stack.back();
    stack.pop_back();
    if (v->IsString()) {
      if (!valid_utf8(v->GetString(), v->GetStringLength())) return false;
    } else if (v->IsArray()) {
      for (const auto& x : v->GetArray()) stack.push_back(&x);
    } else if (v->IsObject()) {
      for (const auto& kv : v->GetObject()) {
        stack.push_back(&kv.name);
        stack.push_back(&kv.value);
      }
    }
  }
  return true;
}

// Identity of the store file each path had when this process loaded it, to refuse
// saving over a store another process replaced in between (a lost update).
struct FileId {
  dev_t dev;
  ino_t ino;
  off_t size;
  long long mtime_ns;
  bool operator==(const FileId&) const = default;
};
std::mutex g_state_mu;
std::map<std::string, FileId> g_loaded;  // by store_key()
std::map<std::string, int> g_held;       // StoreLocks held by this process, by store_key()

std::string store_key(const std::string& path) {
  std::error_code ec;
  auto p = std::filesystem::weakly_canonical(path, ec);
  return ec ? path : p.string();
}

bool file_id(const std::string& path, FileId& out) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return false;
  out = FileId{st.st_dev, st.st_ino, st.st_size,
               static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec};
  return true;
}

// Removes `BASE.tmp.PID` files beside `path` (except this process's own); called with
// the store's lock held, when every such file belongs to a writer that died.
void remove_stale_temps(const std::string& path) {
  std::filesystem::path p(path);
  std::string dir = p.has_parent_path() ? p.parent_path().string() : ".";
  std::string prefix = p.filename().string() + ".tmp.";
  std::string mine = std::to_string(::getpid());
  DIR* d = ::opendir(dir.c_str());
  if (!d) return;
  while (struct dirent* e = ::readdir(d)) {
    std::string_view name(e->d_name);
    if (name.size() <= prefix.size() || name.substr(0, prefix.size()) != prefix) continue;
    std::string_view pid = name.substr(prefix.size());
    if (pid == mine || pid.find_first_not_of("0123456789") != std::string_view::npos) continue;
    ::unlink((std::filesystem::path(dir) / std::string(name)).c_str());
  }
  ::closedir(d);
}

[[noreturn]] void fail(const std::string& path, const std::string& what) {
  throw StoreError(path + ": " + what);
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  for (std::size_t i = 0; i < s.size(); ++i) {
    // Eight bytes at a time while none needs escaping (no byte below 0x20, no '"', no '\\').
    while (i + 8 <= s.size()) {
      std::uint64_t v;
      std::memcpy(&v, s.data() + i, 8);
      const std::uint64_t q = v ^ (kOnes * '"'), b = v ^ (kOnes * '\\');
      // (x - 0x01..) & ~x & 0x80.. is non-zero exactly when a byte of x is zero; with 0x20..,
      // when a byte is below 0x20.
      if ((((v - kOnes * 0x20) & ~v) | ((q - kOnes) & ~q) | ((b - kOnes) & ~b)) & kHigh) break;
      i += 8;
    }
    if (i >= s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;  // copied in runs
    out.append(s.data() + run, i - run);
    run = i + 1;
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
        }
    }
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

void JsonOut::grow(std::size_t n) {
  std::size_t cap = std::max<std::size_t>({cap_ * 2, n_ + n, 256});
  std::unique_ptr<char[]> b(new char[cap]);
  if (n_) std::memcpy(b.get(), buf_.get(), n_);
  buf_ = std::move(b);
  cap_ = cap;
}

namespace {
// Whether a byte of the 8 in v may need escaping (below 0x20, '"', '\\'); a few others may
// answer yes too (a borrow past a byte that does), never a byte that needs it no.
inline bool may_escape8(std::uint64_t v) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const std::uint64_t q = v ^ (kOnes * '"'), b = v ^ (kOnes * '\\');
  return (((v - kOnes * 0x20) & ~v) | ((q - kOnes) & ~q) | ((b - kOnes) & ~b)) & kHigh;
}
#ifdef __SSE2__
inline bool needs_escape16(const char* p) {
  const __m128i k1f = _mm_set1_epi8(0x1f), kq = _mm_set1_epi8('"'), kb = _mm_set1_epi8('\\');
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  return _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(_mm_max_epu8(v, k1f), k1f),
                                        _mm_or_si128(_mm_cmpeq_epi8(v, kq), _mm_cmpeq_epi8(v, kb)))) != 0;
}
#endif
// Whether s has no byte to escape, tested a block at a time, the last block overlapping the one
// before it (or, under 8 bytes, padded with spaces) instead of a byte at a time. (May answer no
// for a string that needs no escaping: the caller then escapes byte by byte, which is exact.)
inline bool plain_json(const char* s, std::size_t n) {
  std::size_t i = 0;
#ifdef __SSE2__
  if (n >= 16) {
    for (; i + 16 <= n; i += 16)
      if (needs_escape16(s + i)) return false;
    return i == n || !needs_escape16(s + n - 16);
  }
#endif
  std::uint64_t v;
  for (; i + 8 <= n; i += 8) {
    std::memcpy(&v, s + i, 8);
    if (may_escape8(v)) return false;
  }
  if (i == n) return true;
  if (n >= 8) {
    std::memcpy(&v, s + n - 8, 8);
  } else {
    v = 0x2020202020202020ull;
    std::memcpy(&v, s, n);
  }
  return !may_escape8(v);
}
}  // namespace

// As append_json_string above, written through a pointer into room for the worst case.
void append_json_string(JsonOut& out, std::string_view s) {
  const char* src = s.data();
  const std::size_t n = s.size();
  if (plain_json(src, n)) {  // most strings: copied whole
    char* p = out.room(n + 2);
    *p = '"';
    std::memcpy(p + 1, src, n);
    p[n + 1] = '"';
    out.commit(p + n + 2);
    return;
  }
  char* p = out.room(6 * n + 2);
  *p++ = '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  for (std::size_t i = 0; i < n; ++i) {
#ifdef __SSE2__
    // Sixteen bytes at a time while none needs escaping: a byte <= 0x1f is one that
    // max(byte, 0x1f) leaves at 0x1f.
    {
      const __m128i k1f = _mm_set1_epi8(0x1f), kq = _mm_set1_epi8('"'), kb = _mm_set1_epi8('\\');
      while (i + 16 <= n) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i));
        const __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(_mm_max_epu8(v, k1f), k1f),
                                         _mm_or_si128(_mm_cmpeq_epi8(v, kq), _mm_cmpeq_epi8(v, kb)));
        const int mask = _mm_movemask_epi8(hit);
        if (mask) {
          i += static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
          break;
        }
        i += 16;
      }
    }
#endif
    while (i + 8 <= n) {
      std::uint64_t v;
      std::memcpy(&v, src + i, 8);
      const std::uint64_t q = v ^ (kOnes * '"'), b = v ^ (kOnes * '\\');
      if ((((v - kOnes * 0x20) & ~v) | ((q - kOnes) & ~q) | ((b - kOnes) & ~b)) & kHigh) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = static_cast<unsigned char>(src[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    std::memcpy(p, src + run, i - run);
    p += i - run;
    run = i + 1;
    *p++ = '\\';
    switch (c) {
      case '"': *p++ = '"'; break;
      case '\\': *p++ = '\\'; break;
      case '\n': *p++ = 'n'; break;
      case '\r': *p++ = 'r'; break;
      case '\t': *p++ = 't'; break;
      case '\b': *p++ = 'b'; break;
      case '\f': *p++ = 'f'; break;
      default:  // below 0x20: \u00XX, lower-case hex (as "\\u%04x")
        *p++ = 'u';
        *p++ = '0';
        *p++ = '0';
        *p++ = static_cast<char>('0' + (c >> 4));
        *p++ = "0123456789abcdef"[c & 15];
    }
  }
  std::memcpy(p, src + run, n - run);
  p += n - run;
  *p++ = '"';
  out.commit(p);
}

void append_json_int(JsonOut& out, std::int64_t i) {
  if (static_cast<std::uint64_t>(i) < 10) {  // a digit: most counts, sources, weights
    out.put(static_cast<char>('0' + i));
    return;
  }
  char* p = out.room(24);
  out.commit(std::to_chars(p, p + 24, i).ptr);
}

void append_json_value(JsonOut& out, const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Null: out.lit("null"); return;
    case Value::Kind::Bool:
      if (v.as_bool())
        out.lit("true");
      else
        out.lit("false");
      return;
    case Value::Kind::Int: append_json_int(out, v.as_int()); return;
    case Value::Kind::String: append_json_string(out, v.as_string()); return;
    case Value::Kind::List: {
      out.put('[');
      bool first = true;
      for (const auto& x : v.as_list()) {
        if (!first) out.put(',');
        first = false;
        append_json_value(out, x);
      }
      out.put(']');
      return;
    }
    case Value::Kind::Map: {
      out.put('{');
      bool first = true;
      for (const auto& [k, x] : v.as_map()) {
        if (!first) out.put(',');
        first = false;
        append_json_string(out, k);
        out.put(':');
        append_json_value(out, x);
      }
      out.put('}');
      return;
    }
    default: {  // floats, references, paths: rare here
      std::string s;
      append_value(s, v);
      out.put(s);
    }
  }
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
  if (json_depth(d, kMaxDepth) > kMaxDepth)
    throw StoreError("invalid JSON: nested deeper than " + std::to_string(kMaxDepth) + " levels");
  if (has_surrogate_escape(text) && !strings_valid(d)) throw StoreError("invalid JSON: a string holds an unpaired surrogate escape");
  return from_rj(d);
}

namespace {
// Reads the store text into g (empty). Every function here fills the caller's graph
// rather than returning one: moving a PropertyGraph swaps Boost's adjacency_list, which
// copies it (three times).
void parse_store(std::string& text, const std::string& path, std::string_view original_text, PropertyGraph& g);
void parse_store_dom(std::string& text, const std::string& path, std::string_view original_text, PropertyGraph& g);
}  // namespace

namespace {

// The fast loader: RapidJSON's SAX reader straight into the graph (no DOM of the whole
// file, no second copy of the text). It handles what kg writes (and any well-formed
// store whose top-level "format" and "version" come before "nodes", and "nodes" before
// "relationships"); on anything else, damaged or unusual, it gives up and the DOM
// loader below reads the file again, so error messages are those of the DOM loader.
class SaxLoader {
 public:
  SaxLoader(PropertyGraph& g, std::uint64_t max_id, std::uint64_t text_size, bool check_utf8)
      : g_(g), max_id_(max_id), text_size_(text_size), check_utf8_(check_utf8) {}

  bool Null() { return value(Value()); }
  bool Bool(bool b) { return value(Value(b)); }
  bool Int(int i) { return value(Value(static_cast<std::int64_t>(i))); }
  bool Uint(unsigned u) { return value(Value(static_cast<std::int64_t>(u))); }
  bool Int64(std::int64_t i) { return value(Value(i)); }
  bool Uint64(std::uint64_t u) {
    // As the DOM loader: an integer beyond int64 becomes a float.
    if (u > static_cast<std::uint64_t>(INT64_MAX)) return value(Value(static_cast<double>(u)));
    return value(Value(static_cast<std::int64_t>(u)));
  }
  bool Double(double d) { return value(Value(d)); }
  bool RawNumber(const char*, rapidjson::SizeType, bool) { return false; }
  bool String(const char* s, rapidjson::SizeType n, bool) {
    if (check_utf8_ && !valid_utf8(s, n)) return false;
    if (top() == F::Labels) {  // the one string read as a name, not a value
      if (std::memchr(s, 0, n)) return false;  // (the DOM loader cuts names at a NUL)
      if (labels_used_ == labels_.size()) labels_.emplace_back();
      labels_[labels_used_++].assign(s, n);
      return true;
    }
    if (top() == F::Rel && key_ == K::Type) {
      if (has_type_ || std::memchr(s, 0, n)) return false;
      has_type_ = true;
      type_ = g_.sym(std::string_view(s, n));
      return true;
    }
    return value(Value(std::string(s, n)));
  }
  bool Key(const char* s, rapidjson::SizeType n, bool) {
    if (check_utf8_ && !valid_utf8(s, n)) return false;
    std::string_view k(s, n);
    switch (top()) {
      case F::Top:
        key_ = k == "format" ? K::Format : k == "version" ? K::Version : k == "counts" ? K::Counts
             : k == "nodes" ? K::Nodes : k == "relationships" ? K::Rels : K::Other;
        return see(top_seen_);
      case F::Node:
      case F::Rel: {
        // The keys of every element: told apart by length first.
        const bool rel = top() == F::Rel;
        switch (n) {
          case 2: key_ = k == "id" ? K::Id : K::Other; break;
          case 3: key_ = rel && k == "end" ? K::End : K::Other; break;
          case 4: key_ = rel && k == "type" ? K::Type : K::Other; break;
          case 5: key_ = rel && k == "start" ? K::Start : K::Other; break;
          case 6: key_ = !rel && k == "labels" ? K::Labels : K::Other; break;
          case 10: key_ = k == "properties" ? K::Props : K::Other; break;
          default: key_ = K::Other;
        }
        return see(elem_seen_);
      }
      case F::Props:
        prop_key_ = g_.sym(k);
        return true;
      case F::Map:
        gen_.back().key.assign(s, n);
        return true;
      default:
        return false;
    }
  }
  bool StartObject() {
    if (++depth_ > kMaxDepth + 4) return false;
    if (stack_.empty()) return push(F::Top);
    switch (top()) {
      case F::Nodes:
        start_element();
        return push(F::Node);
      case F::Rels:
        start_element();
        return push(F::Rel);
      case F::Node:
      case F::Rel:
        if (key_ == K::Props) return push(F::Props);
        if (key_ != K::Other) return false;
        return start_gen(true);
      case F::Top:
        if (key_ == K::Nodes || key_ == K::Rels) return false;
        return start_gen(true);
      case F::Labels:
        return false;
      default:
        return start_gen(true);
    }
  }
  bool EndObject(rapidjson::SizeType) {
    --depth_;
    F f = top();
    stack_.pop_back();
    switch (f) {
      case F::Top: return seen_format_ && seen_version_;
      case F::Node: return commit_node();
      case F::Rel: return commit_rel();
      case F::Props: return true;
      case F::Map: return end_gen();
      default: return false;
    }
  }
  bool StartArray() {
    if (++depth_ > kMaxDepth + 4) return false;
    if (stack_.empty()) return false;
    switch (top()) {
      case F::Top:
        if (key_ == K::Nodes) {
          if (!seen_format_ || !seen_version_ || seen_nodes_) return false;
          seen_nodes_ = true;
          return push(F::Nodes);
        }
        if (key_ == K::Rels) {
          if (!seen_format_ || !seen_version_ || !seen_nodes_) return false;
          return push(F::Rels);
        }
        return start_gen(false);
      case F::Node:
        if (key_ == K::Labels) return push(F::Labels);
        if (key_ != K::Other) return false;
        return start_gen(false);
      case F::Rel:
        if (key_ != K::Other) return false;
        return start_gen(false);
      case F::Props:
      case F::List:
      case F::Map:
        return start_gen(false);
      default:
        return false;
    }
  }
  bool EndArray(rapidjson::SizeType) {
    --depth_;
    F f = top();
    stack_.pop_back();
    if (f == F::List) return end_gen();
    return f == F::Nodes || f == F::Rels || f == F::Labels;
  }

 private:
  enum class F : std::uint8_t { None, Top, Nodes, Node, Labels, Rels, Rel, Props, List, Map };
  enum class K : std::uint8_t { Other, Format, Version, Counts, Nodes, Rels, Id, Labels, Props, Type, Start, End };
  struct Gen {
    bool is_map;
    List list;
    Map map;
    std::string key;
  };

  F top() const { return stack_.empty() ? F::None : stack_.back(); }
  bool push(F f) {
    stack_.push_back(f);
    return true;
  }
  // A key given twice in one object: left to the DOM loader (which reads the first).
  bool see(std::uint32_t& seen) {
    if (key_ == K::Other) return true;
    std::uint32_t bit = 1u << static_cast<unsigned>(key_);
    if (seen & bit) return false;
    seen |= bit;
    return true;
  }
  void start_element() {
    elem_seen_ = 0;
    has_id_ = has_start_ = has_end_ = has_type_ = false;
    labels_used_ = 0;
    props_.clear();
  }
  bool start_gen(bool is_map) {
    gen_.push_back(Gen{is_map, {}, {}, {}});
    return push(is_map ? F::Map : F::List);
  }
  bool end_gen() {
    Gen g = std::move(gen_.back());
    gen_.pop_back();
    return value(g.is_map ? Value(std::move(g.map)) : Value(std::move(g.list)));
  }
  static bool uint_of(const Value& v, std::uint64_t& out) {
    if (!v.is_int() || v.as_int() < 0) return false;
    out = static_cast<std::uint64_t>(v.as_int());
    return true;
  }

  // A complete value (scalar, list or map) where the innermost open container is.
  bool value(Value v) {
    switch (top()) {
      case F::List:
        gen_.back().list.push_back(std::move(v));
        return true;
      case F::Map:
        gen_.back().map.emplace(gen_.back().key, std::move(v));
        return true;
      case F::Props:
        props_.emplace_back(prop_key_, std::move(v));
        return true;
      case F::Top:
        switch (key_) {
          case K::Format:
            seen_format_ = v.is_string() && v.as_string() == kStoreFormat;
            return seen_format_;
          case K::Version:
            seen_version_ = v.is_int() && v.as_int() >= 1 && v.as_int() <= kStoreVersion;
            return seen_version_;
          case K::Counts:
            // Room for what the header announces (bounded: a damaged count must not
            // demand terabytes).
            if (v.is_map()) {
              std::uint64_t n = 0, r = 0;
              auto get = [&](const char* k, std::uint64_t& out) {
                auto it = v.as_map().find(k);
                if (it != v.as_map().end()) uint_of(it->second, out);
              };
              get("nodes", n);
              get("relationships", r);
              // (an element takes at least 8 bytes of the file)
              g_.reserve(std::min(n, text_size_ / 8), std::min(r, text_size_ / 8));
            }
            return true;
          case K::Other: return true;
          default: return false;
        }
      case F::Node:
        if (key_ == K::Id) return has_id_ = uint_of(v, id_);
        return key_ == K::Other;
      case F::Rel:
        if (key_ == K::Id) return has_id_ = uint_of(v, id_);
        if (key_ == K::Start) return has_start_ = uint_of(v, start_);
        if (key_ == K::End) return has_end_ = uint_of(v, end_);
        return key_ == K::Other;
      default:
        return false;
    }
  }

  bool commit_node() {
    if (!has_id_ || id_ > max_id_) return false;
    try {
      g_.add_node_with_id(id_);
      for (std::size_t i = 0; i < labels_used_; ++i) g_.add_label(id_, labels_[i]);
      for (auto& [k, v] : props_) g_.set_node_prop(id_, k, std::move(v));
    } catch (const GraphError&) {
      return false;
    }
    return true;
  }
  bool commit_rel() {
    if (!has_id_ || !has_start_ || !has_end_ || !has_type_ || id_ > max_id_) return false;
    if (!g_.node_alive(start_) || !g_.node_alive(end_)) return false;
    try {
      g_.add_rel_with_id(id_, start_, end_, type_);
      for (auto& [k, v] : props_) g_.set_rel_prop(id_, k, std::move(v));
    } catch (const GraphError&) {
      return false;
    }
    return true;
  }

  PropertyGraph& g_;
  std::uint64_t max_id_, text_size_;
  bool check_utf8_;
  std::vector<F> stack_;
  int depth_ = 0;
  K key_ = K::Other;
  std::uint32_t top_seen_ = 0, elem_seen_ = 0;
  bool seen_format_ = false, seen_version_ = false, seen_nodes_ = false;
  // The element being read (a node or a relationship), applied at its end.
  bool has_id_ = false, has_start_ = false, has_end_ = false, has_type_ = false;
  std::uint64_t id_ = 0, start_ = 0, end_ = 0;
  SymId type_ = 0, prop_key_ = 0;
  std::vector<std::string> labels_;  // reused buffers
  std::size_t labels_used_ = 0;
  std::vector<std::pair<SymId, Value>> props_;
  std::vector<Gen> gen_;  // lists and maps being built
};

// Whether the SAX loader read `text` into g (false: use the DOM loader instead).
template <class Stream>
bool sax_parse(Stream& ss, std::uint64_t size, bool check_utf8, PropertyGraph& g) {
  const std::uint64_t max_id = (1ull << 20) + 8ull * size;
  SaxLoader h(g, max_id, size, check_utf8);
  rapidjson::Reader reader;
  constexpr unsigned kFlags = rapidjson::kParseNanAndInfFlag | rapidjson::kParseFullPrecisionFlag |
                              rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag;
  // The adjacency is built once, at the end, in flat arrays (PropertyGraph::end_bulk).
  g.begin_bulk();
  rapidjson::ParseResult ok = reader.Parse<kFlags>(ss, h);
  g.end_bulk();
  // A NUL byte inside the text ends the stream early: the DOM loader reports it.
  return ok && ss.Tell() == size;
}

// Whether the SAX loader read `text` into g (false: use the DOM loader instead).
bool parse_store_sax(const std::string& text, PropertyGraph& g) {
  rapidjson::StringStream ss(text.c_str());
  return sax_parse(ss, text.size(), has_surrogate_escape(text), g);
}

// The same straight from the file, 256 KB at a time: the text is never held whole, so
// the peak memory of a load is the graph's. Every string is checked for unpaired
// surrogate escapes (the raw text is not there to tell which strings had escapes).
bool parse_file_sax(std::FILE* f, std::uint64_t size, PropertyGraph& g) {
  std::vector<char> buf(256 * 1024);
  rapidjson::FileReadStream fs(f, buf.data(), buf.size());
  return sax_parse(fs, size, true, g);
}

}  // namespace


namespace {
// Reads the store at `path` into g (empty).
void read_store(const std::string& path, PropertyGraph& g) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) fail(path, std::string("cannot open: ") + std::strerror(errno));
  FileId before{}, after{};
  bool have_id = file_id(path, before);
  struct stat st {};
  std::size_t want = ::fstat(fd, &st) == 0 && st.st_size > 0 ? static_cast<std::size_t>(st.st_size) : 0;
  std::FILE* f = ::fdopen(fd, "rb");
  if (!f) {
    int e = errno;
    ::close(fd);
    fail(path, std::string("cannot read: ") + std::strerror(e));
  }
  bool done = want > 0 && parse_file_sax(f, want, g);
  if (!done) {
    // Damaged, unusual or empty: the whole text, for the DOM loader and its messages.
    std::destroy_at(&g);
    std::construct_at(&g);
    std::string text(want + 1, '\0');
    std::size_t have = 0;
    std::rewind(f);
    for (;;) {
      if (have == text.size()) text.resize(text.size() * 2);
      std::size_t n = std::fread(text.data() + have, 1, text.size() - have, f);
      have += n;
      if (n == 0) break;
    }
    bool bad = std::ferror(f);
    std::fclose(f);
    if (bad) fail(path, "cannot read: input/output error");
    text.resize(have);
    if (text.empty()) fail(path, "empty file, not a kg store");
    parse_store_dom(text, path, {}, g);
  } else {
    std::fclose(f);
  }
  // Remember which file this was (for save_store's lost-update check), unless it was
  // replaced while being read (then the check has nothing sure to compare with).
  if (have_id && file_id(path, after) && after == before) {
    std::lock_guard<std::mutex> lock(g_state_mu);
    g_loaded[store_key(path)] = before;
  }
}
}  // namespace

PropertyGraph load_store(const std::string& path) {
  PropertyGraph g;
  read_store(path, g);
  return g;
}

void load_store_into(const std::string& path, PropertyGraph& g) {
  // Replaced in place, never moved (see parse_store).
  std::destroy_at(&g);
  std::construct_at(&g);
  try {
    read_store(path, g);
  } catch (...) {
    std::destroy_at(&g);
    std::construct_at(&g);
    throw;
  }
}

PropertyGraph load_store_from_string(std::string_view text_view, const std::string& path) {
  std::string text(text_view);
  PropertyGraph g;
  parse_store(text, path, text_view, g);
  return g;
}

namespace {

void parse_store_dom(std::string& text, const std::string& path, std::string_view original_text, PropertyGraph& g);

// "PATH:LINE:COL" of byte `off` of `text` (columns count bytes, from 1).
std::string place_of(const std::string& path, std::string_view text, std::size_t off) {
  std::size_t line = 1, col = 1;
  for (std::size_t i = 0; i < off && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  return path + ":" + std::to_string(line) + ":" + std::to_string(col);
}

// RapidJSON 1.1.0 validates a multi-byte UTF-8 character by taking its continuation bytes
// without looking for the end of the text: a text that ends inside one is read past its end
// (a fuzz finding). Such a file is damaged; say where.
void check_utf8_tail(const std::string& text, const std::string& path) {
  const std::size_t n = text.size();
  for (std::size_t k = 1; k <= 3 && k <= n; ++k) {
    const auto c = static_cast<unsigned char>(text[n - k]);
    if ((c & 0xC0) == 0x80) continue;  // a continuation byte: look further back
    const std::size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (need <= k) return;
    fail(place_of(path, text, n - k), "damaged store: the file ends inside a UTF-8 character");
  }
}

void parse_store(std::string& text, const std::string& path, std::string_view original_text, PropertyGraph& g) {
  if (text.empty()) fail(path, "empty file, not a kg store");
  check_utf8_tail(text, path);
  if (parse_store_sax(text, g)) return;
  // Start again from an empty graph (in place: no move, see above).
  std::destroy_at(&g);
  std::construct_at(&g);
  parse_store_dom(text, path, original_text, g);
}

// The DOM loader: parses the store text in place (the buffer is changed). Used when
// the SAX loader gives up (a damaged or unusual file); its messages name what is wrong.
void parse_store_dom(std::string& text, const std::string& path, std::string_view original_text, PropertyGraph& g) {
  check_utf8_tail(text, path);
  // Surrogate escapes are looked for in the raw text, before in-place parsing changes it.
  const bool surrogate_escapes = has_surrogate_escape(text);
  rapidjson::Document d;
  d.ParseInsitu<kParseFlags>(text.data());
  if (d.HasParseError()) {
    // Name the line and column of the damage, counted in the text as it was (parsing
    // in place rewrote the buffer): read again from the file, or use the original.
    std::string original;
    if (!original_text.empty()) {
      original.assign(original_text);
    } else {
      std::ifstream again(path, std::ios::binary);
      original.assign(std::istreambuf_iterator<char>(again), std::istreambuf_iterator<char>());
    }
    fail(place_of(path, original, d.GetErrorOffset()),
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
  if (ver < 1) fail(path, "store format version " + std::to_string(ver) + " is not a version kg ever wrote");
  if (json_depth(d, kMaxDepth + 4) > kMaxDepth + 4)
    fail(path, "damaged store: values nested deeper than " + std::to_string(kMaxDepth) + " levels");
  if (surrogate_escapes && !strings_valid(d)) fail(path, "damaged store: a string holds an unpaired surrogate escape (\\uD800-\\uDFFF)");
  // Ids leave holes where elements were deleted, and the graph is dense in ids: bound
  // them by the file's size so that a damaged id cannot demand terabytes.
  const std::uint64_t max_id = (1ull << 20) + 8ull * text.size();
  {
    std::size_t nn = d.HasMember("nodes") && d["nodes"].IsArray() ? d["nodes"].Size() : 0;
    std::size_t nr = d.HasMember("relationships") && d["relationships"].IsArray() ? d["relationships"].Size() : 0;
    g.reserve(nn, nr);
  }
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
      if (id > max_id) fail(path, "node id " + std::to_string(id) + " is out of range for a store of this size");
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
    g.begin_bulk();
    for (const auto& r : d["relationships"].GetArray()) {
      auto num = [&](const char* k) -> std::uint64_t {
        if (!r.IsObject() || !r.HasMember(k) || !r[k].IsUint64())
          fail(path, "relationship #" + std::to_string(i) + " has no valid " + k);
        return r[k].GetUint64();
      };
      RelId id = num("id");
      NodeId s = num("start"), e = num("end");
      if (id > max_id) fail(path, "relationship id " + std::to_string(id) + " is out of range for a store of this size");
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
    g.end_bulk();
  }
}

}  // namespace

namespace {
void lock_held_save(const PropertyGraph& g, const std::string& path, const std::string& key,
                    const RelPropWriter* writer);
}  // namespace

namespace {

// Writes the store text, handing it to `sink` in pieces of about `chunk` bytes (cut
// between elements), so that a save never holds the whole text in memory.
template <class Sink>
void write_store(const PropertyGraph& g, Sink&& sink, std::size_t chunk, const RelPropWriter* writer) {
  JsonOut out;
  out.reserve(std::min<std::size_t>(chunk, 1 << 16) + (1 << 16));
  auto maybe_flush = [&] {
    if (out.size() >= chunk) {
      sink(out.view());
      out.clear();
    }
  };
  out.lit("{\"format\":\"");
  out.put(std::string_view(kStoreFormat));
  // "counts" lets a loader size its tables before reading (older kg ignore it).
  out.put("\",\"version\":" + std::to_string(kStoreVersion) + ",\"counts\":{\"nodes\":" +
          std::to_string(g.node_count()) + ",\"relationships\":" + std::to_string(g.rel_count()) + "},\n\"nodes\":[");
  const auto& syms = g.symbols();
  const SymId writer_key = writer ? writer->key() : 0;
  // Every symbol (label, type, key) as JSON text once, and its rank in the order of names.
  std::vector<std::string> quoted(syms.size());
  std::vector<std::uint32_t> rank(syms.size());
  {
    std::vector<SymId> by_name(syms.size());
    for (SymId i = 0; i < syms.size(); ++i) {
      by_name[i] = i;
      std::string q;
      append_json_string(q, syms.name(i));
      quoted[i] = std::move(q);
    }
    std::sort(by_name.begin(), by_name.end(), [&](SymId a, SymId b) { return syms.name(a) < syms.name(b); });
    for (std::uint32_t r = 0; r < by_name.size(); ++r) rank[by_name[r]] = r;
  }
  // Properties are written in the order of their names, whatever order they were set in (which
  // follows the order the process first met each key: shards merged and a whole build must give
  // the same bytes).
  std::vector<std::pair<std::uint32_t, std::pair<SymId, const Value*>>> sorted;
  auto prop = [&](SymId k, const Value& v, const RelId* rel) {
    out.put(quoted[k]);
    out.put(':');
    if (rel && writer && k == writer_key && writer->write(*rel, out)) return;
    append_json_value(out, v);
  };
  auto props = [&](const Properties& p, const RelId* rel) {
    out.lit("\"properties\":{");
    const std::size_t n = p.size();
    SymId extra_key = 0;
    const Value* extra = rel && writer ? writer->extra(*rel, extra_key) : nullptr;
    bool in_order = true;
    for (std::size_t i = 1; i < n && in_order; ++i)
      if (rank[p[i].first] < rank[p[i - 1].first]) in_order = false;
    if (in_order) {  // the extra, if any, merged in before the first key after it
      const std::uint32_t extra_rank = extra ? rank[extra_key] : 0;
      bool extra_left = extra != nullptr;
      for (std::size_t i = 0; i < n; ++i) {
        auto [k, v] = p[i];
        if (extra_left && extra_rank < rank[k]) {
          if (i) out.put(',');
          prop(extra_key, *extra, rel);
          extra_left = false;
          out.put(',');
        } else if (i) {
          out.put(',');
        }
        prop(k, v, rel);
      }
      if (extra_left) {
        if (n) out.put(',');
        prop(extra_key, *extra, rel);
      }
    } else {
      sorted.clear();
      for (std::size_t i = 0; i < n; ++i) {
        auto [k, v] = p[i];
        sorted.push_back({rank[k], {k, &v}});
      }
      if (extra) sorted.push_back({rank[extra_key], {extra_key, extra}});
      std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
      bool first = true;
      for (const auto& [r, kv] : sorted) {
        if (!first) out.put(',');
        first = false;
        prop(kv.first, *kv.second, rel);
      }
    }
    out.put('}');
  };
  bool first = true;
  for (NodeId n = 0; n < g.node_id_bound(); ++n) {
    if (!g.node_alive(n)) continue;
    if (first)
      out.lit("\n{\"id\":");
    else
      out.lit(",\n{\"id\":");
    first = false;
    append_json_int(out, static_cast<std::int64_t>(n));
    out.lit(",\"labels\":[");
    bool fl = true;
    const auto& ls = g.node(n).labels;
    if (ls.size() == 1) {
      out.put(quoted[ls[0]]);
    } else {
      for (const auto& l : g.labels(n)) {  // by name
        if (!fl) out.put(',');
        fl = false;
        append_json_string(out, l);
      }
    }
    out.lit("],");
    props(g.node(n).props, nullptr);
    out.put('}');
    maybe_flush();
  }
  out.lit("],\n\"relationships\":[");
  first = true;
  for (RelId r = 0; r < g.rel_id_bound(); ++r) {
    if (!g.rel_alive(r)) continue;
    const RelData& d = g.rel(r);
    if (first)
      out.lit("\n{\"id\":");
    else
      out.lit(",\n{\"id\":");
    first = false;
    append_json_int(out, static_cast<std::int64_t>(r));
    out.lit(",\"type\":");
    out.put(quoted[d.type]);
    out.lit(",\"start\":");
    append_json_int(out, static_cast<std::int64_t>(d.src));
    out.lit(",\"end\":");
    append_json_int(out, static_cast<std::int64_t>(d.dst));
    out.put(',');
    props(d.props, &r);
    out.put('}');
    maybe_flush();
  }
  out.lit("]}\n");
  sink(out.view());
}

}  // namespace

std::string store_to_string(const PropertyGraph& g, const RelPropWriter* writer) {
  std::string all;
  write_store(g, [&](std::string_view piece) { all.append(piece); }, static_cast<std::size_t>(-1), writer);
  return all;
}

void save_store(const PropertyGraph& g, const std::string& path, const RelPropWriter* writer) {
  std::string key = store_key(path);
  bool held;
  {
    std::lock_guard<std::mutex> l(g_state_mu);
    held = g_held.count(key) > 0;
  }
  std::optional<StoreLock> lock;
  if (!held) lock.emplace(path);
  lock_held_save(g, path, key, writer);
}

namespace {

// The write itself; the caller holds the store's lock. The text is written as it is
// made, a megabyte at a time.
void lock_held_save(const PropertyGraph& g, const std::string& path, const std::string& key,
                    const RelPropWriter* writer) {
  {
    std::lock_guard<std::mutex> l(g_state_mu);
    auto it = g_loaded.find(key);
    FileId now{};
    if (it != g_loaded.end() && file_id(path, now) && !(now == it->second))
      throw StoreError(path + ": the store was replaced by another kg process after this one read it; "
                              "nothing was written (run the command again)");
  }
  remove_stale_temps(path);
  std::string tmp = path + ".tmp." + std::to_string(::getpid());
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw StoreError(path + ": cannot write: " + std::strerror(errno));
  int write_error = 0;
  auto sink = [&](std::string_view piece) {
    const char* p = piece.data();
    std::size_t left = piece.size();
    while (left && !write_error) {
      ssize_t w = ::write(fd, p, left);
      if (w < 0) {
        if (errno != EINTR) write_error = errno;
        continue;
      }
      p += w;
      left -= static_cast<std::size_t>(w);
    }
  };
  try {
    write_store(g, sink, std::size_t{1} << 20, writer);
  } catch (...) {
    ::close(fd);
    ::unlink(tmp.c_str());
    throw;
  }
  if (write_error) {
    ::close(fd);
    ::unlink(tmp.c_str());
    throw StoreError(path + ": cannot write: " + std::strerror(write_error));
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
  // What this process now holds is the file it just wrote (a shell saves repeatedly).
  FileId now{};
  std::lock_guard<std::mutex> l(g_state_mu);
  if (file_id(path, now)) g_loaded[key] = now;
}

}  // namespace

StoreLock::StoreLock(const std::string& store_path, double timeout_s)
    : key_(store_key(store_path)), lock_path_(store_path + ".lock") {
  if (timeout_s < 0) {
    timeout_s = 60;
    if (const char* env = std::getenv("KG_LOCK_TIMEOUT")) {
      char* end = nullptr;
      double t = std::strtod(env, &end);
      if (end != env && t >= 0) timeout_s = t;
    }
  }
  auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(timeout_s);
  for (;;) {
    int fd = ::open(lock_path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
      throw StoreError(store_path + ": cannot create the lock file " + lock_path_ + ": " + std::strerror(errno));
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
      int e = errno;
      if (e == EINTR) continue;
      if (e != EWOULDBLOCK || std::chrono::steady_clock::now() >= deadline) {
        ::close(fd);
        if (e != EWOULDBLOCK)
          throw StoreError(store_path + ": cannot lock " + lock_path_ + ": " + std::strerror(e));
        char secs[32];
        std::snprintf(secs, sizeof secs, "%g", timeout_s);
        throw StoreError(store_path + ": another kg process is writing this store (" + lock_path_ +
                         " stayed locked for " + secs + " s); try again when it is done");
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    // The previous holder removes the file on release: make sure the file locked is
    // the one at the path now, else take the new one.
    struct stat a, b;
    if (::fstat(fd, &a) == 0 && ::stat(lock_path_.c_str(), &b) == 0 && a.st_dev == b.st_dev &&
        a.st_ino == b.st_ino) {
      fd_ = fd;
      break;
    }
    ::close(fd);
  }
  std::lock_guard<std::mutex> l(g_state_mu);
  ++g_held[key_];
}

StoreLock::~StoreLock() {
  {
    std::lock_guard<std::mutex> l(g_state_mu);
    if (--g_held[key_] <= 0) g_held.erase(key_);
  }
  ::unlink(lock_path_.c_str());
  ::close(fd_);
}

}  // namespace kg
