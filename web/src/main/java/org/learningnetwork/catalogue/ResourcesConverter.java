package org.learningnetwork.catalogue;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.util.ArrayList;
import java.util.List;
import org.learningnetwork.platform.LinesConverter;
import org.learningnetwork.platform.Text;

/**
 * A course's self-guided resources typed one per line as {@code title | web address} ({@code ln.resources}). A line
 * without both parts refuses the whole field with its {@code converterMessage}; the addresses themselves are checked
 * by the resource's constraints when the course is saved.
 */
@FacesConverter("ln.resources")
public class ResourcesConverter implements Converter<List<SelfGuidedResource>> {

    @Override
    public List<SelfGuidedResource> getAsObject(FacesContext context, UIComponent component, String text) {
        List<SelfGuidedResource> read = new ArrayList<>();
        for (String line : LinesConverter.of(text)) {
            SelfGuidedResource resource = read(line);
            if (resource == null) {
                // The input's converterMessage replaces this text.
                throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, line, line));
            }
            read.add(resource);
        }
        return read;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, List<SelfGuidedResource> resources) {
        return resources == null ? "" : String.join("\n", resources.stream().map(r -> r.getTitle() + " | " + r.getUrl()).toList());
    }

    /** One line read, or {@code null} when it has no title or no address: the address is after the last bar. */
    static SelfGuidedResource read(String line) {
        int bar = line.lastIndexOf('|');
        String title = bar < 0 ? null : Text.clean(line.substring(0, bar));
        String url = bar < 0 ? null : Text.clean(line.substring(bar + 1));
        return title == null || url == null ? null : new SelfGuidedResource(title, url);
    }
}
