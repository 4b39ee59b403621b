package no.tolk.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import no.tolk.analysis.Analyzers;
import no.tolk.analysis.Language;
import no.tolk.analysis.LanguageDetector;
import no.tolk.index.IndexReport;
import no.tolk.index.Indexer;
import no.tolk.testing.Corpora;

/** The project's real corpus copied to a temp folder, indexed, and opened for searching. */
final class SearchFixture implements AutoCloseable {

  static final Path REAL_CORPUS = Path.of("corpus");

  final Path corpus;
  final Path index;
  final Analyzers analyzers = new Analyzers();
  final Indexer indexer = new Indexer(analyzers, new LanguageDetector());
  SearchService service;

  SearchFixture(Path dir) throws IOException {
    this.corpus = dir.resolve("corpus");
    this.index = dir.resolve("index");
    Corpora.copyTree(REAL_CORPUS, corpus);
  }

  IndexReport index() throws IOException {
    IndexReport report = indexer.update(corpus, index);
    if (service == null) {
      service = SearchService.open(index, analyzers);
    } else {
      service.refresh();
    }
    return report;
  }

  SearchResult search(String query) {
    return service.search(new SearchRequest(query, Optional.empty(), 0, 10));
  }

  SearchResult search(String query, Language language) {
    return service.search(new SearchRequest(query, Optional.of(language), 0, 10));
  }

  Path write(String relativePath, String text) throws IOException {
    Path file = corpus.resolve(relativePath);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Override
  public void close() throws IOException {
    if (service != null) {
      service.close();
    }
    analyzers.close();
  }
}
