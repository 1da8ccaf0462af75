#include "rules/rule_set.hpp"

#include <re2/re2.h>
#include <re2/set.h>

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <mutex>
#include <optional>
#include <stdexcept>

#include "rules/anchor.hpp"
#include "rules/line_bound.hpp"
#include "rules/relax.hpp"
#include "text/utf8.hpp"

namespace newsclean {
namespace {

constexpr std::size_t kLangCount = 10;  // Lang's values, kUnknown included
// The regexes of rules for every language live once, in their own bucket
// (index kLangCount): copied into each language's sets they were compiled and
// grew DFA states eight times over (8 MB of each worker's memory).
constexpr std::size_t kAnyLang = kLangCount;
constexpr std::size_t kBucketLangs = kLangCount + 1;
constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

constexpr int64_t kMaxRegexMemory = 64 << 20;

// What replaces a span cut out of text[begin, end): a space keeps the words on
// both sides apart (the caller tidies spaces), but Japanese and Chinese run
// their words together, so a cut next to them closes up.
std::string_view cut_joint(std::string_view text, std::size_t begin, std::size_t end) {
  if (begin > 0 && is_unspaced_script(code_point_before(text, begin))) return "";
  std::size_t i = end;
  if (end < text.size() && is_unspaced_script(next_code_point(text, i))) return "";
  return " ";
}

RE2::Options regex_options() {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(kMaxRegexMemory);
  return options;
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && text.compare(0, prefix.size(), prefix) == 0;
}

}  // namespace

// One RE2::Set and, per pattern, its rule's priority and whether the set
// holds a relaxed copy (relax.hpp) whose hits the exact pattern confirms.
struct PatternSet {
  std::unique_ptr<RE2::Set> set;
  std::vector<std::size_t> priority;  // set index -> priority
  // set index -> hits on lines longer than this (in characters) need
  // confirming; the largest size_t for a pattern the set holds as written.
  std::vector<std::size_t> exact_up_to_chars;
  // set index -> no line longer than this (in characters) matches the rule
  // (line_bound.hpp); the largest size_t when any line may.
  std::vector<std::size_t> longest_line_chars;
};

// The rules of one scope group that apply to one language. The whole-line
// scopes (line, head, tail, cut) share a bucket: one scan of a line answers
// all of them, where a set per scope scanned each line once per scope.
struct RuleSet::Bucket {
  std::unordered_multimap<std::string_view, std::size_t> exact;  // pattern -> priority
  std::size_t longest_exact = 0;                                 // lines longer than this skip the hash lookup
  std::vector<std::pair<std::string_view, std::size_t>> prefixes;
  std::vector<std::pair<std::string_view, std::size_t>> substrings;
  // Patterns that start with "^" run anchored, so the DFA tries one start
  // position instead of every one; the rest run unanchored.
  PatternSet anchored;
  PatternSet unanchored;
};

namespace {

// Bucket groups: the whole-line scopes together, inline rules apart.
constexpr std::size_t kWholeLineGroup = 0;
constexpr std::size_t kInlineGroup = 1;
constexpr std::size_t kGroupCount = 2;

std::size_t group_of(Scope scope) {
  return scope == Scope::kInline ? kInlineGroup : kWholeLineGroup;
}

}  // namespace

RuleSet::RuleSet(std::vector<RuleFile> files) : files_(std::move(files)) {
  for (const RuleFile& file : files_) {
    for (const Rule& rule : file.rules) {
      priority_[&rule] = rules_.size();
      rules_.push_back(&rule);
      ++scope_counts_[static_cast<std::size_t>(rule.scope)];
      if (rule.scope == Scope::kCut) max_cut_chars_ = std::max(max_cut_chars_, rule.cut_min_chars);
    }
  }
  regexes_.resize(rules_.size());
  regex_once_ = std::make_unique<std::once_flag[]>(rules_.size());
  buckets_.resize(kGroupCount * kBucketLangs);
  bucket_once_ = std::make_unique<std::once_flag[]>(buckets_.size());
}

// Built on first use: a run over Korean text never compiles the German rules.
std::unique_ptr<RuleSet::Bucket> RuleSet::build_bucket(std::size_t group, std::size_t lang) const {
  auto bucket = std::make_unique<Bucket>();
  for (std::size_t priority = 0; priority < rules_.size(); ++priority) {
    const Rule& rule = *rules_[priority];
    if (group_of(rule.scope) != group) continue;
    const bool every_lang = rule.langs.empty();
    const bool shared_regex = every_lang && rule.matcher == Matcher::kRegex;  // the any-language bucket's alone
    const bool for_lang =
        every_lang || std::find(rule.langs.begin(), rule.langs.end(), static_cast<Lang>(lang)) != rule.langs.end();
    if (lang == kAnyLang ? !shared_regex : shared_regex || !for_lang) continue;
    switch (rule.matcher) {
      case Matcher::kExact:
        bucket->exact.emplace(rule.pattern, priority);
        bucket->longest_exact = std::max(bucket->longest_exact, rule.pattern.size());
        break;
      case Matcher::kPrefix: bucket->prefixes.emplace_back(rule.pattern, priority); break;
      case Matcher::kContains: bucket->substrings.emplace_back(rule.pattern, priority); break;
      case Matcher::kRegex: {
        const bool anchored = starts_anchored(rule.pattern);
        PatternSet& patterns = anchored ? bucket->anchored : bucket->unanchored;
        if (!patterns.set) {
          patterns.set = std::make_unique<RE2::Set>(regex_options(), anchored ? RE2::ANCHOR_START : RE2::UNANCHORED);
        }
        const std::optional<RelaxedPattern> relaxed = relax_counted_repetitions(rule.pattern);
        if (patterns.set->Add(relaxed ? relaxed->pattern : rule.pattern, nullptr) < 0) {
          throw std::runtime_error(rule.id + ": regex does not compile");
        }
        patterns.priority.push_back(priority);
        patterns.exact_up_to_chars.push_back(relaxed ? relaxed->exact_up_to_chars : kNone);
        patterns.longest_line_chars.push_back(relaxed ? max_line_chars(rule.pattern).value_or(kNone) : kNone);
        break;
      }
    }
  }
  for (const PatternSet* patterns : {&bucket->anchored, &bucket->unanchored}) {
    if (patterns->set && !patterns->set->Compile()) {
      throw RuleSetError(fmt::format(
          "the {} rules for language {} need more than {} MB to compile (RE2's limit): "
          "shorten or split the longest patterns",
          group == kInlineGroup ? "inline" : "whole-line",
          lang == kAnyLang ? std::string_view("(any)") : lang_code(static_cast<Lang>(lang)), kMaxRegexMemory >> 20));
    }
  }
  return bucket;
}

void RuleSet::compile_all() const {
  for (std::size_t group = 0; group < kGroupCount; ++group) {
    for (std::size_t lang = 0; lang < kBucketLangs; ++lang) bucket(group, lang);
  }
}

const RE2& RuleSet::regex(std::size_t priority) const {
  std::call_once(regex_once_[priority],
                 [&] { regexes_[priority] = std::make_unique<RE2>(rules_[priority]->pattern, regex_options()); });
  return *regexes_[priority];
}

RuleSet::~RuleSet() = default;
RuleSet::RuleSet(RuleSet&&) noexcept = default;
RuleSet& RuleSet::operator=(RuleSet&&) noexcept = default;

const RuleSet::Bucket& RuleSet::bucket(std::size_t group, std::size_t lang) const {
  const std::size_t index = group * kBucketLangs + lang;
  std::call_once(bucket_once_[index], [&] { buckets_[index] = build_bucket(group, lang); });
  return *buckets_[index];
}

// Adds the priorities of the bucket's regexes that match text. Most lines
// match nothing: a yes/no question lets RE2 stop early and allocate nothing;
// only a yes asks which patterns, and a relaxed pattern's hit is confirmed
// with the rule's own compiled regex.
void RuleSet::set_matches(const Bucket& bucket, std::string_view text, std::vector<std::size_t>& out) const {
  for (const PatternSet* patterns : {&bucket.anchored, &bucket.unanchored}) {
    if (!patterns->set || !patterns->set->Match(text, nullptr)) continue;
    std::vector<int> hits;
    patterns->set->Match(text, &hits);
    std::size_t chars = kNone;  // counted on the first relaxed hit
    for (const int hit : hits) {
      const auto index = static_cast<std::size_t>(hit);
      const std::size_t priority = patterns->priority[index];
      const std::size_t exact_up_to = patterns->exact_up_to_chars[index];
      if (exact_up_to != kNone) {
        // The exact regex's DFA is large and cold: short lines skip it.
        if (chars == kNone) chars = char_count(text);
        if (chars > patterns->longest_line_chars[index]) continue;  // too long for the rule: no DFA asked
        if (chars > exact_up_to && !RE2::PartialMatch(text, regex(priority))) continue;
      }
      out.push_back(priority);
    }
  }
}

LineMatch RuleSet::match_line(Lang lang, std::string_view line, Lang article_lang) const {
  LineMatch found;
  // Every rule but the inline ones is a whole-line rule.
  if (rules_.size() == scope_counts_[static_cast<std::size_t>(Scope::kInline)]) return found;
  std::array<std::size_t, kScopeCount> best;
  best.fill(kNone);
  const auto consider = [&](std::size_t priority) {
    std::size_t& slot = best[static_cast<std::size_t>(rules_[priority]->scope)];
    slot = std::min(slot, priority);
  };
  thread_local std::vector<std::size_t> hits;
  hits.clear();
  const auto ask = [&](const Bucket& b) {
    if (line.size() <= b.longest_exact) {
      for (auto [at, end] = b.exact.equal_range(line); at != end; ++at) consider(at->second);
    }
    for (const auto& [prefix, priority] : b.prefixes) {
      if (starts_with(line, prefix)) consider(priority);
    }
    for (const auto& [substring, priority] : b.substrings) {
      if (line.find(substring) != std::string_view::npos) consider(priority);
    }
    set_matches(b, line, hits);
  };
  ask(bucket(kWholeLineGroup, static_cast<std::size_t>(lang)));
  if (article_lang != lang && article_lang != Lang::kUnknown) {
    ask(bucket(kWholeLineGroup, static_cast<std::size_t>(article_lang)));
  }
  set_matches(bucket(kWholeLineGroup, kAnyLang), line, hits);
  for (const std::size_t hit : hits) consider(hit);
  for (std::size_t scope = 0; scope < kScopeCount; ++scope) {
    if (best[scope] != kNone) found[static_cast<Scope>(scope)] = rules_[best[scope]];
  }
  return found;
}

const Rule* RuleSet::match(Scope scope, Lang lang, std::string_view line, Lang article_lang) const {
  if (!has_rules(scope)) return nullptr;
  return match_line(lang, line, article_lang)[scope];
}

std::vector<const Rule*> RuleSet::inline_matches(Lang lang, std::string_view line, Lang article_lang) const {
  std::vector<const Rule*> found;
  if (!has_rules(Scope::kInline)) return found;
  thread_local std::vector<std::size_t> priorities;
  priorities.clear();
  const auto ask = [&](const Bucket& b) {
    for (const auto& [prefix, priority] : b.prefixes) {
      if (starts_with(line, prefix)) priorities.push_back(priority);
    }
    for (const auto& [substring, priority] : b.substrings) {
      if (line.find(substring) != std::string_view::npos) priorities.push_back(priority);
    }
    for (const auto& [pattern, priority] : b.exact) {
      if (line.find(pattern) != std::string_view::npos) priorities.push_back(priority);
    }
    set_matches(b, line, priorities);
  };
  ask(bucket(kInlineGroup, static_cast<std::size_t>(lang)));
  if (article_lang != lang && article_lang != Lang::kUnknown) {
    ask(bucket(kInlineGroup, static_cast<std::size_t>(article_lang)));
  }
  set_matches(bucket(kInlineGroup, kAnyLang), line, priorities);
  std::sort(priorities.begin(), priorities.end());
  for (const std::size_t priority : priorities) found.push_back(rules_[priority]);
  return found;
}

std::string RuleSet::remove_spans(const Rule& rule, std::string& text) const {
  std::string removed;
  const auto note = [&](std::string_view piece) {
    if (!removed.empty()) removed += " \xE2\x80\xA6 ";
    removed += piece;
  };
  switch (rule.matcher) {
    case Matcher::kPrefix:
      if (starts_with(text, rule.pattern)) {
        note(rule.pattern);
        text.erase(0, rule.pattern.size());
      }
      break;
    case Matcher::kExact:
    case Matcher::kContains:
      for (std::size_t at = text.find(rule.pattern); at != std::string::npos; at = text.find(rule.pattern, at + 1)) {
        note(rule.pattern);
        text.replace(at, rule.pattern.size(), cut_joint(text, at, at + rule.pattern.size()));
      }
      break;
    case Matcher::kRegex: {
      const RE2& regex = this->regex(priority_.at(&rule));
      // Search the whole text from a position, so '^' still means the line start.
      const std::string_view whole(text);
      std::string kept;
      std::size_t pos = 0;
      re2::StringPiece piece;
      while (pos < whole.size() && regex.Match(whole, pos, whole.size(), RE2::UNANCHORED, &piece, 1)) {
        if (piece.empty()) break;  // the parser rejects such regexes; never loop
        const std::size_t at = static_cast<std::size_t>(piece.data() - whole.data());
        kept.append(whole.substr(pos, at - pos));
        kept += cut_joint(whole, at, at + piece.size());
        note(piece);
        pos = at + piece.size();
      }
      kept.append(whole.substr(pos));
      text = std::move(kept);
      break;
    }
  }
  return removed;
}

bool RuleSet::matches(const Rule& rule, std::string_view text) const {
  switch (rule.matcher) {
    case Matcher::kExact:
      return rule.scope == Scope::kInline ? text.find(rule.pattern) != std::string_view::npos : text == rule.pattern;
    case Matcher::kPrefix: return starts_with(text, rule.pattern);
    case Matcher::kContains: return text.find(rule.pattern) != std::string_view::npos;
    case Matcher::kRegex: return RE2::PartialMatch(text, regex(priority_.at(&rule)));
  }
  return false;
}

}  // namespace newsclean
