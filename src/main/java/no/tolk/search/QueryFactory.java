package no.tolk.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import no.tolk.analysis.Analyzers;
import no.tolk.analysis.Folding;
import no.tolk.analysis.Language;
import no.tolk.analysis.LanguageDetector;
import no.tolk.analysis.TermLayer;
import no.tolk.index.Fields;
import no.tolk.search.QuerySyntax.Occur;
import no.tolk.search.QuerySyntax.Part;
import no.tolk.search.QueryWords.Word;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.BlendedTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a person typed into a Lucene query over the layered fields. Each word matches its
 * exact form, its stem in either language, and its folded spellings, weighted in that order;
 * words near each other and words in the title lift a document.
 */
public final class QueryFactory {

  static final float EXACT = 1.0f;
  static final float STEM = 0.6f;
  static final float PART = 0.4f;
  static final float FOLDED = 0.3f;
  /** Parts of a compound query word found written apart within this many positions. */
  static final int PARTS_WIDTH = 6;
  static final float TITLE = 2.0f;
  static final float PROXIMITY = 0.5f;
  static final int PROXIMITY_SLOP = 6;
  static final int MIN_PREFIX = 2;

  private final Analyzers analyzers;
  private final LanguageDetector detector;

  public QueryFactory(Analyzers analyzers, LanguageDetector detector) {
    this.analyzers = analyzers;
    this.detector = detector;
  }

  /** Waits until the query-language models are loaded: from then on, queries read alike. */
  public void awaitModels() throws InterruptedException {
    detector.awaitModels();
  }

  /**
   * A query read for searching and for highlighting.
   *
   * @param query what ranks the documents, or null when nothing searchable was typed
   * @param highlight every positive part as an alternative: what to mark in the text
   * @param notice what the reader should know about how the query was read, or ""
   * @param proximity a bonus for the query's words close together, or null: applied to the best
   *     first-pass hits only, since checking positions on every candidate is what makes
   *     multi-word queries slow
   * @param quoted the quoted parts, read as written, that have other forms; each as it matches
   * @param wider the same query with its quoted words in every form, as unquoted words match
   *     them; null when {@code quoted} is empty, as it would match nothing more
   */
  public record Built(
      Query query, Query highlight, String notice, Query proximity, List<Query> quoted,
      Built wider) {

    public Built {
      quoted = List.copyOf(quoted);
    }

    Built(Query query, Query highlight, String notice) {
      this(query, highlight, notice, null, List.of(), null);
    }

    /** Whether reading quoted words in every form could find more. */
    public boolean widens() {
      return wider != null;
    }
  }

  /** One part of the query with its words as both languages read them. */
  private record ReadPart(Part part, List<Word> words) {}

  /**
   * The query with quoted words matched as written, and, when they have other forms, its wider
   * reading. Quotes ask for the words as typed, which is also what keeps a phrase of common words
   * cheap: one walk over positions instead of one per language's stems. Both readings share one
   * analysis of the text.
   */
  public Built build(String raw) {
    QuerySyntax.Parsed parsed = QuerySyntax.parse(raw);
    List<String> notices = new ArrayList<>();
    if (parsed.truncated()) {
      notices.add(
          "The query was long; only its first "
              + QuerySyntax.MAX_PARTS
              + " parts and "
              + QuerySyntax.MAX_LENGTH
              + " characters were used.");
    }
    if (parsed.leadingWildcard()) {
      notices.add("A * or ? at the start of a word is ignored: words are matched from the start.");
    }
    Optional<Language> language = detector.detectClearly(positiveText(parsed));
    List<ReadPart> read = new ArrayList<>();
    for (Part part : parsed.parts()) {
      List<Word> words = QueryWords.of(part.text(), analyzers, language);
      if (words.isEmpty()) {
        continue;
      }
      if (part.prefix() && part.text().length() < MIN_PREFIX) {
        notices.add("A prefix needs at least " + MIN_PREFIX + " letters before the *.");
        part = new Part(part.text(), part.occur(), false, false);
      }
      read.add(new ReadPart(part, words));
    }
    boolean severalParts = parsed.parts().size() > 1;
    Built written = assemble(read, severalParts, notices, true);
    return written.quoted().isEmpty()
        ? written
        : new Built(written.query(), written.highlight(), written.notice(), written.proximity(),
            written.quoted(), assemble(read, severalParts, notices, false));
  }

