package org.learningnetwork.platform;

import java.util.List;

/**
 * One page of a longer result: the rows asked for and the total number of rows that match.
 *
 * @param rows  the rows on this page, in order
 * @param total how many rows match the search in all
 */
public record Page<T>(List<T> rows, long total) {

    public Page {
        rows = List.copyOf(rows);
        if (total < rows.size()) {
            throw new IllegalArgumentException("total must not be smaller than the rows on the page");
        }
    }
}
