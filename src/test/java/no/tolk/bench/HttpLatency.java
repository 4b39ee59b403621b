package no.tolk.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Search latency through HTTP, one request at a time on one keep-alive connection: GET
 * /api/search?q=…&limit=10 (JSON with snippets), after one warm-up pass.
 *
 * <p>Usage: {@code HttpLatency BASE_URL QUERIES PASSES}
 */
final class HttpLatency {

  public static void main(String[] args) throws Exception {
    String base = args[0];
    List<Query> queries = Query.load(Path.of(args[1]));
    int passes = Integer.parseInt(args[2]);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    Latencies all = new Latencies();
    int errors = 0;
    for (int pass = 0; pass <= passes; pass++) {
      for (Query q : queries) {
        URI uri = URI.create(base + "/api/search?limit=10&q="
            + URLEncoder.encode(q.text(), StandardCharsets.UTF_8));
        long start = System.nanoTime();
        HttpResponse<byte[]> response =
            client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
        long took = System.nanoTime() - start;
        if (response.statusCode() != 200) {
          errors++;
        } else if (pass > 0) {
          all.add(took);
        }
      }
    }
    all.lines("tolk.http").forEach(System.out::println);
    System.out.println("tolk.http.errors\t" + errors);
  }
}
