package no.tolk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.tolk.testing.IndexedCorpus;
import no.tolk.web.WebApp;
import no.tolk.web.WebConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Request rate and size are bounded; a reader's pace and a 10,000-emoji query still work. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestLimitsTest {

  @TempDir static Path dir;
  private IndexedCorpus real;
  private Javalin app;
  private Http http;
  /** Without a rate limit, so that the size tests do not wait for the flood test's bucket. */
  private Javalin unlimitedApp;
  private Http unlimited;

  @BeforeAll
  void start() throws Exception {
    real = new IndexedCorpus(dir);
    real.index();
    // The default limit, as `tolk serve` runs it.
    app = WebApp.create(WebConfig.localhost(0), real.service()).start();
    http = new Http(app.port());
    unlimitedApp = WebApp.create(WebConfig.localhost(0).unlimited(), real.service()).start();
    unlimited = new Http(unlimitedApp.port());
  }

  @AfterAll
  void stop() throws Exception {
    app.stop();
    unlimitedApp.stop();
    real.close();
  }

  @Test
  void a_fast_reader_is_never_limited() throws Exception {
    // A results page (3 requests) every 100 ms for 3 seconds: 30 per second, for 3 seconds.
    for (int i = 0; i < 30; i++) {
      for (String path : List.of("/search?q=maduro", "/static/tolk.css", "/static/tolk.js")) {
        assertThat(http.get(path).status()).as("reader request " + i + " " + path).isEqualTo(200);
      }
      Thread.sleep(100);
    }
  }

  /**
   * The flood runs against a limit of 5 per second (burst 20): one the flood outpaces even on a
   * busy machine. The default's numbers are checked in web/RateLimiterTest.
   */
  @Test
  void a_flood_from_one_client_gets_a_friendly_429_then_is_served_again() throws Exception {
    int perSecond = 5;
    int burst = perSecond * WebConfig.BURST_SECONDS;
    Javalin strict = WebApp.create(new WebConfig("127.0.0.1", 0, null, perSecond), real.service());
    try {
      Http flood = new Http(strict.start().port());
      List<Integer> statuses = new ArrayList<>();
      HttpResponse<String> limitedPage = null;
      HttpResponse<String> limitedApi = null;
      for (int i = 0; i < burst * 4; i++) {
        String path = i % 2 == 0 ? "/search?q=maduro" : "/api/search?q=maduro";
        HttpResponse<String> response = flood.send(HttpRequest.newBuilder(flood.uri(path)).build());
        statuses.add(response.statusCode());
        if (response.statusCode() == 429 && i % 2 == 0 && limitedPage == null) {
          limitedPage = response;
        } else if (response.statusCode() == 429 && i % 2 == 1 && limitedApi == null) {
          limitedApi = response;
        }
      }
      assertThat(statuses.subList(0, burst)).containsOnly(200);
      assertThat(statuses).contains(429).containsOnly(200, 429);
      assertThat(limitedPage).isNotNull();
      assertThat(limitedPage.body()).contains("Too many requests in a short time");
      assertThat(limitedPage.headers().firstValue("Retry-After")).contains("1");
      assertThat(limitedPage.headers().firstValue("Content-Security-Policy")).isPresent();
      assertThat(limitedApi).isNotNull();
      assertThat(limitedApi.body()).isEqualTo("{\"error\":\"Too Many Requests\"}");

      Thread.sleep(1_000);
      assertThat(flood.get("/search?q=maduro").status()).as("refilled after a pause").isEqualTo(200);
    } finally {
      strict.stop();
    }
  }

  @Test
  void a_query_of_ten_thousand_emoji_is_answered() throws Exception {
    Http.Answer answer = unlimited.get("/search?q=" + Http.q("\ud83d\ude00".repeat(10_000)));
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.text()).contains("The query was long");
  }

  @Test
  void headers_over_the_bound_are_refused_without_a_server_error() throws Exception {
    Http.Answer answer = unlimited.raw("/search?q=" + "a".repeat(300 * 1024));
    assertThat(answer.status()).as("URI too long / header fields too large").isIn(414, 431);
    assertThat(answer.text()).doesNotContain("Jetty").doesNotContain("at org.");
  }

  @Test
  void a_large_request_body_is_refused_without_a_server_error() throws Exception {
    String body = "x".repeat(2 * 1024 * 1024);
    for (String path : List.of("/search?q=maduro", "/api/search?q=maduro", "/")) {
      HttpResponse<String> response =
          unlimited.send(
              // As curl sends a large body: the server can refuse it before it is sent, instead
              // of closing the connection while the client is still writing.
              HttpRequest.newBuilder(unlimited.uri(path))
                  .expectContinue(true)
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build());
      assertThat(response.statusCode()).as(path).isBetween(400, 499);
    }
    assertThat(unlimited.get("/search?q=maduro").status()).isEqualTo(200);
  }
}
