package no.tolk.search;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * A part of a query that ranks and also marks matches: rewritten once per index snapshot, not
 * once for each. Rewriting a blended word looks up every form of it in every segment, the
 * costliest step of a query after collecting; the ranking query and the highlight query share
 * the part, so the second rewrite is free.
 */
final class RewriteOnce extends Query {

  private final Query query;
  private IndexReader rewrittenFor;
  private Query rewritten;

  RewriteOnce(Query query) {
    this.query = query;
  }

  @Override
  public synchronized Query rewrite(IndexSearcher searcher) throws IOException {
    if (rewrittenFor != searcher.getIndexReader()) {
      rewritten = searcher.rewrite(query);
      rewrittenFor = searcher.getIndexReader();
    }
    return rewritten;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    query.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return query.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && query.equals(((RewriteOnce) other).query);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + query.hashCode();
  }
}
