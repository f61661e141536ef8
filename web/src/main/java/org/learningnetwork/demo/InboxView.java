package org.learningnetwork.demo;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.learningnetwork.platform.NotFound;

/**
 * The demo inbox ({@code /my/inbox.xhtml}, demo mode only): the e-mails the application has sent, as the
 * demo mailbox received them — the signed-in user's own, or everyone's for the learning team.
 */
@Named
@RequestScoped
public class InboxView {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    /** A piece of a mail's text: words, or an address to follow. */
    public record Piece(String text, boolean link) {
    }

    @Inject
    private DemoMailbox mailbox;

    private List<DeliveredMail> mails;

    /** Outside demo mode there is no such page. */
    public void load() {
        if (!mailbox.isOpen()) {
            NotFound.respond();
        }
    }

    /** A mail's text in pieces, so that the addresses in it can be followed from the page. */
    public List<Piece> pieces(String text) {
        List<Piece> pieces = new ArrayList<>();
        Matcher matcher = LINK.matcher(text == null ? "" : text);
        int from = 0;
        while (matcher.find()) {
            pieces.add(new Piece(text.substring(from, matcher.start()), false));
            pieces.add(new Piece(matcher.group(), true));
            from = matcher.end();
        }
        pieces.add(new Piece(text == null ? "" : text.substring(from), false));
        return pieces;
    }

    public List<DeliveredMail> getMails() {
        if (mails == null) {
            mails = mailbox.forCaller();
        }
        return mails;
    }
}
