// kg build / add / extract / merge: documents in, a store out.
#include <unistd.h>
#include <sys/mman.h>
#ifdef KG_MIMALLOC
#include <mimalloc.h>
#elif defined(__GLIBC__)
#include <malloc.h>
#endif

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_set>

#include "cli/commands.h"
#include "extract/extractor.h"
#include "extract/resolve.h"
#include "extract/spill.h"
#include "graph/knowledge.h"
#include "graph/store.h"

namespace kg::cli {

namespace {

struct BuildOptions {
  std::vector<std::string> inputs;
  std::string out;
  std::vector<std::string> lexicons;
  int jobs = 0;
  std::string progress = "auto";
  bool skip_bad = false;
};

// Progress on stderr: documents, MB/s and time left. Only when stderr is a terminal
// unless --progress always.
class Progress {
 public:
  Progress(const std::string& mode, std::size_t total, std::uint64_t total_bytes)
      : on_(mode == "always" || (mode == "auto" && ::isatty(2))), total_(total), total_bytes_(total_bytes),
        start_(std::chrono::steady_clock::now()) {}
  void tick(std::uint64_t bytes) {
    std::size_t n = ++done_;
    bytes_ += bytes;
    if (!on_) return;
    std::lock_guard<std::mutex> lock(mu_);
    auto now = std::chrono::steady_clock::now();
    if (n != total_ && now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    double mbs = secs > 0 ? bytes_ / 1e6 / secs : 0;
    double left = mbs > 0 && total_bytes_ > bytes_ ? (total_bytes_ - bytes_) / 1e6 / mbs : 0;
    std::fprintf(stderr, "\r\033[Kextracting: %zu/%zu documents, %.1f MB/s, %.0f s left", n, total_, mbs, left);
    if (n == total_) std::fprintf(stderr, "\n");
    std::fflush(stderr);
  }

 private:
  bool on_;
  std::size_t total_;
  std::uint64_t total_bytes_;
  std::atomic<std::size_t> done_{0};
  std::atomic<std::uint64_t> bytes_{0};
  std::chrono::steady_clock::time_point start_, last_{};
  std::mutex mu_;
};

// A build's heap only grows, to hundreds of MB of small objects: backing it with huge pages
// (where the kernel offers them on request, transparent_hugepage=madvise) saves most of the
// page faults and TLB misses, ~10% of a build's CPU time. The main arena grows by brk;
// grow() advises the part added since the last call (the heap grows in 64 MB steps,
// M_TOP_PAD below, so little is touched before its advice). Other threads' arenas are
// left as they are.
class HugeHeap {
 public:
  void grow() {
#if defined(__linux__) && defined(MADV_HUGEPAGE) && !defined(KG_MIMALLOC)  // mimalloc: its own option
    std::lock_guard<std::mutex> lock(mu_);
    auto top = reinterpret_cast<std::uintptr_t>(::sbrk(0));
    if (top == static_cast<std::uintptr_t>(-1)) return;
    constexpr std::uintptr_t kHuge = 2u << 20;
    if (!done_) {  // from the start of the main arena (what it took by brk so far)
#ifdef __GLIBC__
      done_ = (top - mallinfo2().arena + kHuge - 1) & ~(kHuge - 1);
#else
      done_ = top & ~(kHuge - 1);
#endif
    }
    std::uintptr_t to = top & ~(kHuge - 1);
    if (to > done_) {
      ::madvise(reinterpret_cast<void*>(done_), to - done_, MADV_HUGEPAGE);  // advice only: errors do not matter
      done_ = to;
    }
#endif
  }

