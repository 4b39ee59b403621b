package no.tolk.web;

import static no.tolk.web.SearchControllerTest.q;
import static no.tolk.web.SearchControllerTest.withFixture;
import static no.tolk.web.TestSearchers.HOSTILE;
import static no.tolk.web.TestSearchers.HOSTILE_IMG;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode json(Response response) throws Exception {
    assertThat(response.headers().get("Content-Type"))
        .first()
        .asString()
        .startsWith("application/json");
    return JSON.readTree(response.body().string());
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void api_answers_with_exactly_the_documented_shape() {
    withFixture(
        (server, client) -> {
          Response response = client.get("/api/search?q=forsvar");
          assertThat(response.code()).isEqualTo(200);
          JsonNode body = json(response);
          assertThat(fieldNames(body))
              .containsExactly("query", "total", "totalIsLowerBound", "tookMs", "notice", "hits");
          assertThat(body.get("query").asText()).isEqualTo("forsvar");
          assertThat(body.get("total").asLong()).isEqualTo(15);
          assertThat(body.get("totalIsLowerBound").asBoolean()).isFalse();
          assertThat(body.get("notice").asText()).isEmpty();
          assertThat(body.get("hits")).hasSize(10);
          JsonNode hit = body.get("hits").get(0);
          assertThat(fieldNames(hit))
              .containsExactly(
                  "id", "path", "title", "lang", "section", "page", "date", "score", "snippets",
                  "url");
          assertThat(hit.get("page").isNull()).as("no pages in a text document").isTrue();
          assertThat(hit.get("id").asText()).isEqualTo(TestSearchers.LONG_ID);
          assertThat(hit.get("lang").asText()).isEqualTo("nb");
          assertThat(hit.get("date").asText()).isEqualTo("2024-04-05");
          assertThat(hit.get("snippets").get(0).asText()).contains("<mark>");
          assertThat(hit.get("url").asText()).isEqualTo("/doc/nb-langtidsplan?q=forsvar#b15");
        });
  }

  @Test
  void api_dates_are_null_when_unknown_and_urls_encode_the_query() {
    withFixture(
        (server, client) -> {
          JsonNode body = json(client.get("/api/search?lang=en&q=" + q("budget & defence")));
          JsonNode budget =
              body.get("hits").findParents("id").stream()
                  .filter(h -> h.get("id").asText().equals("en-0"))
                  .findFirst()
                  .orElseThrow();
          assertThat(budget.get("date").isNull()).isTrue();
          assertThat(budget.get("lang").asText()).isEqualTo("en");
          assertThat(budget.get("url").asText()).isEqualTo("/doc/en-0?q=budget+%26+defence#b1");
        });
  }

  @Test
  void api_honours_limit_offset_and_language() {
    withFixture(
        (server, client) -> {
          assertThat(json(client.get("/api/search?q=forsvar&limit=3")).get("hits")).hasSize(3);
          JsonNode tail = json(client.get("/api/search?q=forsvar&limit=10&offset=10"));
          assertThat(tail.get("hits")).hasSize(5);
          JsonNode english = json(client.get("/api/search?q=forsvar+defence&lang=en&limit=100"));
          assertThat(english.get("total").asLong()).isEqualTo(6);
          english.get("hits").forEach(h -> assertThat(h.get("lang").asText()).isEqualTo("en"));
        });
  }

  @Test
  void api_bad_numbers_fall_back_to_defaults_and_limit_is_capped_at_100() {
    withFixture(
        (server, client) -> {
          for (String params :
              new String[] {
                "limit=abc&offset=xyz",
                "limit=-5&offset=-5",
                "limit=0",
                "limit=1.5&offset=1e9",
                "limit=99999999999999999999999",
                "limit=&offset=",
                "lang=zz"
              }) {
            Response response = client.get("/api/search?q=forsvar&" + params);
            assertThat(response.code()).as(params).isEqualTo(200);
            assertThat(json(response).get("total").asLong()).as(params).isEqualTo(15);
          }
          assertThat(json(client.get("/api/search?q=forsvar&limit=abc")).get("hits")).hasSize(10);
          assertThat(json(client.get("/api/search?q=forsvar&limit=1000")).get("hits")).hasSize(15);
          assertThat(json(client.get("/api/search?q=forsvar&offset=99999999999")).get("hits"))
              .isEmpty();
        });
  }

  @Test
  void api_never_contains_raw_markup_but_decodes_to_marked_snippets() {
    withFixture(
        (server, client) -> {
          Response response = client.get("/api/search?q=angrep+teksten");
          String raw = response.body().string();
          assertThat(raw).doesNotContain(HOSTILE).doesNotContain(HOSTILE_IMG).doesNotContain("<");
          JsonNode hit = JSON.readTree(raw).get("hits").get(0);
          assertThat(hit.get("title").asText()).startsWith(HOSTILE);
          assertThat(hit.get("snippets").get(0).asText()).contains("&lt;script&gt;");
          assertThat(raw).contains("\\u003Cmark\\u003E");
        });
  }

  @Test
  void api_tells_how_the_query_was_read() {
    withFixture(
        (server, client) -> {
          // The searcher's notice, as the results page shows it.
          JsonNode body = json(client.get("/api/search?q=" + q("\"forsvar")));
          assertThat(body.get("notice").asText()).isEqualTo("An unmatched quote \" was ignored.");
          assertThat(body.get("total").asLong()).isEqualTo(15);
        });
  }

  @Test
  void api_empty_query_returns_no_hits() {
    withFixture(
        (server, client) -> {
          JsonNode body = json(client.get("/api/search"));
          assertThat(body.get("total").asLong()).isZero();
          assertThat(body.get("hits")).isEmpty();
        });
  }

  @Test
  void api_odd_and_huge_queries_get_json_never_a_500() {
    withFixture(
        (server, client) -> {
          for (String query :
              new String[] {
                "\"", "forsvar\u0000", "😀".repeat(100), "x".repeat(10_000), "<b>", "((", "\uD800"
              }) {
            Response response = client.get("/api/search?q=" + q(query));
            assertThat(response.code()).isEqualTo(200);
            assertThat(json(response).has("hits")).isTrue();
          }
          RawHttp.Answer bad = RawHttp.get(server.port(), "/api/search?q=%E0%A4%A&limit=%");
          assertThat(bad.status()).isEqualTo(200);
        });
  }

  @Test
  void api_failure_is_json_error_without_the_exception() {
    JavalinTest.test(
        SearchControllerTest.app(TestSearchers.failing()),
        (server, client) -> {
          Response response = client.get("/api/search?q=forsvar");
          assertThat(response.code()).isEqualTo(500);
          JsonNode body = json(response);
          assertThat(fieldNames(body)).containsExactly("error");
          assertThat(response.body().string()).doesNotContain("secret").doesNotContain("Exception");
        });
  }
}
