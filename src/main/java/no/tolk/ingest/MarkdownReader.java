package no.tolk.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/** Reads Markdown files: headings, paragraphs, list items, quotes and code, as plain text. */
public final class MarkdownReader implements DocumentReader {

  // Thread-safe once built, per commonmark-java's docs.
  private static final Parser PARSER = Parser.builder().build();

  @Override
  public SourceDocument read(byte[] content, Path file, String relativePath) throws IOException {
    String text = TextDecoder.decode(content, relativePath);
    FrontMatter front = FrontMatter.parse(text, relativePath);
    BlockCollector out = new BlockCollector();
    walk(PARSER.parse(front.body()), out);
    List<Block> blocks = out.blocks(relativePath);
    String title = front.title();
    if (title == null) {
      title = out.firstHeading(1).orElseGet(() -> FileNameTitle.of(relativePath));
    }
    return new SourceDocument(
        relativePath,
        title,
        front.source(),
        front.date(),
        front.language(),
        front.extras(),
        blocks);
  }

  private static void walk(Node node, BlockCollector out) {
    switch (node) {
      case Heading h -> out.heading(inline(h), h.getLevel());
      case Paragraph p when p.getParent() instanceof ListItem -> out.listItem(inline(p), depth(p));
      case Paragraph p -> out.paragraph(inline(p));
      case FencedCodeBlock code -> out.paragraph(code.getLiteral());
      case IndentedCodeBlock code -> out.paragraph(code.getLiteral());
      // Raw html is markup, not text; jsoup keeps its text and drops scripts and comments.
      case HtmlBlock html -> out.paragraph(Jsoup.parseBodyFragment(html.getLiteral()).text());
      case Document d -> children(d, out);
      case BlockQuote q -> children(q, out);
      case ListBlock l -> children(l, out);
      case ListItem i -> children(i, out);
      default -> {
        // thematic breaks and link reference definitions carry no text
      }
    }
  }

  private static void children(Node parent, BlockCollector out) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      walk(child, out);
    }
  }

  /** List depth: 1 for a top-level item, 2 for an item in a nested list. */
  private static int depth(Node node) {
    int depth = 0;
    for (Node n = node.getParent(); n != null; n = n.getParent()) {
      if (n instanceof ListBlock) {
        depth++;
      }
    }
    return depth;
  }

  /** The plain text of inline content: emphasis and link markup gone, link text kept. */
  private static String inline(Node parent) {
    StringBuilder text = new StringBuilder();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      switch (child) {
        case Text t -> text.append(t.getLiteral());
        case Code c -> text.append(c.getLiteral());
        case SoftLineBreak b -> text.append(' ');
        case HardLineBreak b -> text.append(' ');
        // an image's alt text describes a picture, not the document's prose
        case Image i -> {}
        case HtmlInline h -> {}
        default -> text.append(inline(child));
      }
    }
    return text.toString();
  }
}
