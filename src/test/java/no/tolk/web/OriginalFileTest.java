package no.tolk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import no.tolk.analysis.Analyzers;
import no.tolk.analysis.LanguageDetector;
import no.tolk.index.Indexer;
import no.tolk.search.Hit;
import no.tolk.search.SearchRequest;
import no.tolk.search.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OriginalFileTest {

  @TempDir Path dir;

  private record Setup(Path corpus, SearchService service) {
    String idOf(String query) {
      return service.search(new SearchRequest(query, Optional.empty(), 0, 1)).hits().stream()
          .map(Hit::id).findFirst().orElseThrow();
    }
  }

  private Setup indexed() throws IOException {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus.resolve("notes"));
    Files.writeString(corpus.resolve("notes/fjord.md"), "# Fjordferge\n\nKaffen om bord er kald.\n");
    Files.writeString(corpus.resolve("page.html"),
        "<html><head><title>Side</title></head><body><p>Bussen går klokka ti.</p>"
            + "<script>window.pwned=1</script></body></html>");
    Files.writeString(corpus.resolve("secret-link.md"), "# Lenke\n\nHemmelig lenke her.\n");
    Analyzers analyzers = new Analyzers();
    new Indexer(analyzers, new LanguageDetector()).update(corpus, dir.resolve("index"));
    return new Setup(corpus, SearchService.open(dir.resolve("index"), analyzers));
  }

  @Test
  void indexed_document_serves_its_original_bytes() throws IOException {
    Setup setup = indexed();
    try (SearchService service = setup.service()) {
      String id = setup.idOf("kaffen");
      JavalinTest.test(WebApp.create(new WebConfig("127.0.0.1", 0, setup.corpus()), service),
          (server, client) -> {
            Response response = client.get("/doc/" + id + "/file");
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.body().string()).isEqualTo("# Fjordferge\n\nKaffen om bord er kald.\n");
            assertThat(response.headers().get("Content-Disposition")).first().asString()
                .startsWith("inline; filename*=UTF-8''fjord.md");
            String page = client.get("/doc/" + id).body().string();
            assertThat(page).contains("href=\"/doc/" + id + "/file\"");
            // The leading "# Fjordferge" is the title: shown once as such, not again as a heading.
            assertThat(page.split("Fjordferge", -1)).as("<title> and <h1> only").hasSize(3);
          });
    }
  }

  @Test
  void stored_web_page_is_shown_in_a_sandbox_that_runs_no_script() throws IOException {
    Setup setup = indexed();
    try (SearchService service = setup.service()) {
      String id = setup.idOf("bussen");
      JavalinTest.test(WebApp.create(new WebConfig("127.0.0.1", 0, setup.corpus()), service),
          (server, client) -> {
            Response response = client.get("/doc/" + id + "/file");
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.headers().get("Content-Security-Policy")).first().asString()
                .startsWith("sandbox;");
          });
    }
  }

  @Test
  void ids_paths_and_links_out_of_the_corpus_all_get_404() throws IOException {
    Setup setup = indexed();
    Path outside = Files.writeString(dir.resolve("outside.txt"), "private");
    try (SearchService service = setup.service()) {
      String linked = setup.idOf("hemmelig");
      // The indexed file is swapped for a link to a file outside the corpus after indexing.
      Files.delete(setup.corpus().resolve("secret-link.md"));
      Files.createSymbolicLink(setup.corpus().resolve("secret-link.md"), outside);
      JavalinTest.test(WebApp.create(new WebConfig("127.0.0.1", 0, setup.corpus()), service),
          (server, client) -> {
            assertThat(client.get("/doc/" + linked + "/file").code()).isEqualTo(404);
            for (String path : new String[] {
                "/doc/nonexistent/file", "/doc/..%2F..%2Foutside.txt/file",
                "/doc/%2e%2e/file", "/doc/..%252F..%252Foutside.txt/file",
                "/doc//etc/passwd/file", "/doc/%2Fetc%2Fpasswd/file"}) {
              Response response = client.get(path);
              assertThat(response.code()).as(path).isIn(400, 404);
              assertThat(response.body().string()).as(path).doesNotContain("private", "root:");
            }
          });
      // Without a corpus folder configured, no original is served at all.
      String id = setup.idOf("kaffen");
      JavalinTest.test(WebApp.create(new WebConfig("127.0.0.1", 0), service),
          (server, client) -> assertThat(client.get("/doc/" + id + "/file").code()).isEqualTo(404));
    }
  }

  @Test
  void deleted_file_gets_404_not_an_error() throws IOException {
    Setup setup = indexed();
    try (SearchService service = setup.service()) {
      String id = setup.idOf("kaffen");
      Files.delete(setup.corpus().resolve("notes/fjord.md"));
      JavalinTest.test(WebApp.create(new WebConfig("127.0.0.1", 0, setup.corpus()), service),
          (server, client) -> assertThat(client.get("/doc/" + id + "/file").code()).isEqualTo(404));
    }
  }
}
