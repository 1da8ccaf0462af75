// A reader, N workers and an ordered consumer: items are numbered as they are
// read, transformed in parallel, and consumed in the order they were read, so
// output is byte-identical to a single-threaded run. At most `window` items
// are in flight, which bounds memory whatever the input size.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace newsclean {

template <typename In, typename Out>
class OrderedPool {
 public:
  // produce(in) fills in and returns true, or returns false at the end.
  // transform(worker, in) runs on worker threads (worker is 0..threads-1).
  // consume(out) runs on the calling thread, in input order; returning false
  // stops the run early.
  static void run(std::size_t threads, std::size_t window, const std::function<bool(In&)>& produce,
                  const std::function<Out(std::size_t, In&)>& transform, const std::function<bool(Out&)>& consume) {
    OrderedPool pool;
    pool.run_threads(threads, window, produce, transform, consume);
  }

 private:
  void run_threads(std::size_t threads, std::size_t window, const std::function<bool(In&)>& produce,
                   const std::function<Out(std::size_t, In&)>& transform, const std::function<bool(Out&)>& consume) {
    std::thread reader([&] {
      try {
        for (std::size_t seq = 0;; ++seq) {
          {
            std::unique_lock<std::mutex> lock(mutex_);
            space_.wait(lock, [&] { return in_flight_ < window || stop_; });
            if (stop_) break;
          }
          In item;
          if (!produce(item)) break;
          std::lock_guard<std::mutex> lock(mutex_);
          ++in_flight_;
          queue_.emplace_back(seq, std::move(item));
          work_.notify_one();
        }
      } catch (...) {
        fail(std::current_exception());
      }
      std::lock_guard<std::mutex> lock(mutex_);
      reading_done_ = true;
      work_.notify_all();
      done_.notify_all();
    });
    std::vector<std::thread> workers;
    for (std::size_t w = 0; w < threads; ++w) {
      workers.emplace_back([&, w] {
        for (;;) {
          std::pair<std::size_t, In> job;
          {
            std::unique_lock<std::mutex> lock(mutex_);
            work_.wait(lock, [&] { return !queue_.empty() || reading_done_ || stop_; });
            if (stop_ || queue_.empty()) return;
            job = std::move(queue_.front());
            queue_.pop_front();
          }
          try {
            Out out = transform(w, job.second);
            std::lock_guard<std::mutex> lock(mutex_);
            results_.emplace(job.first, std::move(out));
            done_.notify_all();
          } catch (...) {
            fail(std::current_exception());
            return;
          }
        }
      });
    }
    for (std::size_t next = 0;; ++next) {
      std::optional<Out> out;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        done_.wait(lock, [&] {
          return results_.count(next) > 0 || stop_ || (reading_done_ && queue_.empty() && all_consumed(next));
        });
        if (stop_) break;
        auto found = results_.find(next);
        if (found == results_.end()) break;  // everything read was consumed
        out = std::move(found->second);
        results_.erase(found);
      }
      bool go_on = false;
      try {
        go_on = consume(*out);
      } catch (...) {
        fail(std::current_exception());
        break;
      }
      std::lock_guard<std::mutex> lock(mutex_);
      --in_flight_;
      space_.notify_one();
      if (!go_on) {
        stop_ = true;
        work_.notify_all();
        break;
      }
    }
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
      space_.notify_all();
      work_.notify_all();
    }
    reader.join();
    for (std::thread& worker : workers) worker.join();
    if (error_) std::rethrow_exception(error_);
  }

  // Called with the lock held: nothing is in flight beyond what was consumed.
  bool all_consumed(std::size_t) const { return in_flight_ == 0; }

  void fail(std::exception_ptr error) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!error_) error_ = error;
    stop_ = true;
    work_.notify_all();
    done_.notify_all();
    space_.notify_all();
  }

  std::mutex mutex_;
  std::condition_variable work_, done_, space_;
  std::deque<std::pair<std::size_t, In>> queue_;
  std::map<std::size_t, Out> results_;
  std::size_t in_flight_ = 0;
  bool reading_done_ = false;
  bool stop_ = false;
  std::exception_ptr error_;
};

}  // namespace newsclean
