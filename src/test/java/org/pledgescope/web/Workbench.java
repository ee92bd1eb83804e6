package org.pledgescope.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The workbench page as a test drives it: load a route, fill the Ask form, wait for answers, read them. */
final class Workbench {
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    final ChromeDriver driver;
    private final String base;
    private final WebDriverWait wait;

    Workbench(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** A full page load of a route such as "#/ask?useDate=…" (not a hash change of the page already open). */
    void load(String route) {
        driver.get("about:blank");
        driver.get(base + route);
    }

    /** Loads the Ask route and waits for the answer it asks for. */
    void loadAnswer(String route) {
        answerAfter(() -> load(route));
    }

    void awaitForm() {
        wait.until(d -> !d.findElements(By.id("ask-button")).isEmpty());
    }

    /** Waits until a view other than Ask has been drawn. */
    void awaitView(String view) {
        wait.until(d -> view.equals(d.findElement(By.id("main")).getDomAttribute("data-view")));
    }

    /** Waits until the Map view has drawn the map of {@code asKnownOn} (or said why not). */
    void awaitMap(String asKnownOn) {
        wait.until(d -> {
            String state = attribute(By.id("map-result"), "data-state");
            return "error".equals(state)
                    || "done".equals(state) && asKnownOn.equals(attribute(By.id("map-result"), "data-known-on"));
        });
    }

    /** Waits until the Map view has drawn a map afresh (or said why not), after {@code action}. */
    void awaitMapAfter(Runnable action) {
        List<WebElement> old = driver.findElements(By.id("map-summary"));
        action.run();
        wait.until(d -> {
            String state = attribute(By.id("map-result"), "data-state");
            boolean fresh = old.isEmpty()
                    || d.findElements(By.id("map-summary")).stream().noneMatch(old::contains);
            return "error".equals(state) || "done".equals(state) && fresh;
        });
    }

    /** Waits until the Diff view, just loaded, has drawn its comparison (or said why not). */
    void awaitDiff() {
        wait.until(d -> {
            String state = attribute(By.id("diff-result"), "data-state");
            return "error".equals(state) || "done".equals(state);
        });
    }

    /** Waits until the Diff view has drawn a comparison (or said why not), after {@code action}. */
    void awaitDiffAfter(Runnable action) {
        List<WebElement> old = driver.findElements(By.id("diff-summary"));
        action.run();
        wait.until(d -> {
            String state = attribute(By.id("diff-result"), "data-state");
            boolean fresh = old.isEmpty()
                    || d.findElements(By.id("diff-summary")).stream().noneMatch(old::contains);
            return "error".equals(state) || "done".equals(state) && fresh;
        });
    }

    /** A cell of a map or diff heatmap: activity|purpose|agency type|capability. */
    WebElement cell(String activity, String purpose, String agencyType, String capability) {
        return cellOf(activity, purpose, agencyType, capability);
    }

    /**
     * The button of the cell with these values of the panel row, panel column, row and column facts: in a panel folded
     * with others, the button standing for it (its data-cells lists every cell it stands for).
     */
    WebElement cellOf(String panelRow, String panelCol, String row, String col) {
        String key = "\"" + String.join("|", panelRow, panelCol, row, col) + "\"";
        return driver.findElement(
                By.xpath("//button[contains(@class,'cell-button') and contains(@data-cells, '" + key + "')]"));
    }

    WebElement control(String path) {
        return driver.findElement(By.name(path));
    }

    void select(String path, String value) {
        new Select(control(path)).selectByValue(value);
    }

    String selected(String path) {
        return control(path).getDomProperty("value");
    }

    void type(String path, String text) {
        WebElement input = control(path);
        input.clear();
        input.sendKeys(text);
    }

    void ask() {
        answerAfter(() -> driver.findElement(By.id("ask-button")).click());
    }

    /** Runs an action and waits for the answer it brings: a decision other than the one shown, or an error. */
    void answerAfter(Runnable action) {
        String before = decisionId();
        action.run();
        wait.until(d -> {
            String state = attribute(By.id("answer"), "data-state");
            return "error".equals(state) || "done".equals(state) && !Objects.equals(decisionId(), before);
        });
    }

    String decisionId() {
        return attribute(By.id("answer"), "data-decision-id");
    }

    private String attribute(By by, String name) {
        List<WebElement> found = driver.findElements(by);
        return found.isEmpty() ? null : found.get(0).getDomAttribute(name);
    }

    String state() {
        return attribute(By.id("answer"), "data-state");
    }

    List<String> pledgesAnswered() {
        return driver.findElements(By.cssSelector("#answer article.result")).stream()
                .map(e -> e.getDomAttribute("data-pledge"))
                .toList();
    }

    WebElement result(String pledge) {
        return driver.findElement(By.cssSelector("#answer article.result[data-pledge='" + pledge + "']"));
    }

    String verdict(String pledge) {
        return result(pledge).getDomAttribute("data-verdict");
    }

    /** The reason citing a clause, within a pledge's result. */
    WebElement reason(String pledge, String clause) {
        return result(pledge).findElement(By.cssSelector("li.reason[data-clause='" + clause + "']"));
    }

    /** The part of the URL after '#'. */
    String route() {
        String url = driver.getCurrentUrl();
        return url.substring(url.indexOf('#') + 1);
    }

    /** Saves what the window shows as target/screenshots/NAME.png; the whole page when fullPage. */
    Path screenshot(String name, boolean fullPage) {
        Dimension size = driver.manage().window().getSize();
        try {
            if (fullPage) {
                Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
                int chrome = size.getHeight() - ((Number) driver.executeScript("return window.innerHeight")).intValue();
                driver.manage()
                        .window()
                        .setSize(new Dimension(size.getWidth(), Math.min(height.intValue() + chrome, 4000)));
            }
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(size);
        }
    }
}
