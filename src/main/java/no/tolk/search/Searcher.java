package no.tolk.search;

import java.util.Optional;

/** What the web and CLI need from search: ranked hits and readable documents. */
public interface Searcher {

  /** Runs a query; never throws for any query text, however odd. */
  SearchResult search(SearchRequest request);

  /** The document with this id with matches of {@code query} highlighted, if it is indexed. */
  Optional<DocumentView> document(String id, String query);

  /**
   * The corpus-relative path of the document with this id, if it is indexed. Implementations may
   * read just the path; this default builds the whole document view.
   */
  default Optional<String> path(String id) {
    return document(id, null).map(DocumentView::path);
  }

  /** True once an index is open and searchable. */
  boolean ready();
}
