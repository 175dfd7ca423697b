package org.hotline.web.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.time.LocalDate;

/**
 * JSON-B as the API reads bodies: the defaults, with three rules stricter than JSON-B's own.
 *
 * <ul>
 *   <li>A day in a body obeys the same rule as a day in the query (ISO, four-digit year, between {@link
 *       ApiParams#EARLIEST} and {@link ApiParams#LATEST}), so that year 0 or +999999999 is refused as the body is read
 *       rather than failing later in date arithmetic or in the database.
 *   <li>A yes-or-no field takes only JSON's {@code true} or {@code false}. JSON-B would read {@code "yes"}, {@code 1}
 *       or {@code ""} as false, and a false there can mean the irreversible choice: a real retention run rather than a
 *       dry one, a legal hold released rather than kept.
 *   <li>A whole-number field ({@code Integer}, such as the survey's share) takes only a JSON number without a fraction,
 *       within its range. JSON-B would read {@code 20.5} as 20 and {@code "30"} as 30, so that what is saved is not
 *       what was sent.
 * </ul>
 */
@Provider
public class ApiJson implements ContextResolver<Jsonb> {

    private final Jsonb jsonb =
            JsonbBuilder.create(new JsonbConfig().withDeserializers(new Days(), new YesOrNo(), new WholeNumbers()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /** The days of request bodies. */
    static final class Days implements JsonbDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context, Type type) {
            String text = context.deserialize(String.class, parser);
            if (text == null) {
                return null;
            }
            LocalDate day = ApiParams.plausibleDay(text.strip());
            if (day == null) {
                throw new ImplausibleDay();
            }
            return day;
        }
    }

    /** The yes-or-no fields of request bodies. */
    static final class YesOrNo implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = context.deserialize(JsonValue.class, parser);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (value.getValueType() == JsonValue.ValueType.TRUE) {
                return Boolean.TRUE;
            }
            if (value.getValueType() == JsonValue.ValueType.FALSE) {
                return Boolean.FALSE;
            }
            throw new NotYesOrNo();
        }
    }

    /** The whole-number fields of request bodies. */
    static final class WholeNumbers implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = context.deserialize(JsonValue.class, parser);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (value instanceof JsonNumber number && number.isIntegral()) {
                try {
                    return number.intValueExact();
                } catch (ArithmeticException tooLarge) {
                    throw new NotWhole();
                }
            }
            throw new NotWhole();
        }
    }

    /** A whole-number field given a fraction, a string or a number past its range; its message is safe to show. */
    static final class NotWhole extends JsonbException {
        private static final long serialVersionUID = 1L;

        NotWhole() {
            super("not a whole number");
        }
    }

    /** A yes-or-no field given something other than true or false; its message is safe to show the client. */
    static final class NotYesOrNo extends JsonbException {
        private static final long serialVersionUID = 1L;

        NotYesOrNo() {
            super("not true or false");
        }
    }

    /** A day in a body that is not a date or lies outside the bounds; its message is safe to show the client. */
    static final class ImplausibleDay extends JsonbException {
        private static final long serialVersionUID = 1L;

        ImplausibleDay() {
            super("not " + ApiParams.dayExpected());
        }
    }
}
