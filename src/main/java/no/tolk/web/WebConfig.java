package no.tolk.web;

import java.nio.file.Path;

/**
 * Where the web server listens, what it may serve, and how much one client may ask of it.
 *
 * @param host interface to bind, e.g. "127.0.0.1" (local only) or "0.0.0.0"
 * @param port TCP port; 0 picks a free one
 * @param corpus the corpus folder original files are served from, or null to serve none
 * @param requestsPerSecond sustained requests per second from one client address (the burst is
 *     {@link #BURST_SECONDS} seconds' worth); 0 turns the limit off
 */
public record WebConfig(String host, int port, Path corpus, int requestsPerSecond) {

  /** Far above a reader (a results page is three requests) and far below a flood. */
  public static final int DEFAULT_REQUESTS_PER_SECOND = 50;

  /** A client idle for a while may send this many seconds' worth of requests at once. */
  public static final int BURST_SECONDS = 4;

  public WebConfig {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("invalid host: " + host);
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("invalid port: " + port);
    }
    if (requestsPerSecond < 0) {
      throw new IllegalArgumentException("invalid requests per second: " + requestsPerSecond);
    }
  }

  /** A server that shows documents but serves no original files, with the default limit. */
  public WebConfig(String host, int port) {
    this(host, port, null, DEFAULT_REQUESTS_PER_SECOND);
  }

  /** A server that serves original files from {@code corpus}, with the default limit. */
  public WebConfig(String host, int port, Path corpus) {
    this(host, port, corpus, DEFAULT_REQUESTS_PER_SECOND);
  }

  /** Local only, on Tolk's default port. */
  public static WebConfig localhost(int port) {
    return new WebConfig("127.0.0.1", port);
  }

  /** The same server without a rate limit: for tests that send many requests on purpose. */
  public WebConfig unlimited() {
    return new WebConfig(host, port, corpus, 0);
  }
}
