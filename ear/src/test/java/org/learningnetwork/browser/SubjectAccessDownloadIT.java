package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learningnetwork.demo.DemoData.DEMO_PASSWORD;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A learner downloads everything held about them from My learning, to read (PDF) or as JSON; the officer's
 * download is theirs only.
 */
class SubjectAccessDownloadIT extends BrowserIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aLearnerDownloadsTheirDataAndNobodyElsesIsReachable() throws Exception {
        browser.signIn("learner", DEMO_PASSWORD);
        browser.get("/my/index.xhtml");
        assertEquals("Download your data (JSON)", browser.find("#myData").getText());
        assertEquals("Download your data (PDF)", browser.find("#myDataPdf").getText());
        browser.assertAccessible("my-learning-your-data");
        HttpResponse<String> own = get(browser.find("#myData").getAttribute("href"));
        assertEquals(200, own.statusCode());
        assertTrue(own.headers().firstValue("Content-Disposition").orElse("").contains("my-data.json"));
        JsonObject person = read(own.body()).getJsonObject("tables").getJsonArray("person").getJsonObject(0);
        assertEquals("learner@demo.learning-network.scot", person.getString("work_email"));
        assertTrue(read(own.body()).getJsonObject("tables").getJsonArray("booking").size() > 0, "the demo learner's bookings");

        HttpResponse<byte[]> readable = http.send(request(browser.find("#myDataPdf").getAttribute("href")),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, readable.statusCode());
        assertEquals("application/pdf", readable.headers().firstValue("Content-Type").orElse(""));
        assertTrue(readable.headers().firstValue("Content-Disposition").orElse("").contains("my-data.pdf"));
        try (PDDocument document = Loader.loadPDF(readable.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Your bookings") && text.contains("learner@demo.learning-network.scot"), text);
            assertEquals("en-GB", document.getDocumentCatalog().getLanguage());
        }

        assertEquals(403, get(base.toExternalForm() + "dpo/data.json?person=" + person.getInt("id")).statusCode());
        assertEquals(403, get(base.toExternalForm() + "dpo/data.pdf?person=" + person.getInt("id")).statusCode());
        browser.signOut();

        browser.signIn("dpo", DEMO_PASSWORD);
        HttpResponse<String> forOfficer = get(base.toExternalForm() + "dpo/data.json?person=" + person.getInt("id"));
        assertEquals(200, forOfficer.statusCode());
        assertTrue(read(forOfficer.body()).getJsonObject("tables").containsKey("legal_hold"));
        assertEquals(200, get(base.toExternalForm() + "dpo/data.pdf?person=" + person.getInt("id")).statusCode());
        assertEquals(404, get(base.toExternalForm() + "dpo/data.pdf?person=abc").statusCode());
        assertEquals(404, get(base.toExternalForm() + "dpo/data.json?person=abc").statusCode());
        assertEquals(404, get(base.toExternalForm() + "dpo/data.json?person=999999999").statusCode());
    }

    private HttpResponse<String> get(String address) throws Exception {
        return http.send(request(address), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String address) {
        String cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        return HttpRequest.newBuilder(URI.create(address)).header("Cookie", "JSESSIONID=" + cookie).build();
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
