package org.hotline.citizen;

import static java.util.Objects.requireNonNull;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hotline.common.Digits;

/**
 * A phone number in E.164 (+9647XXXXXXXXX), parsed once at the boundary from whatever a citizen or agent typed:
 * 07XX XXX XXXX, +964 7XX…, 00964 7XX…, with spaces or dashes, in Latin or Arabic-Indic digits. Numbers without a
 * country code are taken as Iraqi. Google's libphonenumber decides what is valid.
 */
public record PhoneNumber(String e164) {

    /** Where a number without a country code is from. */
    public static final String HOME_REGION = "IQ";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** Digits with the separators people write; no letters, so "x12" is never read as an extension. */
    private static final Pattern WRITTEN_NUMBER = Pattern.compile("\\+?[0-9][0-9 ().\\-]*");

    public PhoneNumber {
        requireNonNull(e164, "e164 is required");
        if (!e164.matches("\\+[1-9][0-9]{6,14}")) {
            throw new IllegalArgumentException("not E.164: " + e164);
        }
    }

    /** Parses a number as typed; throws {@link InvalidPhoneNumber} when it is not a valid number. */
    public static PhoneNumber parse(String typed) {
        return read(typed).orElseThrow(() -> new InvalidPhoneNumber(String.valueOf(typed)));
    }

    /**
     * The number as typed, or empty when it is not a valid number: for text that may or may not be one (a search, the
     * numbers written in a ticket), where a refusal is not an error.
     */
    public static Optional<PhoneNumber> read(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String latin = Digits.toLatin(typed.strip());
        if (!WRITTEN_NUMBER.matcher(latin).matches()) {
            return Optional.empty();
        }
        try {
            var number = UTIL.parse(latin, HOME_REGION);
            return UTIL.isValidNumber(number)
                    ? Optional.of(new PhoneNumber(UTIL.format(number, PhoneNumberFormat.E164)))
                    : Optional.empty();
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }

    /** The number as Iraqis write it at home (0770 123 4567), or internationally when it is foreign. */
    public String national() {
        try {
            var number = UTIL.parse(e164, HOME_REGION);
            return UTIL.getRegionCodeForNumber(number).equals(HOME_REGION)
                    ? UTIL.format(number, PhoneNumberFormat.NATIONAL)
                    : UTIL.format(number, PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException cannotHappen) {
            return e164;
        }
    }

    /**
     * The number's digits as people write them, which search indexes so that any of them finds it: international
     * (9647701234567), national with its trunk zero (07701234567) and without it (7701234567).
     */
    public java.util.List<String> writtenForms() {
        String international = e164.substring(1);
        String nationalDigits = national().replaceAll("[^0-9]", "");
        String withoutTrunk = nationalDigits.startsWith("0") ? nationalDigits.substring(1) : nationalDigits;
        return java.util.stream.Stream.of(international, nationalDigits, withoutTrunk)
                .distinct()
                .toList();
    }

    @Override
    public String toString() {
        return e164;
    }
}
