package no.tolk.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * A compound word, and also its parts written apart near each other ("reparasjon av fly" for
 * flyreparasjon) while the compound itself is in fewer than {@link #PARTS_BELOW} documents.
 * Looking for the parts reads their positions in every document that has them all, the slowest
 * thing a query does when the parts are common words; once the compound alone is in that many
 * documents it fills every page a reader looks at, and the parts, weighted lower, add nothing
 * there.
 */
final class CompoundQuery extends Query {

  static final int PARTS_BELOW = 1000;

  private final Query compound;
  private final Query partsApart;

  /**
   * @param compound the word in all its forms, whose document frequencies decide
   * @param partsApart the parts near each other, already weighted
   */
  CompoundQuery(Query compound, Query partsApart) {
    this.compound = compound;
    this.partsApart = partsApart;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    Set<Term> forms = new HashSet<>();
    compound.visit(QueryVisitor.termCollector(forms));
    for (Term form : forms) {
      if (reader.docFreq(form) >= PARTS_BELOW) {
        return compound;
      }
    }
    return new DisjunctionMaxQuery(List.of(compound, partsApart), 0.1f);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    QueryVisitor either = visitor.getSubVisitor(BooleanClause.Occur.SHOULD, this);
    compound.visit(either);
    partsApart.visit(either);
  }

  @Override
  public String toString(String field) {
    return "compound(" + compound.toString(field) + ", apart " + partsApart.toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && compound.equals(((CompoundQuery) other).compound)
        && partsApart.equals(((CompoundQuery) other).partsApart);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), compound, partsApart);
  }
}
