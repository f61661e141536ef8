package org.learningnetwork.catalogue;

import java.util.List;
import org.learningnetwork.platform.Text;

/** Lists typed one item per line: blank lines dropped, each line trimmed. */
final class Lines {

    private Lines() {
    }

    static List<String> of(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(Text::clean).filter(line -> line != null).toList();
    }
}
