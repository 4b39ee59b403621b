package no.tolk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects blocks in reading order, normalising their text and tracking the current section. */
final class BlockCollector {


  private final List<Block> blocks = new ArrayList<>();
  private String section = "";
  private int page;

  /** Adds a heading; it becomes the section of the blocks that follow. */
  void heading(String text, int level) {
    String clean = normalize(text);
    if (!clean.isEmpty()) {
      section = clean;
      blocks.add(new Block(Block.Kind.HEADING, clean, section, level, page));
    }
  }

  /** Names the section of the blocks that follow without a heading block: "Slide 3". */
  void section(String name) {
    section = name;
  }

  /** Starts a new page (1 = first); the blocks that follow are on it. */
  void page(int number) {
    page = number;
  }

  void paragraph(String text) {
    add(Block.Kind.PARAGRAPH, text, 0);
  }

  void listItem(String text, int level) {
    add(Block.Kind.LIST_ITEM, text, level);
  }

  void caption(String text) {
    add(Block.Kind.CAPTION, text, 0);
  }

  /** The text of the first heading of the given level, if any. */
  Optional<String> firstHeading(int level) {
    return blocks.stream()
        .filter(b -> b.kind() == Block.Kind.HEADING && b.level() == level)
        .map(Block::text)
        .findFirst();
  }

  /** The blocks collected; a document without any is unreadable. */
  List<Block> blocks(String path) throws UnreadableDocumentException {
    if (blocks.isEmpty()) {
      throw new UnreadableDocumentException(path, "no text content");
    }
    return List.copyOf(blocks);
  }

  private void add(Block.Kind kind, String text, int level) {
    String clean = normalize(text);
    if (!clean.isEmpty()) {
      blocks.add(new Block(kind, clean, section, level, page));
    }
  }

  /**
   * Any run of whitespace, including no-break spaces from web pages, becomes one space (as the
   * regex {@code \\s+} with Unicode classes, but this runs on every block of every file).
   */
  static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean inSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isWhiteSpace(c)) {
        if (!inSpace) {
          out.append(' ');
        }
        inSpace = true;
      } else {
        out.append(c);
        inSpace = false;
      }
    }
    return out.toString().strip();
  }

  /** Unicode's White_Space property, which is what {@code \\s} means with Unicode classes. */
  private static boolean isWhiteSpace(char c) {
    if (c <= ' ') {
      return c == ' ' || (c >= '\t' && c <= '\r');
    }
    return c == '\u0085' || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A')
        || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000';
  }
}
