package org.measura.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The path a developer takes on day one: open the Swagger UI of the packaged service, run the PHQ-9 example through
 * "Try it out", and read the score in the rendered response. Uses Debian's chromium and chromium-driver; without
 * them the test is skipped, unless -Dmeasura.browser.required=true (as in CI) makes that a failure.
 */
@QuarkusIntegrationTest
class SwaggerUiBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private WebDriver driver;

    @BeforeEach
    void startBrowser() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (Boolean.getBoolean("measura.browser.required")) {
            assertThat(installed).as("chromium and chromium-driver are installed").isTrue();
        }
        assumeTrue(installed, "chromium and chromium-driver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,2000",
                "--user-data-dir=" + Files.createTempDirectory("measura-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static String token() {
        try {
            Instant now = Instant.now();
            return Jwt.issuer("https://issuer.test/measura").audience("measura-api").subject("developer")
                    .issuedAt(now).expiresAt(now.plusSeconds(600))
                    .sign(KeyUtils.readPrivateKey("auth/test-private.pem"));
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign the test token", e);
        }
    }

    @Test
    void phq9ExampleRunsFromTryItOut() {
        int port = io.restassured.RestAssured.port;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get("http://localhost:" + port + "/q/swagger-ui/");

        // Authentication is on, as deployed: paste a token into "Authorize", as a developer would.
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.authorize"))).click();
        WebElement tokenField = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".auth-container input[type=text], .auth-container input[type=password]")));
        tokenField.sendKeys(token());
        driver.findElement(By.cssSelector(".auth-btn-wrapper button.authorize")).click();
        driver.findElement(By.cssSelector(".auth-btn-wrapper button.btn-done")).click();

        WebElement operation = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.id("operations-Instruments-scoreAdministration")));
        operation.findElement(By.cssSelector(".opblock-summary")).click();
        WebElement tryOut = wait.until(ExpectedConditions.elementToBeClickable(
                operation.findElement(By.cssSelector(".try-out__btn"))));
        if (tryOut.getText().contains("Try it out")) {
            tryOut.click(); // with quarkus.swagger-ui.try-it-out-enabled the form is already open
        }

        String operationId = "#operations-Instruments-scoreAdministration";
        WebElement id = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(operationId + " .parameters input[placeholder^='id']")));
        id.clear();
        id.sendKeys("phq9");
        WebElement body = operation.findElement(By.cssSelector("textarea.body-param__text"));
        assertThat(body.getAttribute("value")).contains("\"9\": 1");

        operation.findElement(By.cssSelector("button.execute")).click();

        WebElement status = wait.until(d -> operation.findElement(
                By.cssSelector(".live-responses-table tbody .response-col_status")));
        assertThat(status.getText()).as("response to the request %s",
                operation.findElement(By.cssSelector(".curl-command")).getText()).startsWith("200");
        String rendered = operation.findElement(
                By.cssSelector(".live-responses-table tbody .response-col_description")).getText();
        assertThat(rendered).contains("\"score\": 12").contains("\"id\": \"moderate\"");
    }
}
