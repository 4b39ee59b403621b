package no.tolk.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.BlendedTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Scores a word's blended forms as the best form in each field, summed over the fields: a title
 * match adds to a body match. The forms share one document frequency across fields too, so a
 * common word is not made rare by being rare in titles.
 */
final class FieldSumRewrite extends BlendedTermQuery.RewriteMethod {

  private final float tieBreaker;

  FieldSumRewrite(float tieBreaker) {
    this.tieBreaker = tieBreaker;
  }

  @Override
  public Query rewrite(Query[] forms) {
    Map<String, List<Query>> byField = new LinkedHashMap<>();
    for (Query form : forms) {
      byField.computeIfAbsent(field(form), f -> new ArrayList<>()).add(form);
    }
    if (byField.size() == 1) {
      return new DisjunctionMaxQuery(byField.values().iterator().next(), tieBreaker);
    }
    BooleanQuery.Builder sum = new BooleanQuery.Builder();
    for (List<Query> fieldForms : byField.values()) {
      sum.add(new DisjunctionMaxQuery(fieldForms, tieBreaker), BooleanClause.Occur.SHOULD);
    }
    return sum.build();
  }

  private static String field(Query form) {
    Query query = form;
    while (query instanceof BoostQuery boost) {
      query = boost.getQuery();
    }
    if (query instanceof TermQuery term) {
      return term.getTerm().field();
    }
    throw new IllegalArgumentException("not a term query: " + form);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FieldSumRewrite that && that.tieBreaker == tieBreaker;
  }

  @Override
  public int hashCode() {
    return Float.hashCode(tieBreaker);
  }
}
