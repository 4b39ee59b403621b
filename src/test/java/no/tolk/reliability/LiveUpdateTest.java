package no.tolk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import no.tolk.search.SearchRequest;
import no.tolk.search.SearchResult;
import no.tolk.search.SearchService;
import no.tolk.testing.IndexedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches run without pause while the index is updated run after run and the service reopens it
 * after each: none fails, and each sees one whole commit, never part of a run.
 */
class LiveUpdateTest {

  static final int DOCUMENTS = 40;
  static final int RUNS = 6;
  static final String[] VERSIONS = {"qzxalfa", "qzxbeta"};

  @TempDir Path dir;

  @Test
  void searches_during_updates_never_fail_and_never_see_half_a_run() throws Exception {
    try (IndexedCorpus real = new IndexedCorpus(dir)) {
      write(real, 0);
      real.index();
      SearchService service = real.service();
      AtomicBoolean updating = new AtomicBoolean(true);
      List<Throwable> failures = new CopyOnWriteArrayList<>();
      Set<Long> seenCounts = ConcurrentHashMap.newKeySet();
      AtomicLong searches = new AtomicLong();
      Runnable searcher =
          () -> {
            while (updating.get()) {
              try {
                for (String version : VERSIONS) {
                  long total = total(service, version);
                  seenCounts.add(total);
                  // One commit per run: a version is in every document or in none.
                  assertThat(total).as(version).isIn(0L, (long) DOCUMENTS);
                }
                assertThat(total(service, VERSIONS[0] + " " + VERSIONS[1]))
                    .isEqualTo(DOCUMENTS);
                searches.incrementAndGet();
              } catch (Throwable e) {
                failures.add(e);
                return;
              }
            }
          };
      Thread[] threads = {new Thread(searcher), new Thread(searcher)};
      for (Thread thread : threads) {
        thread.start();
      }
      try {
        for (int run = 1; run <= RUNS; run++) {
          write(real, run);
          assertThat(real.index().indexed()).isEqualTo(DOCUMENTS);
          service.refresh();
          assertThat(total(service, VERSIONS[run % 2])).isEqualTo(DOCUMENTS);
        }
      } finally {
        updating.set(false);
        for (Thread thread : threads) {
          thread.join();
        }
      }
      assertThat(failures).isEmpty();
      assertThat(searches.get()).as("searches ran during the updates").isGreaterThan(RUNS);
      assertThat(seenCounts).containsExactlyInAnyOrder(0L, (long) DOCUMENTS);
    }
  }

  private static long total(SearchService service, String query) {
    SearchResult result = service.search(new SearchRequest(query, Optional.empty(), 0, 10));
    return result.total();
  }

  /** All documents in the version of this run; modification time moves on so each is reindexed. */
  private static void write(IndexedCorpus real, int run) throws Exception {
    for (int i = 0; i < DOCUMENTS; i++) {
      Path file =
          real.write(
              "live/doc-" + i + ".md",
              "# Notat " + i + "\n\nDette notatet er i utgave " + VERSIONS[run % 2]
                  + ". Det handler om budsjett og planer.\n");
      Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_000_000L + run * 10_000L));
    }
  }
}
