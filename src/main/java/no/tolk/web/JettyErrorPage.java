package no.tolk.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The page for requests Jetty rejects before Javalin sees them (a path with bad percent-encoding):
 * plain and friendly, with the security headers, instead of Jetty's table of internals.
 */
final class JettyErrorPage extends ErrorHandler {

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    WebApp.SECURITY_HEADERS.forEach(response.getHeaders()::put);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
    response.write(true, ByteBuffer.wrap(page(code).getBytes(StandardCharsets.UTF_8)), callback);
  }

  private static String page(int code) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>Bad request — Tolk</title><link rel=\"stylesheet\" href=\"/static/tolk.css\">"
        + "</head><body class=\"page-error\"><main class=\"error\"><p class=\"status\">"
        + code
        + "</p><h1>This address could not be read</h1>"
        + "<p>The link may be cut off or damaged.</p>"
        + "<p><a href=\"/\">Go to the search page</a></p></main></body></html>";
  }
}
