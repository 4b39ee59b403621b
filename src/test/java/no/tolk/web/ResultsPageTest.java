package no.tolk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.tolk.search.SearchResult;
import org.junit.jupiter.api.Test;

class ResultsPageTest {

  @Test
  void count_reads_as_a_reader_says_it() {
    assertThat(ResultsPage.count(new SearchResult("q", 1, 0, List.of(), ""))).isEqualTo("1 result");
    assertThat(ResultsPage.count(new SearchResult("q", 17, 0, List.of(), ""))).isEqualTo("17 results");
    assertThat(ResultsPage.count(new SearchResult("q", 1000, 0, List.of(), "", true)))
        .isEqualTo("1,000+ results");
  }
}
