package org.learningnetwork.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.util.ResourceBundle;

/**
 * Every text a form sends is checked by {@link TextInput} before it reaches a bean: a control character is refused
 * on its field, so that a name never carries NUL or escape characters into CSV, JSON or e-mails. Line breaks are
 * text only in multi-line fields (PrimeFaces' text area is one too).
 */
@FacesConverter(forClass = String.class)
public class TextInputConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        if (!TextInput.acceptable(value, component instanceof HtmlInputTextarea)) {
            String text = ResourceBundle.getBundle("org.learningnetwork.messages", context.getViewRoot().getLocale())
                    .getString("input.controlCharacters");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        return value;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value;
    }
}
