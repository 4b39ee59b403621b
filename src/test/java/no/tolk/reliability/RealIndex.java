package no.tolk.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.tolk.analysis.Analyzers;
import no.tolk.analysis.LanguageDetector;
import no.tolk.index.IndexReport;
import no.tolk.index.Indexer;
import no.tolk.search.SearchService;
import no.tolk.testing.Corpora;

/** A corpus folder (the project's own, plus whatever a test writes) indexed into a temp folder. */
final class RealIndex implements AutoCloseable {

  static final Path PROJECT_CORPUS = Path.of("corpus");

  final Path corpus;
  final Path index;
  final Analyzers analyzers = new Analyzers();
  final Indexer indexer = new Indexer(analyzers, new LanguageDetector());
  private SearchService service;

  RealIndex(Path dir) throws IOException {
    this.corpus = dir.resolve("corpus");
    this.index = dir.resolve("index");
    Corpora.copyTree(PROJECT_CORPUS, corpus);
  }

  IndexReport index() throws IOException {
    return indexer.update(corpus, index);
  }

  /** The service over the index, opened on first use and refreshed after later runs. */
  SearchService service() throws IOException {
    if (service == null) {
      service = SearchService.open(index, analyzers);
    }
    return service;
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
