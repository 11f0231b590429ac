package org.irkg.store;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;
import org.irkg.store.Claims.Support;

/**
 * What a claim node sums up of the articles that state the claim: how many they are, the first
 * evidence sentence and the first source (code-point order), the highest confidence, and for each
 * of those three how many articles give it. The multiplicities let an article be withdrawn without
 * reading the claim's other facts again, unless it was the last one to give an extreme.
 */
record ClaimTally(int count, Extreme<String> evidence, Extreme<BigDecimal> confidence, Extreme<String> source) {
  private static final Comparator<String> FIRST = Comparator.naturalOrder();
  private static final Comparator<BigDecimal> HIGHEST = Comparator.reverseOrder();

  /** A value that is the least by some order, and how many articles give it. */
  record Extreme<T>(T value, int articles) {
    static <T> Extreme<T> none() {
      return new Extreme<>(null, 0);
    }

    Extreme<T> with(T v, Comparator<T> order) {
      if (v == null) {
        return this;
      }
      if (value == null || order.compare(v, value) < 0) {
        return new Extreme<>(v, 1);
      }
      return order.compare(v, value) == 0 ? new Extreme<>(value, articles + 1) : this;
    }

    /** Without one article that gives {@code v}; null when the extreme is gone (read the facts again). */
    Extreme<T> without(T v, Comparator<T> order) {
      if (v == null || value == null || order.compare(v, value) != 0) {
        return this;
      }
      return articles > 1 ? new Extreme<>(value, articles - 1) : null;
    }
  }

  static final ClaimTally EMPTY = new ClaimTally(0, Extreme.none(), Extreme.none(), Extreme.none());

  ClaimTally with(Support s) {
    return new ClaimTally(count + 1, evidence.with(s.evidence(), FIRST), confidence.with(s.confidence(), HIGHEST),
        source.with(s.source(), FIRST));
  }

  /** Without one article's support; null if it gave an extreme no other article is known to give. */
  ClaimTally without(Support s) {
    if (count == 1) {
      return EMPTY; // the last article: the claim goes, whatever it gave
    }
    Extreme<String> e = evidence.without(s.evidence(), FIRST);
    Extreme<BigDecimal> c = confidence.without(s.confidence(), HIGHEST);
    Extreme<String> src = source.without(s.source(), FIRST);
    return e == null || c == null || src == null || count < 1 ? null : new ClaimTally(count - 1, e, c, src);
  }

  /** Equal as the store keeps it (a decimal's scale aside). */
  boolean sameAs(ClaimTally o) {
    return o != null && count == o.count && evidence.equals(o.evidence) && source.equals(o.source)
        && confidence.articles() == o.confidence.articles()
        && (confidence.value() == null ? o.confidence.value() == null
            : o.confidence.value() != null && confidence.value().compareTo(o.confidence.value()) == 0);
  }

  @Override
  public String toString() {
    return "count=" + count + ", evidence=" + evidence + ", confidence=" + confidence + ", source="
        + Objects.toString(source);
  }
}
