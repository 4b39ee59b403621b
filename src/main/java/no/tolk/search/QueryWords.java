package no.tolk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.tolk.analysis.Analyzers;
import no.tolk.analysis.Language;
import no.tolk.analysis.TermLayer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The words of a piece of query text as both languages read it: each word's exact forms, its
 * Norwegian and English stems (absent where the word is a stop word in that language) and its
 * folded spellings.
 */
final class QueryWords {

  /** One word of the query, at {@code position} among the others. */
  record Word(
      int position,
      List<String> exact,
      List<String> norwegianStems,
      String englishStem,
      List<String> folded,
      List<String> parts,
      float norwegianWeight,
      float englishWeight) {

    /** A stop word in either language carries too little meaning to match on its own. */
    boolean isStopWord() {
      return norwegianStems.isEmpty() || englishStem == null;
    }

    Word at(int newPosition) {
      return new Word(
          newPosition, exact, norwegianStems, englishStem, folded, parts, norwegianWeight,
          englishWeight);
    }
  }

  private QueryWords() {}

  /** The stem weight of the side a query is not written in, when its language is clear. */
  static final float OTHER_SIDE = 0.8f;

  /**
   * Analyses {@code text} with the Norwegian and English chains and merges them word by word.
   * When the query's language is known, its own side's stems weigh fully and the other side's
   * less; both are still searched.
   */
  static List<Word> of(String text, Analyzers analyzers, Optional<Language> language) {
    Language norwegian = language.filter(l -> l == Language.NN).orElse(Language.NB);
    List<Builder> words = new ArrayList<>();
    read(text, analyzers, norwegian, words);
    read(text, analyzers, Language.EN, words);
    float norwegianWeight = language.isPresent() && !language.get().isNorwegian() ? OTHER_SIDE : 1f;
    float englishWeight = language.isPresent() && language.get().isNorwegian() ? OTHER_SIDE : 1f;
    return words.stream()
        .filter(word -> !word.exact.isEmpty())
        .map(word -> word.build(norwegianWeight, englishWeight))
        .toList();
  }

  private static void read(String text, Analyzers analyzers, Language language, List<Builder> out) {
    try (TokenStream stream = analyzers.forLanguage(language).tokenStream("query", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute posInc = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      // Code parts ("30mk2" -> 30, mk, 2) stack on a word; the query uses the whole word only.
      boolean inWhole = false;
      while (stream.incrementToken()) {
        String token = term.toString();
        TermLayer layer = TermLayer.ofTerm(token);
        String form = token.substring(layer.prefix().length());
        if (posInc.getPositionIncrement() > 0) {
          position += posInc.getPositionIncrement();
          inWhole = true;
          while (out.size() <= position) {
            out.add(new Builder(out.size()));
          }
        } else if (layer == TermLayer.EXACT) {
          inWhole = false;
        }
        if (!inWhole) {
          continue;
        }
        Builder word = out.get(position);
        switch (layer) {
          case EXACT -> word.exact.add(form);
          case NORWEGIAN_STEM -> word.norwegianStems.add(form);
          case ENGLISH_STEM -> word.englishStem = form;
          case FOLDED -> word.folded.add(form);
          case PART -> word.parts.add(form);
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot do I/O", e);
    }
  }

  private static final class Builder {
    final int position;
    final Set<String> exact = new LinkedHashSet<>();
    final Set<String> folded = new LinkedHashSet<>();
    final Set<String> norwegianStems = new LinkedHashSet<>();
    final Set<String> parts = new LinkedHashSet<>();
    String englishStem;

    Builder(int position) {
      this.position = position;
    }

    Word build(float norwegianWeight, float englishWeight) {
      return new Word(
          position,
          List.copyOf(exact),
          List.copyOf(norwegianStems),
          englishStem,
          List.copyOf(folded),
          List.copyOf(parts),
          norwegianWeight,
          englishWeight);
    }
  }
}
