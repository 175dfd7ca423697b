package org.hotline.it;

import java.time.Duration;

/** Reads the call log's rows, and waits for them: the application writes call events asynchronously. */
final class CallRecords {

    private CallRecords() {}

    static String field(String linkedid, String column) throws Exception {
        return SystemUnderTest.queryString("select " + column + " from call_record where linkedid = ?", linkedid);
    }

    static void awaitDisposition(String linkedid, String disposition) throws Exception {
        SystemUnderTest.eventually(
                Duration.ofSeconds(30),
                "call " + linkedid + " " + disposition + " (is " + field(linkedid, "disposition") + ")",
                () -> disposition.equals(field(linkedid, "disposition")));
    }

    static void awaitFilled(String linkedid, String column) throws Exception {
        SystemUnderTest.eventually(
                Duration.ofSeconds(30), "call " + linkedid + " has " + column, () -> field(linkedid, column) != null);
    }
}
