package no.tolk.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Per-query metrics of every system, and their means per language as a table. */
final class Scores {

  private record Row(EvalQuery query, Map<String, double[]> bySystem) {}

  private static final String[] METRICS = {"nDCG@10", "MRR@10", "recall@10"};

  private final List<String> systems;
  private final List<Row> rows = new ArrayList<>();
  private final int unjudged;

  Scores(List<EvalQuery> queries, Map<String, Map<String, Integer>> qrels,
      Map<String, Map<String, List<String>>> runs, int k) {
    this.systems = List.copyOf(runs.keySet());
    int skipped = 0;
    for (EvalQuery q : queries) {
      Map<String, Integer> grades = qrels.getOrDefault(q.id(), Map.of());
      if (grades.values().stream().noneMatch(g -> g >= 1)) {
        skipped++; // a query with nothing relevant says nothing about ranking
        continue;
      }
      Map<String, double[]> bySystem = new java.util.LinkedHashMap<>();
      for (String system : systems) {
        List<String> ranked = runs.get(system).get(q.id());
        bySystem.put(system, new double[] {
            Metrics.ndcg(ranked, grades, k),
            Metrics.reciprocalRank(ranked, grades, k),
            Metrics.recall(ranked, grades, k)});
      }
      rows.add(new Row(q, bySystem));
    }
    this.unjudged = skipped;
  }

  String table(int documents) {
    StringBuilder out = new StringBuilder();
    String left = unjudged == 0 ? "" : " (" + unjudged + " without relevant documents left out)";
    out.append(String.format(Locale.ROOT, "%d documents, %d judged queries%s%n%n", documents,
        rows.size(), left));
    out.append(String.format(Locale.ROOT, "%-10s %-4s %4s", "metric", "lang", "n"));
    systems.forEach(s -> out.append(String.format(Locale.ROOT, " %9s", s)));
    out.append('\n');
    for (int m = 0; m < METRICS.length; m++) {
      for (String lang : List.of("nb", "en", "all")) {
        List<Row> subset = rows.stream()
            .filter(r -> lang.equals("all") || r.query().lang().equals(lang)).toList();
        out.append(String.format(Locale.ROOT, "%-10s %-4s %4d", METRICS[m], lang, subset.size()));
        for (String system : systems) {
          int metric = m;
          double mean = subset.stream().mapToDouble(r -> r.bySystem().get(system)[metric])
              .average().orElse(0);
          out.append(String.format(Locale.ROOT, " %9.3f", mean));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** One line per query: every system's nDCG@10 and the focus system's gap to its best peer. */
  String perQuery(String focus) {
    StringBuilder out = new StringBuilder("id\tlang\tkind\tquery");
    systems.forEach(s -> out.append('\t').append(s));
    out.append("\tbest_peer\tdelta\n");
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparingDouble((Row r) -> delta(r, focus))
        .thenComparing(r -> r.query().id()));
    for (Row r : sorted) {
      EvalQuery q = r.query();
      out.append(String.join("\t", q.id(), q.lang(), q.kind(), q.text()));
      systems.forEach(
          s -> out.append(String.format(Locale.ROOT, "\t%.3f", r.bySystem().get(s)[0])));
      out.append('\t').append(bestPeer(r, focus))
          .append(String.format(Locale.ROOT, "\t%.3f%n", delta(r, focus)));
    }
    return out.toString();
  }

  private String bestPeer(Row r, String focus) {
    return systems.stream().filter(s -> !s.equals(focus))
        .max(Comparator.comparingDouble(s -> r.bySystem().get(s)[0])).orElseThrow();
  }

  private double delta(Row r, String focus) {
    return r.bySystem().get(focus)[0] - r.bySystem().get(bestPeer(r, focus))[0];
  }
}
