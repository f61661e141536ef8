package org.learningnetwork.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Every page each demo role can reach from the header, and one page of each kind those pages link to (a course, a
 * session, a person ...), passes axe-core at a desktop's width (1366 px) and at a phone's (375 px), and never scrolls
 * sideways (WCAG 2.2 AA, 1.4.10). Pages that change something when opened are not followed: only links.
 */
class EveryPageIT extends BrowserIT {

    private static final Set<String> ERROR_PAGES = Set.of("Sorry, there is a problem with the service", "Page not found",
            "You do not have access to this page");
    private static final List<String> ROLES = List.of("learner", "manager", "facilitator", "coordinator", "committee", "dpo", "admin");

    @Test
    void everyPageOfEveryRolePassesAxeAndFitsAPhone() {
        List<String> problems = new ArrayList<>();
        // A page is checked once, as the first role that reaches it (the template's role-dependent parts, the header's
        // menus, are checked with each role's home page).
        Set<String> checked = new java.util.HashSet<>();
        for (String role : ROLES) {
            browser.signIn(role, DEMO_PASSWORD);
            Map<String, String> pages = pagesOf(role);
            pages.keySet().removeIf(path -> !path.endsWith("/my/index.xhtml") && !checked.add(path));
            for (Map.Entry<String, String> page : pages.entrySet()) {
                // Opened once and checked at both widths: the page is laid out again for the phone's, as a browser
                // turned or narrowed does.
                browser.driver().manage().window().setSize(new Dimension(1366, 1000));
                browser.driver().get(page.getValue());
                for (int width : new int[] {1366, 375}) {
                    if (width == 375) {
                        browser.driver().manage().window().setSize(new Dimension(375, 812));
                    }
                    String name = role + "-" + page.getKey().replaceAll("[^a-z0-9]+", "-") + "-" + width;
                    String heading = browser.findAll("h1").isEmpty() ? "" : browser.h1();
                    if (ERROR_PAGES.contains(heading)) {
                        problems.add(name + " answers \"" + heading + "\"");
                        break;
                    }
                    long scrollWidth = ((Number) ((JavascriptExecutor) browser.driver())
                            .executeScript("return document.documentElement.scrollWidth;")).longValue();
                    if (scrollWidth > width) {
                        problems.add(name + " scrolls sideways: " + scrollWidth + " px wide");
                    }
                    try {
                        browser.assertAccessible(name);
                    } catch (AssertionError e) {
                        problems.add(e.getMessage());
                    }
                }
            }
            browser.driver().manage().window().setSize(new Dimension(1280, 1000));
            browser.signOut();
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /** The header's pages of the signed-in role and one page of each kind they link to with an id, by path. */
    private Map<String, String> pagesOf(String role) {
        browser.get("/my/index.xhtml");
        Set<String> nav = new LinkedHashSet<>();
        for (WebElement link : browser.findAll(".site-nav a")) {
            nav.add(link.getAttribute("href"));
        }
        Map<String, String> pages = new LinkedHashMap<>();
        for (String href : nav) {
            pages.putIfAbsent(path(href), href);
        }
        for (String href : nav) {
            browser.driver().get(href);
            for (WebElement link : browser.findAll("main a[href*='.xhtml?']")) {
                String target = link.getAttribute("href");
                if (target != null && target.startsWith(base.toString()) && target.matches(".*\\.xhtml\\?(id|session|person|course|booking)=\\d+.*")
                        && !target.contains("/sign-out")) {
                    pages.putIfAbsent(path(target), target);
                }
            }
        }
        assertTrue(pages.size() >= 4, role + " reaches pages: " + pages.keySet());
        return pages;
    }

    private static String path(String href) {
        String path = href.replaceFirst("^https?://[^/]+", "");
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}
