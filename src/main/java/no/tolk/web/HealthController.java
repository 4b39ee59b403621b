package no.tolk.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import no.tolk.search.Searcher;

/** Tells a monitor whether the index is open: 200 when searchable, 503 until then. */
final class HealthController {

  private final Searcher searcher;

  HealthController(Searcher searcher) {
    this.searcher = searcher;
  }

  void health(Context ctx) {
    if (searcher.ready()) {
      ctx.json(Map.of("status", "ok"));
    } else {
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("status", "unavailable"));
    }
  }
}
