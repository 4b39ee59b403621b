package no.tolk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import no.tolk.search.Hit;
import no.tolk.search.SearchResult;
import no.tolk.search.Snippet;

/**
 * The JSON answer of {@code GET /api/search} and of {@code tolk search --json}: one shape for
 * both, which tools outside the project rely on. {@code totalIsLowerBound}: counting stopped at
 * {@code total}, more documents match; {@code notice}: what the results page tells its reader
 * about how the query was read (a widened quoted phrase, a cut query), or "".
 */
public record ApiResult(
    String query,
    long total,
    boolean totalIsLowerBound,
    long tookMs,
    String notice,
    List<ApiHit> hits) {

  /**
   * One hit, with {@code lang} the language code, {@code page} the page of its best passage
   * (null for formats without pages) and {@code url} its document link.
   */
  public record ApiHit(
      String id,
      String path,
      String title,
      String lang,
      String section,
      Integer page,
      String date,
      float score,
      List<String> snippets,
      String url) {}

  public static ApiResult of(SearchResult result) {
    String query = result.query();
    List<ApiHit> hits = result.hits().stream().map(hit -> hit(hit, query)).toList();
    return new ApiResult(
        query, result.total(), result.totalIsLowerBound(), result.tookMs(), result.notice(), hits);
  }

  static ApiResult empty(String query) {
    return new ApiResult(query, 0, false, 0, "", List.of());
  }

  /** The JSON text, with markup characters escaped as in every HTTP answer. */
  public String toJson() {
    try {
      return WebApp.htmlSafeMapper().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("records of strings and numbers always serialise", e);
    }
  }

  private static ApiHit hit(Hit hit, String query) {
    List<Snippet> snippets = hit.snippets() == null ? List.of() : hit.snippets();
    return new ApiHit(
        hit.id(),
        hit.path(),
        hit.title(),
        ResultsPage.code(hit.language()),
        hit.section(),
        hit.page() > 0 ? hit.page() : null,
        ResultsPage.isoDate(hit.date()),
        hit.score(),
        snippets.stream().map(Snippet::html).toList(),
        Links.document(hit.id(), query, ResultsPage.firstBlock(hit)));
  }
}
