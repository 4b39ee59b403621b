package no.tolk.ingest;

/**
 * A unit of document text: a heading, a paragraph, a list item or a caption.
 *
 * @param kind what the text is
 * @param text the text, whitespace-normalised, never blank
 * @param section the nearest heading above the block (for a heading: the heading itself), or ""
 *     when the block comes before any heading
 * @param level heading level (1 = title-level) for headings, list depth (1 = top) for list items, 0
 *     otherwise
 * @param page the page the block starts on (1 = first) in paged formats such as PDF, 0 otherwise
 */
public record Block(Kind kind, String text, String section, int level, int page) {

  /** What a block is, as far as reading and ranking care. */
  public enum Kind {
    HEADING,
    PARAGRAPH,
    LIST_ITEM,
    CAPTION
  }

  public Block {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("blank " + kind + " block");
    }
    if (page < 0) {
      throw new IllegalArgumentException("invalid page: " + page);
    }
  }

  /** A block of a format without pages. */
  public Block(Kind kind, String text, String section, int level) {
    this(kind, text, section, level, 0);
  }
}
