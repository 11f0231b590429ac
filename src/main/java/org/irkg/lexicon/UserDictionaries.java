package org.irkg.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The dictionaries a user brings in the PETRARCH / TABARI format ({@code irkg ingest --actors FILE
 * --verbs FILE}): actor dictionaries (names and CAMEO actor codes, dated roles) and English verb
 * dictionaries (verb blocks and patterns with CAMEO event codes). Read all or nothing: a bad line
 * or an event code the codebook (irkg/cameo/codes.tsv) lacks refuses the file, naming its line.
 */
public record UserDictionaries(List<Path> actors, List<Path> verbs) {
  public static final UserDictionaries NONE = new UserDictionaries(List.of(), List.of());

  public UserDictionaries {
    actors = List.copyOf(actors);
    verbs = List.copyOf(verbs);
  }

  /** What the files hold, read and checked, and a digest of their bytes (part of the extraction's fingerprint). */
  public record Loaded(List<PhoenixActors> actors, List<CameoVerbs> verbs, List<String> names, byte[] digest) {}

  public boolean isEmpty() {
    return actors.isEmpty() && verbs.isEmpty();
  }

  /** Reads every file; fails on the first bad one with "FILE:LINE: reason" (or "FILE: reason"). */
  public Loaded read() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      List<PhoenixActors> a = new ArrayList<>();
      List<CameoVerbs> v = new ArrayList<>();
      List<String> names = new ArrayList<>();
      CameoCodes codes = CameoCodes.get();
      for (Path p : actors) {
        md.update(bytes(p));
        try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
          a.add(PhoenixActors.readStrict(in, p.toString()));
        } catch (java.nio.charset.CharacterCodingException e) {
          throw new DataFileException(p + ": not UTF-8 text");
        }
        names.add(p.toString());
      }
      for (Path p : verbs) {
        md.update(bytes(p));
        try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
          CameoVerbs d = CameoVerbs.readStrict(in, p.toString(), codes::known);
          if (d.verbs().isEmpty()) {
            throw new DataFileException(p + ": no verb block (\"--- NAME [CODE] ---\" followed by verbs)");
          }
          v.add(d);
        } catch (java.nio.charset.CharacterCodingException e) {
          throw new DataFileException(p + ": not UTF-8 text");
        }
        names.add(p.toString());
      }
      return new Loaded(a, v, names, md.digest());
    } catch (IOException e) {
      throw new DataFileException(e.getMessage());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(Path p) throws IOException {
    if (!Files.isRegularFile(p)) {
      throw new DataFileException(p + ": no such file");
    }
    return Files.readAllBytes(p);
  }
}
