package org.hotline.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's, with its chromedriver, so nothing is downloaded), and the steps a person takes:
 * open a page, sign in, read what the page says.
 */
final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final Path userDataDir;

    private final String baseUrl;

    Browser() throws java.io.IOException {
        this(SystemUnderTest.BASE_URL, false);
    }

    /**
     * A browser whose {@link #open} paths are under this base address; {@code acceptingTestCertificate} for a site with
     * a certificate made by the test itself (the reverse proxy's, self-signed).
     */
    Browser(String baseUrl, boolean acceptingTestCertificate) throws java.io.IOException {
        this.baseUrl = baseUrl;
        userDataDir = Files.createTempDirectory("hotline-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,900",
                "--user-data-dir=" + userDataDir);
        // Keep the console, where Chromium reports what the Content-Security-Policy refused ("Refused to ...").
        org.openqa.selenium.logging.LoggingPreferences logging = new org.openqa.selenium.logging.LoggingPreferences();
        logging.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        options.setAcceptInsecureCerts(acceptingTestCertificate);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        driver = new ChromeDriver(service, options);
        // Also keep every securitypolicyviolation event a page fires, in the tab's sessionStorage, so that what a
        // page refused is found even after the next page replaced it.
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Page.addScriptToEvaluateOnNewDocument",
                        java.util.Map.of(
                                "source",
                                "document.addEventListener('securitypolicyviolation', function (e) { try {"
                                        + " var seen = JSON.parse(sessionStorage.getItem('hotline.csp') || '[]');"
                                        + " seen.push(e.violatedDirective + ' refused ' + (e.blockedURI || 'inline') + ' in '"
                                        + " + e.sourceFile + ':' + e.lineNumber);"
                                        + " sessionStorage.setItem('hotline.csp', JSON.stringify(seen)); } catch (ignored) {} });"));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** Fills the sign-in form and submits it; the page that follows is whatever the application answers. */
    Browser signIn(String username, String password) {
        open("/login.xhtml");
        type(By.id("signIn:username"), username);
        type(By.id("signIn:password"), password);
        submit(By.id("signIn:submit"));
        return this;
    }

    void signOut() {
        submit(By.id("nav:signOut"));
    }

    /** Clicks a button that loads a new page, and waits until the new page is there. */
    void submit(By button) {
        replacingPage(() -> driver.findElement(button).click());
    }

    /** Does what loads a new page, and waits until the new page is there. */
    private void replacingPage(Runnable step) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        step.run();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isGone(oldPage));
        waitForPage();
    }

    /**
     * True once the element belongs to a page that has been replaced. Chromium reports that either as a stale element
     * or, while the new document is being attached, as an inspector error about a node of another document.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException replaced) {
            return true;
        }
    }

    /** Loads the page again, as the browser's reload button does, and waits until the page is there again. */
    void refresh() {
        replacingPage(() -> driver.navigate().refresh());
    }

    /** Goes back in the browser's history, as its Back button does, and waits until that page is there. */
    void back() {
        replacingPage(() -> driver.navigate().back());
    }

    /** Whether a person could type into or press the element now (not disabled). */
    boolean isEnabled(By element) {
        return driver.findElement(element).isEnabled();
    }

    /** The value a field holds now, as the person sees it. */
    String value(By field) {
        return driver.findElement(field).getDomProperty("value");
    }

    /** Follows a link to a new page, and waits until the new page is there. */
    void follow(By link) {
        submit(link);
    }

    void type(By field, String text) {
        WebElement element = driver.findElement(field);
        element.clear();
        element.sendKeys(text);
    }

    /** Chooses a file in a file field, as a person picking it in the dialog would. */
    void upload(By fileField, Path file) {
        driver.findElement(fileField).sendKeys(file.toAbsolutePath().toString());
    }

    /** Presses keys on an element, as a person using the keyboard would once it has the focus. */
    void press(By element, CharSequence... keys) {
        driver.findElement(element).sendKeys(keys);
    }

    /** Presses keys on whatever has the focus. */
    void pressOnFocused(CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
    }

    /** Waits until the element is shown, as a dialog opened after an ajax request. */
    void waitForShown(By element) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(element));
    }

    /** Waits until the element is hidden or gone, as a dialog closed. */
    void waitForHidden(By element) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.invisibilityOfElementLocated(element));
    }

    /** The whole address in the address bar, query included. */
    String address() {
        return driver.getCurrentUrl();
    }

    /** The element, for a script to measure. */
    WebElement find(By element) {
        return driver.findElement(element);
    }

    /**
     * Clicks the element; found again when an ajax update (the phone bar's refresh on a push, say) replaced it between
     * finding and clicking, as a person's click lands on what the page shows then.
     */
    void click(By button) {
        for (int attempt = 1; ; attempt++) {
            try {
                driver.findElement(button).click();
                return;
            } catch (StaleElementReferenceException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The element's text; read again when an ajax update replaced the element between finding and reading. */
    String text(By element) {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElement(element).getText();
            } catch (StaleElementReferenceException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }

    /** The texts of every element found, in page order. */
    java.util.List<String> elements(By elements) {
        return driver.findElements(elements).stream().map(WebElement::getText).toList();
    }

    String heading() {
        return text(By.tagName("h1"));
    }

    boolean isShown(By element) {
        return !driver.findElements(element).isEmpty()
                && driver.findElement(element).isDisplayed();
    }

    /** Waits until the element shows the text, as after an ajax update. */
    String waitForText(By element, String expected) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(element, expected));
        return text(element);
    }

    /** Waits until the element shows some text, as a message after an ajax update, and returns it. */
    String waitForSomeText(By element) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    String text = d.findElements(element).isEmpty()
                            ? ""
                            : d.findElement(element).getText();
                    return text.isBlank() ? null : text;
                });
    }

    /** Runs a script in the page and returns what it returns. */
    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Waits until the script, run again and again in the page, returns true. */
    void waitUntil(String javascriptCondition, Duration patience) {
        new WebDriverWait(driver, patience)
                .ignoring(org.openqa.selenium.JavascriptException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(javascriptCondition)));
    }

    /** Gives the window this size in CSS pixels, as a person with a smaller screen or a narrower window has. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** The direction the browser lays the page out in, as computed from the document. */
    String direction() {
        return (String) ((JavascriptExecutor) driver).executeScript("return getComputedStyle(document.body).direction");
    }

    String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** The cookie of this name the browser keeps for the current site, with its attributes, or null. */
    org.openqa.selenium.Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    /** The session cookie as a Cookie header, to ask the same server the same question outside the browser. */
    String cookieHeader() {
        return driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    /**
     * What the pages' Content-Security-Policy refused since the last call, as Chromium wrote it to the console
     * ("Executing inline script violates the following Content Security Policy directive ...") and as the pages'
     * securitypolicyviolation events recorded it. Reading empties both. Other refusals on the console (a script
     * that is not found, refused for its type by nosniff) are not the policy's and are left out.
     */
    java.util.List<String> cspViolations() {
        java.util.List<String> refused = new java.util.ArrayList<>(
                driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                        .map(org.openqa.selenium.logging.LogEntry::getMessage)
                        .filter(m -> m.contains("Content Security Policy"))
                        .toList());
        try {
            Object events = script("var seen = sessionStorage.getItem('hotline.csp');"
                    + " sessionStorage.removeItem('hotline.csp'); return seen;");
            if (events != null && !"[]".equals(events)) {
                refused.add("securitypolicyviolation events: " + events);
            }
        } catch (WebDriverException noStorageHere) {
            // a page without an origin of its own (about:blank) has no sessionStorage; the console still counts
        }
        return refused;
    }

    void screenshot(String name) throws java.io.IOException {
        Path folder = Path.of(System.getProperty("hotline.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(folder.resolve(name + ".png"), png);
    }

    private void waitForPage() {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Every later request of this browser says, through a trusted proxy's {@code X-Forwarded-For}, that it comes from
     * this address (the test server trusts 127.0.0.1 as a proxy), as a person elsewhere would.
     */
    Browser comingFrom(String address) {
        var chromium = (org.openqa.selenium.chromium.ChromiumDriver) driver;
        chromium.executeCdpCommand("Network.enable", java.util.Map.of());
        chromium.executeCdpCommand(
                "Network.setExtraHTTPHeaders",
                java.util.Map.of("headers", java.util.Map.of("X-Forwarded-For", address)));
        return this;
    }

    @Override
    public void close() throws java.io.IOException {
        driver.quit();
        try (var files = Files.walk(userDataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
