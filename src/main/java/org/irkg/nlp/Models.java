package org.irkg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.irkg.lexicon.DataFileException;

/**
 * OpenNLP models, loaded once from the classpath (Apache's model jars put each file at the jar
 * root) and shared: models are thread-safe, the *ME objects that use them are not.
 */
public final class Models {
  private static final Map<String, Object> CACHE = new ConcurrentHashMap<>();

  private Models() {}

  public static SentenceModel sentence(String file) {
    return load(file, SentenceModel::new);
  }

  public static TokenizerModel tokenizer(String file) {
    return load(file, TokenizerModel::new);
  }

  public static POSModel pos(String file) {
    return load(file, POSModel::new);
  }

  public static LemmatizerModel lemmatizer(String file) {
    return load(file, LemmatizerModel::new);
  }

  public static LanguageDetectorModel languages(String file) {
    return load(file, LanguageDetectorModel::new);
  }

  private interface Loader<T> {
    T load(InputStream in) throws IOException;
  }

  @SuppressWarnings("unchecked")
  private static <T> T load(String file, Loader<T> loader) {
    return (T) CACHE.computeIfAbsent(file, f -> {
      String res = f.startsWith("/") ? f : "/" + f;
      try (InputStream in = Models.class.getResourceAsStream(res)) {
        if (in == null) {
          throw new DataFileException(res + ": OpenNLP model not found on the classpath");
        }
        return loader.load(in);
      } catch (IOException e) {
        throw new DataFileException(res + ": cannot load OpenNLP model: " + e.getMessage());
      }
    });
  }
}
