#include "learn/line_counter.hpp"

#include <fmt/format.h>
#include <unicode/uchar.h>

#include <re2/re2.h>
#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "text/fold.hpp"
#include "text/shape.hpp"
#include "text/utf8.hpp"

namespace newsclean {
namespace {

constexpr const char* kCountsHeader = "# newsclean learn counts v1";
// A list item or teaser: short and not a sentence.
constexpr std::size_t kMaxListLineChars = 100;
// A line is a list marker when, in most articles, a list follows it.
constexpr double kMarkerShare = 0.6;
// Lines per SeenOnce filter, and bits per line: 10 bits and 7 probes make
// about 1% false positives (the textbook optimum for a Bloom filter).
constexpr std::size_t kSeenOnceLines = 1 << 20;
constexpr std::size_t kBitsPerLine = 10;
constexpr int kProbes = 7;

// Probe k of a hash: double hashing over the bits.
std::size_t probe(std::uint64_t hash, int k, std::size_t bits) {
  const std::uint64_t second = (hash >> 32 | hash << 32) * 0x9E3779B97F4A7C15ULL | 1;
  return static_cast<std::size_t>((hash + static_cast<std::uint64_t>(k) * second) % bits);
}

bool is_list_line(std::string_view line) {
  line = trim(line);
  return !line.empty() && char_count(line) <= kMaxListLineChars && !ends_sentence(line);
}

// "Updated 3 hours ago" -> ^Updated \d+ hours ago$ ; a line without digits stays exact.
std::string rule_for(const std::string& example, const char* category, bool marker) {
  std::string pattern;
  bool digits = false;
  std::string run;
  const auto flush = [&] {
    if (!run.empty()) pattern += RE2::QuoteMeta(run);
    run.clear();
  };
  for (std::size_t i = 0; i < example.size();) {
    if (example[i] >= '0' && example[i] <= '9') {
      flush();
      while (i < example.size() && example[i] >= '0' && example[i] <= '9') ++i;
      pattern += "\\d+";
      digits = true;
    } else {
      run += example[i++];
    }
  }
  flush();
  const std::string scope = marker ? "cut:200" : "line";
  const std::string cat = marker ? "headlines" : category;
  if (!digits) return fmt::format("{} {} exact {}", scope, cat, example);
  return fmt::format("{} {} regex ^{}$", scope, cat, pattern);
}

}  // namespace

const char* guess_category(std::string_view line) {
  const auto has = [&](std::string_view what) { return line.find(what) != std::string_view::npos; };
  if (has_email(line)) return "byline";
  if (has("\xC2\xA9") || has("\xE2\x93\x92") || has("Copyright") || has("copyright") || has("무단") || has("版权") ||
      has("無断") || has("All rights reserved") || has("Alle Rechte")) {
    return "copyright";
  }
  if (has("Advertisement") || has("Anzeige") || has("광고") || has("Sponsored") || has("newsletter") ||
      has("Newsletter") || has("Subscribe") || has("구독")) {
    return "ad";
  }
  if (is_list_item(line)) return "headlines";
  return "ui";
}

std::string learn_key(std::string_view line) {
  std::string key = fold_key(line);
  std::string out;
  out.reserve(key.size());
  std::size_t i = 0;
  while (i < key.size()) {
    const std::size_t start = i;
    const char32_t cp = next_code_point(key, i);
    if (u_isdigit(static_cast<UChar32>(cp))) {
      if (out.empty() || out.back() != '0') out += '0';  // "12" and "7" fold alike
    } else {
      out.append(key, start, i - start);
    }
  }
  return out;
}

SeenOnce::SeenOnce() : newer_(kSeenOnceLines * kBitsPerLine / 64), older_(newer_.size()) {}

bool SeenOnce::test(const std::vector<std::uint64_t>& bits, std::uint64_t hash) const {
  for (int k = 0; k < kProbes; ++k) {
    const std::size_t at = probe(hash, k, bits.size() * 64);
    if (!(bits[at / 64] >> (at % 64) & 1)) return false;
  }
  return true;
}

bool SeenOnce::seen_or_add(std::uint64_t hash) {
  if (test(newer_, hash) || test(older_, hash)) return true;
  if (added_++ == kSeenOnceLines) {
    newer_.swap(older_);
    std::fill(newer_.begin(), newer_.end(), 0);
    added_ = 1;
  }
  for (int k = 0; k < kProbes; ++k) {
    const std::size_t at = probe(hash, k, newer_.size() * 64);
    newer_[at / 64] |= std::uint64_t{1} << (at % 64);
  }
  return false;
}

void LineCounter::add_article(const std::string& site, const std::vector<std::string>& lines, std::size_t story_end) {
  ++site_articles_[site];
  // From the bottom: how many lines below each one are list-like up to the end.
  std::vector<bool> list_follows(lines.size(), false);
  std::size_t list_run = 0;
  for (std::size_t i = lines.size(); i-- > 0;) {
    list_follows[i] = list_run >= 2;
    if (trim(lines[i]).empty()) continue;
    list_run = is_list_line(lines[i]) ? list_run + 1 : 0;
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view text = trim(lines[i]);
    if (text.empty()) continue;
    std::string key = learn_key(text);
    if (key.empty() || !seen.insert(key).second) continue;
    std::string composite = site + '\t' + key;
    const bool marker = list_follows[i] && i > story_end;
    auto found = entries_.find(composite);
    if (found == entries_.end()) {
      const bool in_bits = seen_once_ != nullptr;
      if (in_bits && !seen_once_->seen_or_add(std::hash<std::string>{}(composite))) continue;  // a first sighting
      Entry fresh;
      fresh.example = std::string(text);
      // The first sighting, remembered as bits, counts as like this one.
      fresh.articles = in_bits;
      fresh.marker_articles = in_bits && marker;
      found = entries_.emplace(std::move(composite), std::move(fresh)).first;
    }
    ++found->second.articles;
    found->second.marker_articles += marker;
  }
  if (entries_.size() > max_keys_) prune();
}

// Lossy counting: drop the entries seen in the fewest articles until a
// quarter of the room is free again.
void LineCounter::prune() {
  std::vector<std::size_t> counts;
  counts.reserve(entries_.size());
  for (const auto& [key, entry] : entries_) counts.push_back(entry.articles);
  const std::size_t target = max_keys_ * 3 / 4;
  std::nth_element(counts.begin(), counts.begin() + static_cast<std::ptrdiff_t>(counts.size() - target), counts.end());
  const std::size_t cut = counts[counts.size() - target];
  for (auto it = entries_.begin(); it != entries_.end();) {
    it = it->second.articles <= cut ? entries_.erase(it) : std::next(it);
  }
  pruned_below_ = std::max(pruned_below_, cut);
}

std::size_t LineCounter::articles() const {
  std::size_t total = 0;
  for (const auto& [site, n] : site_articles_) total += n;
  return total;
}

std::string LineCounter::save(const std::string& path) const {
  std::ofstream out(path, std::ios::binary);
  if (!out) return fmt::format("{}: cannot create", path);
  out << kCountsHeader << '\n';
  for (const auto& [site, n] : site_articles_) out << "site\t" << site << '\t' << n << '\n';
  std::vector<const std::pair<const std::string, Entry>*> sorted;
  for (const auto& item : entries_) sorted.push_back(&item);
  std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->first < b->first; });
  for (const auto* item : sorted) {
    out << "line\t" << item->first << '\t' << item->second.articles << '\t' << item->second.marker_articles << '\t'
        << item->second.example << '\n';
  }
  return out.good() ? "" : fmt::format("{}: write failed", path);
}

