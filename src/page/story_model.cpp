#include "page/story_model.hpp"

#include <cmath>
#include <cstdint>

namespace newsclean {
namespace {

// A complete binary tree of fixed depth: node k's children are 2k+1 and
// 2k+2, the last level holds the leaves, so a walk has no branches. Go right
// when row[feature] > threshold (sklearn goes left on <=).
struct Tree {
  std::uint8_t feature[7];
  float threshold[7];
  float leaf[8];  // contributions to the log-odds (learning rate applied)
};

#include "page/story_model_trees.inc"

static_assert(kTreeDepth == 3, "Tree holds trees of depth 3: change both together");

}  // namespace

float story_probability(const FeatureRow& row) {
  float log_odds = kStoryBias;
  for (const Tree& tree : kStoryTrees) {
    std::size_t k = 0;
    for (std::size_t level = 0; level < kTreeDepth; ++level) {
      k = 2 * k + 1 + static_cast<std::size_t>(row[tree.feature[k]] > tree.threshold[k]);
    }
    log_odds += tree.leaf[k - 7];
  }
  return 1.0f / (1.0f + std::exp(-log_odds));
}

}  // namespace newsclean
