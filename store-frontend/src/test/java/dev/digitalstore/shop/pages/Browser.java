package dev.digitalstore.shop.pages;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for the whole test JVM (starting one costs seconds and the
 * machine has two cores). Tests share it one after another and start from a clean slate
 * with {@link #reset()}. Screenshots go to {@code target/screenshots/}.
 */
public final class Browser {

	private static final Path TARGET = Path.of("target");

	private static final AtomicInteger shots = new AtomicInteger();

	private static WebDriver driver;

	private Browser() {
	}

	/** The shared browser, started on first use and quit when the JVM exits. */
	public static synchronized WebDriver driver() {
		if (driver == null) {
			deleteOldScreenshots();
			driver = start();
			Runtime.getRuntime().addShutdownHook(new Thread(Browser::quit, "chromium-quit"));
		}
		return driver;
	}

	/** Forgets the previous test's cookies (session, cart, language) and its page. */
	public static void reset(String baseUrl) {
		WebDriver browser = driver();
		browser.get(baseUrl + "/images/favicon.svg");
		browser.manage().deleteAllCookies();
	}

	/** Saves what the browser shows as {@code target/screenshots/NN-name.png}. */
	public static Path screenshot(String name) {
		File file = ((TakesScreenshot) driver()).getScreenshotAs(OutputType.FILE);
		try {
			Path directory = Files.createDirectories(TARGET.resolve("screenshots"));
			Path target = directory.resolve(String.format("%02d-%s.png", shots.incrementAndGet(), name));
			return Files.move(file.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteOldScreenshots() {
		Path directory = TARGET.resolve("screenshots");
		if (Files.isDirectory(directory)) {
			try (var files = Files.list(directory)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private static WebDriver start() {
		try {
			Path profile = Files.createDirectories(TARGET.resolve("chromium-profiles"))
				.resolve("profile-" + ProcessHandle.current().pid());
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
				.usingAnyFreePort()
				.build();
			ChromeOptions options = new ChromeOptions();
			options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--window-size=1280,1000", "--lang=en-US", "--user-data-dir=" + profile.toAbsolutePath());
			ChromeDriver chrome = new ChromeDriver(service, options);
			chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return chrome;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static synchronized void quit() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

}
