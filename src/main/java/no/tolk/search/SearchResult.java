package no.tolk.search;

import java.util.List;

/**
 * One page of ranked hits.
 *
 * @param query the query as typed
 * @param total how many documents match in all; when {@code totalIsLowerBound}, at least this
 *     many
 * @param tookMs time spent searching and building snippets
 * @param hits this page's hits, best first
 * @param notice a message for the reader about how the query was read (e.g. "the query was cut
 *     to 1,000 characters"), or "" when there is nothing to say
 * @param totalIsLowerBound true when counting stopped early: more documents match than {@code
 *     total} says
 */
public record SearchResult(
    String query, long total, long tookMs, List<Hit> hits, String notice, boolean totalIsLowerBound) {

  /** A result whose total is exact. */
  public SearchResult(String query, long total, long tookMs, List<Hit> hits, String notice) {
    this(query, total, tookMs, hits, notice, false);
  }
}
