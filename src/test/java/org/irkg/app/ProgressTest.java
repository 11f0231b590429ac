package org.irkg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void theEtaGoesByTheShareOfTheInputRead() {
    Progress p = new Progress(300, 250, 1000, 10 * SECOND, false);
    assertEquals(30.0, p.articlesPerSecond(), 1e-9);
    assertEquals(30, p.etaSeconds(), "a quarter read in 10 s: 30 s to go");
    assertEquals("ingested 300 articles, 30.0 articles/s, 25% read, ETA 30s", p.logLine());
    assertEquals("[#####...............]  25% 300 articles 30/s ETA 30s", p.bar(20));
  }

  @Test
  void beforeAnyInputThereIsNoEta() {
    assertEquals(-1, new Progress(0, 0, 1000, SECOND, false).etaSeconds());
    assertEquals("?", Progress.duration(-1));
    assertEquals("1m05s", Progress.duration(65));
    assertEquals("2h03m", Progress.duration(2 * 3600 + 3 * 60 + 20));
  }
}
