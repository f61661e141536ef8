package org.learningnetwork.audit;

/**
 * The outcome of checking the audit log's chain: how many entries were checked and, when it is broken, the first
 * entry where it breaks ({@code null} when the break is at the head, after the last entry) and why, as a message
 * key: {@code audit.chain.altered} (the entry's content no longer matches its hash), {@code audit.chain.missing}
 * (entries before it are gone), {@code audit.chain.relinked} (it does not follow the entry before it),
 * {@code audit.chain.truncated} (entries after the last one found are gone).
 */
public record ChainReport(boolean intact, long checked, Long brokenAt, String problem) {

    static ChainReport intact(long checked) {
        return new ChainReport(true, checked, null, null);
    }

    static ChainReport broken(long checked, Long at, String problem) {
        return new ChainReport(false, checked, at, problem);
    }
}
