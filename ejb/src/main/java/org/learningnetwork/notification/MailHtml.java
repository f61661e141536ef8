package org.learningnetwork.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML part of an e-mail, written from its plain text so that both say the same: a document in British English
 * with the subject as its title and heading, paragraphs where the text has blank lines, lists where its lines start
 * with a dash, addresses as links, and the trauma-aware statement under its heading.
 * Large, high-contrast type; no images, no layout tables; the styles are inline, as mail programs keep no others.
 */
public final class MailHtml {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)]");
    private static final String BODY = "font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #0b0c0c;"
            + " background: #ffffff; margin: 0; padding: 16px; max-width: 640px;";
    private static final String LINK_STYLE = "color: #1a4f8b; text-decoration: underline;";
    /** The lines that head the paragraph under them: the trauma-aware statement's heading. */
    private static final java.util.Set<String> HEADINGS = java.util.Set.of(MailText.texts().getString("mail.traumaHeading"));

    private MailHtml() {
    }

    /** The HTML document of a mail with this subject and plain text. */
    public static String of(String subject, String text) {
        StringBuilder html = new StringBuilder(text.length() * 2 + 400);
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").append(escape(subject))
                .append("</title>\n</head>\n<body style=\"").append(BODY).append("\">\n<h1 style=\"font-size: 24px; margin: 0 0 16px;\">")
                .append(escape(subject)).append("</h1>\n");
        for (String block : text.replace("\r\n", "\n").strip().split("\n\\s*\n")) {
            List<String> lines = new ArrayList<>(List.of(block.split("\n")));
            if (lines.size() > 1 && HEADINGS.contains(lines.get(0).strip())) {
                html.append("<h2 style=\"font-size: 19px; margin: 24px 0 8px;\">").append(escape(lines.remove(0).strip())).append("</h2>\n");
            }
            paragraphs(lines, html);
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void paragraphs(List<String> lines, StringBuilder html) {
        List<String> text = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("- ")) {
                if (!text.isEmpty()) {
                    paragraph(text, html);
                    text.clear();
                }
                items.add(line.substring(2).strip());
            } else {
                if (!items.isEmpty()) {
                    list(items, html);
                    items.clear();
                }
                text.add(line.strip());
            }
        }
        if (!text.isEmpty()) {
            paragraph(text, html);
        }
        if (!items.isEmpty()) {
            list(items, html);
        }
    }

    private static void paragraph(List<String> lines, StringBuilder html) {
        html.append("<p style=\"margin: 0 0 16px;\">");
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                html.append("<br>\n");
            }
            html.append(linked(lines.get(i)));
        }
        html.append("</p>\n");
    }

    private static void list(List<String> items, StringBuilder html) {
        html.append("<ul style=\"margin: 0 0 16px; padding-left: 24px;\">\n");
        for (String item : items) {
            html.append("<li>").append(linked(item)).append("</li>\n");
        }
        html.append("</ul>\n");
    }

    /** The line escaped, its addresses made links (the address as the link's text, so it reads the same printed). */
    static String linked(String line) {
        StringBuilder out = new StringBuilder();
        Matcher link = LINK.matcher(line);
        int at = 0;
        while (link.find()) {
            out.append(escape(line.substring(at, link.start())));
            String address = escape(link.group());
            out.append("<a href=\"").append(address).append("\" style=\"").append(LINK_STYLE).append("\">").append(address).append("</a>");
            at = link.end();
        }
        return out.append(escape(line.substring(at))).toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
