package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hotline.common.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The screen pop in real browsers: when the fake PBX rings one agent's phone, that agent's page shows the caller,
 * the citizen, their last ticket, the IVR choice and the wait, pushed over the WebSocket; the other agent's page gets
 * nothing of that call, only its own. On answer it becomes the call panel, whose one click opens a ticket linked to the call. The supervisor's
 * live view follows the caller in the queue, pushed too.
 */
class ScreenPopIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static final String CALLER = "07707007007";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static FakeAsterisk pbx;
    private static String earlierTicket;

    @BeforeAll
    static void agentsSupervisorAndAKnownCaller() throws Exception {
        pbx = TestPbx.get();
        SystemUnderTest.ensureAgentWithPhone("pop.one", "Agent One", PASSWORD, "PJSIP/1501");
        SystemUnderTest.ensureAgentWithPhone("pop.two", "Agent Two", PASSWORD, "PJSIP/1502");
        SystemUnderTest.ensureUser("pop.supervisor", "Pop Supervisor", PASSWORD, Role.SUPERVISOR);
        Api agent = Api.as("pop.one", PASSWORD);
        String citizenId = SystemUnderTest.ensureCitizen(agent, CALLER, "سارة أحمد");
        earlierTicket = agent.post(
                        "/api/v1/tickets",
                        "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\","
                                + "\"subject\":\"طلب سابق عن جواز السفر\",\"citizenId\":" + citizenId + "}")
                .object()
                .getString("number");
        // a callback task written before subjects were stored in Arabic alone: "… — Call back <number>"
        agent.post(
                "/api/v1/tickets",
                "{\"type\":\"CALLBACK\",\"channel\":\"PHONE\",\"subject\":"
                        + "\"معاودة الاتصال بمتصل لم يُجب — Call back " + CALLER + "\",\"citizenId\":" + citizenId
                        + "}");
    }

    private static void awaitPushesConnected(Browser browser) {
        browser.waitUntil("return document.getElementById('screenPop').dataset.connected === 'true'", PATIENCE);
    }

    /** How many pushes of this type the page has had (the script's argument is named before the filter's own). */
    private static long pushes(Browser browser, String type) {
        return (Long) browser.script(
                "var wanted = arguments[0]; return window.hotlinePushes.filter(function (p) {"
                        + " return p.type === wanted; }).length",
                type);
    }

    private static long pushesAbout(Browser browser, String linkedid) {
        return (Long) browser.script(
                "var wanted = arguments[0]; return window.hotlinePushes.filter(function (p) {"
                        + " return p.linkedid === wanted; }).length",
                linkedid);
    }

    @Test
    void theScreenPopReachesOnlyTheRingingAgentAndOpensATicketLinkedToTheCall() throws Exception {
        try (Browser one = new Browser();
                Browser two = new Browser();
                Browser supervisor = new Browser()) {
            one.signIn("pop.one", PASSWORD);
            two.signIn("pop.two", PASSWORD);
            supervisor.signIn("pop.supervisor", PASSWORD);
            two.open("/language?to=en&back=/agent/index.xhtml"); // the other agent works in English, left to right
            awaitPushesConnected(one);
            awaitPushesConnected(two);
            supervisor.waitUntil("return Number(document.getElementById('live').dataset.updates || 0) > 0", PATIENCE);

            one.click(By.id("phone:signIn")); // the phone bar: every queue ticked by default
            assertEquals("متاح", one.waitForText(By.id("phone:phoneState"), "متاح"), "shown once the PBX says so");
            assertTrue(pbx.member("enquiries", "PJSIP/1501") != null, "QueueAdd reached the PBX");
            one.click(By.id("phone:pause"));
            assertEquals("في استراحة", one.waitForText(By.id("phone:phoneState"), "في استراحة"));
            assertEquals("استراحة", one.text(By.id("phone:pauseReason")));
            one.click(By.id("phone:resume"));
            one.waitForText(By.id("phone:phoneState"), "متاح");

            String linkedid = "1795701000.1";
            List<String> call =
                    PbxCalls.answered(linkedid, CALLER, "enquiries", "PJSIP/1501", "Agent One", Instant.now(), 3, 30);
            int answer =
                    PbxCalls.indexOf(call, "Event: AgentCalled") + 1; // ringing; the caller still waits in the queue
            for (String block : call.subList(0, answer)) {
                pbx.send(block);
            }

            assertEquals(CALLER, one.waitForText(By.id("popCaller"), CALLER));
            assertEquals("سارة أحمد", one.text(By.id("popCitizen")));
            assertTrue(one.text(By.id("popTickets")).contains(earlierTicket), one.text(By.id("popTickets")));
            String tickets = one.text(By.id("popTickets")).replaceAll("[\u2066-\u2069]", "");
            assertTrue(
                    tickets.contains("معاودة الاتصال بمتصل لم يُجب: " + CALLER) && !tickets.contains("Call back"),
                    "a subject the hotline wrote is said in the agent's language: " + tickets);
            assertTrue(one.text(By.id("popIvr")).contains("TOPIC"), one.text(By.id("popIvr")));
            assertTrue(one.text(By.id("popWaited")).matches(".*\\d.*"), one.text(By.id("popWaited")));
            supervisor.waitForText(By.cssSelector("#liveQueues tr[data-queue='enquiries'] .waiting"), "1");
            one.screenshot("screen-pop-ringing-ar"); // for a look at the page right to left; not asserted
            supervisor.screenshot("live-view-ar");

            for (String block : call.subList(answer, call.size())) {
                pbx.send(block);
            }
            one.waitUntil("return document.getElementById('openTicket') !== null", PATIENCE);
            one.screenshot("call-panel-ar");
            supervisor.waitForText(By.cssSelector("#liveQueues tr[data-queue='enquiries'] .waiting"), "0");
            one.waitUntil(
                    "return window.hotlinePushes.some(function (p) { return p.type === 'ended'" + " && p.linkedid === '"
                            + linkedid + "'; })",
                    PATIENCE); // the last push of the call

            // The marker: a call that rings agent two. Every push of the first call had reached agent one before it
            // began; its screen pop takes the same way (the live lane, the push executor, agent two's one WebSocket,
            // written in order), so a push of the first call sent to agent two would have arrived before it.
            String second = "1795701100.1";
            List<String> ringsTwo = PbxCalls.answered(
                    second, "07707007008", "enquiries", "PJSIP/1502", "Agent Two", Instant.now(), 2, 10);
            int ringing = PbxCalls.indexOf(ringsTwo, "Event: AgentCalled") + 1;
            for (String block : ringsTwo.subList(0, ringing)) {
                pbx.send(block);
            }
            two.waitUntil(
                    "return window.hotlinePushes.some(function (p) { return p.type === 'pop'" + " && p.linkedid === '"
                            + second + "'; })",
                    PATIENCE);
            assertTrue(pushesAbout(one, linkedid) >= 3, "agent one's page counts the call's pop, answer and end");
            assertEquals(0L, pushesAbout(two, linkedid), "the other agent's page gets no push of the first call");
            assertEquals(1L, pushes(two, "pop"), "only its own screen pop");
            assertEquals("Incoming call", two.waitForText(By.id("popHeading"), "Incoming call"));
            assertEquals("07707007008", two.text(By.id("popCaller")));
            assertEquals("Unknown caller", two.text(By.id("popCitizen")));
            assertEquals("ltr", two.direction());
            two.screenshot("screen-pop-ringing-en");

            String complaint = (String) one.script("return document.getElementById('openComplaint').href");
            assertTrue(
                    complaint.contains("/agent/complaint.xhtml?call=" + linkedid),
                    "a complaint about staff for" + " this call is one click away too: " + complaint);
            one.follow(By.id("openTicket"));
            assertTrue(one.text(By.id("newTicket:fromCall")).contains(linkedid));
            assertEquals("سارة أحمد", one.text(By.id("citizenName")));
            one.type(By.id("newTicket:subject"), "استفسار خلال المكالمة عن تجديد الجواز");
            one.submit(By.id("newTicket:create"));
            assertEquals(linkedid, one.waitForText(By.id("ticketCall"), linkedid));

            // the other agent, given the first call's address, cannot open a ticket on a call they did not answer:
            // told so, with what they typed kept, and no ticket
            two.open("/desk/new-ticket.xhtml?call=abc");
            assertFalse(two.isShown(By.id("newTicket:fromCall")), "no call's id is never shown as the ticket's call");
            two.open("/desk/new-ticket.xhtml?call=" + linkedid);
            assertTrue(two.isShown(By.id("newTicket:fromCall")), "a call's id is shown until it is refused");
            two.type(By.id("newTicket:subject"), "Question during another's call");
            two.submit(By.id("newTicket:create"));
            assertEquals(
                    "The call named is not one you answered, so it has been left out. Send the form again to file it"
                            + " without a call.",
                    two.waitForSomeText(By.id("messages")));
            assertEquals("Question during another's call", two.value(By.id("newTicket:subject")));
            assertFalse(two.isShown(By.id("newTicket:fromCall")), "the call is no longer shown as the ticket's");
            assertEquals(
                    "1", SystemUnderTest.queryString("select count(*) from ticket where call_linkedid = ?", linkedid));
            two.submit(By.id("newTicket:create")); // sent again: the ticket is opened, without the call
            assertEquals("—", two.waitForText(By.id("ticketCall"), "—"));
            assertEquals(
                    "1", SystemUnderTest.queryString("select count(*) from ticket where call_linkedid = ?", linkedid));

            for (String block : ringsTwo.subList(ringing, ringsTwo.size())) {
                pbx.send(block);
            }
        }
    }
}
