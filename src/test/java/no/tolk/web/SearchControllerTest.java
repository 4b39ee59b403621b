package no.tolk.web;

import static no.tolk.web.TestSearchers.HOSTILE;
import static no.tolk.web.TestSearchers.HOSTILE_IMG;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import io.javalin.testtools.TestCase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import no.tolk.search.Searcher;
import org.junit.jupiter.api.Test;

class SearchControllerTest {

  static Javalin app(Searcher searcher) {
    return WebApp.create(WebConfig.localhost(0), searcher);
  }

  static void withFixture(TestCase test) {
    JavalinTest.test(app(TestSearchers.fixture()), test);
  }

  static String q(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  static String html(Response response) {
    assertThat(response.headers().get("Content-Type")).first().asString().startsWith("text/html");
    return response.body().string();
  }

  @Test
  void search_page_has_one_autofocused_box_and_the_language_filter() {
    withFixture(
        (server, client) -> {
          Response response = client.get("/");
          assertThat(response.code()).isEqualTo(200);
          String page = html(response);
          assertThat(page)
              .contains("name=\"q\"")
              .contains("autofocus")
              .contains("value=\"all\" checked")
              .contains("norsk")
              .contains("English")
              .contains("action=\"/search\"");
        });
  }

  @Test
  void results_show_total_time_marked_snippets_and_document_links() {
    withFixture(
        (server, client) -> {
          String page = html(client.get("/search?q=" + TestSearchers.NB_QUERY));
          assertThat(page)
              .contains("15 results")
              .contains("(3 ms)")
              .contains("<mark>")
              .contains("href=\"/doc/nb-langtidsplan?q=forsvar#b16\"")
              .contains("planer/langtidsplan.pdf")
              .contains("2024-04-05")
              .contains(">norsk<");
        });
  }

  @Test
  void hostile_titles_sections_and_paths_are_escaped_in_results() {
    withFixture(
        (server, client) -> {
          String page = html(client.get("/search?q=angrep"));
          assertThat(page)
              .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
              .doesNotContain(HOSTILE)
              .doesNotContain(HOSTILE_IMG)
              .doesNotContain("<img");
          assertThat(page).contains("<mark>angrep</mark>");
        });
  }

  @Test
  void results_are_paginated_ten_per_page_with_prev_next_and_numbers() {
    withFixture(
        (server, client) -> {
          String first = html(client.get("/search?q=forsvar"));
          assertThat(first.split("class=\"hit\"", -1)).hasSize(11);
          assertThat(first)
              .contains("href=\"/search?q=forsvar&amp;page=2\"")
              .contains("rel=\"next\"")
              .doesNotContain("rel=\"prev\"")
              .contains("aria-current=\"page\">1<");
          String second = html(client.get("/search?q=forsvar&page=2"));
          assertThat(second.split("class=\"hit\"", -1)).hasSize(6);
          assertThat(second)
              .contains("rel=\"prev\" href=\"/search?q=forsvar\"")
              .doesNotContain("rel=\"next\"")
              .contains("aria-current=\"page\">2<");
        });
  }

  @Test
  void language_filter_is_passed_to_the_searcher_and_kept_in_links() {
    withFixture(
        (server, client) -> {
          String english = html(client.get("/search?q=forsvar+defence&lang=en"));
          assertThat(english)
              .contains("6 results")
              .contains("review: budget")
              .doesNotContain("Forsvaret og")
              .contains("value=\"en\" checked");
          String norwegian = html(client.get("/search?q=forsvar+defence&lang=nb"));
          assertThat(norwegian)
              .contains("15 results")
              .doesNotContain("review: budget")
              .contains("/search?q=forsvar+defence&amp;lang=nb&amp;page=2");
        });
  }

  @Test
  void unknown_language_and_bad_page_numbers_fall_back_to_defaults() {
    withFixture(
        (server, client) -> {
          for (String params :
              new String[] {
                "lang=xx&page=abc",
                "lang=&page=-3",
                "lang=NB&page=0",
                "page=1e3",
                "page=99999999999999999999",
                "lang=nb%00&page=%F0%9F%98%80"
              }) {
            Response response = client.get("/search?q=forsvar&" + params);
            assertThat(response.code()).as(params).isEqualTo(200);
            assertThat(response.body().string()).as(params).contains("15 results");
          }
        });
  }

  @Test
  void a_page_past_the_last_result_says_so_and_links_back() {
    withFixture(
        (server, client) -> {
          String page = html(client.get("/search?q=forsvar&page=7"));
          assertThat(page).contains("No more results").contains("href=\"/search?q=forsvar\"");
        });
  }

  @Test
  void empty_query_shows_the_search_page() {
    withFixture(
        (server, client) -> {
          for (String url : new String[] {"/search", "/search?q=", "/search?q=+++&lang=en"}) {
            String page = html(client.get(url));
            assertThat(page).as(url).contains("autofocus").doesNotContain("results");
          }
          assertThat(client.get("/search?q=+&lang=en").body().string())
              .contains("value=\"en\" checked");
        });
  }

  @Test
  void no_hits_show_a_friendly_message_with_the_escaped_query() {
    withFixture(
        (server, client) -> {
          String page = html(client.get("/search?q=" + q("qqq\"><svg/onload=zz(1)>")));
          assertThat(page)
              .contains("No results for")
              .contains("qqq&quot;&gt;&lt;svg/onload=zz(1)&gt;")
              .doesNotContain("<svg");
        });
  }

  @Test
  void the_searchers_notice_is_shown_escaped() {
    withFixture(
        (server, client) -> {
          String page = html(client.get("/search?q=" + q("\"forsvar")));
          assertThat(page)
              .contains("class=\"notice\"")
              .contains("An unmatched quote &quot; was ignored.");
        });
  }

  @Test
  void odd_queries_get_a_results_page_never_an_error() {
    withFixture(
        (server, client) -> {
          String[] queries = {
            "\"unbalanced",
            "a\"b\"c\"",
            "((forsvar",
            "forsvar AND OR NOT",
            "*",
            "?",
            "~2",
            "forsvar^99",
            "😀 forsvar 🇳🇴",
            "<b>forsvar</b>",
            "forsvar\u0000null",
            "\\",
            "]]>",
            "&amp;",
            "%",
            "sekretær æøå ÆØÅ",
            "\u202e\u200b",
            "\uFFFF"
          };
          for (String query : queries) {
            Response response = client.get("/search?q=" + q(query));
            assertThat(response.code()).as(query).isEqualTo(200);
            assertThat(response.body().string()).as(query).doesNotContain("Exception");
          }
        });
  }

  @Test
  void bad_percent_encoding_gets_a_page_not_a_server_error() {
    withFixture(
        (server, client) -> {
          for (String raw :
              new String[] {
                "%",
                "%E0%A4%A",
                "%zz",
                "forsvar%",
                "%C3%28",
                "%00",
                "%ED%A0%80",
                "forsvar&lang=%",
                "forsvar&page=%%"
              }) {
            RawHttp.Answer answer = RawHttp.get(server.port(), "/search?q=" + raw);
            assertThat(answer.status()).as(raw).isEqualTo(200);
            assertThat(answer.text())
                .as(raw)
                .doesNotContain("Exception")
                .doesNotContain("at io.")
                .contains("Content-Security-Policy");
          }
        });
  }

  @Test
  void a_ten_thousand_character_query_gets_a_results_page() {
    withFixture(
        (server, client) -> {
          String query = "forsvar ".repeat(1_250);
          assertThat(query).hasSize(10_000);
          Response response = client.get("/search?q=" + q(query));
          assertThat(response.code()).isEqualTo(200);
          assertThat(response.body().string()).contains("The query was cut to 1,000 characters.");
          Response emoji = client.get("/search?q=" + q("😀".repeat(5_000)));
          assertThat(emoji.code()).isEqualTo(200);
        });
  }

  @Test
  void searcher_failure_shows_a_friendly_500_page_without_the_exception() {
    JavalinTest.test(
        app(TestSearchers.failing()),
        (server, client) -> {
          Response response = client.get("/search?q=forsvar");
          assertThat(response.code()).isEqualTo(500);
          String page = html(response);
          assertThat(page)
              .contains("Something went wrong")
              .doesNotContain("secret")
              .doesNotContain("IllegalStateException");
          assertThat(response.headers().get("Content-Security-Policy"))
              .containsExactly(WebApp.CONTENT_SECURITY_POLICY);
        });
  }
}
