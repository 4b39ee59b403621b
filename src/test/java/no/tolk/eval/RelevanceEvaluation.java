package no.tolk.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs Tolk, the plain Lucene baseline and PostgreSQL full-text search over the judged collection
 * and prints nDCG@10, MRR@10 and recall@10 per language, systems side by side.
 *
 * <p>Usage: {@code RelevanceEvaluation <corpus> <evalDir> <outDir> <pgSocketDir> <pgPort>}
 */
public final class RelevanceEvaluation {

  static final int K = 10;

  private RelevanceEvaluation() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      throw new IllegalArgumentException(
          "usage: RelevanceEvaluation <corpus> <evalDir> <outDir> <pgSocketDir> <pgPort>");
    }
    Path corpus = Path.of(args[0]);
    Path evalDir = Path.of(args[1]);
    Path out = Path.of(args[2]);
    Files.createDirectories(out);
    List<EvalQuery> queries = EvalQuery.load(evalDir.resolve("queries.tsv"));
    Map<String, Map<String, Integer>> qrels = EvalQuery.loadQrels(evalDir.resolve("qrels.tsv"));
    List<EvalDocument> docs = EvalDocument.loadAll(corpus);

    Path tolkIndex = out.resolve("tolk-index");
    deleteTree(tolkIndex);
    List<Ranker> rankers = new ArrayList<>();
    try {
      rankers.add(new TolkRanker(corpus, tolkIndex));
      rankers.add(new LuceneBaselineRanker(docs));
      rankers.add(new PostgresRanker(docs, Path.of(args[3]), Integer.parseInt(args[4]), out));
      Map<String, Map<String, List<String>>> runs = new LinkedHashMap<>();
      for (Ranker ranker : rankers) {
        runs.put(ranker.name(), run(ranker, queries, out));
      }
      Scores scores = new Scores(queries, qrels, runs, K);
      String table = scores.table(docs.size());
      System.out.print(table);
      Files.writeString(out.resolve("summary.txt"), table, StandardCharsets.UTF_8);
      Files.writeString(out.resolve("per-query.tsv"), scores.perQuery("Tolk"),
          StandardCharsets.UTF_8);
    } finally {
      for (Ranker ranker : rankers) {
        ranker.close();
      }
    }
  }

  /** Query id -> ranked paths; also written as a run file for pooling. */
  private static Map<String, List<String>> run(Ranker ranker, List<EvalQuery> queries, Path out)
      throws IOException {
    Map<String, List<String>> results = new LinkedHashMap<>();
    StringBuilder file = new StringBuilder();
    long start = System.nanoTime();
    for (EvalQuery q : queries) {
      List<String> ranked = ranker.search(q.text(), q.lang(), K);
      results.put(q.id(), ranked);
      for (int i = 0; i < ranked.size(); i++) {
        file.append(q.id()).append('\t').append(i + 1).append('\t').append(ranked.get(i))
            .append('\n');
      }
    }
    System.err.printf(Locale.ROOT, "%s: %d queries in %d ms%n", ranker.name(), queries.size(),
        (System.nanoTime() - start) / 1_000_000);
    Files.writeString(out.resolve("run-" + ranker.name().toLowerCase(Locale.ROOT) + ".tsv"),
        file, StandardCharsets.UTF_8);
    return results;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
