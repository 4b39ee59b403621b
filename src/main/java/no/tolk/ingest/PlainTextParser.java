package no.tolk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the structure of plain text: paragraphs split on blank lines, light wiki markup (headings,
 * list items, an infobox) and the shapes of a web page copied as text (short headings, captions).
 */
final class PlainTextParser {

  // "= Title =" is level 1, "==Section==" and "== Section ==" level 2
  private static final Pattern WIKI_HEADING = Pattern.compile("\\s*(={1,6})\\s*(.+?)\\s*\\1\\s*");
  // "- item", "  * nested item": two spaces of indentation per level
  private static final Pattern LIST_ITEM = Pattern.compile("( *)[-*•]\\s+(.+)");
  // "Infobox" on its own line, then "- Key: value" lines
  private static final Pattern INFOBOX = Pattern.compile("(?i)infobox\\b.*");
  private static final Pattern INFOBOX_ENTRY = Pattern.compile("\\s*[-*]\\s+([^:]{1,40}):\\s*(.*)");
  // a photo credit marks a caption: "… 4. oktober 2017. Foto: Pressetjenesten …"
  private static final Pattern CREDIT =
      Pattern.compile(
          "\\b(?:foto|photo|credit|illustrasjon|illustration)\\s*:",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
  // image file name or alt text before a caption: "Putin-Maduro-Venezuela-Russland", "x.jpg"
  private static final Pattern IMAGE_NAME =
      Pattern.compile("[\\p{L}\\d]+(?:[-_][\\p{L}\\d]+)+|\\S+\\.(?i:jpe?g|png|gif|webp|svg|avif)");
  // a heading ends without a sentence mark, quotes and brackets aside
  private static final Pattern TERMINAL = Pattern.compile(".*[.!?:;,…][\"'»”’)\\]]*");

  private static final int MAX_HEADING_WORDS = 12;
  private static final int MAX_HEADING_CHARS = 100;

  private final BlockCollector out;
  private final Map<String, String> metadata;

  private PlainTextParser(BlockCollector out, Map<String, String> metadata) {
    this.out = out;
    this.metadata = metadata;
  }

  /** Adds the blocks of the text to {@code out} and an infobox's pairs to {@code metadata}. */
  static void parse(List<String> lines, BlockCollector out, Map<String, String> metadata) {
    List<List<String>> groups = groups(lines);
    PlainTextParser parser = new PlainTextParser(out, metadata);
    for (int i = 0; i < groups.size(); i++) {
      List<String> next = i + 1 < groups.size() ? groups.get(i + 1) : List.of();
      parser.group(groups.get(i), next, i == 0);
    }
  }

  /** Short, unpunctuated, one line: the shape of a heading. */
  static boolean isHeadingLike(String line) {
    String text = BlockCollector.normalize(line);
    return !text.isEmpty()
        && text.length() <= MAX_HEADING_CHARS
        && text.split(" ").length <= MAX_HEADING_WORDS
        && !TERMINAL.matcher(text).matches();
  }

  private void group(List<String> group, List<String> next, boolean first) {
    List<String> prose = new ArrayList<>();
    for (int i = 0; i < group.size(); i++) {
      String line = group.get(i).replace("\t", "  ");
      Matcher heading = WIKI_HEADING.matcher(line);
      Matcher item = LIST_ITEM.matcher(line);
      if (heading.matches() && heading.group(2).chars().anyMatch(Character::isLetterOrDigit)) {
        flush(prose, next, false);
        out.heading(heading.group(2), heading.group(1).length());
      } else if (INFOBOX.matcher(line.strip()).matches() && isInfoboxEntry(group, i + 1)) {
        flush(prose, next, false);
        while (isInfoboxEntry(group, i + 1)) {
          Matcher entry = INFOBOX_ENTRY.matcher(group.get(++i));
          entry.matches(); // known to match; the call fills the groups
          metadata.putIfAbsent(entry.group(1).strip(), entry.group(2).strip());
        }
      } else if (item.matches()) {
        flush(prose, next, false);
        out.listItem(item.group(2), item.group(1).length() / 2 + 1);
      } else {
        prose.add(line);
      }
    }
    flush(prose, next, first && prose.size() == group.size());
  }

  private static boolean isInfoboxEntry(List<String> group, int index) {
    return index < group.size() && INFOBOX_ENTRY.matcher(group.get(index)).matches();
  }

  /** Emits the collected prose lines as one block, of the kind its shape says. */
  private void flush(List<String> prose, List<String> next, boolean openingLine) {
    if (prose.isEmpty()) {
      return;
    }
    String text = String.join(" ", prose);
    if (CREDIT.matcher(text).find()) {
      boolean named = prose.size() > 1 && IMAGE_NAME.matcher(prose.get(0).strip()).matches();
      out.caption(named ? String.join(" ", prose.subList(1, prose.size())) : text);
    } else if (prose.size() == 1 && IMAGE_NAME.matcher(text.strip()).matches() && isCaption(next)) {
      // the image's file name, printed above its caption: not prose
    } else if (prose.size() == 1 && isHeadingLike(text) && isProse(next)) {
      // The first short line of a page is its title: level 1; later ones are sections.
      out.heading(text, openingLine ? 1 : 2);
    } else {
      out.paragraph(text);
    }
    prose.clear();
  }

  private static boolean isCaption(List<String> group) {
    return CREDIT.matcher(String.join(" ", group)).find();
  }

  /** Whether a group starts with running text, the thing a heading stands above. */
  private static boolean isProse(List<String> group) {
    if (group.isEmpty()) {
      return false;
    }
    String line = group.get(0);
    return !WIKI_HEADING.matcher(line).matches()
        && !LIST_ITEM.matcher(line).matches()
        && (group.size() > 1 || !isHeadingLike(line));
  }

  private static List<List<String>> groups(List<String> lines) {
    List<List<String>> groups = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          groups.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(line);
      }
    }
    if (!current.isEmpty()) {
      groups.add(current);
    }
    return groups;
  }
}
