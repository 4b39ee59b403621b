package no.tolk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DocumentIdTest {

  @Test
  void the_same_path_always_gets_the_same_short_id() {
    assertThat(DocumentId.of("nb/kampfly.md")).isEqualTo(DocumentId.of("nb/kampfly.md"))
        .hasSize(16).matches("[0-9a-f]{16}");
    assertThat(DocumentId.of("nb/kampfly.md")).isNotEqualTo(DocumentId.of("en/fighters.md"));
  }

  @Test
  void the_order_number_sorts_as_the_id_text() {
    // Ids on both sides of the sign bit (first hex digit below and above 8) must keep their order.
    List<String> ids =
        IntStream.range(0, 2000).mapToObj(i -> DocumentId.of("doc-" + i + ".md")).toList();
    assertThat(ids).anyMatch(id -> id.charAt(0) < '8').anyMatch(id -> id.charAt(0) >= '8');
    List<String> byText = ids.stream().sorted().toList();
    List<String> byNumber =
        ids.stream().sorted(Comparator.comparingLong(DocumentId::order)).toList();
    assertThat(byNumber).isEqualTo(byText);
  }

  @Test
  void the_extreme_ids_sort_at_the_ends() {
    assertThat(DocumentId.order("0000000000000000")).isEqualTo(Long.MIN_VALUE);
    assertThat(DocumentId.order("ffffffffffffffff")).isEqualTo(Long.MAX_VALUE);
  }
}
