package no.tolk.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import no.tolk.analysis.Analyzers;
import no.tolk.analysis.Language;
import no.tolk.analysis.LanguageDetector;
import no.tolk.index.DocumentRecord;
import no.tolk.index.Fields;
import no.tolk.index.WordLengthSimilarity;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Searches the index: ranked hits with snippets, and whole documents with every match marked. */
public final class SearchService implements Searcher, Closeable {

  static final int SNIPPETS_PER_HIT = 3;

  /**
   * Best score first; equal scores in the order of the documents' stable ids, so a ranking does
   * not change when the same files are indexed in another order.
   */
  private static final Sort RANKING =
      new Sort(SortField.FIELD_SCORE, new SortField(Fields.ORDER, SortField.Type.LONG));

  /** Totals are exact up to this many matches, and a lower bound beyond. */
  static final int EXACT_COUNT_UP_TO = 1000;

  /**
   * Quoted words found as written in fewer documents than this, a page, are searched in every
   * form instead, if that finds more. Decided on the totals, not the page, so every page is cut
   * from one ranking.
   */
  static final int WIDEN_BELOW = 10;

  /**
   * What the reader is told when quoted words were widened to every form; {@code asWritten} is
   * how many results the query found with them as written.
   */
  static String widened(long asWritten) {
    String found =
        asWritten == 0
            ? "No result has"
            : asWritten == 1 ? "Only 1 result has" : "Only " + asWritten + " results have";
    return found + " the quoted words exactly as written, so other forms of them count too.";
  }

  private final SearcherManager manager;
  private final Closeable owned;
  private final QueryFactory queries;

  private SearchService(SearcherManager manager, Closeable owned, Analyzers analyzers) {
    this.manager = manager;
    this.owned = owned;
    this.queries = new QueryFactory(analyzers, new LanguageDetector());
  }

  /** Searches the searchers of a live index; closing the service leaves the index open. */
  public static SearchService over(SearcherManager searchers, Analyzers analyzers) {
    return new SearchService(searchers, () -> {}, analyzers);
  }

  /** Opens the index in {@code indexDir} read-only; it must exist (run the indexer first). */
  public static SearchService open(Path indexDir, Analyzers analyzers) throws IOException {
    Directory directory = FSDirectory.open(indexDir);
    SearcherManager manager = new SearcherManager(directory, WordLengthSimilarity.SEARCHERS);
    return new SearchService(manager, () -> {
      manager.close();
      directory.close();
    }, analyzers);
  }

  /** Makes changes the indexer committed since the last call visible to searches. */
  public void refresh() throws IOException {
    manager.maybeRefreshBlocking();
  }

  /**
   * Waits until every query will be read the same way; the first queries after start-up are
   * otherwise read without guessing their language. For evaluations and benchmarks.
   */
  public void awaitModels() throws InterruptedException {
    queries.awaitModels();
  }

  @Override
  public boolean ready() {
    return true;
  }

  @Override
  public SearchResult search(SearchRequest request) {
    long start = System.nanoTime();
    QueryFactory.Built built = queries.build(request.query());
    if (built.query() == null) {
      return new SearchResult(request.query(), 0, millisSince(start), List.of(), built.notice());
    }
    try {
      IndexSearcher searcher = manager.acquire();
      try {
        int wanted = request.offset() + request.limit();
        TopDocs top = collect(searcher, request, built, wanted);
        if (built.widens() && top.totalHits.value() < WIDEN_BELOW) {
          QueryFactory.Built wide = built.wider();
          TopDocs wider = collect(searcher, request, wide, wanted);
          if (wider.totalHits.value() > top.totalHits.value()) {
            Widened widened = new Widened(built, top.totalHits.value());
            return page(searcher, request, wide, widened, wider, start);
          }
        }
        return page(searcher, request, built, null, top, start);
      } finally {
        manager.release(searcher);
      }
    } catch (IndexSearcher.TooManyClauses e) {
      return new SearchResult(
          request.query(), 0, millisSince(start), List.of(),
          "The query expands to too many words; make the prefix longer or use fewer words.");
    } catch (IOException e) {
      throw new UncheckedIOException("reading the index failed", e);
    }
  }

