#include <catch2/catch.hpp>

#include <atomic>
#include <stdexcept>
#include <thread>

#include "pipeline/ordered_pool.hpp"

using namespace newsclean;

TEST_CASE("ordered pool: results come back in input order", "[pipeline]") {
  for (const std::size_t threads : {1u, 2u, 5u}) {
    std::size_t next = 0;
    std::vector<int> seen;
    OrderedPool<int, int>::run(
        threads, 3,
        [&](int& item) {
          if (next == 500) return false;
          item = static_cast<int>(next++);
          return true;
        },
        [](std::size_t, int& item) {
          if (item % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));  // finish out of order
          return item * 2;
        },
        [&](int& out) {
          seen.push_back(out);
          return true;
        });
    REQUIRE(seen.size() == 500);
    for (std::size_t i = 0; i < seen.size(); ++i) CHECK(seen[i] == static_cast<int>(2 * i));
  }
}

TEST_CASE("ordered pool: the consumer can stop early, errors reach the caller", "[pipeline]") {
  std::atomic<int> produced{0};
  int consumed = 0;
  OrderedPool<int, int>::run(
      2, 4,
      [&](int& item) {
        item = produced++;
        return item < 100000;
      },
      [](std::size_t, int& item) { return item; }, [&](int&) { return ++consumed < 10; });
  CHECK(consumed == 10);
  CHECK(produced < 1000);  // the window stopped the reader early

  std::size_t n = 0;
  const auto failing_run = [&] {
    OrderedPool<int, int>::run(
        2, 4,
        [&](int& item) {
          item = static_cast<int>(n++);
          return n < 50;
        },
        [](std::size_t, int& item) -> int {
          if (item == 20) throw std::runtime_error("boom");
          return item;
        },
        [](int&) { return true; });
  };
  CHECK_THROWS_AS(failing_run(), std::runtime_error);
}

TEST_CASE("ordered pool: errors while reading or writing reach the caller too", "[pipeline]") {
  // Any worker may read or write now: an exception in either still stops
  // the run and comes back to the caller, with nothing written after it.
  std::size_t n = 0;
  const auto reading_fails = [&] {
    OrderedPool<int, int>::run(
        3, 4,
        [&](int& item) {
          if (n == 30) throw std::runtime_error("read");
          item = static_cast<int>(n++);
          return true;
        },
        [](std::size_t, int& item) { return item; }, [](int&) { return true; });
  };
  CHECK_THROWS_WITH(reading_fails(), "read");

  std::vector<int> seen;
  const auto writing_fails = [&] {
    int next = 0;
    OrderedPool<int, int>::run(
        3, 4,
        [&](int& item) {
          item = next++;
          return next <= 100;
        },
        [](std::size_t, int& item) { return item; },
        [&](int& out) {
          if (out == 40) throw std::runtime_error("write");
          seen.push_back(out);
          return true;
        });
  };
  CHECK_THROWS_WITH(writing_fails(), "write");
  REQUIRE(seen.size() == 40);
  for (std::size_t i = 0; i < seen.size(); ++i) CHECK(seen[i] == static_cast<int>(i));
}

TEST_CASE("ordered pool: one thread, or more threads than items", "[pipeline]") {
  for (const std::size_t threads : {1u, 8u}) {
    int next = 0;
    std::vector<int> seen;
    OrderedPool<int, int>::run(
        threads, 2,
        [&](int& item) {
          item = next++;
          return next <= 3;
        },
        [](std::size_t, int& item) { return item + 1; },
        [&](int& out) {
          seen.push_back(out);
          return true;
        });
    CHECK(seen == std::vector<int>{1, 2, 3});
  }
}
