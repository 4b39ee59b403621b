package no.tolk.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Judging helper: for each query, the pool (union of every run's top 10) with each document's
 * title, opening words, which systems ranked it where, and its grade so far.
 *
 * <p>Usage: {@code PoolPrinter <corpus> <evalDir> <runDir> [--unjudged] [query ids...]}
 */
public final class PoolPrinter {

  private PoolPrinter() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    Path evalDir = Path.of(args[1]);
    Path runDir = Path.of(args[2]);
    List<String> rest = List.of(args).subList(3, args.length);
    boolean unjudgedOnly = rest.contains("--unjudged");
    Set<String> only = rest.stream().filter(a -> !a.startsWith("--")).collect(Collectors.toSet());

    Map<String, EvalDocument> docs = EvalDocument.loadAll(corpus).stream()
        .collect(Collectors.toMap(EvalDocument::path, Function.identity()));
    Map<String, Map<String, Integer>> qrels = EvalQuery.loadQrels(evalDir.resolve("qrels.tsv"));
    Map<String, Map<String, Map<String, Integer>>> runs = new TreeMap<>();
    try (var files = Files.list(runDir)) {
      for (Path run : files.filter(p -> p.getFileName().toString().startsWith("run-")).toList()) {
        String system = run.getFileName().toString().replaceAll("^run-|\\.tsv$", "");
        for (String[] cols : EvalQuery.rows(run)) {
          runs.computeIfAbsent(cols[0], id -> new LinkedHashMap<>())
              .computeIfAbsent(cols[2], p -> new TreeMap<>())
              .put(system.substring(0, 1).toUpperCase(java.util.Locale.ROOT),
                  Integer.parseInt(cols[1]));
        }
      }
    }
    for (EvalQuery q : EvalQuery.load(evalDir.resolve("queries.tsv"))) {
      if (!only.isEmpty() && !only.contains(q.id())) {
        continue;
      }
      Map<String, Integer> grades = qrels.getOrDefault(q.id(), Map.of());
      System.out.printf("%n## %s [%s/%s] %s%n", q.id(), q.lang(), q.kind(), q.text());
      for (var entry : runs.getOrDefault(q.id(), Map.of()).entrySet()) {
        Integer grade = grades.get(entry.getKey());
        if (unjudgedOnly && grade != null) {
          continue;
        }
        EvalDocument doc = docs.get(entry.getKey());
        String opening = doc.body().replaceAll("\\s+", " ");
        System.out.printf("  %s %-70s %s | %s | %s%n", grade == null ? "?" : grade,
            entry.getKey(), entry.getValue(), doc.title(),
            opening.substring(0, Math.min(160, opening.length())));
      }
    }
  }
}
