package org.irkg.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.irkg.doc.Actor;
import org.irkg.doc.ActorType;
import org.irkg.doc.DateValue;

/** Literals and class nodes made the same way everywhere. */
public final class Terms {
  private Terms() {}

  static Node iri(String iri) {
    return NodeFactory.createURI(iri);
  }

  static Node text(String s, String lang) {
    return lang == null || lang.isEmpty() ? NodeFactory.createLiteralString(s) : NodeFactory.createLiteralLang(s, lang);
  }

  static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }

  /**
   * A decimal, rounded to two places, in canonical form ("0.8", not "0.80"): TDB2 5.6 stores
   * decimals by value and hands back the canonical form, so a quad written "0.80" cannot be
   * deleted by the quad it reads back (apache/jena#3404), and a replaced article would keep it.
   */
  public static Node decimal(BigDecimal d) {
    String lex = XSDFuncOp.canonicalDecimalStr(d.setScale(2, RoundingMode.HALF_UP));
    return NodeFactory.createLiteralDT(lex, XSDDatatype.XSDdecimal);
  }

  static Node decimal(double d) {
    return decimal(BigDecimal.valueOf(d));
  }

  static Node bool(boolean b) {
    return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
  }

  static Node date(DateValue d) {
    XSDDatatype t = switch (d.xsdType()) {
      case "gYear" -> XSDDatatype.XSDgYear;
      case "gYearMonth" -> XSDDatatype.XSDgYearMonth;
      default -> XSDDatatype.XSDdate;
    };
    return NodeFactory.createLiteralDT(d.lexical(), t);
  }

  /** The ontology classes of an actor type, most specific first. */
  static Node[] classes(ActorType t) {
    return switch (t) {
      case ALLIANCE -> new Node[] {Vocab.ir("Alliance"), Vocab.ir("InternationalOrganization"), Vocab.ACTOR};
      case PLACE -> new Node[] {Vocab.PLACE};
      default -> new Node[] {Vocab.ir(t.localName()), Vocab.ACTOR};
    };
  }

  static Node node(Actor a) {
    return iri(a.iri());
  }
}
