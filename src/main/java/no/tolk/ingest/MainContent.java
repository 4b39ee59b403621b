package no.tolk.ingest;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds a web page's main content, Readability-style: the element the page marks as main, else the
 * smallest container that holds most of the page's prose (text outside links); inside it, boxes
 * that are mostly links (a table of contents, "read also") are dropped.
 */
final class MainContent {

  // A child holding this share of its parent's prose is where the content lives: descend into it.
  private static final double DESCEND_SHARE = 0.7;
  // A box whose text is mostly link text is navigation, not content.
  private static final double MAX_LINK_DENSITY = 0.5;
  private static final String LINK_BOXES = "div, section, ul, ol, dl, table, p";
  // A single link in a paragraph is a reference ("The source at https://… is a wiki"), unless the
  // box announces itself as a pointer elsewhere: "Les også: …", "Read more: …".
  private static final Pattern POINTER =
      Pattern.compile(
          "(?:les også|les mer|read also|read more|related|relatert|see also|se også)\\b.*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
  // "<div role=navigation>", "<section aria-label=Cookies>" name themselves
  private static final Pattern CHROME_ROLES =
      Pattern.compile("navigation|banner|contentinfo|complementary|search|dialog|alert");

  private MainContent() {}

  /** The content root of a page whose chrome tags are already gone; cleans it in place. */
  static Element root(Document doc) {
    doc.select("[role]").stream()
        .filter(e -> CHROME_ROLES.matcher(e.attr("role")).matches())
        .forEach(Element::remove);
    Element root = marked(doc).orElseGet(() -> densest(doc.body()));
    dropLinkBoxes(root);
    return root;
  }

  /** {@code <main>}, role=main, or the article with the most prose. */
  private static Optional<Element> marked(Document doc) {
    Element main = doc.selectFirst("main, [role=main]");
    if (main != null) {
      return Optional.of(main);
    }
    return doc.select("article").stream().max(Comparator.comparingInt(MainContent::prose));
  }

  /** From the body down, into the child that holds most of the prose, while one does. */
  private static Element densest(Element body) {
    Element current = body;
    while (true) {
      int total = prose(current);
      Optional<Element> heavy =
          current.children().stream()
              .filter(c -> prose(c) >= DESCEND_SHARE * total && total > 0)
              .findFirst();
      if (heavy.isEmpty()) {
        return current;
      }
      current = heavy.get();
    }
  }

  private static void dropLinkBoxes(Element root) {
    for (Element box : root.select(LINK_BOXES)) {
      if (box != root && box.parent() != null && isLinkBox(box)) {
        box.remove();
      }
    }
  }

  private static boolean isLinkBox(Element box) {
    // a box with a heading is a section of the text, however many links it has
    if (linkDensity(box) <= MAX_LINK_DENSITY || box.selectFirst("h1, h2, h3, h4, h5, h6") != null) {
      return false;
    }
    return box.select("a").size() >= 2 || POINTER.matcher(box.text().strip()).matches();
  }

  /** Characters of text outside links under {@code e}. */
  static int prose(Element e) {
    int[] count = new int[1];
    NodeTraversor.traverse(
        (NodeVisitor)
            (node, depth) -> {
              if (node instanceof TextNode t && !insideLink(t)) {
                count[0] += t.text().strip().length();
              }
            },
        e);
    return count[0];
  }

  private static double linkDensity(Element e) {
    int all = e.text().length();
    if (all == 0) {
      return 0;
    }
    int linked = e.select("a").stream().mapToInt(a -> a.text().length()).sum();
    return (double) linked / all;
  }

  private static boolean insideLink(Node node) {
    for (Node p = node.parentNode(); p != null; p = p.parentNode()) {
      if (p instanceof Element el && el.nameIs("a")) {
        return true;
      }
    }
    return false;
  }
}
