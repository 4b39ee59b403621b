package no.tolk.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Friendly error pages (or JSON under /api/) that never show an exception to the reader. */
final class ErrorController {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorController.class);

  void notFound(Context ctx) {
    respond(
        ctx,
        HttpStatus.NOT_FOUND,
        "Page not found",
        "There is nothing at this address. The document may have been removed from the index.");
  }

  void httpError(HttpResponseException e, Context ctx) {
    HttpStatus known = HttpStatus.forStatus(e.getStatus());
    HttpStatus status = known == HttpStatus.UNKNOWN ? HttpStatus.BAD_REQUEST : known;
    String message =
        status == HttpStatus.TOO_MANY_REQUESTS
            ? "Too many requests in a short time. Wait a moment, then try again."
            : "The request could not be handled.";
    respond(ctx, status, status.getMessage(), message);
  }

  void serverError(Exception e, Context ctx) {
    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
    respond(
        ctx,
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Something went wrong",
        "Tolk could not answer this request. Please try again, or try another search.");
  }

  private static void respond(Context ctx, HttpStatus status, String title, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.json(Map.of("error", title));
      return;
    }
    try {
      ctx.render("error", Map.of("status", status.getCode(), "heading", title, "message", message));
    } catch (RuntimeException renderFailure) {
      // the error page itself failed (a broken template): plain text still tells the reader
      LOG.error("error page failed", renderFailure);
      ctx.contentType("text/plain; charset=utf-8").result(status.getCode() + " " + title);
    }
  }
}
