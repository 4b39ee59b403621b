package no.tolk.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.tolk.analysis.Language;

/**
 * A whole document ready to read, with every match of a query highlighted.
 *
 * @param id stable document id
 * @param path file path relative to the corpus folder
 * @param title plain title
 * @param titleHtml escaped title with matches in {@code <mark>}
 * @param language the document's main language
 * @param source where the text comes from, or null
 * @param date publication date, or null
 * @param metadata facts about the document that are not prose (plain text; escape when rendering)
 * @param blocks the content in reading order
 * @param matchCount how many {@code <mark>} elements the blocks hold in all
 */
public record DocumentView(
    String id,
    String path,
    String title,
    String titleHtml,
    Language language,
    String source,
    LocalDate date,
    Map<String, String> metadata,
    List<Block> blocks,
    int matchCount) {

  /**
   * One block of the document.
   *
   * @param kind heading, paragraph, list item or caption
   * @param level heading level or list depth (see {@link no.tolk.ingest.Block})
   * @param html the text HTML-escaped, matches in {@code <mark>}
   * @param language the language the block was analysed in
   */
  public record Block(no.tolk.ingest.Block.Kind kind, int level, String html, Language language) {}
}
