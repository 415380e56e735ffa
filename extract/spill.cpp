#include "extract/spill.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace kg::extract {

namespace {

// Lengths, counts and integers are varints (7 bits a byte, low first; a signed integer zigzagged
// first, so that small negative numbers are short too): most strings of a fact are shorter than
// 128 bytes, so their length is one byte.
std::uint64_t zigzag(std::int64_t v) { return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63); }
std::int64_t unzigzag(std::uint64_t u) { return static_cast<std::int64_t>(u >> 1) ^ -static_cast<std::int64_t>(u & 1); }
std::size_t varint_size(std::uint64_t v) {
  std::size_t n = 1;
  while (v >= 0x80) v >>= 7, ++n;
  return n;
}

// A record is written in two passes: its size (Sizer), then its bytes (Writer) into room made once.
struct Sizer {
  std::size_t n = 0;
  void u32(std::size_t v) {
    if (v > 0xffffffffu) throw SpillError("spill: a field of more than 4 GB");
    n += varint_size(v);
  }
  void i64(std::int64_t v) { n += varint_size(zigzag(v)); }
  void byte(char) { n += 1; }
  void bytes(const char*, std::size_t k) { n += k; }
};
struct Writer {
  char* p;
  void varint(std::uint64_t v) {
    while (v >= 0x80) {
      *p++ = static_cast<char>(v | 0x80);
      v >>= 7;
    }
    *p++ = static_cast<char>(v);
  }
  void u32(std::size_t v) { varint(v); }
  void i64(std::int64_t v) { varint(zigzag(v)); }
  void byte(char c) { *p++ = c; }
  void bytes(const char* s, std::size_t k) {
    std::memcpy(p, s, k);
    p += k;
  }
};

template <class W>
void put_str(W& w, const std::string& s) {
  w.u32(s.size());
  w.bytes(s.data(), s.size());
}
template <class W>
void put_strs(W& w, const std::vector<std::string>& v) {
  w.u32(v.size());
  for (const auto& s : v) put_str(w, s);
}

template <class W>
void put_value(W& w, const Value& v) {
  w.byte(static_cast<char>(v.kind()));
  switch (v.kind()) {
    case Value::Kind::Null:
      break;
    case Value::Kind::Bool:
      w.byte(v.as_bool() ? 1 : 0);
      break;
    case Value::Kind::Int:
      w.i64(v.as_int());
      break;
    case Value::Kind::Float: {
      double d = v.as_float();
      w.bytes(reinterpret_cast<const char*>(&d), 8);
      break;
    }
    case Value::Kind::String:
      put_str(w, v.as_string());
      break;
    case Value::Kind::List:
      w.u32(v.as_list().size());
      for (const auto& x : v.as_list()) put_value(w, x);
      break;
    case Value::Kind::Map:
      w.u32(v.as_map().size());
      for (const auto& [k, x] : v.as_map()) {
        put_str(w, k);
        put_value(w, x);
      }
      break;
    default:  // node and relationship references, paths: query results, never facts
      throw SpillError(std::string("spill: a fact attribute of kind ") + kind_name(v.kind()));
  }
}

template <class W>
void put_facts(W& w, const DocumentFacts& f) {
  const auto& d = f.doc;
  for (const auto* s : {&d.id, &d.date, &d.publisher, &d.author, &d.url, &d.dateline, &d.title, &d.hash})
    put_str(w, *s);
  w.u32(f.entities.size());
  for (const auto& e : f.entities) {
    put_str(w, e.type);
    put_str(w, e.name);
    put_strs(w, e.aliases);
    w.i64(e.mentions);
    put_str(w, e.own_name);
    put_str(w, e.parties);
  }
  w.u32(f.relations.size());
  for (const auto& r : f.relations) {
    put_str(w, r.type);
    put_str(w, r.subject.type);
    put_str(w, r.subject.name);
    put_str(w, r.object.type);
    put_str(w, r.object.name);
    w.byte(r.symmetric ? 1 : 0);
    put_str(w, r.date);
    put_str(w, r.status);
    put_strs(w, r.attributed_to);
    w.u32(r.attrs.size());
    for (const auto& [k, v] : r.attrs) {
      put_str(w, k);
      put_value(w, v);
    }
    const auto& ev = r.evidence;
    if (ev.doc == d.id) {  // as always from the extractor: not repeated
      w.byte(0);
    } else {
      w.byte(1);
      put_str(w, ev.doc);
    }
    w.i64(ev.sentence);
    w.i64(ev.start);
    w.i64(ev.end);
    put_str(w, ev.text);
    put_str(w, ev.pattern);
  }
}

