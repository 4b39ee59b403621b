package no.tolk.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import no.tolk.analysis.Analyzers;
import no.tolk.analysis.LanguageDetector;
import no.tolk.index.IndexReport;
import no.tolk.index.Indexer;
import no.tolk.search.Hit;
import no.tolk.search.SearchRequest;
import no.tolk.search.SearchService;

/** Tolk as a user gets it: the product's indexer and search, one box, no language hint. */
final class TolkRanker implements Ranker {

  private final Analyzers analyzers = new Analyzers();
  private final SearchService service;

  TolkRanker(Path corpus, Path indexDir) throws IOException {
    IndexReport report = new Indexer(analyzers, new LanguageDetector()).update(corpus, indexDir);
    if (!report.skipped().isEmpty()) {
      throw new IOException("Tolk skipped documents of the eval corpus: " + report.skipped());
    }
    System.err.println("tolk: indexed " + report.indexed() + " documents in " + report.took());
    this.service = SearchService.open(indexDir, analyzers);
    try {
      // Every query read alike: none before the query-language models are in.
      service.awaitModels();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while loading language models", e);
    }
  }

  @Override
  public String name() {
    return "Tolk";
  }

  @Override
  public List<String> search(String query, String lang, int k) {
    // lang is ignored on purpose: the product has one box and no language choice
    return service.search(new SearchRequest(query, Optional.empty(), 0, k)).hits().stream()
        .map(Hit::path)
        .toList();
  }

  @Override
  public void close() throws IOException {
    service.close();
    analyzers.close();
  }
}
