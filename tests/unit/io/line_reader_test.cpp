#include <catch2/catch.hpp>

#include <cstring>

#include "io/line_reader.hpp"

using namespace newsclean;

namespace {

// Serves a string in chunks of a fixed size, to test every split point.
class ChunkSource final : public ByteSource {
 public:
  ChunkSource(std::string data, std::size_t chunk) : data_(std::move(data)), chunk_(chunk) {}
  std::size_t read(char* buffer, std::size_t size) override {
    const std::size_t n = std::min({size, chunk_, data_.size() - pos_});
    std::memcpy(buffer, data_.data() + pos_, n);
    pos_ += n;
    return n;
  }

 private:
  std::string data_;
  std::size_t chunk_;
  std::size_t pos_ = 0;
};

std::vector<std::string> read_all(const std::string& data, std::size_t chunk) {
  ChunkSource source(data, chunk);
  LineReader reader(source);
  std::vector<std::string> lines;
  std::string_view line;
  while (reader.next(line)) lines.emplace_back(line);
  return lines;
}

}  // namespace

TEST_CASE("line reader: same lines whatever the chunk size", "[io]") {
  const std::string long_line(700000, 'x');
  const std::string data = "first\n\nthird\r\n" + long_line + "\nlast without newline";
  const std::vector<std::string> expected = {"first", "", "third\r", long_line, "last without newline"};
  for (const std::size_t chunk : {1u, 3u, 4096u, 1u << 20}) {
    CHECK(read_all(data, chunk) == expected);
  }
  CHECK(read_all("", 7).empty());
  CHECK(read_all("\n", 7) == std::vector<std::string>{""});
}

TEST_CASE("line reader: a line longer than the piece limit comes in pieces with one line number", "[io]") {
  const std::string long_line(700000, 'x');
  const std::string data = "first\n" + long_line + "\nnext\n" + std::string(1000, 'y');
  for (const std::size_t chunk : {3u, 4096u, 1u << 20}) {
    ChunkSource source(data, chunk);
    LineReader reader(source, 1000);
    std::string_view piece;
    std::string joined;
    std::size_t pieces = 0;
    REQUIRE(reader.next(piece));
    CHECK(piece == "first");
    CHECK_FALSE(reader.partial());
    do {
      REQUIRE(reader.next(piece));
      CHECK(piece.size() <= 1000);
      CHECK(reader.line_number() == 2);
      joined += piece;
      ++pieces;
    } while (reader.partial());
    CHECK(joined == long_line);
    CHECK(pieces == 701);  // 700 full pieces, then the empty rest before its newline
    REQUIRE(reader.next(piece));
    CHECK(piece == "next");
    CHECK(reader.line_number() == 3);
    REQUIRE(reader.next(piece));  // exactly the limit, at the end of the input: one partial piece
    CHECK(piece.size() == 1000);
    CHECK(reader.partial());
    CHECK_FALSE(reader.next(piece));
    CHECK_FALSE(reader.partial());
  }
}
