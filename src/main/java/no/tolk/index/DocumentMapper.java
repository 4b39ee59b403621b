package no.tolk.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.tolk.analysis.Analyzers;
import no.tolk.analysis.Language;
import no.tolk.analysis.LanguageDetector;
import no.tolk.ingest.Block;
import no.tolk.ingest.SourceDocument;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a {@link SourceDocument} into a Lucene document: finds the language of the document and of
 * each block, and lays the blocks out in one body text.
 */
public final class DocumentMapper {

  private final Analyzers analyzers;
  private final LanguageDetector detector;

  public DocumentMapper(Analyzers analyzers, LanguageDetector detector) {
    this.analyzers = analyzers;
    this.detector = detector;
  }

  /** A Lucene document and the language each of its blocks was read in. */
  public record Mapped(Document document, List<Language> blockLanguages) {}

  public Mapped map(SourceDocument source, Fingerprint fingerprint) {
    // Function words settle most blocks and so the document's language; the rest are judged
    // with that language as context.
    List<Optional<Language>> voted =
        source.blocks().stream().map(block -> detector.detectByWords(block.text())).toList();
    Language context =
        Language.fromLocale(source.declaredLanguage()).or(() -> majority(source, voted)).orElse(null);
    List<Optional<Language>> detected = new ArrayList<>(voted.size());
    for (int i = 0; i < voted.size(); i++) {
      String text = source.blocks().get(i).text();
      detected.add(voted.get(i).or(() -> detector.detectLongEnough(text, context)));
    }
    Language main = mainLanguage(source, detected);
    StringBuilder body = new StringBuilder();
    List<BlockLayout.Entry> entries = new ArrayList<>(source.blocks().size());
    List<LayeredTextField.Span> spans = new ArrayList<>(source.blocks().size());
    for (int i = 0; i < source.blocks().size(); i++) {
      Block block = source.blocks().get(i);
      if (!body.isEmpty()) {
        body.append(Fields.BLOCK_SEPARATOR);
      }
      int start = body.length();
      body.append(block.text());
      Language language = detected.get(i).orElse(main);
      entries.add(
          new BlockLayout.Entry(
              block.kind(),
              block.level(),
              language,
              block.section(),
              block.page(),
              start,
              body.length()));
      spans.add(new LayeredTextField.Span(start, body.length(), language));
    }

    Document doc = new Document();
    String id = DocumentId.of(source.path());
    doc.add(new KeywordField(Fields.ID, id, Store.NO));
    doc.add(new NumericDocValuesField(Fields.ORDER, DocumentId.order(id)));
    String title = source.title();
    doc.add(
        new LayeredTextField(
            Fields.TITLE,
            title,
            // A title long enough to tell is read in its own language: a Norwegian section of a
            // mostly English manual keeps a Norwegian title.
            List.of(
                new LayeredTextField.Span(
                    0, title.length(), detector.detectLongEnough(title, main).orElse(main))),
            analyzers));
    String text = body.toString();
    doc.add(new LayeredTextField(Fields.BODY, text, spans, analyzers));
    doc.add(new KeywordField(Fields.LANGUAGE, main.code(), Store.NO));
    BlockLayout layout = new BlockLayout(entries);
    DocumentRecord record =
        new DocumentRecord(
            id,
            source.path(),
            title,
            main,
            source.date(),
            source.source() == null || source.source().isBlank() ? null : source.source(),
            source.metadata(),
            layout,
            BodyText.of(text, layout));
    doc.add(record.field());
    doc.add(new BinaryDocValuesField(Fields.FINGERPRINT, new BytesRef(fingerprint.encode())));
    return new Mapped(doc, entries.stream().map(BlockLayout.Entry::language).toList());
  }

  /** The declared language if any; else the language most of the text is written in. */
  private Language mainLanguage(SourceDocument source, List<Optional<Language>> detected) {
    Optional<Language> declared = Language.fromLocale(source.declaredLanguage());
    if (declared.isPresent()) {
      return declared.get();
    }
    return majority(source, detected)
        .orElseGet(() -> {
          // Only short blocks: judge them together.
          StringBuilder all = new StringBuilder(source.title());
          source.blocks().forEach(block -> all.append('\n').append(block.text()));
          return detector.detect(all.toString()).orElse(Language.EN);
        });
  }

  /** The language most of the blocks' text is in, counting only the blocks with a language. */
  private static Optional<Language> majority(
      SourceDocument source, List<Optional<Language>> languages) {
    Map<Language, Integer> chars = new EnumMap<>(Language.class);
    for (int i = 0; i < languages.size(); i++) {
      int length = source.blocks().get(i).text().length();
      languages.get(i).ifPresent(language -> chars.merge(language, length, Integer::sum));
    }
    return chars.isEmpty()
        ? Optional.empty()
        : Optional.of(Collections.max(chars.entrySet(), Map.Entry.comparingByValue()).getKey());
  }
}
