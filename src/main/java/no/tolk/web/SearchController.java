package no.tolk.web;

import io.javalin.http.Context;
import java.util.Map;
import no.tolk.search.SearchRequest;
import no.tolk.search.SearchResult;

/** The search page, the server-rendered results and the JSON search API. */
final class SearchController {

  static final int API_DEFAULT_LIMIT = 10;

  /** Deeper offsets make the searcher collect offset+limit hits; the UI never goes past this. */
  static final int API_MAX_OFFSET = SearchParams.MAX_PAGE * ResultsPage.PAGE_SIZE;

  private final no.tolk.search.Searcher searcher;

  SearchController(no.tolk.search.Searcher searcher) {
    this.searcher = searcher;
  }

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
      ctx.json(ApiResult.empty(query));
      return;
    }
    int limit =
        SearchParams.parseInt(
            ctx.queryParam("limit"), API_DEFAULT_LIMIT, 1, SearchRequest.MAX_LIMIT);
    int offset = SearchParams.parseInt(ctx.queryParam("offset"), 0, 0, API_MAX_OFFSET);
    SearchParams params = new SearchParams(query, SearchParams.lang(ctx.queryParam("lang")), 1);
    SearchResult result =
        searcher.search(new SearchRequest(query, params.language(), offset, limit));
    ctx.json(ApiResult.of(result));
  }
}
