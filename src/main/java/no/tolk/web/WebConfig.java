package no.tolk.web;

/**
 * Where the web server listens and how much one client may ask of it.
 *
 * @param host interface to bind, e.g. "127.0.0.1" (local only) or "0.0.0.0"
 * @param port TCP port; 0 picks a free one
 * @param requestsPerSecond sustained requests per second from one client address (the burst is
 *     {@link #BURST_SECONDS} seconds' worth); 0 turns the limit off
 */
public record WebConfig(String host, int port, int requestsPerSecond) {

  /**
   * Far above a reader (a results page is three requests) and far below a flood. A load test
   * raises or lifts it with {@code -Dtolk.requestsPerSecond=N} (0: off) until the CLI has a flag.
   */
  public static final int DEFAULT_REQUESTS_PER_SECOND =
      Integer.getInteger("tolk.requestsPerSecond", 50);

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

  public WebConfig(String host, int port) {
    this(host, port, DEFAULT_REQUESTS_PER_SECOND);
  }

  /** Local only, on Tolk's default port. */
  public static WebConfig localhost(int port) {
    return new WebConfig("127.0.0.1", port);
  }

  /** The same address without a rate limit: for tests that send many requests on purpose. */
  public WebConfig unlimited() {
    return new WebConfig(host, port, 0);
  }
}
