package vn.tinradar.deploy.e2e;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard as a member of staff sees it: Debian's headless Chromium driven through chromedriver, signing in
 * with the login form and reading the live alert list and the search page.
 */
public final class DashboardBrowser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;

    public DashboardBrowser(int port, Path profileDir) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // the machine's network is closed: without these flags Chromium keeps trying to reach Google's hosts
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=vi", "--window-size=1280,1000", "--user-data-dir=" + profileDir);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        this.base = "http://127.0.0.1:" + port;
    }

    public static boolean available() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    /** Opens the dashboard, is sent to the login page, and signs in there. */
    void signIn(String user, String password) {
        logIn(user, password);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#alert-list li.alert")));
    }

    private void logIn(String user, String password) {
        driver.get(base + "/");
        wait.until(ExpectedConditions.urlContains("/login.html"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        // the sign-in form by its id: the page also holds the (hidden) form for choosing a new password
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
    }

    /** Signs in and opens the tab at {@code #hash}, waiting until the element {@code id} shows. */
    void openTab(String user, String password, String hash, String id) {
        logIn(user, password);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.html")));
        driver.get(base + "/#" + hash);
        new WebDriverWait(driver, Duration.ofSeconds(120))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** Signs in and opens the "Báo cáo" tab, without waiting for alerts: a quiet installation has none. */
    void openReports(String user, String password) {
        logIn(user, password);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.html")));
        // by its address rather than a click: a click before the page has wired its tabs would be lost
        driver.get(base + "/#bao-cao");
        new WebDriverWait(driver, Duration.ofSeconds(120))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("report-form")));
    }

    /**
     * Fills the report form with a period (the date inputs set as the date picker sets them) and submits it; returns
     * what the form then says: the line of the built report, or the error.
     */
    String requestReport(java.time.LocalDate from, java.time.LocalDate to) {
        // a request still being built keeps the button disabled: wait for it, or the click would be lost
        WebDriverWait building = new WebDriverWait(driver, Duration.ofSeconds(180));
        building.until(ExpectedConditions.elementToBeClickable(By.id("report-build")));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('report-from').value = arguments[0];"
                        + "document.getElementById('report-to').value = arguments[1];", from.toString(), to.toString());
        driver.findElement(By.id("report-build")).click();
        // charts, PDF and DOCX of a week take seconds alone, a minute on a loaded machine
        return building.until(d -> {
            WebElement error = d.findElement(By.id("report-error"));
            WebElement result = d.findElement(By.id("report-result"));
            if (error.isDisplayed() && !error.getText().isBlank()) {
                return "error: " + error.getText();
            }
            return result.isDisplayed() && result.getText().startsWith("Đã lập") ? result.getText() : null;
        });
    }

    /**
     * Signs in and opens the "Xu hướng" tab once its table is loaded (no alerts needed); returns the text of the
     * forecast cell of each trend row, by its kind and heading ("Địa bàn: Xã Bảo Yên"; a key's hourly and daily rows
     * share one forecast).
     */
    public java.util.Map<String, String> openTrends(String user, String password) {
        logIn(user, password);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.html")));
        driver.get(base + "/#xu-huong");
        try {
            wait.until(d -> !d.findElements(By.cssSelector("#trend-body tr.trend")).isEmpty()
                    && d.findElement(By.id("trend-stamp")).getText().startsWith("Cập nhật"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the trends tab showed no trend: \""
                    + driver.findElement(By.id("panel-trends")).getText() + "\"", e);
        }
        java.util.Map<String, String> byRow = new java.util.LinkedHashMap<>();
        for (WebElement row : driver.findElements(By.cssSelector("#trend-body tr.trend"))) {
            byRow.merge(row.findElement(By.cssSelector("td[data-label='Loại']")).getText() + ": "
                    + row.findElement(By.tagName("th")).getText(),
                    row.findElement(By.cssSelector("td.forecast")).getText(), (a, b) -> a);
        }
        return byRow;
    }

    /**
     * Signs in and opens the "Xu hướng" tab until its first load is stamped; returns the line that says bursts are not
     * watched on some partition ("Chưa theo dõi bùng nổ: …"), or an empty string when the tab hides it.
     */
    public String openTrendsWatchLine(String user, String password) {
        logIn(user, password);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.html")));
        driver.get(base + "/#xu-huong");
        wait.until(d -> d.findElement(By.id("trend-stamp")).getText().startsWith("Cập nhật"));
        WebElement line = driver.findElement(By.id("trend-watch"));
        return line.isDisplayed() ? line.getText() : "";
    }

    /** Signs in and opens the "Dự thảo" tab once its list is loaded (no alerts needed). */
    void openPolicies(String user, String password) {
        logIn(user, password);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.html")));
        driver.get(base + "/#du-thao");
        wait.until(d -> !d.findElements(By.cssSelector("#policy-body tr")).isEmpty()
                && !d.findElement(By.id("policy-stamp")).getText().startsWith("Đang"));
    }

    /** The DOCX link of the archived report of {@code period} ({@code 2026-11-28_2026-12-05}) once the list shows it. */
    String reportDocxLink(String period) {
        By link = By.cssSelector("#report-list li[data-period='" + period + "'] a.report-docx");
        return wait.until(ExpectedConditions.presenceOfElementLocated(link)).getAttribute("href");
    }

    /**
     * Signs in and opens one incident on the "Sự cố" tab; returns the incident's panel text once its timeline is
     * shown (a server without alerts behind it: nothing waits for the alert list).
     */
    String openIncident(String user, String password, String incidentId) {
        driver.get(base + "/login.html");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tab-incidents")));
        driver.get(base + "/#su-co?id=" + incidentId);
        wait.until(d -> !d.findElements(By.cssSelector("#incident-timeline li")).isEmpty());
        return driver.findElement(By.id("incident-detail")).getText();
    }

    /** Writes a hand-over note in the open incident's form; returns the panel text once the note is listed. */
    String addHandover(String text) {
        driver.findElement(By.cssSelector("#incident-handover-form textarea[name=text]")).sendKeys(text);
        driver.findElement(By.cssSelector("#incident-handover-form button[type=submit]")).click();
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("incident-detail")).getText().contains(text));
        return driver.findElement(By.id("incident-detail")).getText();
    }

    /** Puts the open incident's timeline oldest first; returns the first entry's text once the list is redrawn. */
    String timelineOldestFirst() {
        String newest = driver.findElement(By.cssSelector("#incident-timeline li")).getText();
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("incident-order"))).selectByValue("oldest");
        return wait.ignoring(StaleElementReferenceException.class).until(d -> {
            String first = d.findElement(By.cssSelector("#incident-timeline li")).getText();
            return first.equals(newest) ? null : first;
        });
    }

    /** The alert cards of the live list, waiting until at least {@code atLeast} are shown. */
    List<WebElement> alertCards(int atLeast) {
        wait.until(d -> d.findElements(By.cssSelector("#alert-list li.alert")).size() >= atLeast);
        return driver.findElements(By.cssSelector("#alert-list li.alert"));
    }

    /**
     * Opens the details of the {@code index}-th alert card — why it fired, what to do, its articles — and returns
     * their text and the number of article links. The live list re-renders as alerts grow, so every step looks
     * the card up afresh.
     */
    Details openDetails(int index) {
        By card = By.cssSelector("#alert-list li.alert:nth-of-type(" + (index + 1) + ")");
        return wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement detail = d.findElement(card).findElement(By.cssSelector(".alert-detail"));
            if (!detail.isDisplayed()) {
                d.findElement(card).findElement(By.cssSelector("button.alert-toggle")).click();
                return null;
            }
            if (detail.findElements(By.cssSelector(".detail-section")).isEmpty()) {
                return null;
            }
            return new Details(detail.getText(), detail.findElements(By.cssSelector("a[href^='http']")).size());
        });
    }

    /** What an opened alert card shows. */
    record Details(String text, int articleLinks) {
    }

    /** Types a query in the search tab and returns the highlighted words of the first results page. */
    List<WebElement> search(String query) {
        driver.findElement(By.id("tab-search")).click();
        WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
        box.clear();
        box.sendKeys(query);
        driver.findElement(By.cssSelector("#search-form button[type=submit]")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#search-results mark")).isEmpty());
        return driver.findElements(By.cssSelector("#search-results mark"));
    }

    /** Opens the article of the first hit of a search and returns the text of the article panel once loaded. */
    String openFirstHit(String query) {
        search(query);
        driver.findElement(By.cssSelector("#search-results .hit-title button")).click();
        wait.until(d -> d.findElements(By.cssSelector("#article-body .detail-section")).size() >= 4
                && !d.findElements(By.cssSelector("#article-body table.signals, #article-body .detail-section p"))
                .isEmpty());
        return driver.findElement(By.id("article-body")).getText();
    }

    /** Closes the article panel. */
    void closeArticle() {
        driver.findElement(By.cssSelector("#article-dialog .dialog-close")).click();
        wait.until(d -> !d.findElement(By.id("article-dialog")).isDisplayed());
    }

    /** Saves the current search under {@code name} and returns the names the saved list then shows. */
    List<String> saveSearch(String name) {
        driver.findElement(By.id("search-save")).click();
        WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("save-name")));
        box.clear();
        box.sendKeys(name);
        driver.findElement(By.cssSelector("#save-search-form button[type=submit]")).click();
        wait.until(d -> d.findElements(By.cssSelector("#saved-list .saved-run")).stream()
                .anyMatch(e -> e.getText().equals(name)));
        return driver.findElements(By.cssSelector("#saved-list .saved-run")).stream().map(WebElement::getText).toList();
    }

    /** The address of the CSV export link as the page built it for the current search. */
    String exportCsvHref() {
        return driver.findElement(By.id("export-csv")).getAttribute("href");
    }

    /** Adds a reviewed claim through the form of the "Kiểm chứng" tab and returns the claims table's text. */
    String addClaim(String claim, String verdict, String reviewer, String date, String url) {
        driver.findElement(By.id("tab-claims")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claim-text"))).sendKeys(claim);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("claim-verdict"))).selectByValue(verdict);
        driver.findElement(By.id("claim-by")).sendKeys(reviewer);
        driver.findElement(By.id("claim-date")).sendKeys(date);
        driver.findElement(By.id("claim-url")).sendKeys(url);
        driver.findElement(By.cssSelector("#claim-form button[type=submit]")).click();
        wait.until(d -> d.findElement(By.id("claim-body")).getText().contains(claim));
        return driver.findElement(By.id("claim-body")).getText();
    }

    /**
     * Adds an account on the admin page ("Tài khoản") and returns the accounts table and the change log as
     * shown once the new account is listed.
     */
    List<String> addUser(String name, String role, String password) {
        driver.get(base + "/users.html");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-name"))).sendKeys(name);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("new-role"))).selectByValue(role);
        driver.findElement(By.id("new-password")).sendKeys(password);
        driver.findElement(By.cssSelector("#add-user button[type=submit]")).click();
        wait.until(d -> d.findElement(By.id("users-body")).getText().contains(name)
                && d.findElement(By.id("audit-body")).getText().contains(name));
        return List.of(driver.findElement(By.id("users-body")).getText(),
                driver.findElement(By.id("audit-body")).getText());
    }

    /**
     * Signs in, pastes {@code text} in the "Tin báo" tab, waits for its analysis, then marks the tip "Đã xác minh
     * sai"; returns the analysis as shown and the tip's history once the mark shows.
     */
    public List<String> pasteTipAndMarkItFalse(String user, String password, String text) {
        openTab(user, password, "tin-bao", "tip-text");
        driver.findElement(By.id("tip-text")).sendKeys(text);
        driver.findElement(By.cssSelector("#tip-form button[type=submit]")).click();
        String analysis = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#tip-detail .tip-analysis"))).getText();
        driver.findElement(By.cssSelector("#tip-detail button[data-status=false]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#tip-detail h3 .tip-status"),
                "Đã xác minh sai"));
        return List.of(analysis, driver.findElement(By.cssSelector("#tip-detail .tip-history")).getText());
    }

    /** Writes what the browser shows now as a PNG. */
    void screenshot(Path file) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(
                org.openqa.selenium.OutputType.BYTES));
    }

    /** The browser itself, for the steps of a page this class has none for. */
    WebDriver driver() {
        return driver;
    }

    /** Waits up to 30 s for what the page should come to show. */
    WebDriverWait waiting() {
        return wait;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
