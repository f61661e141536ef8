package org.learningnetwork.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * A form field's text read as a value, the same way on every form: empty is "not given" ({@code null}), anything else
 * that cannot be read is refused with the field's own {@code converterMessage} (from the bundle, naming what to type),
 * so the field is marked invalid and the error summary links to it. The converters are named {@code ln.*}.
 *
 * @param <T> the value read
 */
abstract class FormConverter<T> implements Converter<T> {

    private final Function<String, T> read;
    private final Function<T, String> write;

    FormConverter(Function<String, T> read, Function<T, String> write) {
        this.read = read;
        this.write = write;
    }

    @Override
    public T getAsObject(FacesContext context, UIComponent component, String text) {
        if (Text.clean(text) == null) {
            return null;
        }
        T value = read.apply(text);
        if (value == null) {
            // The input's converterMessage replaces this text.
            String generic = ResourceBundle.getBundle(Messages.BUNDLE, context.getViewRoot().getLocale()).getString("validation.invalid");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, generic, generic));
        }
        return value;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, T value) {
        return value == null ? "" : write.apply(value);
    }
}
