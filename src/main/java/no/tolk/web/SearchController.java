package no.tolk.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import no.tolk.search.Hit;
import no.tolk.search.SearchRequest;
import no.tolk.search.SearchResult;
import no.tolk.search.Snippet;

/** The search page, the server-rendered results and the JSON search API. */
final class SearchController {

  static final int API_DEFAULT_LIMIT = 10;

  /** Deeper offsets make the searcher collect offset+limit hits; the UI never goes past this. */
  static final int API_MAX_OFFSET = SearchParams.MAX_PAGE * ResultsPage.PAGE_SIZE;

  private final no.tolk.search.Searcher searcher;

  SearchController(no.tolk.search.Searcher searcher) {
    this.searcher = searcher;
  }

  /** One JSON hit, with {@code lang} the language code and {@code url} its document link. */
  record ApiHit(
      String id,
      String path,
      String title,
      String lang,
      String section,
      String date,
      float score,
      List<String> snippets,
      String url) {}

  /** The JSON answer of /api/search. */
  record ApiResult(String query, long total, long tookMs, List<ApiHit> hits) {}

  void index(Context ctx) {
    ctx.render("index", Map.of("lang", SearchParams.lang(ctx.queryParam("lang"))));
  }

  void results(Context ctx) {
    SearchParams params = SearchParams.from(ctx);
    if (params.blank()) {
      ctx.render("index", Map.of("lang", params.lang()));
      return;
    }
    int offset = (params.page() - 1) * ResultsPage.PAGE_SIZE;
    SearchResult result =
        searcher.search(
            new SearchRequest(params.query(), params.language(), offset, ResultsPage.PAGE_SIZE));
    ctx.render("results", Map.of("results", ResultsPage.of(params, result)));
  }

  void api(Context ctx) {
    String query = SearchParams.query(ctx);
    if (query.isBlank()) {
      ctx.json(new ApiResult(query, 0, 0, List.of()));
      return;
    }
    int limit =
        SearchParams.parseInt(
            ctx.queryParam("limit"), API_DEFAULT_LIMIT, 1, SearchRequest.MAX_LIMIT);
    int offset = SearchParams.parseInt(ctx.queryParam("offset"), 0, 0, API_MAX_OFFSET);
    SearchParams params = new SearchParams(query, SearchParams.lang(ctx.queryParam("lang")), 1);
    SearchResult result =
        searcher.search(new SearchRequest(query, params.language(), offset, limit));
    List<ApiHit> hits = result.hits().stream().map(hit -> apiHit(hit, query)).toList();
    ctx.json(new ApiResult(query, result.total(), result.tookMs(), hits));
  }

  private static ApiHit apiHit(Hit hit, String query) {
    List<Snippet> snippets = hit.snippets() == null ? List.of() : hit.snippets();
    return new ApiHit(
        hit.id(),
        hit.path(),
        hit.title(),
        ResultsPage.code(hit.language()),
        hit.section(),
        ResultsPage.isoDate(hit.date()),
        hit.score(),
        snippets.stream().map(Snippet::html).toList(),
        Links.document(hit.id(), query, ResultsPage.firstBlock(hit)));
  }
}
