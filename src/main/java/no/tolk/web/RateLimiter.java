package no.tolk.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address: a reader clicking and typing never runs dry, a flood of
 * requests from one address does and gets 429 until the bucket refills.
 */
final class RateLimiter {

  /** Past this many addresses, buckets that have refilled (idle clients) are forgotten. */
  static final int MAX_CLIENTS = 10_000;

  private final double perNano;
  private final double burst;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /**
   * @param perSecond requests a client may make each second, sustained
   * @param burst requests a client may make at once after being idle
   */
  RateLimiter(int perSecond, int burst) {
    if (perSecond <= 0 || burst < 1) {
      throw new IllegalArgumentException("invalid rate: " + perSecond + "/s, burst " + burst);
    }
    this.perNano = perSecond / 1e9;
    this.burst = burst;
  }

  /** Takes one request from the client's bucket; false when it is empty. */
  boolean tryAcquire(String client) {
    long now = System.nanoTime();
    if (buckets.size() > MAX_CLIENTS) {
      buckets.values().removeIf(bucket -> bucket.full(now));
      if (buckets.size() > MAX_CLIENTS) {
        // Busy from this many addresses at once: memory stays bounded, the limits start afresh.
        buckets.clear();
      }
    }
    return buckets.computeIfAbsent(client, c -> new Bucket(now)).take(now);
  }

  /** How many addresses are remembered now. */
  int clients() {
    return buckets.size();
  }

  private final class Bucket {
    private double tokens = burst;
    private long last;

    Bucket(long now) {
      this.last = now;
    }

    synchronized boolean take(long now) {
      refill(now);
      if (tokens < 1) {
        return false;
      }
      tokens -= 1;
      return true;
    }

    synchronized boolean full(long now) {
      refill(now);
      return tokens >= burst;
    }

    private void refill(long now) {
      tokens = Math.min(burst, tokens + Math.max(0, now - last) * perNano);
      last = Math.max(last, now);
    }
  }
}
