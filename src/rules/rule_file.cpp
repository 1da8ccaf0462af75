#include "rules/rule_file.hpp"

#include <fmt/format.h>
#include <re2/re2.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <sstream>

#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace newsclean {

const char* scope_name(Scope scope) {
  switch (scope) {
    case Scope::kLine: return "line";
    case Scope::kHead: return "head";
    case Scope::kTail: return "tail";
    case Scope::kInline: return "inline";
    case Scope::kCut: return "cut";
  }
  return "?";
}

const char* matcher_name(Matcher matcher) {
  switch (matcher) {
    case Matcher::kExact: return "exact";
    case Matcher::kPrefix: return "prefix";
    case Matcher::kContains: return "contains";
    case Matcher::kRegex: return "regex";
  }
  return "?";
}

namespace {

// Splits off the first white-space separated word; column is 1-based bytes.
struct Cursor {
  std::string_view line;
  std::size_t pos = 0;

  void skip_space() {
    while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t')) ++pos;
  }
  std::size_t column() const { return pos + 1; }
  std::string_view word() {
    skip_space();
    const std::size_t start = pos;
    while (pos < line.size() && line[pos] != ' ' && line[pos] != '\t') ++pos;
    return line.substr(start, pos - start);
  }
  std::string_view rest() {
    skip_space();
    return trim_right(line.substr(pos));
  }
};

bool parse_scope(std::string_view word, Rule& rule, std::string& error) {
  std::string_view name = word;
  std::string_view argument;
  if (const std::size_t colon = word.find(':'); colon != std::string_view::npos) {
    name = word.substr(0, colon);
    argument = word.substr(colon + 1);
  }
  if (name == "line")
    rule.scope = Scope::kLine;
  else if (name == "head")
    rule.scope = Scope::kHead;
  else if (name == "tail")
    rule.scope = Scope::kTail;
  else if (name == "inline")
    rule.scope = Scope::kInline;
  else if (name == "cut")
    rule.scope = Scope::kCut;
  else {
    error = fmt::format("unknown scope '{}' (expected line, head, tail, inline or cut[:N])", word);
    return false;
  }
  if (rule.scope == Scope::kCut) {
    rule.cut_min_chars = kDefaultCutChars;
    if (!argument.empty()) {
      const auto [end, ec] = std::from_chars(argument.data(), argument.data() + argument.size(), rule.cut_min_chars);
      if (ec != std::errc() || end != argument.data() + argument.size()) {
        error = fmt::format("'{}' is not a number of characters in '{}'", argument, word);
        return false;
      }
    }
  } else if (!argument.empty()) {
    error = fmt::format("scope '{}' takes no ':' argument", name);
    return false;
  }
  return true;
}

bool parse_matcher(std::string_view word, Rule& rule, std::string& error) {
  if (word == "exact")
    rule.matcher = Matcher::kExact;
  else if (word == "prefix")
    rule.matcher = Matcher::kPrefix;
  else if (word == "contains")
    rule.matcher = Matcher::kContains;
  else if (word == "regex")
    rule.matcher = Matcher::kRegex;
  else {
    error = fmt::format("unknown matcher '{}' (expected exact, prefix, contains or regex)", word);
    return false;
  }
  return true;
}

bool valid_category(std::string_view word) {
  if (word.empty()) return false;
  for (const char c : word) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

class Parser {
 public:
  Parser(std::string_view label, ParsedRules& out, RegexCheck check) : label_(label), out_(out), check_(check) {}

  void line(std::size_t number, std::string_view text) {
    number_ = number;
    const std::string_view trimmed = trim(text);
    if (trimmed.empty() || trimmed.front() == '#') return;
    if (trimmed.front() == '@') return directive(text);
    if ((trimmed.front() == '+' || trimmed.front() == '-') && (trimmed.size() == 1 || trimmed[1] == ' ')) {
      return example(text, trimmed);
    }
    rule(text);
  }

 private:
  void error(std::size_t column, std::string what) {
    out_.errors.push_back({fmt::format("{}:{}:{}", label_, number_, column), std::move(what)});
  }

  void directive(std::string_view text) {
    Cursor cursor{text};
    cursor.skip_space();
    const std::size_t column = cursor.column();
    const std::string_view name = cursor.word();
    const std::size_t value_column = (cursor.skip_space(), cursor.column());
    const std::string_view value = cursor.rest();
    if (seen_rule_ && name != "@description") {
      return error(column, fmt::format("'{}' must come before the first rule", name));
    }
    if (name == "@pack") {
      if (value.empty()) return error(value_column, "@pack needs a name");
      out_.file.name = std::string(value);
    } else if (name == "@lang") {
      langs_.clear();
      std::string_view list = value;
      while (!list.empty()) {
        const std::size_t comma = list.find(',');
        const std::string_view code = trim(list.substr(0, comma));
        const Lang lang = lang_from_code(code);
        if (lang == Lang::kUnknown) {
          return error(value_column, fmt::format("unknown language '{}' (known: ko ja zh en de fr es)", code));
        }
        langs_.push_back(lang);
        list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
      }
      if (langs_.empty()) return error(value_column, "@lang needs a language code");
    } else if (name == "@description") {
      out_.file.description = std::string(value);
    } else {
      error(column, fmt::format("unknown directive '{}' (expected @pack, @lang or @description)", name));
    }
  }

  void example(std::string_view text, std::string_view trimmed) {
    if (out_.file.rules.empty() || !last_rule_ok_) {
      if (out_.file.rules.empty() && last_rule_ok_) {
        error(text.find(trimmed.front()) + 1, "an example ('+ text' or '- text') must follow a rule");
      }
      return;
    }
    out_.file.rules.back().examples.push_back(
        {normalize_fragment(trim(trimmed.substr(1))), trimmed.front() == '+', number_});
  }

  void rule(std::string_view text) {
    seen_rule_ = true;
    last_rule_ok_ = false;
    Rule rule;
    Cursor cursor{text};
    std::string message;

    cursor.skip_space();
    std::size_t column = cursor.column();
    if (!parse_scope(cursor.word(), rule, message)) return error(column, message);

    cursor.skip_space();
    column = cursor.column();
    const std::string_view category = cursor.word();
    if (category.empty()) return error(column, "missing category after the scope");
    if (!valid_category(category)) {
      return error(column, fmt::format("category '{}' must be lower-case letters, digits, '-' or '_'", category));
    }
    rule.category = std::string(category);

    cursor.skip_space();
    column = cursor.column();
    const std::string_view matcher = cursor.word();
    if (matcher.empty()) return error(column, "missing matcher (exact, prefix, contains or regex)");
    if (!parse_matcher(matcher, rule, message)) return error(column, message);

    cursor.skip_space();
    column = cursor.column();
    const std::string_view pattern = cursor.rest();
    if (pattern.empty()) return error(column, "missing pattern");
    // Patterns are normalised like the text they will meet.
    rule.pattern = rule.matcher == Matcher::kRegex ? std::string(pattern) : normalize_fragment(pattern);

    if (rule.matcher == Matcher::kRegex && check_ == RegexCheck::kCompile) {
      RE2::Options options;
      options.set_log_errors(false);
      options.set_max_mem(64 << 20);
      const RE2 compiled(rule.pattern, options);
      if (!compiled.ok()) {
        std::size_t at = column;
        if (const std::size_t found = rule.pattern.find(compiled.error_arg());
            !compiled.error_arg().empty() && found != std::string::npos) {
          at += found;
        }
        return error(at, fmt::format("bad regex: {}", compiled.error()));
      }
      if (rule.scope == Scope::kInline && RE2::PartialMatch("", compiled)) {
        return error(column, "an inline regex must not match the empty string");
      }
    }
    rule.id = fmt::format("{}:{}", label_, number_);
    rule.langs = langs_;
    out_.file.rules.push_back(std::move(rule));
    last_rule_ok_ = true;
  }

  std::string_view label_;
  ParsedRules& out_;
  RegexCheck check_;
  std::size_t number_ = 0;
  std::vector<Lang> langs_;
  bool seen_rule_ = false;
  bool last_rule_ok_ = true;
};

std::string default_pack_name(std::string_view label) {
  std::string_view name = label;
  if (const std::size_t slash = name.find_last_of('/'); slash != std::string_view::npos) name.remove_prefix(slash + 1);
  if (const std::size_t dot = name.find('.'); dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  return std::string(name);
}

}  // namespace

ParsedRules parse_rule_file(std::string_view label, std::string_view text, RegexCheck check) {
  ParsedRules out;
  out.file.label = std::string(label);
  out.file.name = default_pack_name(label);
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  Parser parser(label, out, check);
  std::size_t number = 0;
  while (!text.empty() || number == 0) {
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    parser.line(++number, line);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return out;
}

ParsedRules read_rule_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  if (in) text << in.rdbuf();
  if (!in || in.bad()) {
    ParsedRules failed;
    failed.file.label = path;
    failed.errors.push_back({path, fmt::format("cannot read rule file: {}", std::strerror(errno))});
    return failed;
  }
  return parse_rule_file(path, text.str());
}

}  // namespace newsclean
