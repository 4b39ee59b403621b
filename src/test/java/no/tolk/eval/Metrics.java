package no.tolk.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Rank metrics at a cutoff, over graded judgments (0 not, 1 partly, 2 highly relevant); an
 * unjudged document counts as 0.
 */
final class Metrics {

  private Metrics() {}

  /** nDCG with gain 2^g - 1 and a log2(rank + 1) discount; the ideal list is all judged docs. */
  static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
    }
    List<Integer> ideal =
        grades.values().stream().sorted(Comparator.reverseOrder()).limit(k).toList();
    double idcg = 0;
    for (int i = 0; i < ideal.size(); i++) {
      idcg += gain(ideal.get(i)) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  /** 1 / rank of the first document graded 1 or more, 0 if none in the top k. */
  static double reciprocalRank(List<String> ranked, Map<String, Integer> grades, int k) {
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (grades.getOrDefault(ranked.get(i), 0) >= 1) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  /** Share of the documents graded 1 or more that are in the top k. */
  static double recall(List<String> ranked, Map<String, Integer> grades, int k) {
    long relevant = grades.values().stream().filter(g -> g >= 1).count();
    if (relevant == 0) {
      return 0;
    }
    long found = ranked.stream().limit(k).filter(p -> grades.getOrDefault(p, 0) >= 1).count();
    return (double) found / relevant;
  }

  private static double gain(int grade) {
    return Math.pow(2, grade) - 1;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
