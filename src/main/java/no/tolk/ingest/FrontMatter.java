package no.tolk.ingest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts a text or markdown file declares between two {@code ---} lines at its top, and the body
 * that follows.
 *
 * @param title declared title, or null
 * @param language declared language, or null
 * @param source declared source, or null
 * @param date declared date, or null
 * @param extras every other key, as written
 * @param body the text after the closing {@code ---} (the whole text when there is no front matter)
 */
record FrontMatter(
    String title,
    Locale language,
    String source,
    LocalDate date,
    Map<String, String> extras,
    String body) {

  private static final String FENCE = "---";
  // title: "Maduro ber Putin" -> title, Maduro ber Putin
  private static final Pattern ENTRY = Pattern.compile("\\s*([\\w.-]+)\\s*:\\s*(.*?)\\s*");

  /** Splits front matter off a text; a file without a well-formed block is all body. */
  static FrontMatter parse(String text, String path) throws UnreadableDocumentException {
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
      return none(text);
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().equals(FENCE)) {
        String body = String.join("\n", lines.subList(i + 1, lines.size()));
        return of(values, body, path);
      }
      Matcher entry = ENTRY.matcher(line);
      if (entry.matches()) {
        values.put(entry.group(1), unquote(entry.group(2)));
      } else if (!line.isBlank() && !line.strip().startsWith("#")) {
        // A "---" rule followed by prose is a text that starts with a rule, not front matter.
        return none(text);
      }
    }
    return none(text);
  }

  private static FrontMatter none(String text) {
    return new FrontMatter(null, null, null, null, Map.of(), text);
  }

  private static FrontMatter of(Map<String, String> values, String body, String path)
      throws UnreadableDocumentException {
    String title = null;
    String source = null;
    Locale language = null;
    LocalDate date = null;
    Map<String, String> extras = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : values.entrySet()) {
      String value = e.getValue();
      if (value.isEmpty()) {
        continue;
      }
      switch (e.getKey().toLowerCase(Locale.ROOT)) {
        case "title" -> title = value;
        case "source" -> source = value;
        case "lang" -> language = language(value, path);
        case "date" ->
            date =
                DateParser.parse(value)
                    .orElseThrow(
                        () -> new UnreadableDocumentException(path, "invalid date: " + value));
        default -> extras.put(e.getKey(), value);
      }
    }
    return new FrontMatter(title, language, source, date, extras, body);
  }

  private static Locale language(String tag, String path) throws UnreadableDocumentException {
    Locale locale = Locale.forLanguageTag(tag);
    if (locale.getLanguage().isEmpty()) {
      throw new UnreadableDocumentException(path, "invalid lang: " + tag);
    }
    return locale;
  }

  private static String unquote(String value) {
    if (value.length() >= 2) {
      char first = value.charAt(0);
      char last = value.charAt(value.length() - 1);
      if ((first == '"' || first == '\'') && last == first) {
        return value.substring(1, value.length() - 1).strip();
      }
    }
    return value;
  }
}
