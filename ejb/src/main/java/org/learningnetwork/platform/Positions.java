package org.learningnetwork.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;

/** Moving one item of an ordered list up or down, and numbering the list again from its first place. */
public final class Positions {

    private Positions() {
    }

    /**
     * Moves {@code item} one place up ({@code by} below 0) or down (above 0) in {@code ordered}, then gives every item
     * its new place through {@code place}, numbered from {@code first}. At either end it stays where it is. Whether
     * anything moved.
     */
    public static <T> boolean move(List<T> ordered, T item, int by, int first, ObjIntConsumer<T> place) {
        List<T> list = new ArrayList<>(ordered);
        int from = list.indexOf(item);
        int to = from + Integer.signum(by);
        if (from < 0 || to < 0 || to >= list.size() || to == from) {
            return false;
        }
        list.add(to, list.remove(from));
        for (int i = 0; i < list.size(); i++) {
            place.accept(list.get(i), first + i);
        }
        return true;
    }
}
