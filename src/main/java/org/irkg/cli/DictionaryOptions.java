package org.irkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.irkg.lexicon.UserDictionaries;
import picocli.CommandLine.Option;

/** {@code --actors FILE} and {@code --verbs FILE}: dictionaries a user brings, in the PETRARCH / TABARI format. */
final class DictionaryOptions {
  @Option(names = "--actors", paramLabel = "FILE",
      description = "also code with this actor dictionary (PETRARCH format: NAME [CODE], +synonyms, dated roles; repeatable)")
  List<Path> actors = new ArrayList<>();

  @Option(names = "--verbs", paramLabel = "FILE",
      description = "also code English with this verb dictionary (PETRARCH format: --- NAME [CODE] --- blocks, verbs, patterns; repeatable)")
  List<Path> verbs = new ArrayList<>();

  UserDictionaries dictionaries() {
    return new UserDictionaries(actors, verbs);
  }
}
