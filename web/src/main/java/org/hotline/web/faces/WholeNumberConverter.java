package org.hotline.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.hotline.common.Digits;

/**
 * A whole number typed into a form (a share, a count of weeks, seconds), as people type it: in Latin or Arabic-Indic
 * digits, with spaces around it. Anything else (letters, a fraction, a number too large for the field) is refused as
 * the field's own message ({@code converterMessage}, which the page gives as the field's range), never stored as
 * something else, clipped or turned into an error page; the range itself is the page's {@code f:validateLongRange}.
 */
@FacesConverter(value = "wholeNumber")
public class WholeNumberConverter implements Converter<Integer> {

    @Override
    public Integer getAsObject(FacesContext context, UIComponent component, String typed) {
        String number = Digits.toLatin(typed == null ? "" : typed).strip();
        if (number.isEmpty()) {
            return null; // the field's required check answers
        }
        if (!number.matches("[+-]?[0-9]{1,9}")) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, "not a whole number", null));
        }
        return Integer.valueOf(number);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Integer value) {
        return value == null ? "" : value.toString();
    }
}
