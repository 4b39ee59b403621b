package no.tolk.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import no.tolk.search.DocumentView;
import no.tolk.search.Searcher;

/** One document, its matches highlighted and numbered for stepping through. */
final class DocumentController {

  private final Searcher searcher;

  DocumentController(Searcher searcher) {
    this.searcher = searcher;
  }

  void show(Context ctx) {
    String query = SearchParams.query(ctx);
    DocumentView doc =
        searcher
            .document(ctx.pathParam("id"), query)
            .orElseThrow(() -> new NotFoundResponse("no such document"));
    ctx.render("document", Map.of("doc", DocumentPage.of(doc, query)));
  }
}
