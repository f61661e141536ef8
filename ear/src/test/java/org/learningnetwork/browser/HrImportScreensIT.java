package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An administrator maps the HR export's columns, uploads an export, reads what applying it would do and why rows are
 * refused, applies it, and finds the people created.
 */
class HrImportScreensIT extends BrowserIT {

    /** The import's page once its status is the one given (the page follows the run by itself; up to a minute). */
    private void waitForStatus(String status) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(60);
        if (browser.findAll("#status").isEmpty()) {
            throw new AssertionError("Not an import's page: " + browser.url() + "\n" + browser.text("body"));
        }
        while (!browser.text("#status").equals(status)) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Still " + browser.text("#status"));
            }
            Thread.sleep(500);
            if (browser.findAll("#status").isEmpty() || !browser.text("#status").equals(status)) {
                browser.driver().navigate().refresh();
            }
        }
    }

    @Test
    void anExportIsCheckedThenAppliedAndItsColumnsMapped() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        browser.signIn("admin", DEMO_PASSWORD);
        browser.get("/admin/hr-columns.xhtml");
        assertEquals("HR export columns", browser.h1());
        browser.assertAccessible("hr-columns");
        browser.assertFitsPhone("hr-columns");
        browser.type("columnsForm:GIVEN_NAME", "Family name");
        browser.submit("columnsForm:save");
        assertEquals(List.of("Another field has this header."), browser.errors());
        browser.type("columnsForm:GIVEN_NAME", "Forename");
        browser.submit("columnsForm:save");
        assertTrue(browser.text(".notice").contains("Saved"), browser.text("main"));

        browser.get("/admin/hr-import.xhtml");
        assertEquals("HR import", browser.h1());
        browser.assertAccessible("hr-import");
        browser.assertFitsPhone("hr-import");
        browser.submit("uploadForm:upload");
        assertEquals(List.of("Choose the file to upload."), browser.errors());

        Path file = Files.createTempFile("hr-export", ".csv");
        Files.writeString(file, "Employee number,Forename,Family name,Work e-mail,Job title,Organisation,Line manager\n"
                + "S" + tag + "-1,Shona,Hr" + tag + ",shona." + tag + "@example.org,Team leader,NHS Tayside,\n"
                + "S" + tag + "-2,Iain,Hr" + tag + ",iain." + tag + "@example.org,Social worker,NHS Tayside,S" + tag + "-1\n"
                + "S" + tag + "-3,Ewan,Hr" + tag + ",ewan." + tag + "@example.org,Social worker,Nowhere Council,\n", StandardCharsets.UTF_8);
        try {
            browser.byId("uploadForm:file").sendKeys(file.toAbsolutePath().toString());
            browser.submit("uploadForm:upload");
            waitForStatus("Checked: not applied yet");
            assertEquals("2", browser.text("#created"));
            assertEquals("1", browser.text("#errors"));
            assertTrue(browser.text("#linesForm\\:lines").contains("No organisation is called \u201cNowhere Council\u201d"),
                    browser.text("#linesForm\\:lines"));
            browser.assertAccessible("hr-import-checked");
            browser.assertFitsPhone("hr-import-checked");

            browser.submit("importForm:apply");
            waitForStatus("Applied");
            assertEquals("2", browser.text("#created"));
            browser.get("/people/people.xhtml?q=hr" + tag);
            assertEquals(2, browser.findAll("#peopleForm\\:people tbody tr").size());
            browser.find("#peopleForm\\:people tbody a").click();
            assertTrue(browser.text("#employeeNumber").startsWith("S" + tag), browser.text("main"));
            browser.assertAccessible("person-from-hr");
        } finally {
            Files.deleteIfExists(file);
            browser.get("/admin/hr-columns.xhtml");
            browser.type("columnsForm:GIVEN_NAME", "");
            browser.submit("columnsForm:save");
            browser.signOut();
        }
    }
}
