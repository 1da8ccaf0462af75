// Compiled rules: built once from parsed rule files, then asked per line.
// Cheapest test first: exact lines in a hash map, prefixes and substrings by
// plain search, then one RE2::Set per language and scope, asked yes/no before
// asking which rule matched. Read-only after construction: safe to share.
#pragma once

#include <array>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "rules/rule_file.hpp"

namespace re2 {
class RE2;
}

namespace newsclean {

// Rules that parse one by one but cannot be compiled together.
class RuleSetError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Per scope, the first rule of that scope that matches a line, or nullptr.
// The inline slot stays empty.
class LineMatch {
 public:
  const Rule* operator[](Scope scope) const { return by_scope_[static_cast<std::size_t>(scope)]; }
  const Rule*& operator[](Scope scope) { return by_scope_[static_cast<std::size_t>(scope)]; }

 private:
  std::array<const Rule*, kScopeCount> by_scope_{};
};

class RuleSet {
 public:
  explicit RuleSet(std::vector<RuleFile> files);
  ~RuleSet();
  RuleSet(RuleSet&&) noexcept;
  RuleSet& operator=(RuleSet&&) noexcept;

  // The first rule (in file order) of this scope and language that matches
  // the line, or nullptr. The line is matched as given (callers trim it).
  // A line is judged by its own script's language (a Korean line in an
  // English page by the Korean rules); article_lang, when another, adds
  // that language's rules: a Latin-script line of a Korean page meets the
  // English rules and the Korean packs' ("Translated by kakao i").
  const Rule* match(Scope scope, Lang lang, std::string_view line, Lang article_lang = Lang::kUnknown) const;

  // The same for every whole-line scope (line, head, tail, cut) at once: one
  // scan of the line instead of one per scope.
  LineMatch match_line(Lang lang, std::string_view line, Lang article_lang = Lang::kUnknown) const;

  // Every inline rule for these languages that matches the line, in file order.
  std::vector<const Rule*> inline_matches(Lang lang, std::string_view line, Lang article_lang = Lang::kUnknown) const;

  // Removes what rule matches in text (all occurrences); returns the removed
  // pieces joined by " … " for the record. rule must be an inline rule.
  std::string remove_spans(const Rule& rule, std::string& text) const;

  // True when rule matches text (any scope).
  bool matches(const Rule& rule, std::string_view text) const;

  // Compiles every scope and language now (normally done on first use), so
  // that `check` reports rules too large to compile. Throws RuleSetError.
  void compile_all() const;

  bool has_rules(Scope scope) const { return scope_counts_[static_cast<std::size_t>(scope)] > 0; }
  // The most body characters any cut rule asks for above it (0 without cut rules).
  std::size_t max_cut_chars() const { return max_cut_chars_; }
  const std::vector<RuleFile>& files() const { return files_; }
  std::size_t size() const { return rules_.size(); }

 private:
  struct Bucket;
  const Bucket& bucket(std::size_t group, std::size_t lang) const;  // lang: a Lang, or the any-language bucket
  std::unique_ptr<Bucket> build_bucket(std::size_t group, std::size_t lang) const;
  const re2::RE2& regex(std::size_t priority) const;
  void set_matches(const Bucket& bucket, std::string_view text, std::vector<std::size_t>& out) const;

  std::vector<RuleFile> files_;
  std::vector<const Rule*> rules_;  // priority order; index = priority
  std::unordered_map<const Rule*, std::size_t> priority_;
  // Compiled on first use (once per slot, safe across threads).
  mutable std::vector<std::unique_ptr<re2::RE2>> regexes_;  // by priority
  std::unique_ptr<std::once_flag[]> regex_once_;
  mutable std::vector<std::unique_ptr<Bucket>> buckets_;  // by scope group and language
  std::unique_ptr<std::once_flag[]> bucket_once_;
  std::array<std::size_t, kScopeCount> scope_counts_{};
  std::size_t max_cut_chars_ = 0;
};

}  // namespace newsclean
