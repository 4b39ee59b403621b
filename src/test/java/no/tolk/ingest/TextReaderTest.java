package no.tolk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReaderTest {

  @TempDir Path dir;

  private SourceDocument read(String name, String text) throws IOException {
    return read(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private SourceDocument read(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return new TextReader().read(file, name);
  }

  private static byte[] withBom(String text, Charset charset, int... bom) {
    byte[] body = text.getBytes(charset);
    byte[] bytes = new byte[bom.length + body.length];
    for (int i = 0; i < bom.length; i++) {
      bytes[i] = (byte) bom[i];
    }
    System.arraycopy(body, 0, bytes, bom.length, body.length);
    return bytes;
  }

  @Test
  void latin1_file_keeps_norwegian_letters() throws IOException {
    String text = "Blåbærsyltetøy på brødskiva er Ærlig og Østlandsk.\n";
    SourceDocument doc = read("mat.txt", text.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(doc.blocks()).extracting(Block::text).containsExactly(text.strip());
  }

  @Test
  void utf16_with_bom_is_decoded_in_either_byte_order() throws IOException {
    String text = "Søknaden om støtte ble sendt til Moskva i oktober.";
    SourceDocument le = read("le.txt", withBom(text, StandardCharsets.UTF_16LE, 0xFF, 0xFE));
    SourceDocument be = read("be.txt", withBom(text, StandardCharsets.UTF_16BE, 0xFE, 0xFF));
    assertThat(le.blocks()).extracting(Block::text).containsExactly(text);
    assertThat(be.blocks()).extracting(Block::text).containsExactly(text);
  }

  @Test
  void utf8_bom_does_not_hide_front_matter() throws IOException {
    String text = "---\ntitle: Tittel\n---\nEn setning med æøå.";
    SourceDocument doc = read("bom.txt", withBom(text, StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF));
    assertThat(doc.title()).isEqualTo("Tittel");
    assertThat(doc.blocks()).extracting(Block::text).containsExactly("En setning med æøå.");
  }

  @Test
  void empty_file_is_unreadable_with_its_reason() {
    assertThatThrownBy(() -> read("tom.txt", new byte[0]))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessage("tom.txt: empty file");
  }

  @Test
  void blank_file_has_no_text_content() {
    assertThatThrownBy(() -> read("blank.txt", "\n  \n\t\n"))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessage("blank.txt: no text content");
  }

  @Test
  void binary_file_with_txt_extension_is_unreadable() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H'};
    assertThatThrownBy(() -> read("bilde.txt", png))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("binary content");
    byte[] controls = new byte[200];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 2 == 0 ? 'a' : 0x01);
    }
    assertThatThrownBy(() -> read("kontroll.txt", controls))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("mostly non-text");
  }

  @Test
  void front_matter_sets_title_language_source_date_and_metadata() throws IOException {
    String text =
        "---\ntitle: \"Tittel: med kolon\"\nlang: nb\nsource: 'NRK'\ndate: 2025-11-01\n"
            + "author: Kari Nordmann\n---\nFørste avsnitt.\n";
    SourceDocument doc = read("a.txt", text);
    assertThat(doc.title()).isEqualTo("Tittel: med kolon");
    assertThat(doc.declaredLanguage()).isEqualTo(Locale.forLanguageTag("nb"));
    assertThat(doc.source()).isEqualTo("NRK");
    assertThat(doc.date()).isEqualTo(LocalDate.of(2025, 11, 1));
    assertThat(doc.metadata()).containsExactly(java.util.Map.entry("author", "Kari Nordmann"));
    assertThat(doc.blocks()).extracting(Block::text).containsExactly("Første avsnitt.");
  }

  @Test
  void front_matter_with_an_invalid_date_names_the_value() {
    assertThatThrownBy(() -> read("d.txt", "---\ndate: 32/13/2025\n---\nTekst."))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessage("d.txt: invalid date: 32/13/2025");
  }

  @Test
  void paragraph_lines_are_joined_and_blank_lines_split_paragraphs() throws IOException {
    SourceDocument doc =
        read("p.txt", "The first paragraph runs\nover two lines.\n\n\nThe second one is short.");
    assertThat(doc.blocks())
        .extracting(Block::kind, Block::text)
        .containsExactly(
            tuple(Block.Kind.PARAGRAPH, "The first paragraph runs over two lines."),
            tuple(Block.Kind.PARAGRAPH, "The second one is short."));
  }

  @Test
  void title_falls_back_to_a_readable_file_name() throws IOException {
    SourceDocument doc = read("russia_venezuela-relations.txt", "Only a sentence, nothing more.");
    assertThat(doc.title()).isEqualTo("Russia venezuela relations");
    assertThat(FileNameTitle.of("nb/2025-11-01-maduro-ber-putin.txt"))
        .isEqualTo("Maduro ber putin");
  }

  @Test
  void wiki_subsection_heading_is_level_three_and_becomes_the_section() throws IOException {
    String text =
        "= Title =\nLead.\n\n== Part ==\nIn part.\n===Detail===\nIn detail.\n"
            + "* top\n  * nested\n    - deeper\n";
    SourceDocument doc = read("w.txt", text);
    assertThat(doc.title()).isEqualTo("Title");
    assertThat(doc.blocks())
        .extracting(Block::kind, Block::text, Block::section, Block::level)
        .containsExactly(
            tuple(Block.Kind.HEADING, "Title", "Title", 1),
            tuple(Block.Kind.PARAGRAPH, "Lead.", "Title", 0),
            tuple(Block.Kind.HEADING, "Part", "Part", 2),
            tuple(Block.Kind.PARAGRAPH, "In part.", "Part", 0),
            tuple(Block.Kind.HEADING, "Detail", "Detail", 3),
            tuple(Block.Kind.PARAGRAPH, "In detail.", "Detail", 0),
            tuple(Block.Kind.LIST_ITEM, "top", "Detail", 1),
            tuple(Block.Kind.LIST_ITEM, "nested", "Detail", 2),
            tuple(Block.Kind.LIST_ITEM, "deeper", "Detail", 3));
  }

  @Test
  void english_news_page_gets_date_title_headings_and_loses_its_chrome() throws IOException {
    String lead =
        "The president of Venezuela sent a direct request to the Russian president for help to"
            + " strengthen the air defences of the country";
    String text =
        "November 1, 2025\n\nMaduro asks Putin for support\n\nShare\nTweet\n\n"
            + lead
            + "\n\nThe letter was delivered in Moscow.\n\nMissiles and repairs\n\n"
            + "He asked for fourteen missile units. Readers may subscribe to the paper for the"
            + " full list, which is long.\n\n"
            + "Read also: Another story\n\nRead more\n\nA last real paragraph.\n\n"
            + "You have just read a free article\n\nSupport us by subscribing!\n\nLatest news\n";
    SourceDocument doc = read("news.txt", text);
    assertThat(doc.date()).isEqualTo(LocalDate.of(2025, 11, 1));
    assertThat(doc.title()).isEqualTo("Maduro asks Putin for support");
    assertThat(doc.blocks())
        .extracting(Block::kind, Block::text)
        .containsExactly(
            tuple(Block.Kind.HEADING, "Maduro asks Putin for support"),
            tuple(Block.Kind.PARAGRAPH, lead),
            tuple(Block.Kind.PARAGRAPH, "The letter was delivered in Moscow."),
            tuple(Block.Kind.HEADING, "Missiles and repairs"),
            tuple(
                Block.Kind.PARAGRAPH,
                "He asked for fourteen missile units. Readers may subscribe to the paper for the"
                    + " full list, which is long."),
            tuple(Block.Kind.PARAGRAPH, "A last real paragraph."));
  }

  @Test
  void image_name_on_its_own_line_before_a_caption_is_dropped() throws IOException {
    String text =
        "Some text about the meeting, with a period.\n\nputin-maduro.jpg\n\n"
            + "Putin and Maduro in 2017. Photo: Kremlin\n";
    SourceDocument doc = read("c.txt", text);
    assertThat(doc.blocks())
        .extracting(Block::kind, Block::text)
        .containsExactly(
            tuple(Block.Kind.PARAGRAPH, "Some text about the meeting, with a period."),
            tuple(Block.Kind.CAPTION, "Putin and Maduro in 2017. Photo: Kremlin"));
  }

  @Test
  void first_line_that_merely_starts_with_a_date_stays_content() throws IOException {
    SourceDocument doc = read("logg.txt", "2025-11-01 Møte i styret.\n\nVedtak fattet.");
    assertThat(doc.date()).isNull();
    assertThat(doc.blocks())
        .extracting(Block::text)
        .containsExactly("2025-11-01 Møte i styret.", "Vedtak fattet.");
  }
}
