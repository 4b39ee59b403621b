package no.tolk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReaderTest {

  private static final String PAGE =
      """
      <!doctype html>
      <html lang="nb-NO">
      <head>
        <title>Maduro ber Putin om støtte</title>
        <meta name="author" content="Kari Nordmann">
        <meta property="article:published_time" content="2025-11-01T08:00:00Z">
        <style>body { color: red }</style>
        <script>var tracking = "secret";</script>
      </head>
      <body>
        <header><a href="/">Geopolitika</a></header>
        <nav><ul><li>Forsiden</li><li>Verden</li></ul></nav>
        <div id="cookie-consent">Vi bruker informasjonskapsler</div>
        <div class="breadcrumb">Hjem › Verden</div>
        <h1>Utenfor artikkelen</h1>
        <article>
          <header><h1>Maduro ber Putin om militær støtte</h1></header>
          <div class="share-buttons">Del på Facebook</div>
          <p>Venezuelas president har bedt Russland om <b>militær</b> støtte.</p>
          <script>document.write("injected")</script>
          <p>Koden &lt;script&gt;alert(1)&lt;/script&gt; er tekst, ikke et skript.</p>
          <h2>Ber om missiler</h2>
          <ul><li>Fjorten missilenheter<ul><li>Luftvern</li></ul></li><li>Reparasjoner</li></ul>
          <figure><img src="p.jpg" alt="Putin">
            <figcaption>Putin i 2017. Foto: Kreml</figcaption></figure>
          <blockquote><p>Den viktigste avskrekkingen.</p></blockquote>
          <pre>kode   med   mellomrom</pre>
          <table><tr><td>Su-30MK2</td><td>12</td></tr></table>
          <aside class="related">Les også: noe annet</aside>
          <div>Løs tekst i en div<p>og et avsnitt</p></div>
          <form><input value="Abonner"></form>
        </article>
        <footer>Kontakt oss</footer>
        <div class="newsletter-signup">Meld deg på nyhetsbrevet</div>
      </body>
      </html>
      """;

  @TempDir Path dir;

  private SourceDocument read(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return DocumentReaders.read(file, name);
  }

  @Test
  void page_metadata_comes_from_title_lang_and_meta_tags() throws IOException {
    SourceDocument doc = read("side.html", PAGE.getBytes(StandardCharsets.UTF_8));
    assertThat(doc.title()).isEqualTo("Maduro ber Putin om støtte");
    assertThat(doc.declaredLanguage()).isEqualTo(Locale.forLanguageTag("nb-NO"));
    assertThat(doc.date()).isEqualTo(LocalDate.of(2025, 11, 1));
    assertThat(doc.metadata()).containsEntry("author", "Kari Nordmann");
  }

  @Test
  void only_the_article_is_read_without_scripts_navigation_or_banners() throws IOException {
    SourceDocument doc = read("side.htm", PAGE.getBytes(StandardCharsets.UTF_8));
    String heading = "Maduro ber Putin om militær støtte";
    assertThat(doc.blocks())
        .extracting(Block::kind, Block::text, Block::section, Block::level)
        .containsExactly(
            tuple(Block.Kind.HEADING, heading, heading, 1),
            tuple(
                Block.Kind.PARAGRAPH,
                "Venezuelas president har bedt Russland om militær støtte.",
                heading,
                0),
            tuple(
                Block.Kind.PARAGRAPH,
                "Koden <script>alert(1)</script> er tekst, ikke et skript.",
                heading,
                0),
            tuple(Block.Kind.HEADING, "Ber om missiler", "Ber om missiler", 2),
            tuple(Block.Kind.LIST_ITEM, "Fjorten missilenheter", "Ber om missiler", 1),
            tuple(Block.Kind.LIST_ITEM, "Luftvern", "Ber om missiler", 2),
            tuple(Block.Kind.LIST_ITEM, "Reparasjoner", "Ber om missiler", 1),
            tuple(Block.Kind.CAPTION, "Putin i 2017. Foto: Kreml", "Ber om missiler", 0),
            tuple(Block.Kind.PARAGRAPH, "Den viktigste avskrekkingen.", "Ber om missiler", 0),
            tuple(Block.Kind.PARAGRAPH, "kode med mellomrom", "Ber om missiler", 0),
            tuple(Block.Kind.PARAGRAPH, "Su-30MK2", "Ber om missiler", 0),
            tuple(Block.Kind.PARAGRAPH, "12", "Ber om missiler", 0),
            tuple(Block.Kind.PARAGRAPH, "Løs tekst i en div", "Ber om missiler", 0),
            tuple(Block.Kind.PARAGRAPH, "og et avsnitt", "Ber om missiler", 0));
    assertThat(doc.blocks())
        .extracting(Block::text)
        .noneMatch(
            t -> t.contains("secret") || t.contains("injected") || t.contains("Geopolitika"));
  }

  @Test
  void page_without_title_element_takes_its_first_h1() throws IOException {
    String html = "<html><body><h1>Overskrift</h1><p>Tekst.</p></body></html>";
    SourceDocument doc = read("a.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(doc.title()).isEqualTo("Overskrift");
    assertThat(doc.declaredLanguage()).isNull();
    assertThat(doc.date()).isNull();
  }

  @Test
  void latin1_page_keeps_norwegian_letters() throws IOException {
    String html =
        "<html><head><meta charset=\"iso-8859-1\"><title>Blåbær</title></head>"
            + "<body><p>Rødgrøt med fløte.</p></body></html>";
    SourceDocument doc = read("l.html", html.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(doc.title()).isEqualTo("Blåbær");
    assertThat(doc.blocks()).extracting(Block::text).containsExactly("Rødgrøt med fløte.");
  }
}
