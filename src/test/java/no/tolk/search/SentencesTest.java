package no.tolk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

  private static List<String> split(String text) {
    return Sentences.split(text, 0, text.length()).stream()
        .map(range -> text.substring(range[0], range[1]))
        .toList();
  }

  @Test
  void norwegian_abbreviations_and_ordinals_do_not_end_a_sentence() {
    assertThat(split("Møtet gjaldt bl.a. budsjettet og f.eks. skolene. Det varte ca. to timer."))
        .containsExactly(
            "Møtet gjaldt bl.a. budsjettet og f.eks. skolene.", "Det varte ca. to timer.");
    assertThat(split("Avtalen ble signert 1. november i Moskva. Se nr. 4 i listen."))
        .containsExactly("Avtalen ble signert 1. november i Moskva.", "Se nr. 4 i listen.");
  }

  @Test
  void english_abbreviations_and_initials_do_not_end_a_sentence() {
    assertThat(split("Dr. Smith met J. R. Jones, e.g. at noon. They left!"))
        .containsExactly("Dr. Smith met J. R. Jones, e.g. at noon.", "They left!");
  }

  @Test
  void quotes_close_the_sentence_they_end() {
    assertThat(split("Han sa: «Det er krig.» Så gikk han."))
        .containsExactly("Han sa: «Det er krig.»", "Så gikk han.");
  }
}