 private:
  std::mutex mu_;
  std::uintptr_t done_ = 0;
};

#ifdef KG_MIMALLOC
// The same for mimalloc: its memory on transparent huge pages, and freed pages kept for reuse,
// not returned to the system (the kernel zeroes a returned page again when it is touched
// again). mimalloc reads its large-page option once, at its start (before main), so instead
// it is given an arena of ours: address space only (MAP_NORESERVE: pages are taken as they
// are touched), advised for huge pages. When the arena is full, or cannot be mapped, mimalloc
// takes memory from the system as usual.
void mimalloc_huge_arena() {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  static bool done = false;
  if (done) return;
  done = true;
  mi_option_set(mi_option_allow_decommit, 0);
  constexpr std::size_t kAlign = std::size_t(1) << 30;  // mimalloc finds a segment by masking its address
  constexpr std::size_t kSize = std::size_t(64) << 30;
  void* p = ::mmap(nullptr, kSize + kAlign, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) return;
  auto at = (reinterpret_cast<std::uintptr_t>(p) + kAlign - 1) & ~(kAlign - 1);
  ::madvise(reinterpret_cast<void*>(at), kSize, MADV_HUGEPAGE);  // advice only: errors do not matter
  mi_manage_os_memory(reinterpret_cast<void*>(at), kSize, /*is_committed=*/true, /*is_large=*/false,
                      /*is_zero=*/true, /*numa_node=*/-1);
  // The memory mimalloc took before this (its first segment, where the next small objects
  // still go): the mapping that holds a fresh allocation, advised too.
  void* probe = mi_malloc(64);
  auto addr = reinterpret_cast<std::uintptr_t>(probe);
  if (FILE* maps = std::fopen("/proc/self/maps", "r")) {
    unsigned long lo, hi;
    char line[512];
    while (std::fgets(line, sizeof line, maps))
      if (std::sscanf(line, "%lx-%lx", &lo, &hi) == 2 && lo <= addr && addr < hi) {
        ::madvise(reinterpret_cast<void*>(lo), hi - lo, MADV_HUGEPAGE);
        break;
      }
    std::fclose(maps);
  }
  mi_free(probe);
#endif
}
#endif

std::unique_ptr<extract::Extractor> make_extractor(const BuildOptions& o) {
  extract::Options eo;
  eo.data_dirs.push_back(extract::default_data_dir());
  for (const auto& d : o.lexicons) {
    if (!std::filesystem::is_directory(d)) throw extract::InputError(d, 0, 0, "lexicon folder not found");
    eo.data_dirs.push_back(d);
  }
  return std::make_unique<extract::Extractor>(eo);
}

// Where the spill file goes: $TMPDIR when set, else beside the store.
std::string spill_dir(const std::string& out) {
  if (const char* t = std::getenv("TMPDIR"); t && *t) return t;
  auto dir = std::filesystem::path(out).parent_path();
  return dir.empty() ? std::string(".") : dir.string();
}

// The documents of a build, extracted. Each document's facts go to the spill file as soon as
// they are extracted; kept in memory is only what resolution reads (NameResolver: per distinct
// entity its mentions and documents), the documents' dates, ids and hashes, and where each
// document's record is. The facts are read back one document at a time (for_each), in
// document-id order, resolved: so memory grows with the graph, not with the corpus.
struct Extracted {
  Extracted(const extract::Lexicon& lex, const std::string& dir) : spill(dir), names(lex) {}
  extract::SpillFile spill;
  struct Doc {
    const std::string* id;  // in `ids`
    extract::SpillFile::Ref ref;
  };
  std::vector<Doc> docs;  // one per document id: in input order, then (resolve) in id order
  std::unordered_set<std::string> ids, hashes;
  extract::NameResolver names;
  extract::RelativeDates dates;
  std::size_t entities = 0, relations = 0;  // facts of every document, before resolution

