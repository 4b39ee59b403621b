package no.tolk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import no.tolk.testing.IndexedCorpus;
import no.tolk.web.WebApp;
import no.tolk.web.WebConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import no.tolk.testing.HeadlessChromium;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Real Chromium over a really indexed hostile corpus: results, every document page, the JSON API
 * and hostile queries show the markup as text, and no script, handler or javascript: URL runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileBrowserTest {


  @TempDir static Path dir;
  private IndexedCorpus real;
  private Javalin app;
  private ChromeDriver driver;
  private HeadlessChromium chromium;

  @BeforeAll
  void start() throws IOException {
    chromium = HeadlessChromium.start();
    real = new IndexedCorpus(dir);
    HostileCorpus.writeInto(real.corpus);
    real.index();
    app = WebApp.create(WebConfig.localhost(0).unlimited(), real.service()).start();
    driver = chromium.driver();
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
  }

  @AfterAll
  void stop() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
    if (app != null) {
      app.stop();
    }
    if (real != null) {
      real.close();
    }
  }

  @Test
  void results_and_every_hostile_document_show_markup_as_text_and_run_nothing() {
    visit("/search?q=" + HostileCorpus.WORD);
    List<WebElement> titles = driver.findElements(By.cssSelector(".hit-title a"));
    assertThat(titles).as("every hostile document is found").hasSize(4);
    String results = bodyText();
    assertThat(results).contains("<script>").contains("onerror=");
    List<String> links = titles.stream().map(a -> a.getAttribute("href")).toList();
    for (String link : links) {
      assertThat(link).startsWith(base() + "/doc/");
      visit(link.substring(base().length()));
      assertThat(bodyText()).as(link).contains(HostileCorpus.WORD);
    }
    visit(links.get(0).substring(base().length()) + "&q=" + Http.q(HostileCorpus.SCRIPT));
  }

  @Test
  void front_matter_title_and_file_name_are_shown_as_written() {
    visit("/search?q=" + Http.q("Tittel " + HostileCorpus.WORD));
    assertThat(bodyText()).contains(HostileCorpus.SCRIPT + " Tittel");
    visit("/search?q=Filnavnet");
    assertThat(bodyText()).contains("onerror=window.tolkPwned=5>");
  }

  @Test
  void hostile_queries_are_echoed_as_text() {
    for (String query :
        List.of(
            HostileCorpus.SCRIPT + " " + HostileCorpus.WORD,
            "\"><img src=x onerror=window.tolkPwned=10>",
            "</title><script>window.tolkPwned=11</script>",
            "'-alert(1)-' " + HostileCorpus.JS_URL)) {
      visit("/search?q=" + Http.q(query));
      assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo(query);
      visit("/?q=" + Http.q(query));
    }
  }

  @Test
  void the_json_api_carries_markup_only_as_escaped_text() {
    visit("/api/search?q=" + HostileCorpus.WORD);
    String json = bodyText();
    assertThat(json).contains("\\u003Cscript\\u003E").doesNotContain("<script>");
  }

  /** Loads a page and checks that nothing hostile ran or was parsed as markup. */
  private void visit(String path) {
    driver.get(base() + path);
    JavascriptExecutor js = driver;
    assertThat(js.executeScript("return window.tolkPwned === undefined")).as(path).isEqualTo(true);
    assertThat(js.executeScript("return document.images.length")).as(path).isEqualTo(0L);
    assertThat(
            js.executeScript(
                "return document.querySelectorAll('script:not([src]), iframe, svg, object, embed,"
                    + " [onerror], [onload], [href^=\"javascript:\" i], [src^=\"javascript:\" i]')"
                    + ".length"))
        .as(path)
        .isEqualTo(0L);
    assertThatThrownBy(() -> driver.switchTo().alert())
        .as(path)
        .isInstanceOf(NoAlertPresentException.class);
  }

  private String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  private String base() {
    return "http://127.0.0.1:" + app.port();
  }
}