// Reads fields from a record, each checked against its end.
class Reader {
 public:
  explicit Reader(std::string_view r) : p_(r.data()), end_(r.data() + r.size()) {}
  bool at_end() const { return p_ == end_; }
  std::uint64_t varint(int max_bytes) {
    std::uint64_t v = 0;
    for (int shift = 0, i = 0;; shift += 7, ++i) {
      if (p_ == end_) short_record();
      if (i == max_bytes) throw SpillError("spill: a damaged record (a number too long)");
      auto b = static_cast<unsigned char>(*p_++);
      v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
  }
  std::uint32_t u32() {
    if (p_ != end_ && !(static_cast<unsigned char>(*p_) & 0x80)) return static_cast<unsigned char>(*p_++);  // one byte: most
    std::uint64_t v = varint(5);
    if (v > 0xffffffffu) throw SpillError("spill: a damaged record (a length too large)");
    return static_cast<std::uint32_t>(v);
  }
  std::int64_t i64() { return unzigzag(varint(10)); }
  double f64() {
    double v;
    std::memcpy(&v, take(8), 8);
    return v;
  }
  char byte() { return *take(1); }
  void str(std::string& s) {
    std::uint32_t n = u32();
    s.assign(take(n), n);
  }
  std::string_view view() {
    std::uint32_t n = u32();
    return {take(n), n};
  }
  // A count of items that are each at least `min_bytes` long: checked against what is left,
  // so that a damaged count cannot make a vector of billions of items.
  std::uint32_t count(std::size_t min_bytes) {
    std::uint32_t n = u32();
    if (n > static_cast<std::size_t>(end_ - p_) / min_bytes) short_record();
    return n;
  }
  void strs(std::vector<std::string>& v) {
    v.resize(count(1));
    for (auto& s : v) str(s);
  }
  Value value(int depth = 0) {
    if (depth > 64) throw SpillError("spill: values nested too deep");
    auto k = static_cast<Value::Kind>(byte());
    switch (k) {
      case Value::Kind::Null:
        return Value();
      case Value::Kind::Bool:
        return Value(byte() != 0);
      case Value::Kind::Int:
        return Value(i64());
      case Value::Kind::Float:
        return Value(f64());
      case Value::Kind::String:
        return Value(view());
      case Value::Kind::List: {
        List l(count(1));
        for (auto& x : l) x = value(depth + 1);
        return Value(std::move(l));
      }
      case Value::Kind::Map: {
        Map m;
        for (std::uint32_t n = count(2); n--;) {
          std::string key(view());
          m.emplace(std::move(key), value(depth + 1));
        }
        return Value(std::move(m));
      }
      default:
        throw SpillError("spill: a damaged record (unknown value kind)");
    }
  }

 private:
  const char* take(std::size_t n) {
    if (n > static_cast<std::size_t>(end_ - p_)) short_record();
    const char* at = p_;
    p_ += n;
    return at;
  }
  [[noreturn]] static void short_record() { throw SpillError("spill: a record ends early (a truncated spill file)"); }
  const char* p_;
  const char* end_;
};

// The least bytes of an entity and a relation record (empty strings and lists): the bound
// on their counts.
constexpr std::size_t kMinEntity = 6;     // 5 lengths and counts, mentions
constexpr std::size_t kMinRelation = 16;  // 9 lengths and counts, 3 integers, the flag bytes

}  // namespace

void encode_facts(const DocumentFacts& f, std::string& out) {
  Sizer size;
  put_facts(size, f);
  const std::size_t at = out.size();
  out.resize(at + size.n);
  Writer w{out.data() + at};
  put_facts(w, f);
}

void decode_facts(std::string_view record, DocumentFacts& f) {
  Reader in(record);
  auto& d = f.doc;
  for (auto* s : {&d.id, &d.date, &d.publisher, &d.author, &d.url, &d.dateline, &d.title, &d.hash}) in.str(*s);
  f.entities.resize(in.count(kMinEntity));
  for (auto& e : f.entities) {
    in.str(e.type);
    in.str(e.name);
    in.strs(e.aliases);
    e.mentions = in.i64();
    in.str(e.own_name);
    in.str(e.parties);
  }
  f.relations.resize(in.count(kMinRelation));
  for (auto& r : f.relations) {
    in.str(r.type);
    in.str(r.subject.type);
    in.str(r.subject.name);
    in.str(r.object.type);
    in.str(r.object.name);
    r.symmetric = in.byte() != 0;
    in.str(r.date);
    in.str(r.status);
    in.strs(r.attributed_to);
    r.attrs.clear();
    for (std::uint32_t n = in.count(2); n--;) {
      std::string key(in.view());
      r.attrs.emplace(std::move(key), in.value());
    }
    auto& ev = r.evidence;
    if (in.byte()) in.str(ev.doc);
    else ev.doc = d.id;
    ev.sentence = in.i64();
    ev.start = in.i64();
    ev.end = in.i64();
    in.str(ev.text);
    in.str(ev.pattern);
  }
  if (!in.at_end()) throw SpillError("spill: a damaged record (bytes after its last field)");
}

SpillFile::SpillFile(const std::string& dir) {
  std::string path = (dir.empty() ? std::string(".") : dir) + "/kg-spill-XXXXXX";
  std::vector<char> name(path.begin(), path.end());
  name.push_back('\0');
  fd_ = ::mkstemp(name.data());
  if (fd_ < 0) throw SpillError("cannot create a temporary file in " + dir + ": " + std::strerror(errno));
  ::unlink(name.data());  // the name only: the file lives until fd_ is closed
}

SpillFile::~SpillFile() {
  if (fd_ >= 0) ::close(fd_);
}

SpillFile::Ref SpillFile::append(std::string_view record) {
  Ref r{end_.fetch_add(record.size()), record.size()};
  const char* p = record.data();
  std::size_t left = record.size();
  auto at = static_cast<off_t>(r.offset);
  while (left) {
    ssize_t n = ::pwrite(fd_, p, left, at);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw SpillError(std::string("cannot write the temporary file: ") + std::strerror(n < 0 ? errno : ENOSPC));
    p += n;
    left -= static_cast<std::size_t>(n);
    at += n;
  }
  return r;
}

void SpillFile::read(const Ref& r, std::string& buf) const {
  buf.resize(r.size);
  char* p = buf.data();
  std::size_t left = r.size;
  auto at = static_cast<off_t>(r.offset);
  while (left) {
    ssize_t n = ::pread(fd_, p, left, at);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw SpillError(std::string("cannot read the temporary file: ") + std::strerror(errno));
    if (n == 0) throw SpillError("the temporary file ends early (truncated)");
    p += n;
    left -= static_cast<std::size_t>(n);
    at += n;
  }
}

}  // namespace kg::extract
