package org.hotline.citizen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "07701234567", "0770 123 4567", "0770-123-4567", "+9647701234567", "+964 770 123 4567",
                        "009647701234567",
                "00964 770 123 4567", "٠٧٧٠١٢٣٤٥٦٧", "٠٧٧٠ ١٢٣ ٤٥٦٧", "+٩٦٤٧٧٠١٢٣٤٥٦٧", "۰۷۷۰۱۲۳۴۵۶۷", " 0770 123 4567 "
            })
    void everyWayIraqisWriteAMobileNumberGivesTheSameE164(String typed) {
        assertEquals("+9647701234567", PhoneNumber.parse(typed).e164());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "hello", "0770", "077012345678901", "+1 555", "07701234567x9"})
    void whatIsNotACallableNumberIsRefused(String typed) {
        assertThrows(InvalidPhoneNumber.class, () -> PhoneNumber.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+442079460000", "00442079460000"})
    void foreignNumbersWithTheirCountryCodeAreKept(String typed) {
        assertEquals("+442079460000", PhoneNumber.parse(typed).e164());
    }

    @ParameterizedTest
    @ValueSource(strings = {"07801234567", "07501234567", "07901234567"})
    void otherIraqiMobileOperatorsAreValidToo(String typed) {
        assertEquals("+964" + typed.substring(1), PhoneNumber.parse(typed).e164());
    }

    @org.junit.jupiter.api.Test
    void nullIsRefusedAndTheNationalFormIsForPeople() {
        assertThrows(InvalidPhoneNumber.class, () -> PhoneNumber.parse(null));
        assertEquals("0770 123 4567", PhoneNumber.parse("+9647701234567").national());
    }
}
