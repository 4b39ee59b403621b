package no.tolk.analysis;

/**
 * The forms a word is indexed under, stacked at the word's position in one field. Each layer
 * prefixes its terms so the forms never collide, and each is weighted on its own at query time:
 * exact forms outrank stems, stems outrank compound parts and folded spellings.
 */
public enum TermLayer {
  /** The word as written, lower-cased: "missilene". */
  EXACT("w#"),
  /** Norwegian stem (Bokmål or Nynorsk rules): "missilene" -> "missil". */
  NORWEGIAN_STEM("n#"),
  /** English stem: "sanctions" -> "sanction". */
  ENGLISH_STEM("e#"),
  /** A spelling without diacritics or with æ/ø/å spelt out: "guaidó" -> "guaido", "ålesund" -> "aalesund". */
  FOLDED("f#"),
  /** A stemmed part of a compound: "missilenheter" -> "enhet". */
  PART("p#");

  private final String prefix;

  TermLayer(String prefix) {
    this.prefix = prefix;
  }

  /** The prefix every term of this layer carries in the index. */
  public String prefix() {
    return prefix;
  }

  /** The token type a layered chain gives the layer's tokens before they are prefixed. */
  public String type() {
    return name();
  }

  public String term(String form) {
    return prefix + form;
  }

  /** The layer whose prefix starts {@code term}, or null for an unprefixed term. */
  public static TermLayer ofTerm(String term) {
    for (TermLayer layer : values()) {
      if (term.startsWith(layer.prefix)) {
        return layer;
      }
    }
    return null;
  }

  /** The stem layer a language's words go to. */
  public static TermLayer stemOf(Language language) {
    return language.isNorwegian() ? NORWEGIAN_STEM : ENGLISH_STEM;
  }
}
