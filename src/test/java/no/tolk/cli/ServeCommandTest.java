package no.tolk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tolk serve} in its own JVM, as a user starts it. */
class ServeCommandTest {

  @TempDir Path dir;

  @Test
  void first_serve_finds_everything_as_soon_as_it_answers() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process serve =
        new ProcessBuilder(
                java, "-cp", System.getProperty("java.class.path"), "no.tolk.cli.Main", "serve",
                "--corpus", "corpus", "--index", dir.resolve("index").toString(),
                "--port", String.valueOf(port), "--no-watch")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("serve.log").toFile())
            .start();
    try {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      String base = "http://127.0.0.1:" + port;
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      HttpResponse<String> health = null;
      while (System.nanoTime() < deadline) {
        try {
          health = http.send(HttpRequest.newBuilder(URI.create(base + "/api/health")).build(),
              HttpResponse.BodyHandlers.ofString());
          break;
        } catch (IOException notYet) {
          Thread.sleep(200);
        }
      }
      assertThat(health).as("serve answered within 90 s").isNotNull();
      assertThat(health.statusCode()).isEqualTo(200);
      // The very first search on a fresh index already finds the corpus.
      HttpResponse<String> search =
          http.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q=Maduro")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(search.body()).contains("\"total\":2");
    } finally {
      serve.destroy();
      serve.waitFor();
    }
  }
}