  /** The first-pass ranking, deep enough for the proximity rescoring and the page. */
  private static TopDocs collect(
      IndexSearcher searcher, SearchRequest request, QueryFactory.Built built, int wanted)
      throws IOException {
    int firstPass = built.proximity() == null ? wanted : Math.max(wanted, ProximityRescorer.WINDOW);
    // Counting every match exactly would score every matching document and stop the search
    // from skipping; past this many, "at least" is all a reader needs.
    return searcher.search(
        filtered(built.query(), request.language()),
        new TopFieldCollectorManager(RANKING, firstPass, null, EXACT_COUNT_UP_TO));
  }

  /** The query read with quoted words as written, and how many documents it found. */
  private record Widened(QueryFactory.Built written, long found) {}

  /**
   * One page of hits with snippets. {@code widened} is set when {@code built} is the widened
   * reading of a query: each hit is then marked as the document view marks it.
   */
  private SearchResult page(
      IndexSearcher searcher, SearchRequest request, QueryFactory.Built built,
      Widened widened, TopDocs top, long start) throws IOException {
    int wanted = request.offset() + request.limit();
    Query proximity = built.proximity();
    ScoreDoc[] docs =
        proximity == null
            ? top.scoreDocs
            : ProximityRescorer.rescore(searcher, top.scoreDocs, proximity);
    Marks marks =
        widened == null
            ? new Marks(MatchOffsets.Finder.of(searcher, built.highlight()), null, List.of())
            : marks(searcher, widened.written(), built);
    int from = Math.min(request.offset(), docs.length);
    int[] ids = new int[Math.min(docs.length, wanted) - from];
    Arrays.setAll(ids, i -> docs[from + i].doc);
    DocumentRecord[] records = DocumentRecord.readAll(searcher.getIndexReader(), ids);
    MatchOffsets.InDocument[] found = marks.in(searcher, ids);
    List<Hit> hits = new ArrayList<>(ids.length);
    for (int i = 0; i < ids.length; i++) {
      hits.add(hit(docs[from + i], records[i], found[i]));
    }
    String notice =
        widened == null ? built.notice() : join(built.notice(), widened(widened.found()));
    return new SearchResult(
        request.query(),
        top.totalHits.value(),
        millisSince(start),
        hits,
        notice,
        top.totalHits.relation() == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO);
  }

  private static String join(String notice, String more) {
    return notice.isEmpty() ? more : notice + " " + more;
  }

  /**
   * What to mark in a document: the query as typed, or, where the document lacks a quoted part
   * as written (it has it only in other forms), the widened reading. A widened search and the
   * document view decide alike, so a result opens at a passage that is marked.
   */
  private record Marks(
      MatchOffsets.Finder typed, MatchOffsets.Finder widened, List<Weight> quoted) {

    /** The marks of each of {@code docs}, in that order. */
    MatchOffsets.InDocument[] in(IndexSearcher searcher, int[] docs) throws IOException {
      if (widened == null) {
        return typed.in(searcher, docs);
      }
      MatchOffsets.InDocument[] found = new MatchOffsets.InDocument[docs.length];
      for (int i = 0; i < docs.length; i++) {
        found[i] = (lacksQuotedPart(searcher, docs[i]) ? widened : typed)
            .in(searcher, new int[] {docs[i]})[0];
      }
      return found;
    }

    private boolean lacksQuotedPart(IndexSearcher searcher, int doc) throws IOException {
      for (Weight part : quoted) {
        if (!MatchOffsets.matches(searcher, part, doc)) {
          return true;
        }
      }
      return false;
    }
  }

  private Marks marks(IndexSearcher searcher, String query) throws IOException {
    QueryFactory.Built typed = queries.build(query);
    return typed.widens()
        ? marks(searcher, typed, typed.wider())
        : new Marks(MatchOffsets.Finder.of(searcher, typed.highlight()), null, List.of());
  }

  private static Marks marks(
      IndexSearcher searcher, QueryFactory.Built typed, QueryFactory.Built widened)
      throws IOException {
    List<Weight> quoted = new ArrayList<>(typed.quoted().size());
    for (Query part : typed.quoted()) {
      quoted.add(matchWeight(searcher, part));
    }
    return new Marks(
        MatchOffsets.Finder.of(searcher, typed.highlight()),
        MatchOffsets.Finder.of(searcher, widened.highlight()),
        quoted);
  }

