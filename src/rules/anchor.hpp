// Which regex rules can only match at the start of a line. Those run in an
// RE2 set anchored at the start, whose scan of a line ends as soon as no
// pattern can go on; an unanchored set reads every line to its end.
#pragma once

#include <string_view>

namespace newsclean {

// True for "^…", "(?i)^…" and "^a|^b" (every alternative at the top level
// starts with "^"); false when some alternative could start anywhere.
bool starts_anchored(std::string_view pattern);

}  // namespace newsclean
