package no.tolk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import no.tolk.search.SearchService;
import no.tolk.search.Searcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import no.tolk.testing.HeadlessChromium;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Real Chromium against the running app: search, open a passage, step through matches. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private Javalin app;
  private Javalin hostileApp;
  private ChromeDriver driver;
  private WebDriverWait wait;
  private HeadlessChromium chromium;
  private SearchService journeySearcher;

  /** The searcher behind the journey test: the real corpus. */
  protected Searcher searcher() throws IOException {
    journeySearcher = TestSearchers.forBrowser();
    return journeySearcher;
  }

  /** A query with several hits in {@link #searcher()}'s documents. */
  protected String query() {
    return TestSearchers.BROWSER_QUERY;
  }

  @BeforeAll
  void startBrowserAndApp() throws IOException {
    chromium = HeadlessChromium.start();
    app = WebApp.create(WebConfig.localhost(0), searcher()).start();
    hostileApp = WebApp.create(WebConfig.localhost(0), TestSearchers.fixture()).start();
    driver = chromium.driver();
    wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  void stop() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
    if (app != null) {
      app.stop();
    }
    if (hostileApp != null) {
      hostileApp.stop();
    }
    if (journeySearcher != null) {
      journeySearcher.close();
    }
  }

  @Test
  void reader_searches_opens_a_passage_and_steps_through_matches() throws IOException {
    driver.manage().window().setSize(new Dimension(1280, 900));
    driver.get(base(app) + "/");
    screenshot("1-home");
    WebElement box = driver.findElement(By.id("q"));
    assertThat(driver.switchTo().activeElement()).isEqualTo(box);
    box.sendKeys(query(), Keys.ENTER);

    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit")));
    assertThat(driver.getCurrentUrl()).contains("/search?q=");
    assertThat(driver.findElements(By.cssSelector(".hits mark"))).isNotEmpty();
    screenshot("2-results");

    // the passage deepest into its document, so that landing on it needs a scroll
    List<WebElement> snippets = driver.findElements(By.cssSelector("a.snippet"));
    assertThat(snippets).isNotEmpty();
    WebElement snippet =
        snippets.stream().max(Comparator.comparingInt(BrowserTest::blockOf)).orElseThrow();
    String anchor = "b" + blockOf(snippet);
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", snippet);
    snippet.click();

    wait.until(ExpectedConditions.urlContains("/doc/"));
    WebElement block = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(anchor)));
    assertThat(inViewport(block)).as("block " + anchor + " scrolled into view").isTrue();
    assertThat(block.findElements(By.tagName("mark"))).as("the clicked passage is highlighted")
        .isNotEmpty();
    assertThat(driver.findElements(By.cssSelector(".doc-body mark"))).isNotEmpty();
    WebElement status = driver.findElement(By.id("match-status"));
    wait.until(
        ExpectedConditions.textMatches(
            By.id("match-status"), java.util.regex.Pattern.compile("match \\d+ of \\d+")));
    String before = status.getText();
    String currentBefore = currentMarkId();
    screenshot("3-document");

    driver.findElement(By.id("next-match")).click();
    wait.until(d -> !status.getText().equals(before));
    assertThat(currentMarkId()).isNotEqualTo(currentBefore);
    assertThat(driver.findElements(By.cssSelector("mark.current"))).hasSize(1);
    screenshot("4-next-match");

    driver.manage().window().setSize(new Dimension(390, 844));
    driver.navigate().back();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit")));
    screenshot("5-results-mobile");
    driver.manage().window().setSize(new Dimension(1280, 900));
  }

  @Test
  void hostile_content_shows_as_text_and_runs_no_script() throws IOException {
    driver.get(base(hostileApp) + "/search?q=angrep+teksten");
    WebElement title =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit-title a")));
    assertThat(title.getText()).contains(TestSearchers.HOSTILE).contains("<img src=x onerror=");
    assertNoScriptRan();
    screenshot("6-hostile-results");

    title.click();
    wait.until(ExpectedConditions.urlContains("/doc/" + TestSearchers.HOSTILE_ID));
    assertThat(driver.findElement(By.cssSelector(".doc-title")).getText())
        .contains(TestSearchers.HOSTILE);
    assertThat(driver.findElement(By.cssSelector(".metadata")).getText())
        .contains(TestSearchers.HOSTILE)
        .contains("<img src=x onerror=");
    assertNoScriptRan();
    screenshot("7-hostile-document");
  }

  @Test
  void unknown_page_is_friendly() throws IOException {
    driver.get(base(hostileApp) + "/doc/no-such-document");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
    screenshot("8-not-found");
  }

  private void assertNoScriptRan() {
    JavascriptExecutor js = driver;
    assertThat(js.executeScript("return window.tolkPwned === undefined")).isEqualTo(true);
    assertThat(js.executeScript("return document.images.length")).isEqualTo(0L);
    assertThat(js.executeScript("return document.querySelectorAll('script:not([src])').length"))
        .isEqualTo(0L);
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
  }

  private String currentMarkId() {
    return driver.findElement(By.cssSelector("mark.current")).getAttribute("id");
  }

  private boolean inViewport(WebElement element) {
    Object visible =
        driver.executeScript(
            "const r = arguments[0].getBoundingClientRect();"
                + " return r.bottom > 0 && r.top < window.innerHeight;",
            element);
    return Boolean.TRUE.equals(visible);
  }

  private static int blockOf(WebElement link) {
    String href = link.getAttribute("href");
    int hash = href.lastIndexOf("#b");
    return hash < 0 ? -1 : Integer.parseInt(href.substring(hash + 2));
  }

  private static String base(Javalin javalin) {
    return "http://127.0.0.1:" + javalin.port();
  }

  private void screenshot(String name) throws IOException {
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
