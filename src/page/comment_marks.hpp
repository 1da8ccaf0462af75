// The marks of a reader-comment area that its labels give away: the count
// over it ("32 Comments", "댓글 24") and the reply button under each
// comment ("Reply", "Antworten", "답글"). Comments are prose and often
// outweigh a short story; the page model ends the story where they start
// (page_model.cpp, comment_area).
#pragma once

#include <string_view>

namespace newsclean {

// "32 Comments", "Comments (32)", "댓글 24", "コメント12件", "12条评论": a
// comment count alone on its line.
bool is_comment_count(std::string_view text);

// "Reply", "Antworten", "답글", "返信", alone or with a count ("Reply 2").
bool is_reply_mark(std::string_view text);

}  // namespace newsclean
