package no.tolk.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Documents that carry script: in the file name, front matter, title, headings, body, links and
 * broken markup, in every format Tolk reads. Each holds the word {@link #WORD}. Any script that
 * runs sets {@code window.tolkPwned}.
 */
final class HostileCorpus {

  /** The word every hostile document holds, so that one search lists them all. */
  static final String WORD = "angrepstekst";

  static final String SCRIPT = "<script>window.tolkPwned=1</script>";
  static final String IMG = "<img src=x onerror=\"window.tolkPwned=2\">";
  static final String SVG = "<svg onload=\"window.tolkPwned=3\"></svg>";
  static final String JS_URL = "javascript:window.tolkPwned=4";
  static final String BROKEN = "<div><b>uavsluttet <a href=\"" + JS_URL + "\">lenke <i";

  /** A file name that is itself markup. */
  static final String HOSTILE_NAME = "\"><img src=x onerror=window.tolkPwned=5>.md";

  private HostileCorpus() {}

  static void writeInto(Path corpus) throws IOException {
    Path dir = Files.createDirectories(corpus.resolve("hostile"));
    Files.writeString(
        dir.resolve("front-matter.md"),
        "---\n"
            + "title: " + SCRIPT + " Tittel " + IMG + "\n"
            + "source: " + JS_URL + "\n"
            + "author: " + SVG + "\n"
            + "---\n"
            + "# Overskrift " + SCRIPT + "\n\n"
            + "Avsnitt med " + WORD + " og " + IMG + " og " + SVG + ".\n\n"
            + "[klikk her](" + JS_URL + ") og <a href=\"" + JS_URL + "\">rå lenke</a>.\n\n"
            + BROKEN + "\n\n"
            + "<iframe src=\"" + JS_URL + "\"></iframe>\n");
    Files.writeString(
        dir.resolve("page.html"),
        "<html><head><title>" + IMG + " HTML-tittel</title>"
            + "<meta name=\"author\" content=\"" + SCRIPT + "\"></head>"
            + "<body onload=\"window.tolkPwned=6\"><h1>Overskrift " + SVG + "</h1>"
            + "<p>Teksten " + WORD + " inneholder &lt;script&gt;window.tolkPwned=7&lt;/script&gt; "
            + "som tekst.</p><p><a href=\"" + JS_URL + "\">lenke</a> "
            + "<img src=x onerror=\"window.tolkPwned=8\">" + BROKEN + "</body></html>");
    Files.writeString(
        dir.resolve("plain.txt"),
        "</textarea></title>" + SCRIPT + "\n\nRen tekst med " + WORD + " og " + IMG + " og "
            + "\"'><script>window.tolkPwned=9</script> og " + JS_URL + "\n");
    Files.writeString(dir.resolve(HOSTILE_NAME), "Filnavnet er " + WORD + " " + SCRIPT + "\n");
  }
}
