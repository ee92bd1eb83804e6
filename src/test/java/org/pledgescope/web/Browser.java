package org.pledgescope.web;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for every browser test in the JVM, driven through Debian's chromedriver. Both paths are
 * given explicitly, so Selenium never looks for (or downloads) a driver or a browser of its own.
 */
final class Browser {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String HOW_TO_INSTALL = "browser tests skipped: no Chromium; install it with "
            + "`apt-get install -y chromium chromium-driver` (Debian)";
    static final Dimension LAPTOP = new Dimension(1280, 1000);

    private static ChromeDriver driver;

    private Browser() {}

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** The shared browser, started on first use and quit when the JVM exits. */
    static synchronized ChromeDriver get() {
        if (driver == null) {
            System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-extensions",
                    "--no-first-run",
                    "--lang=en-US",
                    "--window-size=1280,1000");
            driver = new ChromeDriver(service, options);
            ChromeDriver started = driver;
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit));
        }
        driver.manage().window().setSize(LAPTOP);
        return driver;
    }
}
