package no.tolk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import no.tolk.analysis.Analyzers;
import no.tolk.analysis.Language;
import no.tolk.analysis.LanguageDetector;
import no.tolk.index.IndexReport;
import no.tolk.index.Indexer;
import no.tolk.search.SearchRequest;
import no.tolk.search.SearchResult;
import no.tolk.search.SearchService;

/**
 * The project's real corpus copied into a test's folder, indexed there with the real indexer, and
 * searched with the real service.
 */
public final class IndexedCorpus implements AutoCloseable {

  public final Path corpus;
  public final Path index;
  public final Analyzers analyzers = new Analyzers();
  public final Indexer indexer = new Indexer(analyzers, new LanguageDetector());
  private SearchService service;

  /** Copies the project's corpus to {@code dir/corpus}; the index goes to {@code dir/index}. */
  public IndexedCorpus(Path dir) throws IOException {
    this.corpus = dir.resolve("corpus");
    this.index = dir.resolve("index");
    Corpora.copyTree(Corpora.PROJECT, corpus);
  }

  /** Brings the index up to date; an open service sees the result at once. */
  public IndexReport index() throws IOException {
    IndexReport report = indexer.update(corpus, index);
    if (service != null) {
      service.refresh();
    }
    return report;
  }

  /** The service over the index, opened on first use. */
  public SearchService service() throws IOException {
    if (service == null) {
      service = SearchService.open(index, analyzers);
    }
    return service;
  }

  /** The top 10 for {@code query} in all languages. */
  public SearchResult search(String query) {
    return search(new SearchRequest(query, Optional.empty(), 0, 10));
  }

  /** The top 10 for {@code query} in one language. */
  public SearchResult search(String query, Language language) {
    return search(new SearchRequest(query, Optional.of(language), 0, 10));
  }

  private SearchResult search(SearchRequest request) {
    try {
      return service().search(request);
    } catch (IOException e) {
      throw new UncheckedIOException("opening the test index failed", e);
    }
  }

  public Path write(String relativePath, String text) throws IOException {
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
