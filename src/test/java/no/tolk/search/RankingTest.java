package no.tolk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import no.tolk.analysis.Analyzers;
import no.tolk.analysis.Language;
import no.tolk.analysis.LanguageDetector;
import no.tolk.analysis.NorwegianDictionary;
import no.tolk.index.Indexer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ranking order on documents alike but for how they write the query word. */
class RankingTest {

  @TempDir Path dir;

  private List<String> ranked(String query, String... files) throws IOException {
    Path corpus = dir.resolve("corpus");
    for (int i = 0; i < files.length; i += 2) {
      Path file = corpus.resolve(files[i]);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "---\nlang: nb\n---\n" + files[i + 1] + "\n");
    }
    try (Analyzers analyzers = new Analyzers()) {
      new Indexer(analyzers, new LanguageDetector()).update(corpus, dir.resolve("index"));
      try (SearchService service = SearchService.open(dir.resolve("index"), analyzers)) {
        return service.search(new SearchRequest(query, Optional.empty(), 0, 10)).hits().stream()
            .map(Hit::path)
            .toList();
      }
    }
  }

  @Test
  void exact_form_outranks_stem_which_outranks_compound_part() throws IOException {
    Assumptions.assumeTrue(
        NorwegianDictionary.shared(Language.NB).isPresent(), "needs hunspell-no for compounds");
    List<String> ranked =
        ranked(
            "avtale",
            "part.txt", "Den nye partnerskapsavtale ble signert i Oslo i går kveld.",
            "stem.txt", "De nye avtalene ble signert i Oslo i går kveld.",
            "exact.txt", "Den nye avtale ble signert i Oslo i går kveld.");
    assertThat(ranked).containsExactly("exact.txt", "stem.txt", "part.txt");
  }

  @Test
  void equal_documents_rank_by_stable_id_whatever_the_order_they_were_indexed_in()
      throws IOException {
    String text = "Ferga til Bergen går om morgenen hver dag.";
    List<String> ranked =
        ranked("ferga", "c.txt", text, "a.txt", text, "d.txt", text, "b.txt", text);
    List<String> byId =
        ranked.stream().sorted(java.util.Comparator.comparing(no.tolk.index.DocumentId::of)).toList();
    assertThat(ranked).hasSize(4).isEqualTo(byId);
    // Two words go through the proximity rescoring, which must keep the same tie order.
    assertThat(ranked("ferga bergen")).isEqualTo(byId);
  }

  @Test
  void matches_deep_in_a_long_document_are_found_snippeted_and_highlighted() throws IOException {
    String filler = "Vanlig tekst om været og årstidene i Norge. ".repeat(600);
    ranked("kvitveis", "long.txt", filler + "\n\nPå slutten kommer kvitveisen fram.");
    try (Analyzers analyzers = new Analyzers();
        SearchService service = SearchService.open(dir.resolve("index"), analyzers)) {
      Hit hit = service.search(new SearchRequest("kvitveisen", Optional.empty(), 0, 1)).hits().get(0);
      assertThat(filler.length()).isGreaterThan(20_000);
      assertThat(hit.snippets().get(0).html()).contains("<mark>kvitveisen</mark>");
      var view = service.document(hit.id(), "kvitveisen").orElseThrow();
      assertThat(view.matchCount()).isEqualTo(1);
      assertThat(view.blocks().get(view.blocks().size() - 1).html()).contains("<mark>kvitveisen</mark>");
    }
  }

  @Test
  void exact_spelling_outranks_folded_spelling() throws IOException {
    List<String> ranked =
        ranked(
            "Tromsø",
            "folded.txt", "Ferga til Tromso går om morgenen hver dag.",
            "spelt.txt", "Ferga til Tromsoe går om morgenen hver dag.",
            "exact.txt", "Ferga til Tromsø går om morgenen hver dag.");
    assertThat(ranked.get(0)).isEqualTo("exact.txt");
    assertThat(ranked).containsExactlyInAnyOrder("exact.txt", "folded.txt", "spelt.txt");
  }

  @Test
  void compound_query_finds_its_parts_written_apart() throws IOException {
    Assumptions.assumeTrue(
        NorwegianDictionary.shared(Language.NB).isPresent(), "needs hunspell-no for compounds");
    List<String> ranked =
        ranked(
            "flyreparasjon",
            "apart.txt", "Verkstedet tar reparasjon av fly og båter.",
            "other.txt", "Verkstedet tar reparasjon av biler og båter.",
            "whole.txt", "Verkstedet tar flyreparasjon og båter.");
    assertThat(ranked).containsExactly("whole.txt", "apart.txt");
  }

  @Test
  void norwegian_text_with_english_quote_does_not_outrank_english_original() throws IOException {
    Path corpus = dir.resolve("corpus");
    String quote = "The alliance with Russia is part of that effort to build a multipolar world.";
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("en.md"),
        "---\nlang: en\n---\n# Russia and Venezuela\n\n" + quote + " "
            + "Both governments signed agreements on energy, arms and space. ".repeat(6) + "\n");
    Files.writeString(corpus.resolve("nb.md"),
        "---\nlang: nb\n---\n# Russland og Venezuela\n\n"
            + "Regjeringene har signert avtaler om energi, våpen og romfart. ".repeat(3) + "\n\n"
            + "Utenriksministeren sa: «" + quote + "»\n\n"
            + "Samarbeidet har vart i mange år, og landene har inngått flere nye avtaler. ".repeat(8)
            + "\n");
    try (Analyzers analyzers = new Analyzers()) {
      new Indexer(analyzers, new LanguageDetector()).update(corpus, dir.resolve("index"));
      try (SearchService service = SearchService.open(dir.resolve("index"), analyzers)) {
        List<String> ranked =
            service.search(new SearchRequest("multipolar world alliance", Optional.empty(), 0, 10))
                .hits().stream().map(Hit::path).toList();
        assertThat(ranked).containsExactly("en.md", "nb.md");
      }
    }
  }

  @Test
  void words_close_together_outrank_the_same_words_far_apart() throws IOException {
    // The same words in both files, so only their distance differs.
    List<String> ranked =
        ranked(
            "kampfly missiler",
            "apart.txt",
            "Kampfly ble sett over byen om morgenen, og senere på dagen kom det nye missiler.",
            "near.txt",
            "Over byen ble kampfly og missiler sett om morgenen, senere på dagen kom det nye.");
    assertThat(ranked).containsExactly("near.txt", "apart.txt");
  }

  @Test
  void a_hyphenated_word_finds_its_parts_written_near_each_other() throws IOException {
    List<String> ranked =
        ranked(
            "usb-skriver",
            "hyphen.txt", "Koble til en usb-skriver og velg den i menyen.",
            "near.txt", "Koble en skriver til usb og velg den i menyen.",
            "far.txt", "En skriver står i gangen. " + "Ingenting her. ".repeat(10) + "Usb er tatt.");
    assertThat(ranked).containsExactly("hyphen.txt", "near.txt");
  }

  @Test
  void pages_of_a_multi_word_query_follow_on_without_gaps_or_repeats() throws IOException {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    // More files than the rescoring window, so later pages rescore a deeper window.
    for (int i = 0; i < 45; i++) {
      // The same words in every file; a third have the two query words side by side.
      String filler = "Værmeldingen for helgen lover sol. ".repeat(3);
      String text = i % 3 == 0
          ? filler + "Kystvakten fant skipet i nord."
          : "Kystvakten fant i nord. " + filler + "skipet";
      Files.writeString(corpus.resolve("f" + i + ".txt"), "---\nlang: nb\n---\n" + text + "\n");
    }
    try (Analyzers analyzers = new Analyzers()) {
      new Indexer(analyzers, new LanguageDetector()).update(corpus, dir.resolve("index"));
      try (SearchService service = SearchService.open(dir.resolve("index"), analyzers)) {
        List<String> all = paths(service.search(new SearchRequest("kystvakten skipet", Optional.empty(), 0, 45)));
        List<String> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < 45; offset += 10) {
          paged.addAll(paths(service.search(new SearchRequest("kystvakten skipet", Optional.empty(), offset, 10))));
        }
        assertThat(all).hasSize(45).doesNotHaveDuplicates();
        assertThat(paged).isEqualTo(all);
        // Within the rescored window, the files with the words side by side come first.
        List<Boolean> near =
            all.subList(0, ProximityRescorer.WINDOW).stream()
                .map(path -> Integer.parseInt(path.replaceAll("\\D", "")) % 3 == 0)
                .toList();
        assertThat(near.indexOf(false)).isGreaterThan(near.lastIndexOf(true));
        assertThat(near).contains(true);
      }
    }
  }

  private static List<String> paths(SearchResult result) {
    return result.hits().stream().map(Hit::path).toList();
  }
}
