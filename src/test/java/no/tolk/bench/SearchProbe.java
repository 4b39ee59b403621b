package no.tolk.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.tolk.analysis.Analyzers;
import no.tolk.search.SearchRequest;
import no.tolk.search.SearchService;

/**
 * In-process search on an existing index, per query kind, with the slowest queries named: the
 * harness to run under a profiler.
 *
 * <p>Usage: {@code SearchProbe INDEX QUERIES PASSES}
 */
final class SearchProbe {

  public static void main(String[] args) throws Exception {
    List<Query> queries = Query.load(Path.of(args[1]));
    int passes = Integer.parseInt(args[2]);
    Map<String, Latencies> byKind = new LinkedHashMap<>();
    Latencies all = new Latencies();
    long[] worst = new long[queries.size()];
    try (Analyzers analyzers = new Analyzers();
        SearchService service = SearchService.open(Path.of(args[0]), analyzers)) {
      for (int pass = 0; pass <= passes; pass++) {
        for (int i = 0; i < queries.size(); i++) {
          Query q = queries.get(i);
          long start = System.nanoTime();
          service.search(new SearchRequest(q.text(), Optional.empty(), 0, 10));
          long took = System.nanoTime() - start;
          if (pass > 0) {
            byKind.computeIfAbsent(q.lang() + " " + q.kind(), k -> new Latencies()).add(took);
            all.add(took);
            worst[i] = Math.max(worst[i], took);
          }
        }
      }
    }
    byKind.forEach((kind, l) -> System.out.printf(Locale.ROOT, "%-16s p50 %6.2f  p99 %6.2f ms%n", kind,
        l.percentileMs(50), l.percentileMs(99)));
    System.out.printf(Locale.ROOT, "%-16s mean %5.2f  p50 %6.2f  p95 %6.2f  p99 %6.2f ms%n", "all",
        all.meanMs(), all.percentileMs(50), all.percentileMs(95), all.percentileMs(99));
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingLong(i -> -worst[i]));
    for (int i : order.subList(0, 8)) {
      System.out.printf(Locale.ROOT, "slowest %6.1f ms  %s%n", worst[i] / 1e6, queries.get(i));
    }
  }
}
