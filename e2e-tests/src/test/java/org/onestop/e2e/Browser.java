package org.onestop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; nothing is
 * downloaded at test time) on the website through the gateway: pages are opened, filled in and
 * clicked as a person would, each main page is saved as a screenshot under
 * {@code e2e-tests/target/screenshots}, and axe-core (npm, {@code e2e-tests/node_modules}) checks it
 * against WCAG 2.1 AA.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path AXE = OneStopPlatform.REPOSITORY.resolve("e2e-tests/node_modules/axe-core/axe.min.js");
    static final Path SCREENSHOTS = OneStopPlatform.REPOSITORY.resolve("e2e-tests/target/screenshots");

    /** A phone's screen (the WeChat and app channels open the same pages) and a desktop's. */
    static final Dimension PHONE = new Dimension(390, 844);
    static final Dimension DESKTOP = new Dimension(1280, 900);

    private final ChromeDriver driver;
    private final String base;

    private Browser(String base, Dimension size, boolean script) {
        var options = new ChromeOptions();
        if (!script) {
            options.addArguments("--blink-settings=scriptEnabled=false");
        }
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=zh-CN", "--window-size=" + size.width + "," + size.height);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        this.driver.manage().window().setSize(size);
        this.base = base;
    }

    /** A browser on the gateway's port; the test is skipped, saying why, where Chromium is not installed. */
    static Browser on(int gatewayPort, Dimension size) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and its driver are not installed (apt-get install chromium chromium-driver fonts-noto-cjk)");
        return new Browser("http://localhost:" + gatewayPort, size, true);
    }

    /** The same with the pages' scripts switched off, as some people and some embedded browsers have them. */
    static Browser withoutScript(int gatewayPort, Dimension size) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and its driver are not installed (apt-get install chromium chromium-driver fonts-noto-cjk)");
        return new Browser("http://localhost:" + gatewayPort, size, false);
    }

    ChromeDriver driver() {
        return driver;
    }

    Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /** Where the browser is, as a path of the gateway's origin: it never leaves that origin (redirects included). */
    String path() {
        String url = driver.getCurrentUrl();
        assertThat(url).as("the page's origin").startsWith(base + "/");
        return url.substring(base.length());
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks what leads to another page (a link, a form's button) and waits until that page has replaced this one. */
    Browser click(String css) {
        return andWaitForTheNextPage(find(css));
    }

    Browser clickLink(String text) {
        return andWaitForTheNextPage(driver.findElement(By.linkText(text)));
    }

    private Browser andWaitForTheNextPage(WebElement target) {
        WebElement page = find("html");
        target.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(browser -> isGone(page));
        return this;
    }

    /**
     * Whether the page an element belonged to has been replaced. Chromium says so either as a stale element or, when
     * asked in the middle of the navigation, as a node that "does not belong to the document".
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException replaced) {
            return true;
        } catch (WebDriverException inTheMiddle) {
            if (String.valueOf(inTheMiddle.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw inTheMiddle;
        }
    }

    /** Saves the page as {@code target/screenshots/<name>.png}. */
    Browser screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * The WCAG 2.1 A and AA rules axe-core finds broken on the page, as "rule: target" lines (none expected). axe is
     * given to the page through WebDriver, which the page's Content-Security-Policy does not restrain.
     */
    List<String> accessibilityViolations() {
        Assumptions.assumeTrue(Files.isReadable(AXE), "axe-core is not installed (cd e2e-tests && npm ci)");
        JavascriptExecutor js = driver;
        try {
            js.executeScript(Files.readString(AXE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));
                """);
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) result;
        return violations;
    }

    Browser assertAccessible() {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        assertThat(accessibilityViolations()).as("axe-core on %s", path()).isEmpty();
        return this;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
