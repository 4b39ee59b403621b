package no.tolk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

  @Test
  void default_limit_lets_a_burst_through_then_refuses_the_flood_per_address() {
    int burst = WebConfig.DEFAULT_REQUESTS_PER_SECOND * WebConfig.BURST_SECONDS;
    RateLimiter limiter = new RateLimiter(WebConfig.DEFAULT_REQUESTS_PER_SECOND, burst);
    int allowed = 0;
    for (int i = 0; i < burst * 2; i++) {
      allowed += limiter.tryAcquire("127.0.0.1") ? 1 : 0;
    }
    // A few tokens may refill while the loop runs; never a second burst.
    assertThat(allowed).isBetween(burst, burst + 10);
    assertThat(limiter.tryAcquire("127.0.0.2")).as("another address has its own bucket").isTrue();
  }

  @Test
  void memory_stays_bounded_with_many_addresses() {
    RateLimiter limiter = new RateLimiter(1, 1);
    for (int i = 0; i < RateLimiter.MAX_CLIENTS * 3; i++) {
      assertThat(limiter.tryAcquire("10.0." + i)).isTrue();
    }
    assertThat(limiter.clients()).isLessThanOrEqualTo(RateLimiter.MAX_CLIENTS + 1);
  }
}
