package no.tolk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

  private final LanguageDetector detector = new LanguageDetector();

  @Test
  void tells_bokmaal_nynorsk_and_english_paragraphs_apart() {
    assertThat(detector.detectLongEnough(
            "Regjeringen har bestemt at skolene skal få mer penger til lærebøker neste år."))
        .contains(Language.NB);
    assertThat(detector.detectLongEnough(
            "Regjeringa har bestemt at skulane skal få meir pengar til lærebøker neste år, "
                + "og kommunane ønskjer òg å vere med."))
        .contains(Language.NN);
    assertThat(detector.detectLongEnough(
            "The government has decided that schools will get more money for textbooks next year."))
        .contains(Language.EN);
  }

  @Test
  void short_text_is_left_to_the_document() {
    assertThat(detector.detectLongEnough("Maduro")).isEmpty();
    assertThat(detector.detectLongEnough("See also")).isEmpty();
  }

  @Test
  void a_short_text_leaning_to_the_documents_language_takes_it_and_one_leaning_away_is_read() {
    // One English function word, in an English document: taken as English.
    assertThat(detector.detectLongEnough("Installing the Skolelinux tjener", Language.EN))
        .contains(Language.EN);
    // A Norwegian heading in the same document goes to the models, which read it as Norwegian.
    assertThat(detector.detectLongEnough("Installasjon av Skolelinux-tjeneren", Language.EN))
        .contains(Language.NB);
  }

  @Test
  void query_language_is_given_only_when_clear() throws InterruptedException {
    // The models load in the background; a query before that gets no language.
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (detector.detectClearly("how to install the printer").isEmpty()
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(detector.detectClearly("hvordan installere skriveren")).contains(Language.NB);
    assertThat(detector.detectClearly("how to install the printer")).contains(Language.EN);
    assertThat(detector.detectClearly("pxe")).isEmpty();
  }
}