  /** The query from its read parts, with quoted words {@code asWritten} or in every form. */
  private Built assemble(
      List<ReadPart> read, boolean severalParts, List<String> notices, boolean quotedAsWritten) {
    List<String> said = new ArrayList<>(notices);
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    BooleanQuery.Builder highlight = new BooleanQuery.Builder();
    List<Word> proximityWords = new ArrayList<>();
    boolean positive = false;
    boolean negative = false;
    List<Query> quotedParts = new ArrayList<>();
    for (ReadPart one : read) {
      Part part = one.part();
      List<Word> words = one.words();
      if (part.occur() == Occur.MUST_NOT) {
        // Excluding a phrase excludes it in every form: what is left out should stay out.
        query.add(partQuery(Fields.BODY, part, words, false, false), BooleanClause.Occur.MUST_NOT);
        query.add(partQuery(Fields.TITLE, part, words, false, false), BooleanClause.Occur.MUST_NOT);
        negative = true;
        continue;
      }
      boolean onlyStopWords = severalParts && words.stream().allMatch(Word::isStopWord);
      if (part.occur() == Occur.SHOULD && onlyStopWords && !part.phrase()) {
        continue;
      }
      boolean asWritten = quotedAsWritten && part.phrase();
      // Ranks and marks matches alike: shared by the query and the highlight query.
      Query either =
          new RewriteOnce(
              words.size() == 1 && !part.prefix()
                  ? wordQuery(
                      Map.of(Fields.BODY, 1.0f, Fields.TITLE, TITLE), words.get(0), true, asWritten)
                  : either(
                      partQuery(Fields.BODY, part, words, true, asWritten),
                      new BoostQuery(
                          partQuery(Fields.TITLE, part, words, true, asWritten), TITLE)));
      query.add(either, part.occur() == Occur.MUST ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
      highlight.add(either, BooleanClause.Occur.SHOULD);
      if (asWritten && hasOtherForms(words)) {
        quotedParts.add(either);
      }
      positive = true;
      if (!part.phrase() && !part.prefix()) {
        proximityWords.addAll(words);
      }
    }
    if (!positive) {
      if (negative) {
        said.add("Add a word to search for: excluding words alone finds nothing.");
      }
      return new Built(null, null, String.join(" ", said));
    }
    Query nearness =
        proximityWords.size() > 1 ? new BoostQuery(proximity(proximityWords), PROXIMITY) : null;
    return new Built(
        query.build(), highlight.build(), String.join(" ", said), nearness, quotedParts, null);
  }

  /** Whether any word has a stem or a folded spelling besides what was typed. */
  private static boolean hasOtherForms(List<Word> words) {
    for (Word word : words) {
      if (!word.norwegianStems().isEmpty() || word.englishStem() != null || !word.folded().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static String positiveText(QuerySyntax.Parsed parsed) {
    StringBuilder text = new StringBuilder();
    for (Part part : parsed.parts()) {
      if (part.occur() != Occur.MUST_NOT) {
        text.append(part.text()).append(' ');
      }
    }
    return text.toString().strip();
  }

  private static Query either(Query a, Query b) {
    return new BooleanQuery.Builder()
        .add(a, BooleanClause.Occur.SHOULD)
        .add(b, BooleanClause.Occur.SHOULD)
        .build();
  }

  private Query partQuery(
      String field, Part part, List<Word> words, boolean scored, boolean asWritten) {
    if (part.prefix()) {
      return prefixQuery(field, words);
    }
    if (words.size() == 1) {
      return wordQuery(Map.of(field, 1.0f), words.get(0), scored, asWritten);
    }
    if (asWritten) {
      return phrase(field, words, 0, word -> written(field, word));
    }
    Query phrase = phraseQuery(field, words, 0);
    if (part.phrase()) {
      return phrase;
    }
    // "usb-skriver" unquoted: its words near each other match too. Only the phrase scores here;
    // nearness earns its bonus from the proximity rescoring, as for words typed apart.
    return new DisjunctionMaxQuery(
        List.of(phrase, new BoostQuery(phraseQuery(field, words, PROXIMITY_SLOP), 0f)), 0f);
  }

  /**
   * Exact form, then stems, then compound parts, then folded spellings: the best of them counts.
   * The forms share one document frequency (the largest), so a rare form cannot outscore a
   * better-weighted common one just by being rare.
   */
  Query wordQuery(String field, Word word, boolean scored) {
    return wordQuery(Map.of(field, 1.0f), word, scored, false);
  }

  /**
   * The word in each of {@code fields} (field -> weight), summed over the fields; {@code
   * asWritten}: its exact forms only.
   */
  Query wordQuery(Map<String, Float> fields, Word word, boolean scored, boolean asWritten) {
    Map<Term, Float> forms = new LinkedHashMap<>();
    fields.forEach((field, weight) -> addForms(forms, field, weight, word, scored, asWritten));
    BlendedTermQuery.Builder blended =
        new BlendedTermQuery.Builder().setRewriteMethod(new FieldSumRewrite(0.1f));
    forms.forEach(blended::add);
    Query best = blended.build();
    if (scored && !asWritten && word.parts().size() > 1 && fields.containsKey(Fields.BODY)) {
      // flyreparasjon -> "reparasjon av fly": the compound's parts written apart
      return new CompoundQuery(best, new BoostQuery(partsApart(Fields.BODY, word.parts()), PART));
    }
    return best;
  }

  private static void addForms(
      Map<Term, Float> forms, String field, float fieldWeight, Word word, boolean scored,
      boolean asWritten) {
    for (String exact : word.exact()) {
      add(forms, field, TermLayer.EXACT, exact, fieldWeight * EXACT);
    }
    if (asWritten) {
      return;
    }
    for (String stem : word.norwegianStems()) {
      add(forms, field, TermLayer.NORWEGIAN_STEM, stem, fieldWeight * STEM * word.norwegianWeight());
    }
    if (word.englishStem() != null) {
      add(forms, field, TermLayer.ENGLISH_STEM, word.englishStem(),
          fieldWeight * STEM * word.englishWeight());
    }
    if (scored) {
      // avtale -> partnerskapsavtale: the word as a part of longer compounds
      for (String stem : word.norwegianStems()) {
        add(forms, field, TermLayer.PART, stem, fieldWeight * PART);
      }
      for (String fold : word.exact()) {
        add(forms, field, TermLayer.FOLDED, fold, fieldWeight * FOLDED);
      }
      for (String fold : word.folded()) {
        add(forms, field, TermLayer.FOLDED, fold, fieldWeight * FOLDED);
        add(forms, field, TermLayer.EXACT, fold, fieldWeight * FOLDED);
      }
    }
  }

  private static void add(
      Map<Term, Float> forms, String field, TermLayer layer, String form, float weight) {
    forms.merge(new Term(field, layer.term(form)), weight, Math::max);
  }

  /** The words in order, each as {@code form} gives its term. */
  private static PhraseQuery phrase(
      String field, List<Word> words, int slop, Function<Word, Term> form) {
    PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(slop);
    int first = words.get(0).position();
    for (Word word : words) {
      phrase.add(form.apply(word), word.position() - first);
    }
    return phrase.build();
  }

  private static Term written(String field, Word word) {
    return new Term(field, TermLayer.EXACT.term(word.exact().get(0)));
  }

  /**
   * The words in order, as written or as stems. One phrase per layer, the best counts: a phrase
   * of mixed alternatives would add up the rarity of every alternative and outweigh the words.
   */
  Query phraseQuery(String field, List<Word> words, int slop) {
    PhraseQuery written = phrase(field, words, slop, word -> written(field, word));
    // A stop word has no stem; its written form stands in.
    PhraseQuery norwegianStems =
        phrase(field, words, slop, word -> word.norwegianStems().isEmpty()
            ? written(field, word)
            : new Term(field, TermLayer.NORWEGIAN_STEM.term(word.norwegianStems().get(0))));
    PhraseQuery englishStems =
        phrase(field, words, slop, word -> word.englishStem() == null
            ? written(field, word)
            : new Term(field, TermLayer.ENGLISH_STEM.term(word.englishStem())));
    // A stem phrase that is the written phrase again (English words have no Norwegian stems,
    // stop words no stems at all) cannot win the max; it would only walk the same positions twice.
    List<Query> variants = new ArrayList<>(3);
    variants.add(new BoostQuery(written, EXACT));
    if (!norwegianStems.equals(written)) {
      variants.add(new BoostQuery(norwegianStems, STEM));
    }
    if (!englishStems.equals(written) && !englishStems.equals(norwegianStems)) {
      variants.add(new BoostQuery(englishStems, STEM));
    }
    return new DisjunctionMaxQuery(variants, 0.0f);
  }

  /** Words of the query found close together, in any order. */
  private Query proximity(List<Word> words) {
    List<Word> meaningful = words.stream().filter(word -> !word.isStopWord()).toList();
    List<Word> chosen = meaningful.size() > 1 ? meaningful : words;
    List<Word> renumbered = new ArrayList<>(chosen.size());
    for (int i = 0; i < chosen.size(); i++) {
      renumbered.add(chosen.get(i).at(i));
    }
    return phraseQuery(Fields.BODY, renumbered, PROXIMITY_SLOP);
  }

  /**
   * All parts written as words of their own, near each other in any order ("reparasjon av fly"),
   * scored like any terms; nearness only filters.
   */
  private static Query partsApart(String field, List<String> parts) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    IntervalsSource[] near = new IntervalsSource[parts.size()];
    for (int i = 0; i < parts.size(); i++) {
      Term term = new Term(field, TermLayer.NORWEGIAN_STEM.term(parts.get(i)));
      all.add(new TermQuery(term), BooleanClause.Occur.MUST);
      near[i] = Intervals.term(term.bytes());
    }
    all.add(
        new IntervalQuery(field, Intervals.maxwidth(PARTS_WIDTH, Intervals.unordered(near))),
        BooleanClause.Occur.FILTER);
    return all.build();
  }

  private Query prefixQuery(String field, List<Word> words) {
    String last = words.get(words.size() - 1).exact().get(0).toLowerCase(Locale.ROOT);
    Query prefix =
        new DisjunctionMaxQuery(
            List.of(
                new PrefixQuery(new Term(field, TermLayer.EXACT.term(last))),
                new BoostQuery(
                    new PrefixQuery(new Term(field, TermLayer.FOLDED.term(foldOf(last)))),
                    FOLDED)),
            0.0f);
    if (words.size() == 1) {
      return prefix;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (Word word : words.subList(0, words.size() - 1)) {
      all.add(wordQuery(field, word, true), BooleanClause.Occur.MUST);
    }
    all.add(prefix, BooleanClause.Occur.MUST);
    return all.build();
  }

  private static String foldOf(String word) {
    Set<String> variants = Folding.variants(word);
    return variants.isEmpty() ? word : variants.iterator().next();
  }

}
