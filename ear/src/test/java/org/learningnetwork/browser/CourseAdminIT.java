package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The learning team keeps the courses of the catalogue: list, search, add, edit and retire. */
class CourseAdminIT extends BrowserIT {

    private String tag;

    @BeforeEach
    void signIn() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        browser.signIn("coordinator", DEMO_PASSWORD);
    }

    private List<String> listedTitles() {
        return browser.findAll("#coursesForm\\:courses tbody a").stream().map(WebElement::getText).toList();
    }

    private void check(String label) {
        browser.driver().findElement(By.xpath("//label[normalize-space()=\"" + label + "\"]")).click();
    }

    /** Fills in a complete course and saves it; the page is then the new course's edit page. */
    private void addCourse(String title) {
        browser.get("/coordinator/course.xhtml");
        browser.type("courseForm:title", title);
        browser.type("courseForm:summary", "Building a shared timeline of events with partner agencies.");
        new Select(browser.byId("courseForm:deliveryMode")).selectByVisibleText("Online, live");
        browser.type("courseForm:durationMinutes", "180");
        browser.type("courseForm:cpdHours", "3");
        browser.type("courseForm:provider", "Dundee Protecting People");
        check("Child protection");
        browser.find("label[for^='courseForm:groups_CP_2024']").click();
        browser.type("courseForm:outcomes", "Prepare a chronology\nAnalyse a chronology for patterns");
        browser.type("courseForm:preparation", "Bring an anonymised chronology from your own practice.");
        browser.type("courseForm:preparationMinutes", "30");
        browser.byId("courseForm:wellbeingSupport").click();
        browser.submit("courseForm:save");
    }

    @Test
    void theListSearchesByTextAndStrand() {
        browser.get("/coordinator/courses.xhtml");
        assertEquals("Courses", browser.h1());
        assertTrue(listedTitles().size() >= 14, listedTitles().toString());
        browser.assertAccessible("coordinator-courses");

        browser.type("q", "chronolog");
        browser.submit("search");
        assertTrue(listedTitles().contains("Multi-agency chronologies"), listedTitles().toString());
        listedTitles().forEach(title -> assertTrue(title.toLowerCase().contains("chronolog"), title));

        browser.get("/coordinator/courses.xhtml?strand=MAPPA");
        assertTrue(listedTitles().contains("MAPPA: arrangements and the duty to cooperate"), listedTitles().toString());
        assertFalse(listedTitles().contains("Multi-agency chronologies"));
    }

    @Test
    void aCourseIsAddedEditedAndShownInTheCatalogue() {
        addCourse("Partnership timelines " + tag);
        assertTrue(browser.text(".notice").contains("Saved."));
        assertEquals("Partnership timelines " + tag, browser.h1());
        assertEquals("3", browser.byId("courseForm:cpdHours").getAttribute("value"));
        browser.assertAccessible("coordinator-course-edit");

        assertTrue(browser.byId("courseForm:followUps:1").isSelected(), "follow-up at three months by default");
        assertFalse(browser.byId("courseForm:followUps:0").isSelected());
        browser.byId("courseForm:followUps:0").click();
        browser.byId("courseForm:followUps:1").click();
        browser.byId("courseForm:followUps:2").click();
        browser.type("courseForm:cost", "£45.50");
        browser.type("courseForm:costNote", "Charged to partner agencies outside the partnership");
        // A cost without who pays, and an approval dated before the committee's agreement, are refused on their fields.
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        new Select(browser.byId("courseForm:costCommittee")).selectByVisibleText("Child Protection Committee");
        browser.setValue("courseForm:costAgreedOn", today.minusDays(7).toString());
        browser.setValue("courseForm:costApprovedOn", today.minusDays(8).toString());
        browser.submit("courseForm:save");
        List<String> errors = browser.errors();
        assertTrue(errors.contains("Choose who pays for a course with a cost."), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("The Chief Officers Group approves a cost after the committee agrees it")),
                errors.toString());
        assertEquals("#courseForm:costBasis", browser.find(".error-summary a[href*='costBasis']").getAttribute("hash"));
        browser.assertAccessible("coordinator-course-cost-errors");
        check("Charged: each place is charged to the learner's agency");
        browser.setValue("courseForm:costApprovedOn", today.minusDays(1).toString());
        check("National Guidance for Child Protection in Scotland 2021 (updated 2023) (Guidance or code of practice)");
        browser.submit("courseForm:save");
        assertTrue(browser.findAll("#costPending").isEmpty(), "agreed and approved");
        assertEquals("45.50", browser.byId("courseForm:cost").getAttribute("value"));
        assertEquals(List.of(true, false, true), List.of(browser.byId("courseForm:followUps:0").isSelected(),
                browser.byId("courseForm:followUps:1").isSelected(), browser.byId("courseForm:followUps:2").isSelected()),
                "six weeks and six months chosen");

        browser.find("#publicPage").click();
        assertEquals("Partnership timelines " + tag, browser.h1());
        assertTrue(browser.text("main").contains("Analyse a chronology for patterns"));
        assertEquals("£45.50 a place, charged to your agency (Charged to partner agencies outside the partnership)", browser.text("#cost"));
        assertTrue(browser.findAll("#costNotApproved").isEmpty());
        assertTrue(browser.text("#guidance").contains("National Guidance for Child Protection in Scotland 2021 (updated 2023)"),
                browser.text("#guidance"));
        assertEquals("Bring an anonymised chronology from your own practice. (about 30 minutes)", browser.text("#preparation"));
        assertTrue(browser.text("#onlineGuidance").contains("keep your camera on"), browser.text("#beforeTheCourse"));
        assertTrue(browser.text("#wellbeing").contains("wellbeing support"), browser.text("#beforeTheCourse"));
    }

    @Test
    void aCourseWhoseCostAwaitsApprovalCannotBeBookedAndIsFoundByWhatItAnswersTo() {
        addCourse("Commissioned timelines " + tag);
        browser.type("courseForm:cost", "120");
        check("Commissioned: the partnership pays the provider; free to the learner");
        check("MAPPA National Guidance 2022 (Guidance or code of practice)");
        browser.submit("courseForm:save");
        assertTrue(browser.text("#costPending").contains("Not bookable"), browser.text("main"));

        browser.find("#publicPage").click();
        assertEquals("Free to you: commissioned by the partnership", browser.text("#cost"));
        assertTrue(browser.text("#costNotApproved").contains("cannot be booked yet"));
        browser.assertAccessible("course-cost-pending");

        browser.get("/catalogue.xhtml?q=" + tag);
        new Select(browser.byId("answers")).selectByVisibleText("MAPPA National Guidance 2022");
        browser.submit("search");
        assertEquals(List.of("Commissioned timelines " + tag), browser.findAll(".course-list__title").stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).distinct().toList());
        browser.assertFitsPhone("catalogue-answers");
        browser.get("/catalogue.xhtml?answers=nonsense");
        assertTrue(browser.errors().contains("Choose what the course answers to from the list."), browser.errors().toString());
    }

    @Test
    void badInputIsShownOnEachFieldAndNothingIsSaved() {
        browser.get("/coordinator/course.xhtml");
        browser.type("courseForm:title", "Unsaved " + tag);
        browser.type("courseForm:durationMinutes", "three hours");
        browser.type("courseForm:cpdHours", "lots");
        browser.type("courseForm:defaultCapacity", "twenty");
        browser.submit("courseForm:save");
        List<String> errors = browser.errors();
        assertTrue(errors.contains("Enter the duration as a whole number of minutes, for example 180."), errors.toString());
        assertTrue(errors.contains("Enter the CPD hours as a number, for example 3 or 2.5."), errors.toString());
        assertTrue(errors.contains("Enter the number of places as a whole number, for example 20."), errors.toString());
        // And in the same round, not after these are put right, what else the course lacks.
        assertTrue(errors.contains("Enter a summary of the course."), errors.toString());
        assertTrue(errors.contains("Enter who provides the course."), errors.toString());
        assertEquals(errors.size(), new java.util.HashSet<>(errors).size(), "each problem once: " + errors);
        assertEquals("true", browser.byId("courseForm:durationMinutes").getAttribute("aria-invalid"));
        browser.assertAccessible("coordinator-course-number-errors");

        browser.type("courseForm:durationMinutes", "180");
        browser.type("courseForm:cpdHours", "3");
        browser.type("courseForm:defaultCapacity", "0");
        browser.submit("courseForm:save");
        errors = browser.errors();
        assertTrue(errors.contains("Enter a summary of the course."), errors.toString());
        assertTrue(errors.contains("Choose how the course is delivered."), errors.toString());
        assertTrue(errors.contains("Enter who provides the course."), errors.toString());
        assertTrue(errors.contains("A course needs at least 1 place."), errors.toString());
        assertTrue(errors.contains("Choose at least one workforce group the course is for."), errors.toString());
        // Each message links to its field.
        assertEquals("#courseForm:targetGroups", browser.find(".error-summary a[href*='targetGroups']").getAttribute("hash"));
        browser.assertAccessible("coordinator-course-errors");

        browser.get("/coordinator/courses.xhtml?includeRetired=true&q=" + tag);
        assertTrue(listedTitles().isEmpty());
    }

    @Test
    void aPrerequisiteThatWouldMakeACycleIsRefused() {
        browser.get("/coordinator/courses.xhtml?q=key+processes");
        browser.find("#coursesForm\\:courses tbody a").click();
        assertTrue(browser.h1().startsWith("Child protection: key processes"));
        new Select(browser.byId("courseForm:prerequisites")).selectByVisibleText("Multi-agency chronologies");
        browser.submit("courseForm:save");
        assertEquals(List.of("A course cannot need itself, directly or through its prerequisites."), browser.errors());
        assertEquals("A course cannot need itself, directly or through its prerequisites.", browser.text("#prerequisites-error"));

        browser.get(browser.url().replaceFirst("^https?://[^/]+/learning", ""));
        assertTrue(new Select(browser.byId("courseForm:prerequisites")).getAllSelectedOptions().isEmpty());
    }

    @Test
    void aRetiredCourseLeavesTheCatalogueButKeepsItsHistory() {
        addCourse("Retiring course " + tag);
        String editPage = browser.url().replaceFirst("^https?://[^/]+/learning", "");
        browser.submit("courseForm:retire");
        assertEquals("Retire this course?", browser.text("#retire-heading"));
        browser.assertAccessible("coordinator-course-retire");
        browser.submit("retireForm:keep");
        assertTrue(browser.findAll("#retireForm").isEmpty());

        browser.submit("courseForm:retire");
        browser.submit("retireForm:confirmRetire");
        assertTrue(browser.text(".notice").contains("The course is retired."));
        assertTrue(browser.findAll("#courseForm\\:save").isEmpty());
        assertTrue(browser.findAll("#addSession").isEmpty());

        browser.get("/coordinator/courses.xhtml?q=" + tag);
        assertTrue(listedTitles().isEmpty());
        browser.get("/coordinator/courses.xhtml?includeRetired=true&q=" + tag);
        assertEquals(List.of("Retiring course " + tag), listedTitles());
        assertTrue(browser.text("#coursesForm\\:courses tbody").contains("Retired"));

        String id = editPage.replaceFirst(".*id=", "");
        browser.get("/course.xhtml?id=" + id);
        assertEquals("Page not found", browser.h1());
    }

    @Test
    void anUnknownCourseShowsTheNotFoundPage() {
        browser.get("/coordinator/course.xhtml?id=999999999");
        assertEquals("Page not found", browser.h1());
        browser.get("/coordinator/course.xhtml?id=nonsense");
        assertEquals("Page not found", browser.h1());
    }

    @Test
    void aLearnerCannotOpenTheCourseScreens() {
        browser.signOut();
        browser.signIn("learner", DEMO_PASSWORD);
        browser.get("/coordinator/courses.xhtml");
        assertEquals("You do not have access to this page", browser.h1());
    }
}
