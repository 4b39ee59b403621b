package no.tolk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import no.tolk.analysis.Analyzers;
import no.tolk.search.Hit;
import no.tolk.search.SearchRequest;
import no.tolk.search.SearchService;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** What "the index is intact" means: Lucene's CheckIndex is clean and a query answers as before. */
final class IndexChecks {

  private IndexChecks() {}

  /** Runs CheckIndex (read-only) and fails with its report when it finds any problem. */
  static void assertClean(Path index) throws IOException {
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    try (Directory directory = FSDirectory.open(index);
        CheckIndex check = new CheckIndex(directory)) {
      check.setInfoStream(new PrintStream(report, true, StandardCharsets.UTF_8));
      CheckIndex.Status status = check.checkIndex();
      assertThat(status.clean).as(report.toString(StandardCharsets.UTF_8)).isTrue();
    }
  }

  /** The ids of the top hits for {@code query}, opening the index afresh. */
  static List<String> ids(Path index, Analyzers analyzers, String query) throws IOException {
    try (SearchService service = SearchService.open(index, analyzers)) {
      return ids(service, query);
    }
  }

  /** How many documents match {@code query}, opening the index afresh. */
  static long total(Path index, Analyzers analyzers, String query) throws IOException {
    try (SearchService service = SearchService.open(index, analyzers)) {
      return service.search(new SearchRequest(query, Optional.empty(), 0, 1)).total();
    }
  }

  static List<String> ids(SearchService service, String query) {
    return service.search(new SearchRequest(query, Optional.empty(), 0, 100)).hits().stream()
        .map(Hit::id)
        .toList();
  }
}
