package no.tolk.search;

import java.util.Optional;

/** What the web and CLI need from search: ranked hits and readable documents. */
public interface Searcher {

  /** Runs a query; never throws for any query text, however odd. */
  SearchResult search(SearchRequest request);

  /** The document with this id with matches of {@code query} highlighted, if it is indexed. */
  Optional<DocumentView> document(String id, String query);

  /** True once an index is open and searchable. */
  boolean ready();
}
