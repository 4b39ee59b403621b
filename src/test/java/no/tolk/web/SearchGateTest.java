package no.tolk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import no.tolk.search.DocumentView;
import no.tolk.search.SearchRequest;
import no.tolk.search.SearchResult;
import no.tolk.search.Searcher;
import org.junit.jupiter.api.Test;

/** Searches over HTTP run at most one per core at once; the others wait, and all are answered. */
class SearchGateTest {

  /** Takes a while per search and records how many ran at the same time. */
  static final class SlowSearcher implements Searcher {
    final AtomicInteger inside = new AtomicInteger();
    final AtomicInteger most = new AtomicInteger();
    final AtomicInteger done = new AtomicInteger();

    @Override
    public SearchResult search(SearchRequest request) {
      most.accumulateAndGet(inside.incrementAndGet(), Math::max);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        inside.decrementAndGet();
        done.incrementAndGet();
      }
      return new SearchResult(request.query(), 0, 100, List.of(), "");
    }

    @Override
    public Optional<DocumentView> document(String id, String query) {
      return Optional.empty();
    }

    @Override
    public boolean ready() {
      return true;
    }
  }

  @Test
  void at_most_one_search_per_core_runs_at_once_and_every_request_is_answered() {
    int cores = Runtime.getRuntime().availableProcessors();
    SlowSearcher slow = new SlowSearcher();
    JavalinTest.test(
        WebApp.create(new WebConfig("127.0.0.1", 0, null, 0), slow),
        (server, client) -> {
          HttpClient http = HttpClient.newHttpClient();
          List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
          for (int i = 0; i < 4 * cores; i++) {
            String path = (i % 2 == 0 ? "/api/search?q=q" : "/search?q=q") + i;
            answers.add(
                http.sendAsync(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .build(),
                    HttpResponse.BodyHandlers.ofString()));
          }
          for (CompletableFuture<HttpResponse<String>> answer : answers) {
            assertThat(answer.join().statusCode()).isEqualTo(200);
          }
          assertThat(slow.done.get()).isEqualTo(4 * cores);
          assertThat(slow.most.get()).isEqualTo(cores);
        });
  }
}
