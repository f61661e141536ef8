package org.learningnetwork.platform;

/**
 * Which rows of a search to return: the first row (0-based) and the page size, bounded so that no
 * request can ask the database for an unbounded result.
 */
public record PageRequest(int first, int size) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }
}
