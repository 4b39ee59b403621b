package no.tolk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {

  private static final Map<String, Integer> GRADES = Map.of("a", 2, "b", 1, "c", 0, "d", 1);

  @Test
  void ideal_order_scores_one() {
    assertThat(Metrics.ndcg(List.of("a", "b", "d"), GRADES, 10)).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void ndcg_uses_exponential_gain_and_log2_discount() {
    // dcg = 0/1 + 3/log2(3) + 1/log2(4); idcg = 3/1 + 1/log2(3) + 1/log2(4)
    double dcg = 3 / log2(3) + 1 / 2.0;
    double idcg = 3 + 1 / log2(3) + 1 / 2.0;
    assertThat(Metrics.ndcg(List.of("c", "a", "b"), GRADES, 10))
        .isCloseTo(dcg / idcg, within(1e-9));
  }

  @Test
  void ndcg_ignores_documents_below_the_cutoff() {
    assertThat(Metrics.ndcg(List.of("c", "a"), GRADES, 1)).isZero();
  }

  @Test
  void reciprocal_rank_counts_partly_relevant_documents() {
    assertThat(Metrics.reciprocalRank(List.of("x", "c", "b"), GRADES, 10))
        .isCloseTo(1.0 / 3, within(1e-9));
    assertThat(Metrics.reciprocalRank(List.of("x", "c", "b"), GRADES, 2)).isZero();
  }

  @Test
  void recall_is_the_share_of_relevant_documents_found() {
    assertThat(Metrics.recall(List.of("a", "c", "x"), GRADES, 10))
        .isCloseTo(1.0 / 3, within(1e-9));
    assertThat(Metrics.recall(List.of(), GRADES, 10)).isZero();
  }

  @Test
  void unjudged_documents_count_as_not_relevant() {
    assertThat(Metrics.ndcg(List.of("x", "y"), GRADES, 10)).isZero();
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
