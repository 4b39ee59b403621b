package no.tolk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns target/bench/results-SIZE.tsv files into one Markdown table: Tolk, PostgreSQL and the
 * ratio Tolk/PostgreSQL per measure and corpus size ("–" where a figure was not taken).
 *
 * <p>Usage: {@code BenchReport RESULTS_DIR SIZE...}
 */
final class BenchReport {

  /** Measure name, Tolk key, PostgreSQL key (or null). */
  private static final String[][] ROWS = {
    {"index from empty, s", "tolk.index.s", "pg.index.s"},
    {"index MB/s", "tolk.index.mb_per_s", "pg.index.mb_per_s"},
    {"index passages/s", "tolk.index.passages_per_s", "pg.index.passages_per_s"},
    {"update 1% of files, s", "tolk.update.s", "pg.update.s"},
    {"index size on disk, MB", "tolk.index_size.mb", "pg.index_size.mb"},
    {"peak heap while indexing, MB", "tolk.index.peak_heap_mb", null},
    {"serve -Xmx512m: first answer, ms (median of 3 starts)", "tolk.first_answer_ms", null},
    {"serve -Xmx512m: first answer of each start, ms", "tolk.first_answer_runs_ms", null},
    {"serve -Xmx512m: RSS after load, MB", "tolk.serve.rss_mb", null},
    {"in-process p50, ms", "tolk.api.p50_ms", "pg.sql.p50_ms"},
    {"in-process p95, ms", "tolk.api.p95_ms", "pg.sql.p95_ms"},
    {"in-process p99, ms", "tolk.api.p99_ms", "pg.sql.p99_ms"},
    {"selective queries p50, ms", "tolk.api.selective.p50_ms", "pg.sql.selective.p50_ms"},
    {"selective queries p99, ms", "tolk.api.selective.p99_ms", "pg.sql.selective.p99_ms"},
    {"HTTP sequential p50, ms", "tolk.http.p50_ms", "pg.sql.p50_ms"},
    {"HTTP sequential p95, ms", "tolk.http.p95_ms", "pg.sql.p95_ms"},
    {"HTTP sequential p99, ms", "tolk.http.p99_ms", "pg.sql.p99_ms"},
    {"req/s, 1 connection", "tolk.wrk.c1.rps", "pg.bench.c1.tps"},
    {"req/s, 8 connections", "tolk.wrk.c8.rps", "pg.bench.c8.tps"},
    {"req/s, 64 connections", "tolk.wrk.c64.rps", "pg.bench.c64.tps"},
    {"p99 at 8 connections, ms", "tolk.wrk.c8.p99_ms", null},
    {"p99 at 64 connections, ms", "tolk.wrk.c64.p99_ms", null},
    {"non-2xx at 1/8/64", "non2xx", "pg.bench.c8.failed"},
  };

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    List<Map<String, String>> results = new ArrayList<>();
    StringBuilder header = new StringBuilder("| measure |");
    StringBuilder rule = new StringBuilder("|---|");
    for (int i = 1; i < args.length; i++) {
      results.add(read(dir.resolve("results-" + args[i] + ".tsv")));
      header.append(String.format(Locale.ROOT, " %s Tolk | %s PG | Tolk/PG |", args[i], args[i]));
      rule.append("--:|--:|--:|");
    }
    System.out.println(header);
    System.out.println(rule);
    for (String[] row : ROWS) {
      StringBuilder line = new StringBuilder("| " + row[0] + " |");
      for (Map<String, String> r : results) {
        String tolk = row[1].equals("non2xx")
            ? r.getOrDefault("tolk.wrk.c1.non2xx", "–") + "/" + r.getOrDefault("tolk.wrk.c8.non2xx",
                "–") + "/" + r.getOrDefault("tolk.wrk.c64.non2xx", "–")
            : r.getOrDefault(row[1], "–");
        String pg = row[2] == null ? "–" : r.getOrDefault(row[2], "–");
        line.append(String.format(Locale.ROOT, " %s | %s | %s |", tolk, pg, ratio(tolk, pg)));
      }
      System.out.println(line);
    }
    for (int i = 1; i < args.length; i++) {
      Map<String, String> r = results.get(i - 1);
      System.out.printf(Locale.ROOT, "%nLoad average (1/5/15 min) at %s: %s%n", args[i], String.join("; ",
          r.entrySet().stream().filter(e -> e.getKey().startsWith("load"))
              .map(Map.Entry::getValue).toList()));
    }
  }

  private static String ratio(String tolk, String pg) {
    try {
      return String.format(Locale.ROOT, "%.2f", Double.parseDouble(tolk) / Double.parseDouble(pg));
    } catch (NumberFormatException e) {
      return "–"; // a figure missing or not a number (e.g. "12.3ms" from wrk)
    }
  }

  private static Map<String, String> read(Path file) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return out;
    }
    int loads = 0;
    for (String line : Files.readAllLines(file)) {
      String[] kv = line.split("\t", 2);
      if (kv.length == 2) {
        out.put(kv[0].equals("load") ? "load" + loads++ : kv[0], kv[1]);
      }
    }
    return out;
  }
}
