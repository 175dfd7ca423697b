package org.hotline.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TicketNumberTest {

    @Test
    void aSequenceGetsAShortNumberThatParsesBackToIt() {
        TicketNumber first = TicketNumber.forSequence(1);
        assertEquals(7, first.digits().length());
        assertEquals(1, first.sequence());
        assertEquals(first, TicketNumber.parse(first.digits()));
        assertEquals(123_456_789L, TicketNumber.forSequence(123_456_789L).sequence());
    }

    @Test
    void arabicIndicDigitsSpacesDashesAndAHashAreAccepted() {
        TicketNumber number = TicketNumber.forSequence(4242);
        String arabic = number.digits()
                .chars()
                .mapToObj(c -> String.valueOf((char) ('٠' + (c - '0'))))
                .reduce("", String::concat);
        assertEquals(number, TicketNumber.parse(arabic));
        assertEquals(
                number,
                TicketNumber.parse(number.digits().substring(0, 3) + " - "
                        + number.digits().substring(3)));
        assertEquals(number, TicketNumber.parse("#" + number.digits()));
    }

    @Test
    void everySingleMistypedDigitIsCaught() {
        for (long sequence = 1; sequence < 3000; sequence += 7) {
            String digits = TicketNumber.forSequence(sequence).digits();
            for (int position = 0; position < digits.length(); position++) {
                for (char wrong = '0'; wrong <= '9'; wrong++) {
                    if (wrong == digits.charAt(position)) {
                        continue;
                    }
                    String typo = digits.substring(0, position) + wrong + digits.substring(position + 1);
                    assertThrows(InvalidTicketNumber.class, () -> TicketNumber.parse(typo), typo);
                }
            }
        }
    }

    @Test
    void everySwapOfNeighbouringDigitsIsCaught() {
        for (long sequence = 1; sequence < 30_000; sequence += 13) {
            String digits = TicketNumber.forSequence(sequence).digits();
            for (int i = 0; i + 1 < digits.length(); i++) {
                if (digits.charAt(i) == digits.charAt(i + 1)) {
                    continue;
                }
                String swapped =
                        digits.substring(0, i) + digits.charAt(i + 1) + digits.charAt(i) + digits.substring(i + 2);
                assertThrows(InvalidTicketNumber.class, () -> TicketNumber.parse(swapped), swapped);
            }
        }
    }

    @Test
    void lettersTooFewDigitsAndNothingAreRefused() {
        assertThrows(InvalidTicketNumber.class, () -> TicketNumber.parse("12a4567"));
        assertThrows(InvalidTicketNumber.class, () -> TicketNumber.parse("123456"));
        assertThrows(InvalidTicketNumber.class, () -> TicketNumber.parse(""));
        assertThrows(InvalidTicketNumber.class, () -> TicketNumber.parse(null));
        assertThrows(IllegalArgumentException.class, () -> TicketNumber.forSequence(0));
    }
}
