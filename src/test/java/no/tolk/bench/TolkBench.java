package no.tolk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import no.tolk.analysis.Analyzers;
import no.tolk.analysis.LanguageDetector;
import no.tolk.index.IndexReport;
import no.tolk.index.Indexer;
import no.tolk.search.SearchRequest;
import no.tolk.search.SearchResult;
import no.tolk.search.SearchService;

/**
 * Tolk through its Java API: indexing from empty, an update of 1% of the files, index size, peak
 * heap, and search latency with top-10 snippets. Prints "key TAB value" result lines.
 *
 * <p>Usage: {@code TolkBench CORPUS INDEX QUERIES PASSAGES}
 */
final class TolkBench {

  /** Timed passes over the query set, after one warm-up pass. */
  static final int PASSES = 3;

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    Path index = Path.of(args[1]);
    List<Query> queries = Query.load(Path.of(args[2]));
    int passages = Integer.parseInt(args[3]);
    int files = passages / CorpusGenerator.PASSAGES_PER_FILE;
    CorpusGenerator generator = new CorpusGenerator(Path.of("."), CorpusGenerator.DEFAULT_SEED);
    List<Integer> touched = new ArrayList<>();
    for (int i = 37; i < files; i += 100) {
      touched.add(i);
      generator.write(corpus, i, 0); // undo a previous run's edit: every run starts alike
    }
    deleteTree(index);
    long bytes = treeSize(corpus);
    List<String> out = new ArrayList<>();
    Analyzers analyzers = new Analyzers();
    Indexer indexer = new Indexer(analyzers, new LanguageDetector());

    HeapSampler heap = HeapSampler.begin();
    IndexReport full = indexer.update(corpus, index);
    double seconds = full.took().toNanos() / 1e9;
    out.add(String.format(Locale.ROOT, "tolk.index.s\t%.2f", seconds));
    out.add("tolk.index.files\t" + full.indexed());
    out.add("tolk.index.skipped\t" + full.skipped().size());
    out.add(String.format(Locale.ROOT, "tolk.index.mb_per_s\t%.2f", bytes / 1e6 / seconds));
    out.add(String.format(Locale.ROOT, "tolk.index.passages_per_s\t%.0f", passages / seconds));
    out.add(String.format(Locale.ROOT, "tolk.index.peak_heap_mb\t%.0f", heap.finish() / 1e6));
    out.add(String.format(Locale.ROOT, "corpus.mb\t%.1f", bytes / 1e6));
    out.add(String.format(Locale.ROOT, "tolk.index_size.mb\t%.1f", treeSize(index) / 1e6));

    for (int i : touched) {
      generator.write(corpus, i, 1);
    }
    IndexReport update = indexer.update(corpus, index);
    out.add(String.format(Locale.ROOT, "tolk.update.s\t%.2f", update.took().toNanos() / 1e9));
    out.add("tolk.update.files\t" + update.indexed());
    print(out);

    heap = HeapSampler.begin();
    try (SearchService service = SearchService.open(index, analyzers)) {
      Latencies all = new Latencies();
      Latencies selective = new Latencies();
      int empty = 0;
      for (int pass = 0; pass <= PASSES; pass++) {
        for (Query q : queries) {
          long start = System.nanoTime();
          SearchResult result =
              service.search(new SearchRequest(q.text(), Optional.empty(), 0, 10));
          long took = System.nanoTime() - start;
          if (pass == 0) {
            empty += result.hits().isEmpty() ? 1 : 0;
            continue;
          }
          all.add(took);
          if (q.selective()) {
            selective.add(took);
          }
        }
      }
      out.clear();
      out.addAll(all.lines("tolk.api"));
      out.addAll(selective.lines("tolk.api.selective"));
      out.add("tolk.api.zero_hit_queries\t" + empty);
      out.add(String.format(Locale.ROOT, "tolk.search.peak_heap_mb\t%.0f", heap.finish() / 1e6));
      print(out);
    }
    analyzers.close();
  }

  private static void print(List<String> lines) {
    lines.forEach(System.out::println);
    System.out.flush();
  }

  static long treeSize(Path root) throws IOException {
    if (!Files.exists(root)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Samples used heap every 10 ms; the max seen is the peak (GC'd garbage included). */
  static final class HeapSampler implements Runnable {
    private volatile boolean running = true;
    private long peak;
    private Thread thread;

    static HeapSampler begin() {
      System.gc();
      HeapSampler sampler = new HeapSampler();
      sampler.thread = new Thread(sampler, "heap-sampler");
      sampler.thread.setDaemon(true);
      sampler.thread.start();
      return sampler;
    }

    @Override
    public void run() {
      var memory = ManagementFactory.getMemoryMXBean();
      while (running) {
        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    long finish() throws InterruptedException {
      running = false;
      thread.join();
      return peak;
    }
  }
}
