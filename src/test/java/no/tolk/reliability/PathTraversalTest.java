package no.tolk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import no.tolk.search.SearchRequest;
import no.tolk.testing.IndexedCorpus;
import no.tolk.web.WebApp;
import no.tolk.web.WebConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Documents are addressed by id only: no request target reaches a file by its path, inside the
 * corpus or out of it. The corpus holds a secret next to it and a symlink pointing at it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PathTraversalTest {

  /** Text that exists only outside the corpus: it must never be served or found. */
  static final String SECRET = "hemmelighetsfullt";

  @TempDir static Path dir;
  private IndexedCorpus real;
  private Javalin app;
  private Http http;
  private String docId;

  /** Every route that takes a document id, with {@code %s} where the id goes. */
  static Stream<String> documentRoutes() {
    return Stream.of("/doc/%s", "/doc/%s/file");
  }

  /** Ids that are paths: parent folders, absolute paths, encoded and double-encoded slashes. */
  static Stream<String> hostileIds() {
    return Stream.of(
        "..", "../..", "../../../../etc/passwd", "%2e%2e", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "..%2f..%2fetc%2fpasswd", "%252e%252e%252fetc%252fpasswd", "..%252f..%252fsecret.txt",
        "%2fetc%2fpasswd", "/etc/passwd", "//etc/passwd", "%5c..%5c..%5cwindows", "..\\..\\x",
        "C:%5cWindows%5cwin.ini", "file:%2f%2f%2fetc%2fpasswd", "%00", "x%00.txt", "%c0%ae%c0%ae",
        "nb", "nb%2f2025-11-01-maduro-ber-putin-om-militaer-stotte.txt",
        "nb/2025-11-01-maduro-ber-putin-om-militaer-stotte.txt", "secret.txt", "link.txt",
        "corpus%2flink.txt", "..%2fsecret.txt");
  }

  static Stream<String> hostileTargets() {
    return Stream.concat(
        documentRoutes().flatMap(route -> hostileIds().map(id -> route.replace("%s", id))),
        Stream.of(
            "/static/..", "/static/../templates/layout.html", "/static/%2e%2e/templates/index.html",
            "/static/..%2f..%2fpom.xml", "/static/%252e%252e/%252e%252e/pom.xml",
            "/static/%2e%2e%2f%2e%2e%2fno/tolk/web/WebApp.class", "/static//etc/passwd",
            "/static/..%5c..%5cpom.xml", "/static/tolk.css/..%2f..%2ftemplates/error.html",
            "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..;/..;/etc/passwd",
            "/static/%c0%ae%c0%ae/pom.xml", "/doc/..;/static/tolk.css"));
  }

  @BeforeAll
  void start() throws IOException {
    real = new IndexedCorpus(dir.resolve("inside"));
    Path secret = Files.writeString(dir.resolve("secret.txt"), "Dette er " + SECRET + " tekst.\n");
    Files.createSymbolicLink(real.corpus.resolve("link.txt"), secret);
    Files.createSymbolicLink(real.corpus.resolve("outside"), dir);
    real.index();
    app =
        WebApp.create(
                new WebConfig("127.0.0.1", 0, real.corpus).unlimited(), real.service())
            .start();
    http = new Http(app.port());
    docId = real.service().search(new SearchRequest("Maduro", Optional.empty(), 0, 1))
        .hits().get(0).id();
  }

  @AfterAll
  void stop() throws IOException {
    app.stop();
    real.close();
  }

  /** 404 from Tolk; 400 from Jetty for targets that leave the root, hold NUL or bad UTF-8. */
  @ParameterizedTest
  @MethodSource("hostileTargets")
  void a_path_in_place_of_an_id_finds_nothing(String target) throws IOException {
    Http.Answer answer = http.raw(target);
    assertThat(answer.status()).as(target).isIn(400, 404);
    assertThat(answer.text())
        .as(target)
        .doesNotContain("root:")
        .doesNotContain(SECRET)
        .doesNotContain("<project")
        .doesNotContain("th:text")
        .doesNotContain("Maduro");
  }

  @ParameterizedTest
  @MethodSource("documentRoutes")
  void an_indexed_document_is_served_by_its_id(String route) throws IOException {
    assertThat(http.raw(route.replace("%s", docId)).status()).isEqualTo(200);
  }

  @Test
  void a_symlink_out_of_the_corpus_is_never_indexed() throws Exception {
    assertThat(real.service().search(new SearchRequest(SECRET, Optional.empty(), 0, 10)).total())
        .isZero();
    assertThat(http.get("/api/search?q=" + SECRET).text()).contains("\"total\":0");
  }
}
