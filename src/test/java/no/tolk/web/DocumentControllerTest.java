package no.tolk.web;

import static no.tolk.web.SearchControllerTest.html;
import static no.tolk.web.SearchControllerTest.withFixture;
import static no.tolk.web.TestSearchers.HOSTILE;
import static no.tolk.web.TestSearchers.HOSTILE_IMG;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DocumentControllerTest {

  @Test
  void document_shows_title_facts_metadata_and_a_link_back_to_the_results() {
    withFixture(
        (server, client) -> {
          Response response = client.get("/doc/" + TestSearchers.LONG_ID + "?q=forsvar");
          assertThat(response.code()).isEqualTo(200);
          String page = html(response);
          assertThat(page)
              .contains("Langtidsplan for <mark>forsvarssektoren</mark>")
              .contains(">norsk<")
              .contains("Stortinget")
              .contains("2024-04-05")
              .contains("planer/langtidsplan.pdf")
              .contains("<th scope=\"row\">utgiver</th><td>Forsvarsdepartementet</td>")
              .contains("href=\"/search?q=forsvar\"");
        });
  }

  @Test
  void blocks_render_by_kind_with_anchors() {
    withFixture(
        (server, client) -> {
          String page = html(client.get("/doc/" + TestSearchers.LONG_ID + "?q=forsvar"));
          assertThat(page)
              .contains("<h2 id=\"b0\" lang=\"nb\">Innledning</h2>")
              .contains("<p id=\"b1\" lang=\"nb\">")
              .contains("<h3 id=\"b15\" lang=\"nb\">")
              .contains("<ul class=\"doc-list\">")
              .contains("<li id=\"b16\" lang=\"nb\" class=\"level-1\">")
              .contains("<li id=\"b17\" lang=\"nb\" class=\"level-2\">")
              .contains("<figcaption id=\"b19\"");
          assertThat(page.split("<ul class=\"doc-list\">", -1)).hasSize(2);
        });
  }

  @Test
  void every_mark_gets_a_numbered_id_in_document_order() {
    withFixture(
        (server, client) -> {
          String page = html(client.get("/doc/" + TestSearchers.LONG_ID + "?q=forsvar"));
          Matcher marks = Pattern.compile("<mark id=\"m(\\d+)\">").matcher(page);
          int expected = 0;
          while (marks.find()) {
            assertThat(Integer.parseInt(marks.group(1))).isEqualTo(expected++);
          }
          assertThat(expected).isEqualTo(5);
          assertThat(page)
              .contains("data-count=\"5\"")
              .contains("5 matches")
              .contains("id=\"next-match\" href=\"#m0\"");
        });
  }

  @Test
  void hostile_title_metadata_and_text_are_escaped() {
    withFixture(
        (server, client) -> {
          String page =
              html(
                  client.get(
                      "/doc/"
                          + TestSearchers.HOSTILE_ID
                          + "?q="
                          + SearchControllerTest.q(HOSTILE)));
          assertThat(page)
              .doesNotContain(HOSTILE)
              .doesNotContain(HOSTILE_IMG)
              .doesNotContain("<img")
              .doesNotContain("\"><script>")
              .contains("&lt;<mark id=\"m0\">script</mark>&gt;")
              .contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>");
        });
  }

  @Test
  void document_without_a_query_has_no_marks() {
    withFixture(
        (server, client) -> {
          String page = html(client.get("/doc/nb-0"));
          assertThat(page)
              .doesNotContain("<mark")
              .contains("0 matches")
              .doesNotContain("next-match");
        });
  }

  @Test
  void unknown_document_is_a_friendly_404_page() {
    withFixture(
        (server, client) -> {
          for (String id :
              new String[] {"nope", "%3Cscript%3E", "..%2F..%2Fetc%2Fpasswd", "%F0%9F%98%80"}) {
            Response response = client.get("/doc/" + id + "?q=x");
            assertThat(response.code()).as(id).isEqualTo(404);
            assertThat(response.body().string())
                .as(id)
                .contains("Page not found")
                .doesNotContain("<script>");
          }
        });
  }

  @Test
  void searcher_failure_on_a_document_is_a_friendly_500() {
    JavalinTest.test(
        SearchControllerTest.app(TestSearchers.failing()),
        (server, client) -> {
          Response response = client.get("/doc/nb-0?q=x");
          assertThat(response.code()).isEqualTo(500);
          assertThat(html(response)).contains("Something went wrong").doesNotContain("secret");
        });
  }
}
