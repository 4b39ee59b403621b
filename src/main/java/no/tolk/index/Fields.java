package no.tolk.index;

/** Every field of the index, each with why it is there and how it is indexed. */
public final class Fields {

  private Fields() {}

  /**
   * Stable id (a hash of the path): links survive reindexing. KeywordField: lookup, delete, and
   * doc values for the sync's list of what is indexed.
   */
  public static final String ID = "id";

  /**
   * The stable id as a number that sorts as the id does: breaks ties between equal scores, so a
   * ranking does not depend on the order files were indexed in. Numeric doc values: comparing
   * the id strings across segments cost a one-word query about half a millisecond at 1M passages.
   */
  public static final String ORDER = "order";

  /** Path relative to the corpus folder, as shown and as the API returns it. Stored only. */
  public static final String PATH = "path";

  /** Title: stored for display, layered terms with offsets so title matches lift and highlight. */
  public static final String TITLE = "title";

  /**
   * The whole text, every block in its own language's layered terms, in one field: one length
   * norm per document, so a document competes fairly in each language however its text is
   * split between them. Stored, with offsets in the postings for highlighting.
   */
  public static final String BODY = "body";

  /** Where each block starts and ends in {@link #BODY}, its kind, language and section. Stored. */
  public static final String LAYOUT = "layout";

  /** The document's main language code (nb, nn, en). KeywordField: the language filter. */
  public static final String LANGUAGE = "lang";

  /** Publication date, ISO yyyy-MM-dd. Stored only. */
  public static final String DATE = "date";

  /** Where the text comes from. Stored only. */
  public static final String SOURCE = "source";

  /** Facts that are not prose (front matter extras, an infobox) as key/value lines. Stored only. */
  public static final String METADATA = "meta";

  /**
   * Size, modification time and content hash of the file: tells what changed. Doc values, read
   * for every document at the start of each sync, far faster than stored fields.
   */
  public static final String FINGERPRINT = "fingerprint";

  /** Positions left between blocks, so a phrase never spans two paragraphs. */
  public static final int BLOCK_POSITION_GAP = 100;

  /** What separates blocks in the stored {@link #BODY} text. */
  public static final String BLOCK_SEPARATOR = "\n";
}