  // After the last document: resolution, and the documents in id order.
  void resolve() {
    dates.resolve();
    names.resolve();
    std::sort(docs.begin(), docs.end(), [](const Doc& a, const Doc& b) { return *a.id < *b.id; });
  }
  // Each document's facts, resolved, in id order. `f` is one object, refilled for each document.
  template <class Fn>
  void for_each(Fn&& fn) {
    std::string buf;
    DocumentFacts f;
    for (const auto& d : docs) {
      spill.read(d.ref, buf);
      extract::decode_facts(buf, f);
      dates.apply(f.relations);
      names.apply(f);
      fn(f);
    }
  }
};

// Reads and extracts `paths` on `jobs` threads. Documents whose id or hash is in `existing`
// are left out, and the entities of `existing_graph` are resolution's first candidates. Bad
// documents throw, or are reported and skipped. The documents are taken in input order as
// they are done (one waits for those before it), which is the order resolution sees them in.
std::unique_ptr<Extracted> extract_all(const std::vector<std::string>& paths, const extract::Extractor& ex,
                                       const BuildOptions& o, const KnowledgeGraph* existing,
                                       const PropertyGraph* existing_graph, int& bad, HugeHeap* heap = nullptr) {
  std::uint64_t total_bytes = 0;
  for (const auto& p : paths) {
    std::error_code ec;
    if (p != "-") total_bytes += std::filesystem::file_size(p, ec);
  }
  std::unique_ptr<Extracted> out;
  try {
    out = std::make_unique<Extracted>(ex.lexicon(), spill_dir(o.out));
  } catch (const extract::SpillError& e) {  // before any work: the store could not be written either
    throw std::runtime_error(o.out + ": " + e.what());
  }
  if (existing_graph) out->names.add_existing(*existing_graph);
  Progress progress(o.progress, paths.size(), total_bytes);
  // A document done, waiting for those before it.
  struct Done {
    bool extracted = false;
    std::string id, hash, date;
    std::string entities;  // NameResolver::pack
    std::size_t entity_count = 0, relations = 0;
    extract::SpillFile::Ref ref;
    std::string error;
  };
  std::mutex mu;
  std::map<std::size_t, Done> waiting;
  std::size_t next_in_order = 0;
  std::map<std::size_t, std::string> errors;
  std::string fatal;
  auto take = [&](Done& d) {  // under mu, in input order
    if (!d.extracted) return;
    // One document per id: the first of two files with the same name wins.
    if (out->ids.count(d.id) || (!d.hash.empty() && out->hashes.count(d.hash))) return;
    const std::string* id = &*out->ids.insert(std::move(d.id)).first;
    if (!d.hash.empty()) out->hashes.insert(std::move(d.hash));
    out->names.add_packed(static_cast<std::uint32_t>(out->docs.size()), d.entities);
    out->dates.add_document(d.date);
    out->docs.push_back({id, d.ref});
    out->entities += d.entity_count;
    out->relations += d.relations;
  };
  auto take_ready = [&] {  // under mu: the documents done whose predecessors are all done
    for (auto it = waiting.begin(); it != waiting.end() && it->first == next_in_order; ++next_in_order) {
      take(it->second);
      it = waiting.erase(it);
    }
  };
  constexpr std::size_t kBatch = 2048;
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    std::string record;
    for (std::size_t i; (i = next++) < paths.size();) {
      Done done;
      try {
        extract::Document d = extract::read_document(paths[i]);
        if (!(existing && existing->find_document(d.info.id, d.info.hash))) {
          DocumentFacts f = ex.extract(d);
          record.clear();
          extract::encode_facts(f, record);
          done.ref = out->spill.append(record);
          // Kept until taken: what resolution reads (the entities' types, names, mentions and
          // parties, in one string; the document's id, hash and date). The facts are freed
          // here, where the next document's extraction reuses their memory while it is in the cache.
          done.extracted = true;
          done.id = std::move(f.doc.id);
          done.hash = std::move(f.doc.hash);
          done.date = std::move(f.doc.date);
          extract::NameResolver::pack(f.entities, done.entities);
          done.entity_count = f.entities.size();
          done.relations = f.relations.size();
          if (heap) heap->grow();
        }
        progress.tick(d.text.size());
      } catch (const extract::SpillError& e) {  // the temporary file cannot be written: the build fails
        std::lock_guard<std::mutex> lock(mu);
        if (fatal.empty()) fatal = e.what();
        next = paths.size();  // every worker stops after its document
        progress.tick(0);
      } catch (const std::exception& e) {
        done.extracted = false;
        done.error = e.what();
        progress.tick(0);
      }
      std::lock_guard<std::mutex> lock(mu);
      if (!done.error.empty()) errors.emplace(i, std::move(done.error));
      waiting.emplace(i, std::move(done));
      // Taken in batches: the resolver's tables are then in the cache for many documents (taken
      // one at a time, between two extractions, their lookups missed it: 2.5% of a build's CPU
      // time at 50 MB, 0.5% in batches).
      if (waiting.size() >= kBatch) take_ready();
    }
  };
  int jobs = o.jobs > 0 ? o.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  jobs = std::min<int>(jobs, static_cast<int>(std::max<std::size_t>(1, paths.size())));
  std::vector<std::thread> pool;
  for (int j = 1; j < jobs; ++j) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  take_ready();
  if (!fatal.empty()) throw std::runtime_error(fatal);
  for (const auto& [i, e] : errors) {
    if (!o.skip_bad) throw std::runtime_error(e);
    print_error("skipped: " + e);
    ++bad;
  }
  out->resolve();
  return out;
}

void add_build_flags(CLI::App* sub, BuildOptions& o, bool with_out) {
  sub->add_option("INPUT", o.inputs, "files, folders (every .txt in them, sorted) or - for standard input")
      ->required();
  if (with_out) sub->add_option("-o,--output", o.out, "the store (or shard) to write")->required();
  sub->add_option("--lexicons", o.lexicons, "extra folder of lexicon and pattern files (repeatable)");
  sub->add_option("-j,--jobs", o.jobs, "extraction threads (default: every core)")->check(CLI::Range(1, 1024));
  sub->add_option("--progress", o.progress, "progress on stderr: auto (when a terminal), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  sub->add_flag("--skip-bad", o.skip_bad, "report and skip documents that cannot be read, instead of failing");
}

struct BuildState {
  PropertyGraph g;
  std::unique_ptr<KnowledgeGraph> kg;  // destroyed before g (declared after it)
  std::unique_ptr<Extracted> docs;
  std::unique_ptr<extract::Extractor> ex;
};

int run_build(BuildOptions& o) {
#ifdef KG_MIMALLOC
  mimalloc_huge_arena();
#elif defined(__GLIBC__)
  // A build only grows its heap until it exits: take memory from the system in large steps
  // and never give it back (fewer brk calls and page-table updates).
  mallopt(M_TOP_PAD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  mallopt(M_MMAP_THRESHOLD, 32 << 20);  // the largest glibc accepts
#endif
  try {
    auto paths = extract::expand_inputs(o.inputs);
    if (paths.empty()) {
      print_error("no documents: no .txt file in " + o.inputs.front());
      return kExitRuntime;
    }
    // The graph, its indexes, the resolver and the extractor are never freed: the process ends
    // right after the store is saved, and freeing millions of small objects one by one cost
    // ~7% of a build's CPU time. They stay reachable from `kept` (so LeakSanitizer reports
    // nothing); a second build in one process frees the first's.
    static BuildState* kept = nullptr;
    delete kept;
    kept = new BuildState;
    auto& ex = kept->ex;
    auto& g = kept->g;
    HugeHeap heap;
    heap.grow();
    ex = make_extractor(o);
    int bad = 0;
    kept->docs = extract_all(paths, *ex, o, nullptr, nullptr, bad, &heap);
    auto& docs = *kept->docs;
    {  // room for every node and relationship the facts can make (merging makes fewer)
      std::size_t nodes = g.node_id_bound() + docs.docs.size() + docs.entities;
      std::size_t rels = g.rel_id_bound() + docs.entities + docs.relations;
      g.reserve(nodes, rels);
    }
    kept->kg = std::make_unique<KnowledgeGraph>(g);
    kept->kg->defer_evidence();  // written compactly by the save: nothing reads the graph before
    // The knowledge layer never reads the adjacency of what it adds (its own indexes find
    // relationships), so the relationships go in as a bulk load: recorded, with no adjacency.
    // Nothing reads this graph's adjacency afterwards either (the save writes nodes and
    // relationships by id; the process then ends), so it is never built: end_bulk() would
    // build the type index and the compact adjacency (20 bytes a relationship and the
    // sort's temporaries) for nothing.
    g.begin_bulk();
    docs.for_each([&](const DocumentFacts& f) {
      kept->kg->add(f);
      heap.grow();
    });
    save_store(g, o.out, kept->kg->evidence_writer());
    std::cerr << "kg: " << docs.docs.size() << " documents, " << KnowledgeGraph::entity_nodes(g).size()
              << " entities, " << g.rel_count() << " relationships -> " << o.out << std::endl;
    return bad ? kExitRuntime : kExitOk;
  } catch (const std::exception& e) {
    print_error(e.what());
  }
  return kExitRuntime;
}

}  // namespace

Command add_build_command(CLI::App& app) {
  auto o = std::make_shared<BuildOptions>();
  auto* sub = app.add_subcommand("build", "read, extract, resolve and merge documents into a new store");
  add_build_flags(sub, *o, true);
  return {sub, [o] { return run_build(*o); }};
}

Command add_extract_command(CLI::App& app) {
  auto o = std::make_shared<BuildOptions>();
  auto* sub = app.add_subcommand("extract", "extraction only, into one shard (merge shards with 'kg merge')");
  add_build_flags(sub, *o, true);
  return {sub, [o] { return run_build(*o); }};
}

Command add_add_command(CLI::App& app) {
  auto o = std::make_shared<BuildOptions>();
  auto* sub = app.add_subcommand("add", "add documents to an existing store (a document already in it adds nothing)");
  sub->add_option("STORE", o->out, "the store to add to")->required();
  add_build_flags(sub, *o, false);
  return {sub, [o] {
            try {
              if (!std::filesystem::exists(o->out)) {
                print_error(o->out + ": no such store (create one with 'kg build')");
                return kExitRuntime;
              }
              StoreLock lock(o->out);  // read, change and write under one lock
              PropertyGraph g = load_store(o->out);
              KnowledgeGraph kg(g);
              auto paths = extract::expand_inputs(o->inputs);
              auto ex = make_extractor(*o);
              int bad = 0;
              auto docs = extract_all(paths, *ex, *o, &kg, &g, bad);
              std::size_t added = 0;
              docs->for_each([&](const DocumentFacts& f) { added += kg.add(f); });
              if (added) save_store(g, o->out);
              std::cerr << "kg: added " << added << " documents (" << (paths.size() - added - bad)
                        << " already in the store)" << std::endl;
              return bad ? kExitRuntime : kExitOk;
            } catch (const std::exception& e) {
              print_error(e.what());
            }
            return kExitRuntime;
          }};
}

Command add_merge_command(CLI::App& app) {
  struct MergeOptions {
    std::vector<std::string> shards;
    std::string out;
    std::vector<std::string> lexicons;
  };
  auto o = std::make_shared<MergeOptions>();
  auto* sub = app.add_subcommand("merge", "merge shards and stores into one store (any order gives the same graph)");
  sub->add_option("SHARD", o->shards, "shards or stores to merge")->required();
  sub->add_option("-o,--output", o->out, "the store to write")->required();
  sub->add_option("--lexicons", o->lexicons, "extra folder of lexicon and pattern files (as given to kg extract)");
  return {sub, [o] {
            try {
              BuildOptions bo;
              bo.lexicons = o->lexicons;
              auto ex = make_extractor(bo);
              std::vector<DocumentFacts> all;
              for (const auto& s : o->shards) {
                auto facts = KnowledgeGraph::document_facts(load_store(s));
                for (auto& f : facts) all.push_back(std::move(f));
              }
              std::stable_sort(all.begin(), all.end(),
                               [](const auto& a, const auto& b) { return a.doc.id < b.doc.id; });
              // Resolution across the shards, as kg build does across its documents: spelling
              // variants that two shards named differently become one entity.
              ex->resolve(all, PropertyGraph());
              PropertyGraph g;
              KnowledgeGraph kg(g);
              kg.defer_evidence();
              std::size_t added = 0;
              g.begin_bulk();  // as in kg build: the adjacency built once at the end
              for (const auto& f : all) added += kg.add(f);
              g.end_bulk();
              save_store(g, o->out, kg.evidence_writer());
              std::cerr << "kg: merged " << added << " documents from " << o->shards.size() << " shards -> " << o->out
                        << std::endl;
              return kExitOk;
            } catch (const std::exception& e) {
              print_error(e.what());
            }
            return kExitRuntime;
          }};
}

}  // namespace kg::cli
