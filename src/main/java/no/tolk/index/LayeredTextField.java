package no.tolk.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import no.tolk.analysis.Analyzers;
import no.tolk.analysis.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * A text field whose parts are analysed each in its own language: a Norwegian paragraph by
 * the Norwegian chain, an English quote inside it by the English one. Offsets point into the
 * text as given, so highlighting needs no re-analysis. Not stored: {@link DocumentRecord} keeps
 * the text.
 */
final class LayeredTextField extends Field {

  static final FieldType TYPE = new FieldType();

  static {
    TYPE.setTokenized(true);
    TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TYPE.freeze();
  }

  /** A part of the text and the language it is analysed in. */
  record Span(int start, int end, Language language) {}

  private final transient Analyzers analyzers;
  private final List<Span> spans;

  LayeredTextField(String name, String text, List<Span> spans, Analyzers analyzers) {
    super(name, text, TYPE);
    this.spans = List.copyOf(spans);
    this.analyzers = analyzers;
  }

  @Override
  public TokenStream tokenStream(Analyzer unused, TokenStream reuse) {
    return new SpansTokenStream();
  }

  /** Runs each span through its language's analyzer in turn, shifting offsets into place. */
  private final class SpansTokenStream extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc =
        addAttribute(PositionIncrementAttribute.class);
    private int next;
    private TokenStream current;
    // The current span's attributes, looked up once per span rather than once per token.
    private CharTermAttribute currentTerm;
    private OffsetAttribute currentOffset;
    private PositionIncrementAttribute currentPosInc;
    private Span span;
    private boolean firstOfSpan;
    private boolean anyToken;
    private int finalOffset;

    @Override
    public boolean incrementToken() throws IOException {
      clearAttributes();
      while (true) {
        if (current == null && !openNext()) {
          return false;
        }
        if (current.incrementToken()) {
          copyToken();
          return true;
        }
        current.end();
        current.close();
        current = null;
      }
    }

    private boolean openNext() {
      if (next >= spans.size()) {
        return false;
      }
      span = spans.get(next++);
      String text = stringValue().substring(span.start(), span.end());
      current = analyzers.forLanguage(span.language()).tokenStream(name(), text);
      currentTerm = current.getAttribute(CharTermAttribute.class);
      currentOffset = current.getAttribute(OffsetAttribute.class);
      currentPosInc = current.getAttribute(PositionIncrementAttribute.class);
      try {
        current.reset();
      } catch (IOException e) {
        throw new UncheckedIOException("analysing a string cannot do I/O", e);
      }
      firstOfSpan = true;
      return true;
    }

    private void copyToken() {
      CharTermAttribute t = currentTerm;
      OffsetAttribute o = currentOffset;
      int increment = currentPosInc.getPositionIncrement();
      term.copyBuffer(t.buffer(), 0, t.length());
      offset.setOffset(span.start() + o.startOffset(), span.start() + o.endOffset());
      if (firstOfSpan && anyToken) {
        increment += Fields.BLOCK_POSITION_GAP;
      }
      posInc.setPositionIncrement(increment);
      firstOfSpan = false;
      anyToken = true;
      finalOffset = span.start() + o.endOffset();
    }

    @Override
    public void end() throws IOException {
      super.end();
      int length = stringValue().length();
      offset.setOffset(Math.max(finalOffset, length), Math.max(finalOffset, length));
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
      anyToken = false;
      finalOffset = 0;
    }

    @Override
    public void close() throws IOException {
      if (current != null) {
        current.close();
        current = null;
      }
      super.close();
    }
  }
}
