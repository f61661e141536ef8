package org.learningnetwork.notification;

import java.util.List;

/**
 * The files a mail carries, found when it is sent (never stored in the outbox): a committee's report pack for the
 * quarter named on the mail. The reports are kept by a feature above the mail ({@code reporting}), which implements
 * this, so that sending mail depends on no feature.
 */
public interface MailAttachments {

    /** One file: its name, its content type and its bytes. */
    record File(String name, String contentType, byte[] content) {
    }

    /** The report pack of {@code committee} for {@code quarter}, in a stable order; none when it has no files. */
    List<File> reportPack(String quarter, String committee);
}
