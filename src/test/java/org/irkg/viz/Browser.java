package org.irkg.viz;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven by Selenium, for the tests that look at the graph page. It uses
 * Debian's chromium and chromedriver, so Selenium Manager downloads nothing. Without them the
 * tests fail and say what to install, unless {@code -Dirkg.skipBrowser} is given.
 */
public final class Browser implements AutoCloseable {
  static final String CHROMIUM = System.getProperty("irkg.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER = System.getProperty("irkg.chromedriver", "/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts the browser, or fails (aborts with -Dirkg.skipBrowser) when it is not installed. */
  public static Browser start() throws IOException {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      String why = "the browser tests need Debian's chromium and chromedriver at " + CHROMIUM + " and " + CHROMEDRIVER
          + ": apt-get update && apt-get install -y chromium chromium-driver (.ci/run does it)";
      if (System.getProperty("irkg.skipBrowser") != null) {
        Assumptions.abort(why + "; skipped because -Dirkg.skipBrowser is set");
      }
      fail(why + ", or run with -Dirkg.skipBrowser to skip them");
    }
    Path profile = Files.createTempDirectory("irkg-chromium");
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM);
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=1400,900", "--lang=en-GB");
    // the page's console messages, read back by consoleErrors()
    o.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().withSilent(true).build();
    return new Browser(new ChromeDriver(service, o), profile);
  }

  /** Opens a page and waits until the graph is drawn (body[data-ready]); returns the drawn node count. */
  public int openGraph(String url) {
    driver.get(url);
    new WebDriverWait(driver, Duration.ofSeconds(90)).until(d -> "true".equals(
        d.findElement(By.tagName("body")).getAttribute("data-ready")));
    return drawn("data-nodes");
  }

  public void open(String url) {
    driver.get(url);
  }

  /** The count the page keeps on body: data-nodes or data-edges. */
  public int drawn(String attribute) {
    return Integer.parseInt(driver.findElement(By.tagName("body")).getAttribute(attribute));
  }

  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Clicks a node as a user would: centres it, then clicks its place on the canvas. */
  public void clickNode(String id) {
    @SuppressWarnings("unchecked")
    List<Number> p = (List<Number>) js("var n = irkg.cy.getElementById(arguments[0]); if (n.empty()) { return null; }"
        + " irkg.cy.zoom(1.2); irkg.cy.center(n); var r = n.renderedPosition(); return [r.x, r.y];", id);
    if (p == null) {
      fail("no node " + id + " on the page");
    }
    WebElement cy = driver.findElement(By.id("cy"));
    var size = cy.getSize();
    // Selenium 4 offsets are from the element's centre
    new Actions(driver).moveToElement(cy, (int) Math.round(p.get(0).doubleValue() - size.width / 2.0),
        (int) Math.round(p.get(1).doubleValue() - size.height / 2.0)).click().perform();
  }

  /** Clicks the middle of an edge, as a user would. */
  public void clickEdge(String id) {
    @SuppressWarnings("unchecked")
    List<Number> p = (List<Number>) js("var e = irkg.cy.getElementById(arguments[0]); if (e.empty()) { return null; }"
        + " irkg.cy.zoom(1.5); irkg.cy.center(e); var r = e.renderedMidpoint(); return [r.x, r.y];", id);
    if (p == null) {
      fail("no edge " + id + " on the page");
    }
    WebElement cy = driver.findElement(By.id("cy"));
    var size = cy.getSize();
    new Actions(driver).moveToElement(cy, (int) Math.round(p.get(0).doubleValue() - size.width / 2.0),
        (int) Math.round(p.get(1).doubleValue() - size.height / 2.0)).click().perform();
  }

  public WebElement find(By by) {
    return driver.findElement(by);
  }

  public List<WebElement> findAll(By by) {
    return driver.findElements(by);
  }

  public void waitUntil(java.util.function.Function<ChromeDriver, Boolean> condition) {
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> condition.apply(driver));
  }

  /** Console errors (and uncaught exceptions) logged since the last call. */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
  }

  /** Saves a screenshot of the window under target/screenshots/. */
  public Path screenshot(String name) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "screenshots"));
    Path to = dir.resolve(name);
    Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), to, StandardCopyOption.REPLACE_EXISTING);
    return to;
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
