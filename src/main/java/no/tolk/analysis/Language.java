package no.tolk.analysis;

import java.util.Locale;
import java.util.Optional;

/** The languages Tolk analyses; Nynorsk is recognised and shares the Norwegian side. */
public enum Language {
  NB("nb", "norsk"),
  NN("nn", "nynorsk"),
  EN("en", "English");

  private final String code;
  private final String label;

  Language(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** ISO 639-1 code, as used in URLs, JSON and the index. */
  public String code() {
    return code;
  }

  /** Name shown to readers, in the language itself. */
  public String label() {
    return label;
  }

  public boolean isNorwegian() {
    return this != EN;
  }

  /** Parses "nb", "nn", "en", "no" and their locale forms ("nb-NO", "en_GB"); empty if unknown. */
  public static Optional<Language> fromCode(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    String base = code.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return switch (base) {
      case "nb", "no", "nob", "nor" -> Optional.of(NB);
      case "nn", "nno" -> Optional.of(NN);
      case "en", "eng" -> Optional.of(EN);
      default -> Optional.empty();
    };
  }

  public static Optional<Language> fromLocale(Locale locale) {
    return locale == null ? Optional.empty() : fromCode(locale.toLanguageTag());
  }
}
