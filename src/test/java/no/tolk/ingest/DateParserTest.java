package no.tolk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateParserTest {

  private static final LocalDate FIRST_OF_NOVEMBER = LocalDate.of(2025, 11, 1);

  @Test
  void norwegian_english_and_iso_dates_are_understood() {
    assertThat(DateParser.parse("1. november, 2025")).contains(FIRST_OF_NOVEMBER);
    assertThat(DateParser.parse("1. november 2025")).contains(FIRST_OF_NOVEMBER);
    assertThat(DateParser.parse("November 1, 2025")).contains(FIRST_OF_NOVEMBER);
    assertThat(DateParser.parse("1 November 2025")).contains(FIRST_OF_NOVEMBER);
    assertThat(DateParser.parse("2025-11-01")).contains(FIRST_OF_NOVEMBER);
    assertThat(DateParser.parse("2025-11-01T08:30:00+01:00")).contains(FIRST_OF_NOVEMBER);
    assertThat(DateParser.parse("17. MAI 1814")).contains(LocalDate.of(1814, 5, 17));
    assertThat(DateParser.parse("24. desember 2024")).contains(LocalDate.of(2024, 12, 24));
  }

  @Test
  void text_that_only_contains_a_date_or_an_impossible_date_is_no_date() {
    assertThat(DateParser.parse("Møtet 1. november 2025 i Moskva")).isEmpty();
    assertThat(DateParser.parse("31. februar 2025")).isEmpty();
    assertThat(DateParser.parse("1. brumaire 2025")).isEmpty();
    assertThat(DateParser.parse("2025-11-01 Møte i styret")).isEmpty();
  }
}