std::string LineCounter::merge(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fmt::format("{}: cannot open", path);
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (number == 1) {
      if (line != kCountsHeader) return fmt::format("{}:1: not a newsclean learn counts file", path);
      continue;
    }
    std::vector<std::string> fields;
    std::istringstream split(line);
    for (std::string field; std::getline(split, field, '\t');) fields.push_back(field);
    try {
      if (fields.size() == 3 && fields[0] == "site") {
        site_articles_[fields[1]] += std::stoul(fields[2]);
      } else if (fields.size() == 6 && fields[0] == "line") {
        Entry& entry = entries_[fields[1] + '\t' + fields[2]];
        if (entry.example.empty()) entry.example = fields[5];
        entry.articles += std::stoul(fields[3]);
        entry.marker_articles += std::stoul(fields[4]);
      } else {
        return fmt::format("{}:{}: malformed line", path, number);
      }
    } catch (const std::exception&) {
      return fmt::format("{}:{}: bad number", path, number);
    }
  }
  if (entries_.size() > max_keys_) prune();
  return {};
}

void LineCounter::for_each_repeated(const LearnThresholds& thresholds,
                                    const std::function<void(const Repeated&)>& visit) const {
  for (const auto& [composite, entry] : entries_) {
    const std::size_t tab = composite.find('\t');
    // A bare number ("$139.00", a count under a reaction button) repeats on
    // every site and says nothing about where it stands: it is no evidence.
    if (composite.find_first_not_of('0', tab + 1) == std::string::npos) continue;
    const std::string site = composite.substr(0, tab);
    const auto total = site_articles_.find(site);
    if (total == site_articles_.end() || entry.articles < thresholds.min_articles) continue;
    if (static_cast<double>(entry.articles) < thresholds.min_share * static_cast<double>(total->second)) continue;
    const bool marker =
        static_cast<double>(entry.marker_articles) >= kMarkerShare * static_cast<double>(entry.articles);
    visit({total->first, std::string_view(composite).substr(tab + 1), entry.example, entry.articles, total->second,
           marker});
  }
}

std::string LineCounter::rules(const LearnThresholds& thresholds) const {
  struct Pick {
    std::string site;
    std::string example;
    std::size_t articles;
    std::size_t site_articles;
    bool marker;
  };
  std::vector<Pick> picks;
  for_each_repeated(thresholds, [&](const Repeated& line) {
    picks.push_back({line.site, line.example, line.articles, line.site_articles, line.marker});
  });
  std::sort(picks.begin(), picks.end(), [](const Pick& a, const Pick& b) {
    if (a.site != b.site) return a.site < b.site;
    if (a.articles != b.articles) return a.articles > b.articles;
    return a.example < b.example;
  });
  std::string out = fmt::format(
      "# Learned by `newsclean learn` from {} articles: lines seen in at least {} articles and {:.1f}% of\n"
      "# their site's articles. Review before use: each rule says where its line was seen.\n"
      "@pack learned\n@description lines repeated across many articles\n",
      articles(), thresholds.min_articles, thresholds.min_share * 100);
  std::string site;
  bool first = true;
  for (const Pick& pick : picks) {
    if (first || pick.site != site) {
      site = pick.site;
      out += fmt::format("\n# {}: {} articles\n", site.empty() ? "(no site)" : site, pick.site_articles);
      first = false;
    }
    out += fmt::format("# seen in {} of {} articles{}\n", pick.articles, pick.site_articles,
                       pick.marker ? "; a list follows it: the list changes, the marker stays" : "");
    out += rule_for(pick.example, guess_category(pick.example), pick.marker) + '\n';
  }
  return out;
}

}  // namespace newsclean
