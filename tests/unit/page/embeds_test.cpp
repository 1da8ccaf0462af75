#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/article.hpp"
#include "page/embeds.hpp"

using namespace newsclean;

TEST_CASE("embeds: the line that names a post's author and date", "[page]") {
  CHECK(is_embed_attribution("\xE2\x80\x94 Jane Roe (@janeroe) November 19, 2019"));
  CHECK(is_embed_attribution("- Example Sports (@Example_Sports) 16 November 2019"));
  CHECK(is_embed_attribution("A post shared by Jane Roe (@jane.roe) on Nov 19, 2019 at 9:12am PST"));
  CHECK_FALSE(is_embed_attribution("\xE2\x80\x94 Jane Roe, November 19, 2019"));  // no handle: a quote's source
  CHECK_FALSE(is_embed_attribution("Follow Jane Roe (@janeroe) on Twitter"));
  CHECK_FALSE(
      is_embed_attribution("\xE2\x80\x94 Jane Roe (@janeroe) said the vote was close, and that the council "
                           "would review the service in the spring"));
}

TEST_CASE("embeds: a post's lines down to its attribution", "[page]") {
  Article article;
  for (const std::string& text :
       std::vector<std::string>{"Thank you to everyone who signed. pic.twitter.com/AbCdEf1234", "",
                                "\xE2\x80\x94 Sam Example (@SamExample) November 4, 2026", "", "Tags Ferry Council"}) {
    Line line;
    line.text = text;
    article.lines.push_back(std::move(line));
  }
  CHECK(embed_from(article, 0) == 2);
  CHECK(embed_from(article, 2) == 2);                     // the attribution alone, under the post's words
  CHECK(embed_from(article, 3) == article.lines.size());  // no attribution below
}
