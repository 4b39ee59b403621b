package no.tolk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import no.tolk.search.SearchRequest;
import no.tolk.search.SearchResult;
import no.tolk.search.SearchService;
import no.tolk.testing.IndexedCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** 100,000 seeded hostile queries against the real corpus index: none throws, none is slow. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryFuzzTest {

  static final int QUERIES = 100_000;
  static final long SEED = 20_251_122L;

  /** Far above a normal query (well under a millisecond here), far below a stuck one. */
  static final long MAX_MILLIS_PER_QUERY = 2_000;

  @TempDir static Path dir;
  private IndexedCorpus real;
  private SearchService service;

  @BeforeAll
  void index() throws IOException {
    real = new IndexedCorpus(dir);
    real.index();
    service = real.service();
  }

  @AfterAll
  void close() throws IOException {
    real.close();
  }

  @Test
  void hundred_thousand_hostile_queries_never_throw_and_each_answers_in_time() {
    QueryFuzz fuzz = new QueryFuzz(SEED);
    long slowest = 0;
    String slowestQuery = "";
    for (int i = 0; i < QUERIES; i++) {
      String query = fuzz.next();
      long start = System.nanoTime();
      try {
        SearchResult result =
            service.search(new SearchRequest(query, Optional.empty(), i % 3, 1 + i % 20));
        assertThat(result.total()).isGreaterThanOrEqualTo(0);
      } catch (RuntimeException | StackOverflowError e) {
        fail("query #" + i + " " + QueryFuzz.printable(query) + " threw " + e, e);
      }
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      if (millis > slowest) {
        slowest = millis;
        slowestQuery = QueryFuzz.printable(query);
      }
    }
    System.out.printf("query fuzz: %,d queries, slowest %d ms: %s%n", QUERIES, slowest, slowestQuery);
    assertThat(slowest).as("slowest query " + slowestQuery).isLessThan(MAX_MILLIS_PER_QUERY);
  }
}
