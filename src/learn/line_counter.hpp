// Learning boilerplate: counts, per site, in how many articles each line
// occurs (once per article, lines normalised like CCNet: case folded, digits
// folded, punctuation and spaces ignored), then proposes rules for the lines
// above the thresholds. Counts can be saved and merged, so learning runs as a
// map-reduce job over shards.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace newsclean {

// The normalised key of a line: fold_key() with every digit as "0".
std::string learn_key(std::string_view line);

// What a repeated line most likely is: byline, copyright, ad, headlines or ui.
const char* guess_category(std::string_view line);

struct LearnThresholds {
  std::size_t min_articles = 20;  // seen in at least this many articles of its site
  double min_share = 0.01;        // and in at least this share of them
};

// Lines seen once so far, as bits: two Bloom filters of kSeenOnceLines lines
// each that take turns (the older is cleared when the newer fills), so a line
// is remembered for at least that many lines after it was seen. Most lines of
// a corpus are story sentences seen once: they cost ten bits each, not an
// entry. About 1% of unseen lines pass for seen (then counted one too many).
class SeenOnce {
 public:
  SeenOnce();
  // True when the hash was (probably) seen before; else records it.
  bool seen_or_add(std::uint64_t hash);

 private:
  bool test(const std::vector<std::uint64_t>& bits, std::uint64_t hash) const;
  std::vector<std::uint64_t> newer_, older_;
  std::size_t added_ = 0;
};

class LineCounter {
 public:
  // max_keys bounds memory: past it, the rarest entries are dropped (lossy
  // counting), which can only under-count lines far below any threshold.
  // first_sightings_as_bits: a line becomes an entry only when seen again
  // (SeenOnce), which keeps unique story sentences out of memory but makes
  // counts approximate (1% of lines count once too many) and leaves lines
  // seen once out of save(). For one-shot evidence, not for counts that are
  // saved, merged or compared.
  explicit LineCounter(std::size_t max_keys = 1000000, bool first_sightings_as_bits = false) : max_keys_(max_keys) {
    if (first_sightings_as_bits) seen_once_ = std::make_unique<SeenOnce>();
  }

  // Counts one article's lines (normalised text, in order) for a site ("" for
  // none). Only a line below story_end (the index of the story's last line)
  // can count as a list marker: a cut there never removes story text.
  // No story found: pass lines.size() - 1 or more, and nothing is a marker.
  void add_article(const std::string& site, const std::vector<std::string>& lines, std::size_t story_end);

  // Saves counts as TSV; merge() adds a saved file's counts. Returns an error
  // message, empty on success.
  std::string save(const std::string& path) const;
  std::string merge(const std::string& path);

  // A ready rule file for the lines above the thresholds.
  std::string rules(const LearnThresholds& thresholds) const;

  // Each line above the thresholds, in no particular order.
  struct Repeated {
    const std::string& site;
    std::string_view key;
    const std::string& example;  // the line as seen when it first repeated
    std::size_t articles;        // articles of its site it occurs in
    std::size_t site_articles;   // articles of its site
    bool marker;                 // in most of them, a list follows it
  };
  void for_each_repeated(const LearnThresholds& thresholds, const std::function<void(const Repeated&)>& visit) const;

  std::size_t articles() const;

 private:
  // With SeenOnce, a line becomes an entry at its second sighting, counting
  // the first (which SeenOnce remembered) as like the second.
  struct Entry {
    std::size_t articles = 0;         // articles the line occurs in
    std::size_t marker_articles = 0;  // ... where only short list-like lines follow it to the end
    std::string example;              // the line as first seen (with SeenOnce: when it first repeated)
  };
  void prune();

  std::size_t max_keys_;
  std::map<std::string, std::size_t> site_articles_;
  std::unordered_map<std::string, Entry> entries_;  // site + '\t' + key
  std::unique_ptr<SeenOnce> seen_once_;
  std::size_t pruned_below_ = 0;
};

}  // namespace newsclean
