package org.irkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.irkg.doc.Article;
import org.irkg.ingest.ArticleFiles;
import org.irkg.ingest.ArticleReader;
import org.irkg.ingest.FeedReader;
import org.irkg.live.ServerClient;
import org.irkg.pipeline.Problems;

/** {@code irkg ingest --server URL}: the files are read here and their articles handed to the server. */
final class HandOff {
  private HandOff() {}

  static int toServer(String url, String token, List<Path> paths, List<String> feeds, ArticleReader reader,
      FeedReader feedReader, Problems.Counting problems, PrintWriter out) {
    List<Article> articles = new ArrayList<>();
    for (ArticleFiles.Input f : ArticleFiles.list(paths, problems).inputs()) {
      reader.read(f, articles::add, problems);
    }
    // the server knows which items it stores: it is asked per item by the feed reader, here nothing is
    feeds.forEach(f -> articles.addAll(feedReader.read(f, (guid, link) -> false, problems)));
    if (articles.isEmpty()) {
      out.println("nothing to hand to " + url);
      return problems.errors() > 0 ? 1 : 0;
    }
    ServerClient.Answer a;
    try {
      a = new ServerClient(url, token).send(articles);
    } catch (ServerClient.ServerException e) {
      throw new UserException(e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserException("interrupted");
    }
    a.warnings().forEach(w -> problems.warning("server", w));
    a.errors().forEach(e -> problems.error("server", e));
    out.printf("handed %s to %s: %d stored, %d unchanged%s%n", Plural.of(articles.size(), "article"), url, a.stored(),
        a.unchanged(), problems.errors() > 0 ? "; " + Plural.of(problems.errors(), "error") : "");
    return problems.errors() > 0 ? 1 : 0;
  }
}
