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
        try (PdfText pdf = new PdfText(text.getString("title") + ": " + record.getCourse().getTitle(), text.getString("issuer"))) {
            return pdf.space(40)
                    .line(text.getString("title"), 26, 40)
                    .line(text.getString("certifies"), 12, 28)
                    .line(name, 20, 34)
                    .line(text.getString(record.getKind() == LearningRecordKind.PARTIAL ? "attendedPart" : "attended"), 12, 28)
                    .line(record.getCourse().getTitle(), 16, 30)
                    .line(text.getString("on") + " " + DAY.format(record.getCompletedOn()), 12, 40)
                    .line(text.getString("cpdHours") + " " + hours(record.getCpdHours()), 12, 20)
                    .line(text.getString("provider") + " " + record.getCourse().getProvider(), 12, 20)
                    .line(text.getString("reference") + " LN-" + record.getId(), 10, 40)
                    .line(text.getString("issuer"), 12, 20)
                    .bytes();
        }
    }

    private static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }
}
