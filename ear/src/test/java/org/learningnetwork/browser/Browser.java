package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven through chromedriver, with axe-core checks against WCAG 2.x A and AA and a check
 * that no script or style was refused by the content security policy.
 * Without Chromium the browser tests are skipped with a message saying how to install it, except under
 * CI ({@code CI=true}), where a missing browser is a failure.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("ln.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("ln.chromedriver", "/usr/bin/chromedriver");
    /** Selenium warns on every start that it has no DevTools binding for this Chromium; the tests use none. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, URL base) {
        this.driver = driver;
        String url = base.toExternalForm();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Starts the browser, or skips the calling test (fails it under CI) when Chromium is not installed. */
    public static Browser open(URL base) {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed) {
            String message = "Browser tests need Debian's Chromium and its driver: apt-get install chromium chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=en-GB");
        LoggingPreferences console = new LoggingPreferences();
        console.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", console);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver, base);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the application, e.g. {@code /admin/organisations.xhtml}. */
    public Browser get(String path) {
        driver.get(base + path);
        return this;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The element with this id (Faces client ids contain colons, which CSS would need escaped). */
    public WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String h1() {
        return text("h1");
    }

    public Browser type(String id, String value) {
        WebElement input = byId(id);
        input.clear();
        input.sendKeys(value);
        return this;
    }

    /**
     * Sets the value of an input as if chosen in the browser's own picker: date and time inputs take keys
     * in the order of the browser's locale, so tests set their ISO value instead ({@code 2027-03-29}, {@code 09:30}).
     */
    public Browser setValue(String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", byId(id), value);
        return this;
    }

    public List<String> errors() {
        return findAll(".error-summary li").stream().map(WebElement::getText).toList();
    }

    /**
     * Follows the header's link to the page whose address ends with {@code pathEnd}, opening its group of the menu first
     * as a person would (and the Menu button on a phone), and waits for the page.
     */
    public Browser navigateTo(String pathEnd) {
        WebElement toggle = byId("site-nav-toggle");
        if (toggle.isDisplayed() && "false".equals(toggle.getAttribute("aria-expanded"))) {
            toggle.click();
        }
        WebElement link = find(".site-nav a[href$='" + pathEnd + "']");
        List<WebElement> group = link.findElements(By.xpath("ancestor::details"));
        if (!group.isEmpty() && group.get(0).getAttribute("open") == null) {
            group.get(0).findElement(By.tagName("summary")).click();
        }
        return submit(link);
    }

    /** Clicks and waits for the next page to load. */
    public Browser submit(String id) {
        return submit(byId(id));
    }

    /** Clicks the button and waits for the next page to load. */
    public Browser submit(WebElement button) {
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                button.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                // Stale, or (in Chromium) "node does not belong to the document": the next page is loading.
                return true;
            }
        });
        return this;
    }

    public void signIn(String username, String password) {
        get("/sign-in.xhtml");
        if (driver.findElements(By.id("signInForm:username")).isEmpty()) {
            // Say what came instead of the form (an error page, another page), for a failure that happened once in CI.
            String body = driver.findElements(By.tagName("body")).stream().map(WebElement::getText).findFirst().orElse("");
            throw new AssertionError("No sign-in form at " + url() + " (title \"" + driver.getTitle() + "\"): "
                    + body.substring(0, Math.min(body.length(), 600)));
        }
        type("signInForm:username", username);
        type("signInForm:password", password);
        submit("signInForm:submit");
    }

    public void signOut() {
        submit("signOutForm:signOut");
    }

    /**
     * Runs axe-core on the current page and fails on any WCAG 2.x A or AA violation, listing each
     * rule and the elements that break it, with a screenshot of the page under target/screenshots.
     */
    public void assertAccessible(String pageName) {
        assertNothingRefusedByThePolicy(pageName);
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            screenshot(pageName);
            String report = violations.stream()
                    .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                            + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n  "));
            fail("Accessibility violations on " + pageName + " (" + url() + "):\n  " + report);
        }
        assertTrue(results.getPasses().size() > 0, "axe-core ran no checks on " + pageName);
    }

    /**
     * At a phone's width (375 CSS pixels): the page does not scroll sideways and passes axe-core; then back to the
     * desktop width.
     */
    public void assertFitsPhone(String pageName) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
        try {
            Number width = (Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth;");
            assertTrue(width.intValue() <= 375, pageName + " scrolls sideways at 375 px: " + width + " px wide");
            assertAccessible(pageName + "-phone");
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    /** How the focus indicator of the first visible element matching each selector is drawn, measured in the page. */
    private static final String FOCUS_SCRIPT = """
            function rgb(text) { var m = (text || '').match(/rgba?\\(([^)]*)\\)/); if (!m) { return null; }
                var v = m[1].split(',').map(Number); return v.length > 3 && v[3] === 0 ? null : v.slice(0, 3); }
            function lum(c) { return c.map(function (v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
                .reduce(function (sum, v, i) { return sum + v * [0.2126, 0.7152, 0.0722][i]; }, 0); }
            function ratio(a, b) { var x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }
            function background(e) { for (; e; e = e.parentElement) { var c = rgb(getComputedStyle(e).backgroundColor); if (c) { return c; } }
                return [255, 255, 255]; }
            var found = Array.prototype.slice.call(document.querySelectorAll(arguments[0])).filter(function (e) {
                var r = e.getBoundingClientRect(); return r.width > 4 && r.height > 4 && !e.closest('.ui-helper-hidden-accessible'); });
            if (!found.length) { return null; }
            var e = found[0];
            if (arguments[1]) { e.scrollIntoView({block: 'center'}); e.focus(); return document.activeElement === e ? 'focused' : 'not focusable'; }
            if (document.activeElement !== e) { return 'not focusable'; }
            var style = getComputedStyle(e), around = background(e.parentElement);
            var width = parseFloat(style.outlineWidth) || 0, outline = style.outlineStyle === 'none' ? null : rgb(style.outlineColor);
            var shadow = rgb(style.boxShadow), spread = (style.boxShadow.match(/(\\d+(\\.\\d+)?)px\\s*$/) || [0, 0])[1];
            var best = Math.max(outline && width >= 2 ? ratio(outline, around) : 0, shadow && parseFloat(spread) >= 2 ? ratio(shadow, around) : 0);
            e.blur();
            return best.toFixed(2) + ' (outline ' + style.outlineStyle + ' ' + style.outlineWidth + ' ' + style.outlineColor
                + ', shadow ' + style.boxShadow + ', on ' + around + ')';
            """;

    /**
     * Focuses the first visible element of each kind named ({@code input[type=text]}, {@code select} ...) on the current
     * page and fails unless its focus indicator is at least 2 px wide and contrasts 3:1 with what is around it (WCAG 2.2,
     * 1.4.11 and 2.4.7; axe-core does not check it). The kinds not on the page are returned.
     */
    public List<String> assertFocusVisible(String pageName, String... kinds) {
        List<String> missing = new java.util.ArrayList<>();
        for (String kind : kinds) {
            // Focused, then measured a moment later: the PrimeFaces theme animates its focus styles (0.2 s).
            Object focused = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(FOCUS_SCRIPT, kind, true);
            if (focused == null) {
                missing.add(kind);
                continue;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            Object measured = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(FOCUS_SCRIPT, kind, false);
            String text = measured.toString();
            assertTrue(!text.equals("not focusable") && Double.parseDouble(text.substring(0, text.indexOf(' '))) >= 3.0,
                    "focus on " + kind + " on " + pageName + " is not visible enough: " + text);
        }
        return missing;
    }

    /** What has the keyboard focus: {@code null} for the page itself, otherwise a description and whether anyone can see it. */
    private static final String FOCUSED_SCRIPT = """
            var e = document.activeElement;
            if (!e || e === document.body || e === document.documentElement) { return null; }
            var r = e.getBoundingClientRect(), style = getComputedStyle(e);
            var shown = r.width >= 4 && r.height >= 4 && style.visibility !== 'hidden' && style.opacity !== '0'
                && !e.closest('.ui-helper-hidden-accessible, [aria-hidden=true]');
            return (shown ? 'shown ' : 'hidden ') + e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
                + ' "' + (e.getAttribute('aria-label') || e.textContent || e.value || '').trim().substring(0, 40) + '"';
            """;

    /**
     * Moves through the current page with the Tab key, as a keyboard user does, from the top to the end (at most
     * {@code limit} presses), and fails if the focus lands anywhere nobody can see: a control hidden for screen readers
     * only, a zero-sized element, something transparent. The stops are returned in order.
     */
    public List<String> assertTabStopsVisible(String pageName, int limit) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0); document.activeElement.blur();");
        List<String> stops = new java.util.ArrayList<>();
        for (int i = 0; i < limit; i++) {
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.TAB).perform();
            Object focused = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(FOCUSED_SCRIPT);
            if (focused == null || (!stops.isEmpty() && stops.get(0).equals(focused))) {
                break;
            }
            stops.add(focused.toString());
        }
        List<String> hidden = stops.stream().filter(stop -> stop.startsWith("hidden")).toList();
        assertTrue(hidden.isEmpty(), "the keyboard lands on something nobody can see on " + pageName + ": " + hidden);
        return stops;
    }

    /**
     * Fails if the browser refused anything for the content security policy since the last look at its console (a
     * script without the page's nonce, an inline event handler): the page would not work as written.
     */
    public void assertNothingRefusedByThePolicy(String pageName) {
        List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
        if (!refused.isEmpty()) {
            screenshot(pageName);
            fail("Refused by the content security policy on or before " + pageName + " (" + url() + "):\n  "
                    + String.join("\n  ", refused));
        }
    }

    public void screenshot(String name) {
        Path dir = Path.of(System.getProperty("ln.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name.replaceAll("[^A-Za-z0-9-]", "_") + ".png"), png);
        } catch (IOException e) {
            throw new IllegalStateException("Could not save a screenshot", e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
