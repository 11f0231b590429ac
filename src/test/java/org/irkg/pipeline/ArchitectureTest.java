package org.irkg.pipeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: cli, app, pipeline, then stages, then the document model. */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.irkg");
  private static final String[] STAGES = {"ingest", "nlp", "mention", "link", "syntax", "extract", "rdf", "store"};

  @Test
  void stagesDoNotImportOneAnother() {
    for (String a : STAGES) {
      for (String b : STAGES) {
        if (!a.equals(b) && !(a.equals("rdf") && b.equals("store")) && !(a.equals("store") && b.equals("rdf"))) {
          noClasses().that().resideInAPackage("org.irkg." + a + "..")
              .should().dependOnClassesThat().resideInAPackage("org.irkg." + b + "..")
              .check(CLASSES);
        }
      }
    }
  }

  @Test
  void onlyTheNlpStageTouchesOpenNlp() {
    noClasses().that().resideOutsideOfPackage("org.irkg.nlp..")
        .should().dependOnClassesThat().resideInAPackage("opennlp..").check(CLASSES);
  }

  @Test
  void onlyTheNeo4jStoreTouchesNeo4j() {
    noClasses().that().resideOutsideOfPackage("org.irkg.store.neo4j..")
        .should().dependOnClassesThat().resideInAPackage("org.neo4j..").check(CLASSES);
  }

  @Test
  void theDocumentModelDependsOnNoStage() {
    noClasses().that().resideInAPackage("org.irkg.doc..")
        .should().dependOnClassesThat().resideInAnyPackage("org.irkg.nlp..", "org.irkg.store..", "org.irkg.cli..")
        .check(CLASSES);
  }

  @Test
  void theGraphViewsSitOnTopOfTheStages() {
    // viz and serve read the store; no stage reads them, and the graph model knows no server
    for (String stage : STAGES) {
      noClasses().that().resideInAPackage("org.irkg." + stage + "..")
          .should().dependOnClassesThat().resideInAnyPackage("org.irkg.viz..", "org.irkg.serve..").check(CLASSES);
    }
    noClasses().that().resideInAPackage("org.irkg.viz..")
        .should().dependOnClassesThat().resideInAnyPackage("org.irkg.serve..", "org.apache.jena.fuseki..").check(CLASSES);
  }

  @Test
  void nothingDependsOnTheCli() {
    noClasses().that().resideOutsideOfPackage("org.irkg.cli..")
        .should().dependOnClassesThat().resideInAPackage("org.irkg.cli..").check(CLASSES);
  }
}
