package no.tolk.ingest;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Walks cleaned-up html in document order and turns its block elements into blocks. */
final class HtmlBlocks {

  // Elements that break the flow of text; everything else is inline and joins its neighbours.
  private static final Set<String> BLOCK_TAGS =
      Set.of(
          ("address article aside blockquote body caption dd details dialog div dl dt fieldset"
                  + " figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav"
                  + " ol p pre section summary table tbody td tfoot th thead tr ul")
              .split(" "));

  private final BlockCollector out;

  private HtmlBlocks(BlockCollector out) {
    this.out = out;
  }

  /** Adds the blocks under {@code root} to {@code out}. */
  static void walk(Element root, BlockCollector out) {
    new HtmlBlocks(out).element(root);
  }

  private void element(Element e) {
    String tag = e.normalName();
    switch (tag) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> out.heading(e.text(), tag.charAt(1) - '0');
      case "li" -> listItem(e);
      case "pre" -> out.paragraph(e.wholeText());
      case "figcaption" -> out.caption(e.text());
      case "p", "td", "th", "blockquote", "dt", "dd" -> {
        // a quote or table cell holding paragraphs is read paragraph by paragraph
        if (hasBlockChild(e)) {
          container(e);
        } else {
          out.paragraph(e.text());
        }
      }
      default -> container(e);
    }
  }

  private void listItem(Element li) {
    Element own = li.clone();
    own.select("ul, ol").remove();
    out.listItem(own.text(), depth(li));
    for (Element nested : li.select("ul, ol")) {
      if (nested.parent() != null && nested.parent().closest("li") == li) {
        container(nested);
      }
    }
  }

  /** Reads a container: runs of inline content become paragraphs, block children recurse. */
  private void container(Element e) {
    StringBuilder run = new StringBuilder();
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode text) {
        run.append(text.text());
      } else if (child instanceof Element el && (isBlock(el) || hasBlockChild(el))) {
        flush(run);
        element(el);
      } else if (child instanceof Element el) {
        run.append(el.normalName().equals("br") ? " " : el.text());
      }
    }
    flush(run);
  }

  private void flush(StringBuilder run) {
    out.paragraph(run.toString());
    run.setLength(0);
  }

  private static boolean isBlock(Element e) {
    return BLOCK_TAGS.contains(e.normalName());
  }

  private static boolean hasBlockChild(Element e) {
    return e.children().stream().anyMatch(c -> isBlock(c) || hasBlockChild(c));
  }

  /** List depth: 1 for an item of a top-level list, 2 for an item of a list inside an item. */
  private static int depth(Element li) {
    return (int) li.parents().stream().filter(p -> p.nameIs("ul") || p.nameIs("ol")).count();
  }
}
