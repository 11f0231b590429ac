package org.irkg.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** One JSON Lines record as a map of plain values, parsed with Jena's JSON parser. */
final class Json {
  /** Deepest nesting of arrays and objects accepted in one line; an article needs two. */
  static final int MAX_DEPTH = 64;

  private Json() {}

  /** Parses a JSON object; throws IllegalArgumentException with the reason when it is not one. */
  static Map<String, Object> parseObject(String line) {
    checkDepth(line);
    JsonObject o;
    try {
      JsonValue v = JSON.parseAny(line);
      if (!v.isObject()) {
        throw new IllegalArgumentException("not a JSON object");
      }
      o = v.getAsObject();
    } catch (RuntimeException e) {
      if (e instanceof IllegalArgumentException) {
        throw e;
      }
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new IllegalArgumentException(m.split("\n")[0]);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (String k : o.keys()) {
      JsonValue v = o.get(k);
      if (v.isString()) {
        out.put(k, v.getAsString().value());
      } else if (v.isNumber()) {
        out.put(k, v.getAsNumber().value().toString());
      } else if (!v.isNull()) {
        out.put(k, v.toString());
      }
    }
    return out;
  }

  /**
   * Refuses a line nested deeper than {@link #MAX_DEPTH}: Jena's JSON parser recurses once per
   * level, so "[[[[..." a few thousand deep overflowed the stack and ended the whole ingest.
   */
  private static void checkDepth(String line) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '[' || c == '{') {
        if (++depth > MAX_DEPTH) {
          throw new IllegalArgumentException("nested deeper than " + MAX_DEPTH + " levels");
        }
      } else if (c == ']' || c == '}') {
        depth--;
      }
    }
  }
}
