package no.tolk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes the page chrome a web page copied as text carries: button and icon labels, cross-links,
 * paywall teasers, and the trailing region of site name, disclaimer and pitches.
 */
final class PageChromeFilter {

  /** A whole-line pattern; {@code endsArticle} when nothing after such a line is article text. */
  private record Rule(Pattern line, boolean endsArticle) {}

  // Unicode classes so that \b works after "også" and "donér"
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS;

  private static final List<Rule> RULES =
      List.of(
          // share and like buttons: "Share", "Del", "Tweet", "Del Tweet"
          drop(
              "(?:(?:share|del|dele|tweet|like|lik|lagre|save|print|skriv ut|copy link"
                  + "|kopier lenke|e-post|email)\\s*)+"),
          // icon labels left by screen-reader text: "Bell Icon", "Facebook icon", "Søk-ikon"
          drop("(?:[\\p{L}-]+[\\s-]+){0,2}(?:icon|ikon)"),
          // cross-links: "Les også: Venezuela anklager USA …", "Read also: …", "Related: …"
          drop("(?:les også|les ogsa|read also|also read)\\b.*"),
          drop("(?:related|relatert|relaterte saker|related articles)\\s*:.*"),
          // "Les mer", "Read more", "Vis mer →"
          drop("(?:les mer|read more|vis mer|show more|see more)\\s*[»→>.…]*"),
          // paywall teaser for another article: "I Spania er … ettertraktet 🔒"
          drop(".*\\x{1F512}\\s*"),
          // "Du har nettopp lest en gratisartikkel", "You have just read a free article"
          end("(?:du har nettopp lest|you(?: have|'ve) just read)\\b.*"),
          // "For å støtte oss abonnér eller donér!", "Subscribe now", "Please donate"
          end(".*\\b(?:abonnér|donér|abonner nå|doner nå|bli abonnent)(?!\\p{L}).*"),
          end(
              "(?:.*[.!?]\\s+)?(?:please\\s+)?(?:subscribe|donate|support us"
                  + "|become a (?:member|subscriber))\\b.*"),
          end(".*\\b(?:subscribe|donate) (?:now|today)\\b.*"),
          // "Nyhetsartikler generert ved hjelp av kunstig intelligens. …"
          end(
              ".*(?:artikler|artikkel|tekster|teksten|innhold|articles?|content|text)\\b.*"
                  + "\\b(?:generert|generated)\\b.*"
                  + "(?:kunstig intelligens|artificial intelligence|\\bAI\\b).*"),
          // lists of other stories: "Siste nytt", "Latest news", "Mest lest"
          end("(?:siste nytt|latest news|mest lest|most read|flere saker|more stories)\\s*"));

  private static final int MAX_END_WORDS = 30;

  // A site name as a line of its own, at most three words: "Geopolitika"
  private static final Pattern SITE_NAME = Pattern.compile("\\p{L}[\\p{L}\\d .&'-]{0,40}");

  private PageChromeFilter() {}

  /**
   * The lines without chrome; a dropped line becomes blank so it never glues two paragraphs
   * together, and the trailing chrome region is cut off whole.
   */
  static List<String> filter(List<String> lines) {
    List<String> kept = new ArrayList<>();
    String previous = "";
    int previousAt = 0;
    for (String line : lines) {
      String text = BlockCollector.normalize(line);
      if (text.isEmpty()) {
        kept.add("");
        continue;
      }
      if (endsArticle(text)) {
        break;
      }
      if (isRepeatedSiteName(text, previous)) {
        // the first of the two lines already starts the footer
        return kept.subList(0, previousAt);
      }
      previous = text;
      previousAt = kept.size();
      kept.add(isChrome(text) ? "" : line);
    }
    return kept;
  }

  private static boolean isChrome(String text) {
    return RULES.stream().anyMatch(r -> !r.endsArticle() && r.line().matcher(text).matches());
  }

  private static boolean endsArticle(String text) {
    // Pitches and disclaimers are short; a long paragraph that mentions subscribing is prose.
    if (text.split(" ").length > MAX_END_WORDS) {
      return false;
    }
    return RULES.stream().anyMatch(r -> r.endsArticle() && r.line().matcher(text).matches());
  }

  // "Geopolitika" twice in a row is a site footer; a repeated sentence would end in punctuation.
  private static boolean isRepeatedSiteName(String text, String previous) {
    return text.equals(previous)
        && SITE_NAME.matcher(text).matches()
        && text.split(" ").length <= 3;
  }

  private static Rule drop(String regex) {
    return new Rule(Pattern.compile(regex, FLAGS), false);
  }

  private static Rule end(String regex) {
    return new Rule(Pattern.compile(regex, FLAGS), true);
  }
}
