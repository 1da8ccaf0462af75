// GB18030-2022, the standard in force, maps 24 two-byte codes to real
// characters (vertical punctuation forms, CJK ideographs) that GB18030-2005,
// ICU 72's table, mapped to private use. glibc's iconv reads them as 2022
// does; the encodings test checks every code against it.
#pragma once

namespace newsclean {

// GB18030-2022's character for a private-use code point ICU's table gives;
// the code point itself otherwise.
char32_t gb18030_2022(char32_t c);

}  // namespace newsclean
