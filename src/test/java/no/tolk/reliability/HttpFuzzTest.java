package no.tolk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import no.tolk.testing.IndexedCorpus;
import no.tolk.web.WebApp;
import no.tolk.web.WebConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** 10,000 seeded hostile requests to the real app over the real index: no 5xx, none slow. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpFuzzTest {

  static final int REQUESTS = 10_000;
  static final long SEED = 7_070L;
  static final long MAX_MILLIS_PER_REQUEST = 2_000;

  private static final String[] ROUTES = {"/search?q=", "/api/search?q=", "/doc/%s?q=", "/?q="};

  /** Parameters that ride along with the query: bad pages, limits, offsets and languages. */
  private static final String[] EXTRAS = {
    "", "&page=0", "&page=-1", "&page=99999999999999999999", "&limit=100000", "&offset=-5",
    "&offset=1000000", "&lang=xx", "&lang=nb", "&lang=en&page=2", "&q=second", "&page=%00"
  };

  @TempDir static Path dir;
  private IndexedCorpus real;
  private Javalin app;
  private Http http;
  private String docId;

  @BeforeAll
  void start() throws IOException {
    real = new IndexedCorpus(dir);
    real.index();
    app = WebApp.create(WebConfig.localhost(0).unlimited(), real.service()).start();
    http = new Http(app.port());
    docId = real.service().search(new no.tolk.search.SearchRequest("Maduro", java.util.Optional.empty(), 0, 1))
        .hits().get(0).id();
  }

  @AfterAll
  void stop() throws IOException {
    app.stop();
    real.close();
  }

  @Test
  void ten_thousand_hostile_requests_get_no_server_error_and_each_answers_in_time()
      throws Exception {
    QueryFuzz fuzz = new QueryFuzz(SEED);
    Random random = new Random(SEED);
    long slowest = 0;
    String slowestTarget = "";
    for (int i = 0; i < REQUESTS; i++) {
      String route = ROUTES[random.nextInt(ROUTES.length)].replace("%s", docId);
      String query = fuzz.next();
      String extra = EXTRAS[random.nextInt(EXTRAS.length)];
      boolean raw = random.nextInt(10) == 0;
      // Every tenth request goes byte for byte: unencoded quotes, spaces, % and high bytes.
      String target = route + (raw ? rawEscape(query) : Http.q(query)) + extra;
      long start = System.nanoTime();
      Http.Answer answer = raw ? http.raw(target) : http.get(target);
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertThat(answer.status())
          .as("request #" + i + " " + QueryFuzz.printable(target))
          .isBetween(200, 499);
      if (millis > slowest) {
        slowest = millis;
        slowestTarget = QueryFuzz.printable(target);
      }
    }
    System.out.printf("http fuzz: %,d requests, slowest %d ms: %s%n", REQUESTS, slowest, slowestTarget);
    assertThat(slowest).as("slowest " + slowestTarget).isLessThan(MAX_MILLIS_PER_REQUEST);
  }

  /** Keeps the request line a request line (no space, CR or LF) and leaves everything else raw. */
  private static String rawEscape(String query) {
    String cut = query.length() > 2_000 ? query.substring(0, 2_000) : query;
    StringBuilder out = new StringBuilder();
    for (char c : cut.toCharArray()) {
      if (c <= ' ' || c == 0x7f) {
        out.append('+');
      } else if (c > 0xff) {
        out.append("%").append(Integer.toHexString(c & 0xff));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
