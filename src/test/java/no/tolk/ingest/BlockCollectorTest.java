package no.tolk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BlockCollectorTest {

  @Test
  void whitespace_runs_of_any_kind_become_one_space() {
    assertThat(BlockCollector.normalize("  Kampfly\u00A0og\t\tmissiler\r\n i\u2003nord \u3000"))
        .isEqualTo("Kampfly og missiler i nord");
    // A zero-width space is not whitespace: it stays.
    assertThat(BlockCollector.normalize("a\u200Bb")).isEqualTo("a\u200Bb");
  }

  @Test
  void normalising_matches_the_unicode_whitespace_class_on_random_text() {
    Pattern whitespace = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    char[] alphabet = {'a', 'ø', ' ', '\t', '\n', '\u000B', '\u001F', '\u0085', '\u00A0',
        '\u1680', '\u2007', '\u200A', '\u200B', '\u2028', '\u202F', '\u205F', '\u3000', '\uFEFF'};
    Random random = new Random(42);
    for (int n = 0; n < 10_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String expected = whitespace.matcher(text).replaceAll(" ").strip();
      assertThat(BlockCollector.normalize(text.toString())).as("%s", text).isEqualTo(expected);
    }
  }
}
