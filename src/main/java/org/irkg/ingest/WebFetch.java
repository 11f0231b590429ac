package org.irkg.ingest;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

/**
 * Fetches feeds and pages over HTTP(S) with jsoup, defensively: a total time limit per request, a
 * size cap (a longer body is refused, not cut), redirects followed by hand up to a cap so each hop
 * is checked, and only http and https to public addresses unless local ones are allowed (a feed is
 * untrusted input: its links must not reach {@code file:}, this machine or the local network).
 * Nothing fetched is executed: bodies are bytes, parsed by the callers.
 */
public final class WebFetch {
  /**
   * @param timeout the longest one request may take, connection and body included
   * @param maxBytes the largest body accepted
   * @param maxRedirects the most redirects followed for one fetch
   * @param allowLocal whether loopback, private and link-local addresses (and file:) may be fetched
   */
  public record Limits(Duration timeout, long maxBytes, int maxRedirects, boolean allowLocal) {
    public static Limits defaults(long maxBytes, boolean allowLocal) {
      return new Limits(Duration.ofSeconds(30), maxBytes, 5, allowLocal);
    }
  }

  /** A body fetched, with the URL it came from after redirects and its content type. */
  public record Body(String url, String contentType, byte[] bytes) {}

  /** A fetch that failed, with a one-line reason. */
  public static final class FetchException extends Exception {
    public FetchException(String message) {
      super(message);
    }
  }

  private final Limits limits;

  public WebFetch(Limits limits) {
    this.limits = limits;
  }

  public Limits limits() {
    return limits;
  }

  public Body get(String url) throws FetchException {
    String at = url;
    for (int hop = 0; ; hop++) {
      URI u = checked(at);
      Connection.Response r;
      try {
        r = Jsoup.connect(u.toString())
            .timeout((int) Math.min(Integer.MAX_VALUE, limits.timeout().toMillis()))
            .maxBodySize((int) Math.min(Integer.MAX_VALUE - 1, limits.maxBytes() + 1))
            .followRedirects(false)
            .ignoreContentType(true)
            .ignoreHttpErrors(true)
            .userAgent("irkg/0.1 (news knowledge graph)")
            .execute();
      } catch (java.net.SocketTimeoutException e) {
        throw new FetchException(at + ": no answer within " + limits.timeout().toSeconds() + " s");
      } catch (IOException | IllegalArgumentException e) {
        throw new FetchException(at + ": " + e.getMessage());
      }
      int status = r.statusCode();
      if (status >= 300 && status < 400 && r.header("Location") != null) {
        if (hop >= limits.maxRedirects()) {
          throw new FetchException(url + ": more than " + limits.maxRedirects() + " redirects");
        }
        at = u.resolve(r.header("Location").trim()).toString();
        continue;
      }
      if (status != 200) {
        throw new FetchException(at + ": HTTP " + status);
      }
      byte[] bytes;
      try {
        bytes = r.bodyAsBytes();
      } catch (RuntimeException e) {
        throw new FetchException(at + ": " + e.getMessage());
      }
      if (bytes.length > limits.maxBytes()) {
        throw new FetchException(at + ": over the limit of " + limits.maxBytes() + " bytes");
      }
      return new Body(at, r.contentType(), bytes);
    }
  }

  /** The URL if it may be fetched: http(s), to a public address unless local ones are allowed. */
  private URI checked(String url) throws FetchException {
    URI u;
    try {
      u = new URI(url);
    } catch (URISyntaxException e) {
      throw new FetchException(url + ": not a URL (" + e.getReason() + ")");
    }
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(url + ": only http and https are fetched" + (scheme.equals("file") ? " (a feed's link to a file is refused)" : ""));
    }
    if (u.getHost() == null) {
      throw new FetchException(url + ": no host");
    }
    if (!limits.allowLocal()) {
      try {
        for (InetAddress a : InetAddress.getAllByName(u.getHost())) {
          if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
              || a.isMulticastAddress() || isUniqueLocal(a)) {
            throw new FetchException(url + ": " + u.getHost() + " is a local address (" + a.getHostAddress()
                + "); refused unless local fetches are allowed (--allow-local)");
          }
        }
      } catch (UnknownHostException e) {
        throw new FetchException(url + ": unknown host " + u.getHost());
      }
    }
    return u;
  }

  /** IPv6 unique local addresses (fc00::/7), which InetAddress does not call site-local. */
  private static boolean isUniqueLocal(InetAddress a) {
    byte[] b = a.getAddress();
    return b.length == 16 && (b[0] & 0xFE) == 0xFC;
  }
}
