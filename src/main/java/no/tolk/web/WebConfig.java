package no.tolk.web;

/**
 * Where the web server listens.
 *
 * @param host interface to bind, e.g. "127.0.0.1" (local only) or "0.0.0.0"
 * @param port TCP port; 0 picks a free one
 */
public record WebConfig(String host, int port) {

  public WebConfig {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("invalid host: " + host);
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("invalid port: " + port);
    }
  }

  /** Local only, on Tolk's default port. */
  public static WebConfig localhost(int port) {
    return new WebConfig("127.0.0.1", port);
  }
}
