#include <catch2/catch.hpp>

#include "rules/line_bound.hpp"

using namespace newsclean;

TEST_CASE("line bound: bounded whole-line patterns give their longest line", "[rules]") {
  CHECK(max_line_chars("^abc$") == 3);
  CHECK(max_line_chars("^(Mon|Tues)day,? \\d{1,2}$") == 11);
  CHECK(max_line_chars("(?i)^(jan|sept)[a-z]{0,6}\\.?\\s{1,3}\\d{1,2},\\s{1,3}\\d{4}.{0,45}$") ==
        4 + 6 + 1 + 3 + 2 + 1 + 3 + 4 + 45);
  CHECK(max_line_chars("^.{0,80}무단\\s?전재.{0,60}$") == 80 + 2 + 1 + 2 + 60);
  CHECK(max_line_chars("^[^\\]]{1,5}\\p{Hangul}{2,4}\\x{2014}$") == 5 + 4 + 1);
  CHECK(max_line_chars("^(?:a|bb)(?P<x>c)?$") == 3);
  CHECK(max_line_chars("^\\bword\\b$") == 4);
  CHECK(max_line_chars("^a{3}b?$") == 4);
}

TEST_CASE("line bound: unbounded, unanchored or unread patterns have none", "[rules]") {
  CHECK_FALSE(max_line_chars("^Read more.*$"));
  CHECK_FALSE(max_line_chars("^a+$"));
  CHECK_FALSE(max_line_chars("^a{2,}$"));
  CHECK_FALSE(max_line_chars("^abc"));         // may match the start of a longer line
  CHECK_FALSE(max_line_chars("abc$"));         // and its end
  CHECK_FALSE(max_line_chars("^a$|^b$"));      // alternation at the top: not read
  CHECK_FALSE(max_line_chars("^abc\\$"));      // an escaped dollar is a character
  CHECK_FALSE(max_line_chars("^\\Qa.b\\E$"));  // quoted text: not read
  CHECK_FALSE(max_line_chars("^(abc$"));       // broken syntax
}
