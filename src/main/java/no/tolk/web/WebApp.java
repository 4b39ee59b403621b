package no.tolk.web;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import no.tolk.search.Searcher;

/** The web server: search page, results, documents, JSON API and health check. */
public final class WebApp {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  static final Map<String, String> SECURITY_HEADERS =
      Map.of(
          "Content-Security-Policy", CONTENT_SECURITY_POLICY,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "no-referrer");

  /** Room for a 10,000-character query in the URL even when every character is an emoji. */
  private static final int MAX_REQUEST_HEADER_BYTES = 256 * 1024;

  /** Every route is a GET; no request needs a body, so a large one is refused unread. */
  static final long MAX_REQUEST_BODY_BYTES = 16 * 1024;

  private WebApp() {}

  /** Creates (does not start) the app; call {@code start()} on the result to listen. */
  public static Javalin create(WebConfig config, Searcher searcher) {
    SearchController search = new SearchController(searcher);
    DocumentController documents = new DocumentController(searcher);
    OriginalFileController originals = new OriginalFileController(searcher, config.corpus());
    HealthController health = new HealthController(searcher);
    ErrorController errors = new ErrorController();
    StaticAssets assets = StaticAssets.load();
    return Javalin.create(
        cfg -> {
          server(cfg, config);
          cfg.fileRenderer(new ThymeleafRenderer());
          cfg.jsonMapper(new JavalinJackson(htmlSafeMapper(), false));
          cfg.routes.before(WebApp::securityHeaders);
          if (config.requestsPerSecond() > 0) {
            RateLimiter limiter =
                new RateLimiter(
                    config.requestsPerSecond(),
                    config.requestsPerSecond() * WebConfig.BURST_SECONDS);
            cfg.routes.before(ctx -> limit(limiter, ctx));
          }
          // HEAD answers as GET would, without the body: Javalin's own answer to a HEAD is an
          // empty text/plain 200, which tells a link checker or `curl -I` nothing true.
          Map.<String, Handler>of(
                  "/", search::index,
                  "/search", search::results,
                  "/api/search", search::api,
                  "/doc/{id}", documents::show,
                  "/doc/{id}/file", originals::serve,
                  "/api/health", health::health,
                  "/static/{name}", assets::serve)
              .forEach(
                  (path, handler) -> {
                    cfg.routes.get(path, handler);
                    cfg.routes.head(path, handler);
                  });
          cfg.routes.exception(HttpResponseException.class, errors::httpError);
          cfg.routes.exception(Exception.class, errors::serverError);
          cfg.routes.error(404, errors::notFound);
        });
  }

  private static void server(JavalinConfig cfg, WebConfig config) {
    cfg.startup.showJavalinBanner = false;
    cfg.http.maxRequestSize = MAX_REQUEST_BODY_BYTES;
    cfg.jetty.host = config.host();
    cfg.jetty.port = config.port();
    cfg.jetty.modifyServer(jetty -> jetty.setErrorHandler(new JettyErrorPage()));
    cfg.jetty.modifyHttpConfiguration(
        http -> {
          http.setSendServerVersion(false);
          http.setSendXPoweredBy(false);
          http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES);
        });
  }

  private static void securityHeaders(Context ctx) {
    SECURITY_HEADERS.forEach(ctx::header);
  }

  private static void limit(RateLimiter limiter, Context ctx) {
    if (!limiter.tryAcquire(ctx.ip())) {
      ctx.header("Retry-After", "1");
      throw new HttpResponseException(HttpStatus.TOO_MANY_REQUESTS.getCode(), "rate limited");
    }
  }

  /**
   * Jackson writing {@code <}, {@code >}, {@code &} and {@code '} as \\u escapes, so no JSON answer
   * ever holds raw markup, even when a title does.
   */
  static ObjectMapper htmlSafeMapper() {
    ObjectMapper mapper = JavalinJackson.defaultMapper();
    mapper.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    return mapper;
  }

  private static final class HtmlSafeEscapes extends CharacterEscapes {
    private final int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();

    HtmlSafeEscapes() {
      for (char c : "<>&'".toCharArray()) {
        escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}
