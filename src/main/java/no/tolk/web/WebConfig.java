package no.tolk.web;

import java.nio.file.Path;

/**
 * Where the web server listens, and what it may serve.
 *
 * @param host interface to bind, e.g. "127.0.0.1" (local only) or "0.0.0.0"
 * @param port TCP port; 0 picks a free one
 * @param corpus the corpus folder original files are served from, or null to serve none
 */
public record WebConfig(String host, int port, Path corpus) {

  /** A server that shows documents but serves no original files. */
  public WebConfig(String host, int port) {
    this(host, port, null);
  }

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
