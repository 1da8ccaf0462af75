#include "page/story_model.hpp"

#include <cmath>
#include <cstdint>

namespace newsclean {
namespace {

struct TreeNode {
  std::int16_t feature;  // -1: a leaf
  float threshold;       // go left when row[feature] <= threshold
  std::uint16_t left, right;
  float value;  // a leaf's contribution to the log-odds (learning rate applied)
};

#include "page/story_model_trees.inc"

}  // namespace

float story_probability(const FeatureRow& row) {
  float log_odds = kStoryBias;
  for (const std::uint32_t root : kStoryTreeRoots) {
    std::uint32_t node = root;
    while (kStoryNodes[node].feature >= 0) {
      const TreeNode& split = kStoryNodes[node];
      node = root + (row[static_cast<std::size_t>(split.feature)] <= split.threshold ? split.left : split.right);
    }
    log_odds += kStoryNodes[node].value;
  }
  return 1.0f / (1.0f + std::exp(-log_odds));
}

}  // namespace newsclean
