package no.tolk.web;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import no.tolk.search.DocumentView;
import no.tolk.search.SearchRequest;
import no.tolk.search.SearchResult;
import no.tolk.search.Searcher;

/**
 * Lets a fixed number of searches run at once, one per core; the rest wait their turn, first come
 * first served. A search keeps a core busy from start to end (collecting, then loading and
 * marking its hits), so more at once only share the cores: each takes longer, and a slow one
 * longest. At 1M passages under 8 connections on two cores, the 99th percentile fell from 51–53
 * to 31 ms and requests per second rose from 655 to 697 (docs/BENCHMARKS.md).
 */
final class SearchGate implements Searcher {

  private final Searcher searcher;
  private final Semaphore turns;

  SearchGate(Searcher searcher, int atOnce) {
    this.searcher = searcher;
    this.turns = new Semaphore(atOnce, true);
  }

  /** One search at a time per core of this machine. */
  static SearchGate perCore(Searcher searcher) {
    return new SearchGate(searcher, Runtime.getRuntime().availableProcessors());
  }

  @Override
  public SearchResult search(SearchRequest request) {
    turns.acquireUninterruptibly();
    try {
      return searcher.search(request);
    } finally {
      turns.release();
    }
  }

  /** A document view reads and marks a whole document: as much work as a search, or more. */
  @Override
  public Optional<DocumentView> document(String id, String query) {
    turns.acquireUninterruptibly();
    try {
      return searcher.document(id, query);
    } finally {
      turns.release();
    }
  }

  @Override
  public Optional<String> path(String id) {
    return searcher.path(id);
  }

  @Override
  public boolean ready() {
    return searcher.ready();
  }
}
