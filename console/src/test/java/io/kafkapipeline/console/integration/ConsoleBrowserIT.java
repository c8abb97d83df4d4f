package io.kafkapipeline.console.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.console.views.Text;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.connect.ConnectRest;
import io.kafkapipeline.stack.junit.LocalStackExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The console in a real browser (headless Chromium through Selenium), as a user clicks through it. */
@ExtendWith(LocalStackExtension.class)
class ConsoleBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static TestConsole console;

    @BeforeAll
    static void console(LocalStack stack) {
        console = TestConsole.of(stack);
        browser.at(console.url);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void everyPageRendersWithItsHeadingAndNavigation() {
        for (String page : Browser.PAGES) {
            browser.open(page);
            WebDriver d = browser.driver();
            assertThat(d.findElement(By.tagName("h1")).getText()).as(page).isNotBlank();
            assertThat(d.findElements(By.cssSelector("header nav a"))).as(page).hasSize(7);
            assertThat(d.findElements(By.cssSelector("p.problem")))
                    .as("error on " + page)
                    .isEmpty();
        }
        browser.screenshotEveryPage("page");
    }

    @Test
    void flowsPageShowsEveryFlowWithItsRowCount() {
        await("the flows page shows each flow's rows as /api/status counts them")
                .atMost(Fixtures.PATIENCE)
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    JsonNode status = console.getJson("/api/status");
                    browser.open("/");
                    WebDriver d = browser.driver();
                    assertThat(d.findElements(By.cssSelector("article.flow")))
                            .hasSize(status.path("flows").size());
                    for (JsonNode flow : status.path("flows")) {
                        WebElement article = d.findElement(By.cssSelector(
                                "article[data-flow='" + flow.path("connector").asText() + "']"));
                        assertThat(article.findElement(By.cssSelector("[data-field='rows']"))
                                        .getText())
                                .as(flow.path("connector").asText())
                                .isEqualTo(Text.number(flow.path("rows").asLong()));
                        assertThat(article.getText())
                                .contains(
                                        flow.path("topic").asText(),
                                        flow.path("table").asText());
                        JsonNode upstream = flow.path("upstream");
                        if (!upstream.isNull()) {
                            // the stream application before the flow's topic (the classifier of twittersink)
                            assertThat(article.findElement(By.cssSelector("[data-field='upstream.produced']"))
                                            .getText())
                                    .isEqualTo(Text.number(
                                            upstream.path("produced").asLong()));
                            assertThat(article.findElement(By.cssSelector("[data-field='upstream.state']"))
                                            .getText())
                                    .isEqualTo(upstream.path("state").asText());
                            assertThat(article.getText())
                                    .contains(
                                            upstream.path("topic").asText(),
                                            upstream.path("name").asText());
                        }
                    }
                });
        assertThat(console.getJson("/api/status").path("flows"))
                .filteredOn(f -> !f.path("upstream").isNull())
                .extracting(f -> f.path("upstream").path("name").asText())
                .containsExactly("classifier");
    }

    @Test
    void browsingATopicShowsTheRecordsATestProduced(LocalStack stack) throws Exception {
        String topic = Fixtures.runId();
        Fixtures.createTopic(stack, topic, 2);
        Map<String, String> records = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            records.put(topic + "-key-" + i, "{\"city\": \"Hue\", \"n\": " + i + "}");
        }
        Fixtures.send(stack, topic, records);
        browser.open("/topics/" + topic);
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("tr.message"));
        assertThat(rows).hasSize(3);
        List<String> keys = new ArrayList<>();
        for (WebElement row : rows) {
            keys.add(row.findElement(By.cssSelector("td.key")).getText());
            assertThat(row.findElement(By.cssSelector("pre.value")).getText()).contains("\"city\" : \"Hue\"");
        }
        assertThat(keys).containsExactlyInAnyOrderElementsOf(records.keySet());

        browser.driver().findElement(By.name("key")).sendKeys(topic + "-key-1");
        browser.driver()
                .findElement(By.cssSelector("form.browse button[type=submit]"))
                .click();
        browser.waiting().until(ExpectedConditions.urlContains("key="));
        assertThat(browser.driver().findElements(By.cssSelector("tr.message td.key")))
                .extracting(WebElement::getText)
                .containsExactly(topic + "-key-1");
    }

    @Test
    void aScriptInARecordIsShownAsTextAndNeverRuns(LocalStack stack) throws Exception {
        String topic = Fixtures.runId();
        Fixtures.createTopic(stack, topic, 1);
        String key = "<b id=\"injected-key\">bold</b>";
        String value = "<script>window.injected = 1; document.title = 'pwned';</script>"
                + "<img src=\"x\" onerror=\"window.injected = 2\">";
        Fixtures.send(stack, topic, 0, Map.of(key, value), Map.of("note", "<script>window.injected = 3</script>"));

        browser.open("/topics/" + topic);
        assertShownAsText(key, value);

        // The live tail replaces the table through htmx every 2 s: fragments are escaped as well.
        browser.open("/topics/" + topic + "?tail=on");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("document.querySelector('tr.message').setAttribute('data-seen', 'old')");
        browser.waiting()
                .until(d ->
                        d.findElements(By.cssSelector("tr.message[data-seen]")).isEmpty()
                                && !d.findElements(By.cssSelector("tr.message")).isEmpty());
        assertShownAsText(key, value);
    }

    private static void assertShownAsText(String key, String value) {
        WebDriver d = browser.driver();
        WebElement row = d.findElement(By.cssSelector("tr.message"));
        assertThat(row.findElement(By.cssSelector("td.key")).getText()).isEqualTo(key);
        assertThat(row.findElement(By.cssSelector("pre.value")).getText()).isEqualTo(value);
        assertThat(row.findElement(By.cssSelector("td.headers")).getText()).contains("<script>window.injected = 3");
        assertThat(d.findElements(By.id("injected-key"))).isEmpty();
        assertThat(d.findElements(By.cssSelector("tr.message script, tr.message img")))
                .isEmpty();
        assertThat(((JavascriptExecutor) d)
                        .executeScript("return window.injected === undefined ? null : window.injected"))
                .isNull();
        assertThat(d.getTitle()).isNotEqualTo("pwned");
    }

    @Test
    void restartingAFailedTaskFromThePageBringsItToRunning(LocalStack stack) throws Exception {
        String topic = Fixtures.runId();
        Fixtures.createTopic(stack, topic, 1);
        ConnectRest connect = new ConnectRest(stack.connectUrl());
        Fixtures.registerFailingConnector(stack, topic);
        try {
            Fixtures.awaitRunning(stack, Fixtures.FAILING);
            Fixtures.send(stack, topic, Map.of("poison", "this is {not json"));
            await(Fixtures.FAILING + " task FAILED on the poison record")
                    .atMost(Fixtures.PATIENCE)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(
                            () -> connect.status(Fixtures.FAILING)
                                    .path("tasks")
                                    .path(0)
                                    .path("state")
                                    .asText(),
                            "FAILED"::equals);

            browser.open("/connectors");
            WebElement section =
                    browser.driver().findElement(By.cssSelector("section[data-connector='" + Fixtures.FAILING + "']"));
            assertThat(section.findElement(By.cssSelector("[data-field='task-state']"))
                            .getText())
                    .isEqualTo("FAILED");
            assertThat(section.getText()).contains("Tolerance exceeded in error handler");

            // The fix: the group of the failed task skips the poison record (the group is stopped: reset allowed).
            String group = "connect-" + Fixtures.FAILING;
            await("the failed task left " + group)
                    .atMost(Fixtures.PATIENCE)
                    .until(() -> console.getJson("/api/groups/" + group)
                            .path("members")
                            .isEmpty());
            console.postJson("/api/groups/" + group + "/reset?to=latest&topic=" + topic, "{}");
        } catch (AssertionError | RuntimeException e) {
            connect.delete(Fixtures.FAILING);
            throw e;
        }
        try {
            browser.open("/connectors");
            browser.driver()
                    .findElement(By.cssSelector(
                            "section[data-connector='" + Fixtures.FAILING + "'] button[data-action='restart-failed']"))
                    .click();
            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("action-result"), "Restart of the failed tasks of " + Fixtures.FAILING));
            browser.waiting()
                    .until(ExpectedConditions.textToBe(
                            By.cssSelector(
                                    "section[data-connector='" + Fixtures.FAILING + "'] [data-field='task-state']"),
                            "RUNNING"));
            assertThat(connect.status(Fixtures.FAILING)
                            .path("tasks")
                            .path(0)
                            .path("state")
                            .asText())
                    .isEqualTo("RUNNING");
        } finally {
            connect.delete(Fixtures.FAILING);
        }
    }

    @Test
    void redriveFromThePageEmptiesTheSelectedDeadLettersIntoTheTable(LocalStack stack) throws Exception {
        String run = Fixtures.runId();
        List<String> names = List.of(run + "-x", run + "-y");
        Fixtures.breakFakerSink(stack);
        List<String> ids;
        try {
            Map<String, String> records = new LinkedHashMap<>();
            names.forEach(n -> records.put(n, Fixtures.person(n)));
            Fixtures.send(stack, "faker", records);
            ids = await("the records of " + run + " in faker-dlq")
                    .atMost(Fixtures.PATIENCE)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> pendingLetters(run), found -> found.size() == 2);
        } finally {
            Fixtures.restoreFakerSink(stack);
        }

        browser.open("/dlq/faker-dlq");
        for (String id : ids) {
            browser.driver()
                    .findElement(By.cssSelector("input[name='letter'][value='" + id + "']"))
                    .click();
        }
        browser.driver().findElement(By.id("redrive-button")).click();
        browser.waiting().until(ExpectedConditions.alertIsPresent()).accept();
        browser.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("redrive-result"), "Redrove 2 of 2 dead letters of faker-dlq"));
        for (String name : names) {
            Fixtures.awaitFakerRow(stack, name);
        }
        browser.open("/dlq/faker-dlq");
        for (String id : ids) {
            assertThat(browser.driver().findElements(By.cssSelector("tr[data-letter='" + id + "']")))
                    .as("letter %s is no longer pending", id)
                    .isEmpty();
        }
        assertThat(pendingLetters(run)).isEmpty();
    }

    /** The ids of the pending letters of faker-dlq whose key starts with {@code run}. */
    private static List<String> pendingLetters(String run) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = console.getJson("/api/dlq/faker-dlq" + (cursor == null ? "" : "?cursor=" + cursor));
            for (JsonNode l : page.path("letters")) {
                if (l.path("message").path("key").asText().startsWith(run)
                        && l.path("redriven").isNull()) {
                    ids.add(l.path("message").path("partition").asInt() + ":"
                            + l.path("message").path("offset").asLong());
                }
            }
            cursor = page.path("next").isNull() || page.path("next").isMissingNode()
                    ? null
                    : page.path("next").asText();
        } while (cursor != null);
        return ids;
    }
}
