package no.tolk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import no.tolk.index.Fields;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Where a query matches in the title and body of documents, read from the offsets in the
 * postings: no re-analysis, and no cut-off however long the document is.
 */
final class MatchOffsets {

  /** A matched range [start, end) of the field's text. */
  record Range(int start, int end) {}

  private MatchOffsets() {}

  /** Where the query matches in a document's title and in its body. */
  record InDocument(List<Range> title, List<Range> body) {}

  /** No matches anywhere: a document viewed without a query. */
  static final InDocument NONE = new InDocument(List.of(), List.of());

  private static final List<String> FIELDS = List.of(Fields.TITLE, Fields.BODY);

  /**
   * A query made ready to mark a page of documents. Its single words are read from one postings
   * list per word and segment for the whole page, in index order: asking the query's weight for
   * each document's matches opened every word's postings again for every hit, a sixth of a
   * search at 1M passages. Phrases, prefixes and the like still ask their own weight, since only
   * it knows which occurrences count.
   */
  static final class Finder {
    private final List<Term> terms;
    private final List<Weight> others;

    /** A finder for nothing: a document viewed without a query. */
    static final Finder NOTHING = new Finder(List.of(), List.of());

    private Finder(List<Term> terms, List<Weight> others) {
      this.terms = terms;
      this.others = others;
    }

    static Finder of(IndexSearcher searcher, Query query) throws IOException {
      if (query == null) {
        return NOTHING;
      }
      Parts parts = new Parts();
      searcher.rewrite(query).visit(parts);
      List<Weight> others = new ArrayList<>(parts.others.size());
      for (Query other : parts.others) {
        // A visitor is handed what a wrapper wraps (a prefix as written, not its rewritten
        // form), so each part is rewritten again.
        Query rewritten = searcher.rewrite(other);
        others.add(searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f));
      }
      return new Finder(List.copyOf(parts.terms), others);
    }

    /** Sorted, merged ranges per field for each of {@code docIds}, in that order. */
    InDocument[] in(IndexSearcher searcher, int[] docIds) throws IOException {
      int n = docIds.length;
      List<List<Range>> title = new ArrayList<>(n);
      List<List<Range>> body = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        title.add(new ArrayList<>());
        body.add(new ArrayList<>());
      }
      Integer[] order = new Integer[n];
      Arrays.setAll(order, i -> i);
      Arrays.sort(order, Comparator.comparingInt(i -> docIds[i]));
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      int from = 0;
      while (from < n) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docIds[order[from]], leaves));
        int to = from;
        while (to < n && docIds[order[to]] < leaf.docBase + leaf.reader().maxDoc()) {
          to++;
        }
        Integer[] inLeaf = Arrays.copyOfRange(order, from, to);
        for (Term term : terms) {
          List<List<Range>> out = term.field().equals(Fields.TITLE) ? title : body;
          readTerm(leaf, term, docIds, inLeaf, out);
        }
        for (Weight other : others) {
          for (int i : inLeaf) {
            Matches matches = other.matches(leaf, docIds[i] - leaf.docBase);
            addRanges(matches, Fields.TITLE, title.get(i));
            addRanges(matches, Fields.BODY, body.get(i));
          }
        }
        from = to;
      }
      InDocument[] found = new InDocument[n];
      for (int i = 0; i < n; i++) {
        found[i] = new InDocument(merge(title.get(i)), merge(body.get(i)));
      }
      return found;
    }

    /** The occurrences of {@code term} in the leaf's documents {@code inLeaf}, in index order. */
    private static void readTerm(
        LeafReaderContext leaf, Term term, int[] docIds, Integer[] inLeaf, List<List<Range>> out)
        throws IOException {
      Terms terms = leaf.reader().terms(term.field());
      if (terms == null) {
        return;
      }
      TermsEnum termsEnum = terms.iterator();
      if (!termsEnum.seekExact(term.bytes())) {
        return;
      }
      PostingsEnum postings = termsEnum.postings(null, PostingsEnum.OFFSETS);
      for (int i : inLeaf) {
        int doc = docIds[i] - leaf.docBase;
        if (postings.docID() < doc && postings.advance(doc) == PostingsEnum.NO_MORE_DOCS) {
          return;
        }
        if (postings.docID() == doc) {
          for (int k = postings.freq(); k > 0; k--) {
            postings.nextPosition();
            if (postings.startOffset() >= 0) {
              out.get(i).add(new Range(postings.startOffset(), postings.endOffset()));
            }
          }
        }
      }
    }
  }

  /**
   * Splits a rewritten query into its single words, whose every occurrence is a match, and the
   * rest. A word counts on its own only under plain disjunctions: a boolean query with required,
   * excluded or a minimum of optional clauses marks a document only where it matches as a whole
   * (a compound's parts apart mark nothing where they are not near each other), so it goes to
   * the rest whole, to be asked through its weight.
   */
  private static final class Parts extends QueryVisitor {
    final Set<Term> terms = new LinkedHashSet<>();
    final Set<Query> others = new LinkedHashSet<>();

    @Override
    public boolean acceptField(String field) {
      return FIELDS.contains(field);
    }

    @Override
    public void consumeTerms(Query query, Term... found) {
      if (query instanceof TermQuery) {
        terms.addAll(List.of(found));
      } else {
        others.add(query);
      }
    }

    @Override
    public void consumeTermsMatching(
        Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      others.add(query);
    }

    @Override
    public void visitLeaf(Query query) {
      others.add(query);
    }

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      if (parent instanceof BooleanQuery bool && !isDisjunction(bool)) {
        others.add(bool);
        return EMPTY_VISITOR;
      }
      return this;
    }

    private static boolean isDisjunction(BooleanQuery query) {
      return query.getMinimumNumberShouldMatch() == 0
          && query.clauses().stream()
              .allMatch(clause -> clause.occur() == BooleanClause.Occur.SHOULD);
    }
  }

  /** Whether the query matches the document at all. */
  static boolean matches(IndexSearcher searcher, Weight weight, int docId) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
    return weight.matches(leaf, docId - leaf.docBase) != null;
  }

  private static void addRanges(Matches matches, String field, List<Range> out)
      throws IOException {
    if (matches == null) {
      return;
    }
    MatchesIterator it = matches.getMatches(field);
    if (it == null) {
      return;
    }
    while (it.next()) {
      if (it.startOffset() >= 0) {
        out.add(new Range(it.startOffset(), it.endOffset()));
      }
    }
  }

  static List<Range> merge(List<Range> ranges) {
    List<Range> sorted = new ArrayList<>(ranges);
    sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
        : Integer.compare(b.end(), a.end()));
    List<Range> merged = new ArrayList<>(sorted.size());
    for (Range range : sorted) {
      Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && range.start() < last.end()) {
        merged.set(merged.size() - 1, new Range(last.start(), Math.max(last.end(), range.end())));
      } else {
        merged.add(range);
      }
    }
    return merged;
  }
}