  private static Hit hit(ScoreDoc scoreDoc, DocumentRecord doc, MatchOffsets.InDocument found) {
    List<MatchOffsets.Range> inBody = found.body();
    List<MatchOffsets.Range> inTitle = found.title();
    List<Snippet> snippets = Snippets.build(doc.body(), doc.layout(), inBody, SNIPPETS_PER_HIT);
    String section = snippets.isEmpty() ? "" : snippets.get(0).section();
    // The lead of an article sits under its title; repeating the title says nothing.
    section = section.equals(doc.title()) ? "" : section;
    return new Hit(
        doc.id(),
        doc.path(),
        doc.title(),
        Highlighter.mark(doc.title(), 0, doc.title().length(), inTitle),
        doc.language(),
        section,
        snippets.isEmpty() ? 0 : snippets.get(0).page(),
        doc.date(),
        score(scoreDoc),
        snippets);
  }

  /** The relevance score; sorting by it keeps it among the sort values. */
  private static float score(ScoreDoc scoreDoc) {
    return scoreDoc instanceof FieldDoc sorted && sorted.fields[0] instanceof Float score
        ? score
        : scoreDoc.score;
  }

  @Override
  public Optional<DocumentView> document(String id, String query) {
    return withDocument(id, (searcher, docId) -> view(searcher, docId, query));
  }

  @Override
  public Optional<String> path(String id) {
    return withDocument(
        id, (searcher, docId) -> DocumentRecord.read(searcher.getIndexReader(), docId).path());
  }

  /** What to read of one document, found by id. */
  private interface DocumentRead<T> {
    T read(IndexSearcher searcher, int docId) throws IOException;
  }

  private <T> Optional<T> withDocument(String id, DocumentRead<T> read) {
    try {
      IndexSearcher searcher = manager.acquire();
      try {
        TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
        if (top.scoreDocs.length == 0) {
          return Optional.empty();
        }
        return Optional.of(read.read(searcher, top.scoreDocs[0].doc));
      } finally {
        manager.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the index failed", e);
    }
  }


  private DocumentView view(IndexSearcher searcher, int docId, String query) throws IOException {
    DocumentRecord doc = DocumentRecord.read(searcher.getIndexReader(), docId);
    MatchOffsets.InDocument found =
        query == null
            ? MatchOffsets.NONE
            : marks(searcher, query).in(searcher, new int[] {docId})[0];
    List<MatchOffsets.Range> inBody = found.body();
    List<MatchOffsets.Range> inTitle = found.title();
    List<DocumentView.Block> blocks = new ArrayList<>(doc.layout().entries().size());
    for (var entry : doc.layout().entries()) {
      String html = Highlighter.mark(doc.body(), entry.start(), entry.end(), inBody);
      blocks.add(new DocumentView.Block(entry.kind(), entry.level(), html, entry.language()));
    }
    // Phrases never span blocks (positions leave a gap between them), so every match is in one.
    int marks = inBody.size();
    return new DocumentView(
        doc.id(),
        doc.path(),
        doc.title(),
        Highlighter.mark(doc.title(), 0, doc.title().length(), inTitle),
        doc.language(),
        doc.source(),
        doc.date(),
        doc.metadata(),
        blocks,
        marks);
  }

  /** A weight that finds matches only. */
  private static Weight matchWeight(IndexSearcher searcher, Query query) throws IOException {
    return searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  private static Query filtered(Query query, Optional<Language> language) {
    if (language.isEmpty()) {
      return query;
    }
    BooleanQuery.Builder languages = new BooleanQuery.Builder();
    for (Language candidate : Language.values()) {
      // The Norwegian filter takes Bokmål and Nynorsk alike.
      if (candidate == language.get() || (candidate.isNorwegian() && language.get().isNorwegian())) {
        languages.add(
            new TermQuery(new Term(Fields.LANGUAGE, candidate.code())), BooleanClause.Occur.SHOULD);
      }
    }
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(languages.build(), BooleanClause.Occur.FILTER)
        .build();
  }

  private static long millisSince(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }

  @Override
  public void close() throws IOException {
    owned.close();
  }
}
