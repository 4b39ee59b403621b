package no.tolk.ingest;

import java.util.Set;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the XHTML events Tika's parsers emit into blocks: h1–h6 become headings, p paragraphs, li
 * list items; a PDF's {@code <div class="page">} starts a page and a presentation's {@code <div
 * class="slide-content">} a slide, whose title is its section.
 */
final class XhtmlBlockHandler extends DefaultHandler {

  // Elements that end the text run before them; inline elements (b, i, a, span) join it.
  private static final Set<String> BREAKS =
      Set.of(
          "p", "div", "li", "ul", "ol", "table", "tr", "td", "th", "blockquote", "pre", "dd", "dt",
          "dl", "section", "article", "body", "h1", "h2", "h3", "h4", "h5", "h6");
  // Text that is not content: the document head and a slide master's "Click to edit" prompts.
  private static final Set<String> SKIPPED_CLASSES = Set.of("slide-master-content", "embedded");
  // "in-\nformation" -> "information": a lower-case word broken at the end of a line; a hyphen
  // after a capital or digit stays, since "NATO-\nmedlem" and "2-\n3" are real hyphens.
  private static final Pattern LINE_BREAK_HYPHEN =
      Pattern.compile("(?<=\\p{Ll}\\p{Ll})-[ \\t]*\\R[ \\t]*(?=\\p{Ll})");
  // A slide title is a short line; a longer first paragraph is body text.
  private static final int MAX_SLIDE_TITLE_WORDS = 12;

  private final BlockCollector out;
  private final StringBuilder text = new StringBuilder();
  private Block.Kind kind = Block.Kind.PARAGRAPH;
  private int level;
  private int listDepth;
  private int openItems;
  private int skipDepth;
  private int page;
  private int slide;
  private boolean slideTitlePending;

  XhtmlBlockHandler(BlockCollector out) {
    this.out = out;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    String tag = localName.isEmpty() ? qName : localName;
    if (skipDepth > 0 || tag.equals("head") || isSkipped(atts.getValue("class"))) {
      skipDepth++;
      return;
    }
    if (BREAKS.contains(tag)) {
      flush();
    }
    switch (tag) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> start(Block.Kind.HEADING, tag.charAt(1) - '0');
      case "li" -> {
        openItems++;
        start(Block.Kind.LIST_ITEM, Math.max(1, listDepth));
      }
      // OpenDocument wraps an item's text in a paragraph: <li><p>Termos</p></li>
      case "p" -> {
        if (openItems > 0) {
          start(Block.Kind.LIST_ITEM, Math.max(1, listDepth));
        }
      }
      case "ul", "ol" -> listDepth++;
      case "br" -> text.append('\n');
      case "div" -> division(atts.getValue("class"));
      default -> {}
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String tag = localName.isEmpty() ? qName : localName;
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    if (BREAKS.contains(tag)) {
      flush();
    }
    if (tag.equals("ul") || tag.equals("ol")) {
      listDepth--;
    } else if (tag.equals("li")) {
      openItems--;
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (skipDepth == 0) {
      text.append(ch, start, length);
    }
  }

  private static boolean isSkipped(String cssClass) {
    return cssClass != null && SKIPPED_CLASSES.contains(cssClass);
  }

  // Tika writes the line breaks inside a PDF paragraph as ignorable whitespace.
  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    characters(ch, start, length);
  }

  private void division(String cssClass) {
    if ("page".equals(cssClass)) {
      out.page(++page);
    } else if ("slide-content".equals(cssClass)) {
      // a slide is a presentation's page: a hit says which slide it is on
      out.page(++slide);
      slideTitlePending = true;
    }
  }

  private void start(Block.Kind kind, int level) {
    this.kind = kind;
    this.level = level;
  }

  /** Emits the text gathered since the last break as one block of the current kind. */
  private void flush() {
    String joined = LINE_BREAK_HYPHEN.matcher(text).replaceAll("");
    text.setLength(0);
    String clean = BlockCollector.normalize(joined);
    Block.Kind k = kind;
    int l = level;
    start(Block.Kind.PARAGRAPH, 0);
    if (clean.isEmpty()) {
      return;
    }
    if (slideTitlePending) {
      slideTitlePending = false;
      if (k == Block.Kind.HEADING || clean.split(" ").length <= MAX_SLIDE_TITLE_WORDS) {
        out.heading(clean, 1);
        return;
      }
      out.section("Slide " + slide);
    }
    switch (k) {
      case HEADING -> out.heading(clean, l);
      case LIST_ITEM -> out.listItem(clean, l);
      default -> out.paragraph(clean);
    }
  }
}
