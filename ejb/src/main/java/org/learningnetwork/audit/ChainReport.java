package org.learningnetwork.audit;

/**
 * The outcome of checking the audit log's chain: how many entries were checked and, when it is broken, the first
 * entry where it breaks ({@code null} when the break is at the head, after the last entry) and why, as a message
 * key: {@code audit.chain.altered} (the entry's content no longer matches its hash), {@code audit.chain.missing}
 * (entries before it are gone), {@code audit.chain.relinked} (it does not follow the entry before it),
 * {@code audit.chain.truncated} (entries after the last one found are gone), {@code audit.chain.unanchored} (the head
 * carries no signature of the server's key although the server has one) and {@code audit.chain.unsigned} (the head's
 * signature is not the server's: the chain was rewritten or cut outside the application). {@code anchored} says whether
 * the head was checked against the server's key ({@link AuditAnchor}); without a key only the chain within the
 * database is checked.
 */
public record ChainReport(boolean intact, long checked, Long brokenAt, String problem, boolean anchored) {

    static ChainReport intact(long checked, boolean anchored) {
        return new ChainReport(true, checked, null, null, anchored);
    }

    static ChainReport broken(long checked, Long at, String problem) {
        return new ChainReport(false, checked, at, problem, true);
    }
}
