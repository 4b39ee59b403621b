package no.tolk.index;

/** Every field of the index, each with why it is there and how it is indexed. */
public final class Fields {

  private Fields() {}

  /**
   * Stable id (a hash of the path): links survive reindexing. KeywordField: lookup, delete, and
   * doc values for the sync's list of what is indexed. Shown from {@link #RECORD}.
   */
  public static final String ID = "id";

  /**
   * The stable id as a number that sorts as the id does: breaks ties between equal scores, so a
   * ranking does not depend on the order files were indexed in. Numeric doc values: comparing
   * the id strings across segments cost a one-word query about half a millisecond at 1M passages.
   */
  public static final String ORDER = "order";

  /** Title: layered terms with offsets, so title matches lift and highlight. */
  public static final String TITLE = "title";

  /**
   * The whole text, every block in its own language's layered terms, in one field: one length
   * norm per document, so a document competes fairly in each language however its text is
   * split between them. Offsets in the postings for highlighting.
   */
  public static final String BODY = "body";

  /** The document's main language code (nb, nn, en). KeywordField: the language filter. */
  public static final String LANGUAGE = "lang";

  /**
   * What is shown of a document (path, title, body text and its block layout, date, source,
   * metadata) as one {@link DocumentRecord}, in binary doc values up to 64 KB.
   */
  public static final String RECORD = "record";

  /** A {@link DocumentRecord} too long for doc values, as a stored field. Nothing else is stored. */
  public static final String LARGE_RECORD = "record.stored";

  /**
   * Size, modification time and content hash of the file: tells what changed. Doc values, read
   * for every document at the start of each sync, far faster than stored fields.
   */
  public static final String FINGERPRINT = "fingerprint";

  /** Positions left between blocks, so a phrase never spans two paragraphs. */
  public static final int BLOCK_POSITION_GAP = 100;

  /** What separates blocks in the {@link #BODY} text. */
  public static final String BLOCK_SEPARATOR = "\n";
}
