#include <catch2/catch.hpp>

#include "page/comment_marks.hpp"

using namespace newsclean;

TEST_CASE("comment marks: a count alone on its line, in several languages", "[page]") {
  CHECK(is_comment_count("32 Comments"));
  CHECK(is_comment_count("Comments (32)"));
  CHECK(is_comment_count("1 comment"));
  CHECK(is_comment_count("댓글 24"));
  CHECK(is_comment_count("コメント12件"));
  CHECK(is_comment_count("12条评论"));
  CHECK(is_comment_count("Kommentare (3)"));
  CHECK_FALSE(is_comment_count("Comments"));  // no count: a link or a heading
  CHECK_FALSE(is_comment_count("32 comments were removed by the moderators overnight"));
  CHECK_FALSE(is_comment_count("3 hours ago"));
}

TEST_CASE("comment marks: a reply button, alone or with a count", "[page]") {
  CHECK(is_reply_mark("Reply"));
  CHECK(is_reply_mark("Reply 2"));
  CHECK(is_reply_mark("답글 2"));
  CHECK(is_reply_mark("Antworten"));
  CHECK(is_reply_mark("返信"));
  CHECK_FALSE(is_reply_mark("Reply to the council's letter"));
  CHECK_FALSE(is_reply_mark("Replying"));
}
