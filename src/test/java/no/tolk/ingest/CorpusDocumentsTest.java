package no.tolk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Reads the two real seed documents in corpus/ and checks what the index will get. */
class CorpusDocumentsTest {

  private static final String NEWS = "nb/2025-11-01-maduro-ber-putin-om-militaer-stotte.txt";
  private static final String WIKI = "en/russia-venezuela-relations.txt";

  private static SourceDocument read(String relativePath) throws IOException {
    return DocumentReaders.read(Path.of("corpus").resolve(relativePath), relativePath);
  }

  private static List<Block> blocksOf(SourceDocument doc, Block.Kind kind) {
    return doc.blocks().stream().filter(b -> b.kind() == kind).toList();
  }

  private static Block blockStartingWith(SourceDocument doc, String prefix) {
    return doc.blocks().stream()
        .filter(b -> b.text().startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no block starts with " + prefix));
  }

  @Test
  void news_article_has_its_title_date_language_and_source() throws IOException {
    SourceDocument doc = read(NEWS);
    assertThat(doc.title())
        .isEqualTo("Maduro ber Putin om militær støtte mot amerikansk opptrapping i Karibia");
    assertThat(doc.date()).isEqualTo(LocalDate.of(2025, 11, 1));
    assertThat(doc.declaredLanguage()).isEqualTo(Locale.forLanguageTag("nb"));
    assertThat(doc.source()).isEqualTo("Geopolitika");
    assertThat(doc.path()).isEqualTo(NEWS);
  }

  @Test
  void news_page_chrome_is_absent_from_every_block() throws IOException {
    SourceDocument doc = read(NEWS);
    List<String> chrome =
        List.of(
            "Share",
            "Bell Icon",
            "Du har nettopp lest en gratisartikkel",
            "Les mer",
            "Siste nytt",
            "Les også",
            "I Spania er",
            "kunstig intelligens",
            "Geopolitika lever",
            "Putin-Maduro-Venezuela-Russland",
            "1. november, 2025");
    for (Block block : doc.blocks()) {
      assertThat(block.text()).doesNotContain(chrome);
      assertThat(block.text()).isNotEqualTo("Geopolitika");
    }
  }

  @Test
  void news_subheadings_are_headings_and_the_section_of_their_paragraphs() throws IOException {
    SourceDocument doc = read(NEWS);
    assertThat(blocksOf(doc, Block.Kind.HEADING))
        .extracting(Block::text, Block::level)
        .containsExactly(
            tuple(doc.title(), 1),
            tuple("Ber om missiler og kampflyreparasjoner", 2),
            tuple("Ønsker treårig finansieringsplan fra Russland", 2),
            tuple("Begrenset evne til å hjelpe", 2));
    assertThat(blockStartingWith(doc, "I brevet til Vladimir Putin").section())
        .isEqualTo("Ber om missiler og kampflyreparasjoner");
    assertThat(blockStartingWith(doc, "Ifølge The Washington Post").section())
        .isEqualTo("Ønsker treårig finansieringsplan fra Russland");
    assertThat(blockStartingWith(doc, "Flere analytikere").section())
        .isEqualTo("Begrenset evne til å hjelpe");
  }

  @Test
  void news_lead_without_final_period_stays_a_paragraph() throws IOException {
    Block lead = blockStartingWith(read(NEWS), "Venezuelas president Nicolás Maduro sendt");
    assertThat(lead.kind()).isEqualTo(Block.Kind.PARAGRAPH);
    assertThat(lead.text()).endsWith("om hjelp til å styrke landets luftforsvar");
  }

  @Test
  void news_image_credit_is_a_caption_without_the_file_name_line() throws IOException {
    SourceDocument doc = read(NEWS);
    assertThat(blocksOf(doc, Block.Kind.CAPTION))
        .singleElement()
        .extracting(Block::text)
        .isEqualTo(
            "Russlands president Vladimir Putin under et møte med Venezuelas president Nicolás"
                + " Maduro, 4. oktober 2017. Foto: Pressetjenesten til Russlands president /"
                + " Wikimedia Commons");
  }

  @Test
  void news_ends_with_the_last_paragraph_of_the_article() throws IOException {
    SourceDocument doc = read(NEWS);
    Block last = doc.blocks().get(doc.blocks().size() - 1);
    assertThat(last.kind()).isEqualTo(Block.Kind.PARAGRAPH);
    assertThat(last.text())
        .startsWith("Flere analytikere sier imidlertid")
        .endsWith("dersom USA skulle gå til direkte aksjon i landet.");
    // every real paragraph survives, text unchanged
    assertThat(doc.blocks())
        .extracting(Block::text)
        .contains(
            "I brevet beskrev Maduro Su-30-flyene som «den viktigste avskrekkingen den"
                + " venezuelanske regjeringen har i møte med trusselen om krig».",
            "Ifølge The Washington Post er det foreløpig uklart om Russland har svart på"
                + " henvendelsen.");
    assertThat(doc.blocks()).hasSize(15);
  }

  @Test
  void wiki_article_has_its_title_and_no_date() throws IOException {
    SourceDocument doc = read(WIKI);
    assertThat(doc.title()).isEqualTo("Russia–Venezuela relations");
    assertThat(doc.date()).isNull();
    assertThat(doc.source()).isEqualTo("Wikipedia");
    assertThat(doc.declaredLanguage()).isEqualTo(Locale.ENGLISH);
    assertThat(doc.blocks().get(0))
        .isEqualTo(
            new Block(
                Block.Kind.HEADING, "Russia–Venezuela relations", "Russia–Venezuela relations", 1));
  }

  @Test
  void wiki_section_heading_becomes_the_section_of_following_paragraphs() throws IOException {
    SourceDocument doc = read(WIKI);
    Block parra = blockStartingWith(doc, "In January 2020, Russia congratulated");
    assertThat(parra.text()).contains("Luis Parra");
    assertThat(parra.section()).isEqualTo("Maduro era");
    assertThat(blockStartingWith(doc, "Under President Hugo Chávez").section())
        .isEqualTo("Chávez era");
    assertThat(blocksOf(doc, Block.Kind.HEADING))
        .extracting(Block::text)
        .containsExactly(
            "Russia–Venezuela relations",
            "Background",
            "Chávez era",
            "Maduro era",
            "Resident diplomatic missions",
            "See also");
  }

  @Test
  void wiki_infobox_goes_to_metadata_not_to_blocks() throws IOException {
    SourceDocument doc = read(WIKI);
    assertThat(doc.metadata())
        .containsEntry("Filetype", "svg")
        .containsEntry("Mission1", "Embassy of Venezuela, Moscow")
        .containsEntry("Mission2", "Embassy of Russia, Caracas")
        .containsEntry("Map", "Russia Venezuela Locator.svg");
    assertThat(doc.metadata().keySet())
        .as("in the order the infobox gives them")
        .containsExactly("Filetype", "Mission1", "Mission2", "Map");
    assertThat(doc.blocks())
        .extracting(Block::text)
        .noneMatch(text -> text.contains("Infobox") || text.contains("Embassy of"));
  }

  @Test
  void wiki_list_items_are_list_items_with_their_depth() throws IOException {
    SourceDocument doc = read(WIKI);
    assertThat(blocksOf(doc, Block.Kind.LIST_ITEM))
        .extracting(Block::text, Block::level, Block::section)
        .containsExactly(
            tuple("Russia has an embassy in Caracas.", 1, "Resident diplomatic missions"),
            tuple("List of ambassadors of Russia to Venezuela", 2, "Resident diplomatic missions"),
            tuple("Venezuela has an embassy in Moscow.", 1, "Resident diplomatic missions"),
            tuple("Russian Venezuelans", 1, "See also"));
  }
}
