package no.tolk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Patterns that cost a search engine dear are cut short, quickly, and the reader is told why. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExpensiveQueryTest {

  static final long MAX_MILLIS = 1_000;

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
  void leading_wildcards_are_ignored_with_a_notice() {
    SearchResult result = timed("*maduro");
    assertThat(result.total()).as("still finds the word").isEqualTo(2);
    assertThat(result.notice()).contains("start of a word");
    assertThat(timed("?aduro ?*?venezuela").notice()).contains("start of a word");
  }

  @Test
  void five_thousand_terms_are_cut_with_a_notice() {
    SearchResult result = timed("Maduro Putin støtte ".repeat(1_667));
    assertThat(result.total()).isEqualTo(2);
    assertThat(result.notice()).contains("only its first");
  }

  @Test
  void a_hundred_prefix_terms_are_cut_with_a_notice() {
    StringBuilder query = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      query.append((char) ('a' + i % 26)).append((char) ('a' + i / 26)).append("* ");
    }
    assertThat(timed(query.toString()).notice()).contains("only its first");
  }

  @Test
  void deep_nesting_of_brackets_and_quotes_answers_quickly() {
    timed("(".repeat(5_000) + "maduro" + ")".repeat(5_000));
    timed("\"".repeat(5_000) + "maduro" + "\"".repeat(5_000));
    assertThat(timed("+(\"-(".repeat(2_000) + "maduro").notice()).contains("only its first");
  }

  @Test
  void ten_thousand_emoji_answer_with_a_notice() {
    assertThat(timed("\ud83d\ude00".repeat(10_000)).notice()).contains("only its first");
  }

  private SearchResult timed(String query) {
    long start = System.nanoTime();
    SearchResult result = service.search(new SearchRequest(query, Optional.empty(), 0, 10));
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertThat(millis).as("milliseconds for " + QueryFuzz.printable(query)).isLessThan(MAX_MILLIS);
    return result;
  }
}
