package no.tolk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.tolk.ingest.Block.Kind;
import no.tolk.search.DocumentView;

/**
 * What document.html shows: the document's blocks grouped for rendering, every match numbered.
 *
 * @param query the query whose matches are marked
 * @param backUrl link to the results for that query
 * @param titleHtml escaped title with marks
 * @param title plain title (for the tab)
 * @param langCode language code, or null
 * @param langLabel language name, or ""
 * @param source where the text comes from, or null
 * @param date yyyy-MM-dd, or null
 * @param path file path in the corpus
 * @param fileUrl where the original file is served
 * @param facts the metadata map as name/value rows (plain text)
 * @param parts the content in reading order, list items grouped into lists
 * @param matchCount how many marks the parts hold; they carry ids m0 … m(matchCount-1)
 */
public record DocumentPage(
    String query,
    String backUrl,
    String titleHtml,
    String title,
    String langCode,
    String langLabel,
    String source,
    String date,
    String path,
    String fileUrl,
    List<Fact> facts,
    List<Part> parts,
    int matchCount) {

  private static final String MARK = "<mark>";

  public record Fact(String name, String value) {}

  /**
   * A run of content: one heading, paragraph or caption, or a whole list.
   *
   * @param tag h2, h3, h4, p, figcaption or ul
   * @param items one block, or for ul every item of the list
   */
  public record Part(String tag, List<BlockView> items) {}

  /** One block: anchor "b" + index, indentation level, marked-up text, language code. */
  public record BlockView(String anchor, int level, String html, String lang) {}

  static DocumentPage of(DocumentView doc, String query) {
    List<Fact> facts = new ArrayList<>();
    Map<String, String> metadata = doc.metadata() == null ? Map.of() : doc.metadata();
    metadata.forEach((name, value) -> facts.add(new Fact(name, value)));
    int[] marks = {0};
    List<Part> parts = new ArrayList<>();
    List<DocumentView.Block> blocks = doc.blocks() == null ? List.of() : doc.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      DocumentView.Block block = blocks.get(i);
      if (i == 0 && repeatsTitle(block, doc)) {
        // The page already shows the title; a leading title heading would say it twice.
        continue;
      }
      BlockView view =
          new BlockView(
              "b" + i,
              Math.max(1, block.level()),
              numberMarks(block.html(), marks),
              ResultsPage.code(block.language()));
      String tag = tag(block);
      Part last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
      if (tag.equals("ul") && last != null && last.tag().equals("ul")) {
        last.items().add(view);
      } else {
        parts.add(new Part(tag, new ArrayList<>(List.of(view))));
      }
    }
    return new DocumentPage(
        query,
        Links.search(query, SearchParams.ALL, 1),
        doc.titleHtml(),
        doc.title(),
        ResultsPage.code(doc.language()),
        doc.language() == null ? "" : doc.language().label(),
        doc.source(),
        ResultsPage.isoDate(doc.date()),
        doc.path(),
        "/doc/" + Links.encode(doc.id()) + "/file",
        facts,
        parts,
        marks[0]);
  }

  /** True for a top-level heading that says the document's title again. */
  private static boolean repeatsTitle(DocumentView.Block block, DocumentView doc) {
    // Both are escaped the same way by the searcher; only their marks may differ.
    return block.kind() == no.tolk.ingest.Block.Kind.HEADING
        && block.level() <= 1
        && withoutMarks(block.html()).equals(withoutMarks(doc.titleHtml()));
  }

  private static String withoutMarks(String html) {
    return html.replace("<mark>", "").replace("</mark>", "");
  }

  private static String tag(DocumentView.Block block) {
    Kind kind = block.kind() == null ? Kind.PARAGRAPH : block.kind();
    return switch (kind) {
      // h1 is the document title, so a level-1 heading is an h2
      case HEADING -> block.level() <= 1 ? "h2" : block.level() == 2 ? "h3" : "h4";
      case LIST_ITEM -> "ul";
      case CAPTION -> "figcaption";
      case PARAGRAPH -> "p";
    };
  }

  /** Gives each {@code <mark>} the id m0, m1, … in document order (the only markup html has). */
  static String numberMarks(String html, int[] counter) {
    if (html == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(html.length() + 16);
    int from = 0;
    for (int at = html.indexOf(MARK); at >= 0; at = html.indexOf(MARK, from)) {
      out.append(html, from, at).append("<mark id=\"m").append(counter[0]++).append("\">");
      from = at + MARK.length();
    }
    return out.append(html, from, html.length()).toString();
  }
}
