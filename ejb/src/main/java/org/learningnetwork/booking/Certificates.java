package org.learningnetwork.booking;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.learningnetwork.platform.PdfText;

/**
 * A certificate of attendance as a one-page A4 PDF ({@link PdfText}). The wording is in the bundle
 * {@code org.learningnetwork.booking.certificate}.
 */
final class Certificates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Certificates() {
    }

    static byte[] pdf(LearningRecord record) {
        ResourceBundle text = ResourceBundle.getBundle("org.learningnetwork.booking.certificate", Locale.UK);
        String name = record.getPerson().getGivenName() + " " + record.getPerson().getFamilyName();
        boolean selfGuided = record.getResource() != null;
        String title = text.getString(selfGuided ? "titleSelfGuided" : "title");
        try (PdfText pdf = new PdfText(title + ": " + record.getCourse().getTitle(), text.getString("issuer"))) {
            pdf.space(40)
                    .heading(title, 1, 26, 40)
                    .line(text.getString("certifies"), 12, 28)
                    .line(name, 20, 34)
                    .line(text.getString(wording(record.getKind())), 12, 28);
            if (selfGuided) {
                pdf.line(record.getResource().getTitle(), 16, 24).line(text.getString("partOf") + " " + record.getCourse().getTitle(), 12, 30);
            } else {
                pdf.line(record.getCourse().getTitle(), 16, 30);
            }
            return pdf.line(text.getString("on") + " " + DAY.format(record.getCompletedOn()), 12, 40)
                    .line(text.getString("cpdHours") + " " + hours(record.getCpdHours()), 12, 20)
                    .line(text.getString("provider") + " " + record.getCourse().getProvider(), 12, 20)
                    .line(text.getString("reference") + " LN-" + record.getId(), 10, 40)
                    .line(text.getString("issuer"), 12, 20)
                    .bytes();
        }
    }

    private static String wording(LearningRecordKind kind) {
        return switch (kind) {
            case PARTIAL -> "attendedPart";
            case SELF_GUIDED, RESOURCE -> "selfGuided";
            default -> "attended";
        };
    }

    private static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }
}
