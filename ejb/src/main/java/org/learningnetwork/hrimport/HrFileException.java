package org.learningnetwork.hrimport;

/**
 * An HR export refused whole: it cannot be read as CSV, or lacks a required column. The message key (and its
 * argument, if any) say why, for the import's screen.
 */
public class HrFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String argument;

    public HrFileException(String key, String argument) {
        super(key);
        this.key = key;
        this.argument = argument;
    }

    public String key() {
        return key;
    }

    public String argument() {
        return argument;
    }

    /** Key and argument as stored with the import: {@code key|argument}. */
    public String detail() {
        return argument == null ? key : key + "|" + argument;
    }
}
