package no.tolk.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import no.tolk.analysis.Analyzers;
import no.tolk.analysis.Language;
import no.tolk.analysis.LanguageDetector;
import no.tolk.analysis.NorwegianDictionary;
import no.tolk.search.SearchRequest;
import no.tolk.search.SearchService;

/**
 * What the first answer of a fresh process waits for, step by step, each cold and alone: the
 * Norwegian dictionaries, Lingua's language models, opening the index, the first two searches.
 *
 * <p>Usage: {@code StartupProbe INDEX}
 */
final class StartupProbe {

  public static void main(String[] args) throws Exception {
    long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.printf(Locale.ROOT, "commonPool parallelism %d; JVM start to main %d ms%n",
        ForkJoinPool.commonPool().getParallelism(), System.currentTimeMillis() - jvmStart);
    long t = System.nanoTime();
    NorwegianDictionary.load(Language.NB);
    t = lap("hunspell nb_NO load", t);
    NorwegianDictionary.load(Language.NN);
    t = lap("hunspell nn_NO load", t);
    LanguageDetector detector = new LanguageDetector();
    t = lap("LanguageDetector()", t);
    detector.detectClearly("hvordan installere skriveren");
    t = lap("first detectClearly (Lingua models)", t);
    Analyzers analyzers = new Analyzers();
    NorwegianDictionary.shared(Language.NB);
    t = lap("Analyzers() + shared nb dictionary", t);
    try (SearchService service = SearchService.open(Path.of(args[0]), analyzers)) {
      t = lap("SearchService.open", t);
      service.search(new SearchRequest("skriver", Optional.empty(), 0, 10));
      t = lap("first search", t);
      service.search(new SearchRequest("printer server", Optional.empty(), 0, 10));
      lap("second search", t);
    }
  }

  private static long lap(String what, long since) {
    long now = System.nanoTime();
    System.out.printf(Locale.ROOT, "%-40s %6d ms%n", what, (now - since) / 1_000_000);
    return now;
  }
}
