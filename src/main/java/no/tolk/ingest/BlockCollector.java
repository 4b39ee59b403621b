package no.tolk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Collects blocks in reading order, normalising their text and tracking the current section. */
final class BlockCollector {

  // Any run of whitespace, including no-break spaces from web pages, becomes one space.
  private static final Pattern WHITESPACE =
      Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

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

  static String normalize(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }
}
