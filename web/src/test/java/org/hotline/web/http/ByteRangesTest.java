package org.hotline.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hotline.web.http.ByteRanges.Answer;
import org.hotline.web.http.ByteRanges.Kind;
import org.junit.jupiter.api.Test;

/** A Range header as players and attackers write it: the bytes sent, a 416, or the header ignored; never a throw. */
class ByteRangesTest {

    private static final long SIZE = 1000;

    @Test
    void aClosedAnOpenAndASuffixRangeAreSent() {
        assertEquals(new Answer(Kind.PARTIAL, 0, 99, SIZE), ByteRanges.of("bytes=0-99", SIZE));
        assertEquals("bytes 0-99/1000", ByteRanges.of("bytes=0-99", SIZE).contentRange());
        assertEquals(100, ByteRanges.of("bytes=0-99", SIZE).length());
        assertEquals(new Answer(Kind.PARTIAL, 500, 999, SIZE), ByteRanges.of("bytes=500-", SIZE));
        assertEquals(new Answer(Kind.PARTIAL, 900, 999, SIZE), ByteRanges.of("bytes=-100", SIZE));
        assertEquals(new Answer(Kind.PARTIAL, 0, 999, SIZE), ByteRanges.of("bytes=-5000", SIZE), "more than all");
        assertEquals(new Answer(Kind.PARTIAL, 990, 999, SIZE), ByteRanges.of("bytes=990-5000", SIZE), "cut at the end");
        assertEquals(new Answer(Kind.PARTIAL, 5, 5, SIZE), ByteRanges.of("Bytes = 5-5 ", SIZE), "spaces, any case");
        assertEquals(
                new Answer(Kind.PARTIAL, 10, 999, SIZE),
                ByteRanges.of("bytes=10-99999999999999999999", SIZE),
                "an end past a long's range is cut at the end too");
        assertEquals(
                new Answer(Kind.PARTIAL, 0, 999, SIZE),
                ByteRanges.of("bytes=-99999999999999999999", SIZE),
                "and so is a suffix longer than any file");
    }

    @Test
    void ofSeveralRangesTheFirstThatCanBeSatisfiedIsSent() {
        assertEquals(new Answer(Kind.PARTIAL, 10, 19, SIZE), ByteRanges.of("bytes=10-19, 50-59", SIZE));
        assertEquals(new Answer(Kind.PARTIAL, 50, 59, SIZE), ByteRanges.of("bytes=2000-, 50-59", SIZE));
        assertEquals(new Answer(Kind.PARTIAL, 1, 2, SIZE), ByteRanges.of("bytes=,1-2,", SIZE), "empty elements");
    }

    @Test
    void aRangeNoByteSatisfiesIs416() {
        for (String header : new String[] {
            "bytes=1000-", "bytes=5000-6000", "bytes=-0", "bytes=1000-1000, 2000-", "bytes=99999999999999999999-"
        }) {
            Answer answer = ByteRanges.of(header, SIZE);
            assertEquals(Kind.UNSATISFIABLE, answer.kind(), header);
            assertEquals("bytes */1000", answer.contentRange(), header);
        }
        assertEquals(Kind.UNSATISFIABLE, ByteRanges.of("bytes=0-", 0).kind(), "an empty file has no bytes");
    }

    @Test
    void whatIsNoByteRangeIsIgnoredAndTheWholeFileSent() {
        for (String header : new String[] {
            null,
            "",
            "bytes",
            "bytes=",
            "items=0-10",
            "bytes=abc",
            "bytes=10-5",
            "bytes=-",
            "bytes=--5",
            "bytes=+1-2",
            "bytes=1-2-3",
            "bytes=٠-٩",
            "bytes=0-1,2-3,4-5,6-7,8-9,10-11,12-13,14-15,16-17,18-19,20-21,22-23,24-25,26-27,28-29,30-31,32-33",
            "bytes=0-1, x"
        }) {
            Answer answer = ByteRanges.of(header, SIZE);
            assertEquals(new Answer(Kind.WHOLE, 0, 999, SIZE), answer, String.valueOf(header));
            assertEquals(SIZE, answer.length());
        }
    }
}
