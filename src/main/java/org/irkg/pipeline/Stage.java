package org.irkg.pipeline;

import java.util.Set;
import org.irkg.doc.Document;
import org.irkg.doc.Layer;

/**
 * One step of the pipeline (CoreNLP's Annotator): reads some layers of a document and writes
 * others. Called once per article; may throw only for programming errors, never for bad input.
 */
public interface Stage {
  /** The layers this stage reads. */
  Set<Layer> requires();

  /** The layers this stage writes. */
  Set<Layer> provides();

  /** Adds this stage's layers to the document. */
  void process(Document doc);
}
