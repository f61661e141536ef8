package org.learningnetwork.platform;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.util.List;

/**
 * A list typed one item per line ({@code ln.lines}): each line trimmed, blank lines dropped, nothing typed is an empty
 * list (never {@code null}, so a list property can take it as it is).
 */
@FacesConverter("ln.lines")
public class LinesConverter implements Converter<List<String>> {

    @Override
    public List<String> getAsObject(FacesContext context, UIComponent component, String text) {
        return of(text);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, List<String> lines) {
        return lines == null ? "" : String.join("\n", lines);
    }

    /** The lines of a text, trimmed, without blank ones. */
    public static List<String> of(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(Text::clean).filter(line -> line != null).toList();
    }
}
