package org.irkg.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** One JSON Lines record as a map of plain values, parsed with Jena's JSON parser. */
final class Json {
  private Json() {}

  /** Parses a JSON object; throws IllegalArgumentException with the reason when it is not one. */
  static Map<String, Object> parseObject(String line) {
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
}
