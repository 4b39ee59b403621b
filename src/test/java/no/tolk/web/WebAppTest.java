package no.tolk.web;

import static no.tolk.web.SearchControllerTest.app;
import static no.tolk.web.SearchControllerTest.withFixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebAppTest {

  private static final String[] PATHS = {
    "/", "/search?q=forsvar", "/search?q=zzzqx", "/doc/nb-0?q=forsvar", "/doc/missing",
    "/api/search?q=forsvar", "/api/health", "/static/tolk.css", "/static/tolk.js", "/no/such/page",
    "/static/missing.css", "/api/nothing"
  };

  @Test
  void every_response_carries_the_security_headers_and_no_server_version() {
    withFixture(
        (server, client) -> {
          for (String path : PATHS) {
            Response response = client.get(path);
            Map<String, String> expected = WebApp.SECURITY_HEADERS;
            expected.forEach(
                (name, value) ->
                    assertThat(response.headers().get(name))
                        .as(path + " " + name)
                        .containsExactly(value));
            assertThat(response.headers().get("Server")).as(path).isNullOrEmpty();
            assertThat(response.headers().get("X-Powered-By")).as(path).isNullOrEmpty();
          }
        });
  }

  @Test
  void head_answers_with_the_status_and_type_of_get_and_no_body() {
    withFixture(
        (server, client) -> {
          HttpClient http = HttpClient.newHttpClient();
          for (String path :
              List.of("/", "/search?q=forsvar", "/api/search?q=forsvar", "/doc/nb-0?q=forsvar",
                  "/static/tolk.css", "/doc/missing")) {
            Response get = client.get(path);
            HttpResponse<byte[]> head =
                http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(head.statusCode()).as(path).isEqualTo(get.code());
            assertThat(head.headers().firstValue("Content-Type"))
                .as(path)
                .hasValue(get.headers().get("Content-Type").get(0));
            assertThat(head.body()).as(path).isEmpty();
          }
        });
  }

  @Test
  void static_css_and_js_are_served_with_their_types() {
    withFixture(
        (server, client) -> {
          Response css = client.get("/static/tolk.css");
          assertThat(css.code()).isEqualTo(200);
          assertThat(css.headers().get("Content-Type")).first().asString().startsWith("text/css");
          Response js = client.get("/static/tolk.js");
          assertThat(js.code()).isEqualTo(200);
          assertThat(js.headers().get("Content-Type")).first().asString().contains("javascript");
        });
  }

  @Test
  void static_files_are_revalidated_with_their_etag_and_unknown_names_are_not_found() {
    withFixture(
        (server, client) -> {
          Response css = client.get("/static/tolk.css");
          String etag = css.headers().get("ETag").get(0);
          assertThat(etag).matches("\"[0-9a-f]{32}\"");
          assertThat(css.headers().get("Cache-Control")).containsExactly("no-cache");
          assertThat(css.body().string()).contains("{");
          Response again = client.get("/static/tolk.css", req -> req.header("If-None-Match", etag));
          assertThat(again.code()).isEqualTo(304);
          assertThat(again.body().string()).isEmpty();
          Response js = client.get("/static/tolk.js", req -> req.header("If-None-Match", etag));
          assertThat(js.code()).as("another file's etag").isEqualTo(200);
          assertThat(client.get("/static/missing.css").code()).isEqualTo(404);
          assertThat(client.get("/static/tolk.css.bak").code()).isEqualTo(404);
        });
  }

  @Test
  void pages_have_no_inline_script_or_style() {
    withFixture(
        (server, client) -> {
          for (String path :
              new String[] {"/", "/search?q=forsvar", "/doc/nb-langtidsplan?q=forsvar", "/x"}) {
            String page = client.get(path).body().string();
            assertThat(page)
                .as(path)
                .doesNotContainPattern("<script(?![^>]*\\bsrc=)")
                .doesNotContain("style=")
                .doesNotContain("<style")
                .doesNotContainPattern(" on[a-z]+=");
          }
        });
  }

  @Test
  void unknown_route_is_a_friendly_404_page_and_json_under_api() {
    withFixture(
        (server, client) -> {
          Response page = client.get("/no/such/page");
          assertThat(page.code()).isEqualTo(404);
          assertThat(SearchControllerTest.html(page))
              .contains("Page not found")
              .contains("name=\"q\"");
          Response api = client.get("/api/nothing");
          assertThat(api.code()).isEqualTo(404);
          assertThat(api.body().string()).isEqualTo("{\"error\":\"Page not found\"}");
        });
  }

  @Test
  void health_is_ok_when_the_searcher_is_ready() {
    withFixture(
        (server, client) -> {
          Response response = client.get("/api/health");
          assertThat(response.code()).isEqualTo(200);
          assertThat(response.body().string()).isEqualTo("{\"status\":\"ok\"}");
        });
  }

  @Test
  void health_is_503_until_the_searcher_is_ready() {
    JavalinTest.test(
        app(TestSearchers.notReady()),
        (server, client) -> {
          Response response = client.get("/api/health");
          assertThat(response.code()).isEqualTo(503);
          assertThat(response.headers().get("Content-Type"))
              .first()
              .asString()
              .startsWith("application/json");
        });
  }

  @Test
  void a_broken_request_line_never_shows_a_stack_trace() throws Exception {
    withFixture(
        (server, client) -> {
          for (String target :
              new String[] {"/doc/%", "/%zz", "/search?q=" + "a".repeat(200_000)}) {
            RawHttp.Answer answer = RawHttp.get(server.port(), target);
            assertThat(answer.status()).as(target).isLessThan(500);
            assertThat(answer.text())
                .as(target)
                .doesNotContain("Exception")
                .doesNotContain("jetty")
                .doesNotContain("badMessage")
                .contains(WebApp.CONTENT_SECURITY_POLICY);
          }
        });
  }
}
