package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.hotline.common.BusinessTime;
import org.hotline.common.Role;
import org.hotline.ticket.TicketNumber;
import org.junit.jupiter.api.Test;

/**
 * The container timer chases tickets: a ticket whose resolution time has passed is marked breached within a minute,
 * and supervisors get an alert they can acknowledge; a holiday declared or withdrawn moves the due times it touches.
 */
class SlaAlertsIT {

    private static final String PASSWORD = "an sla passphrase 5599";

    @Test
    void aTicketPastItsTargetIsMarkedBreachedAndSupervisorsAreAlerted() throws Exception {
        SystemUnderTest.ensureUser("sla.agent", "SLA Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("sla.supervisor", "SLA Supervisor", PASSWORD, Role.SUPERVISOR);
        Api agent = Api.as("sla.agent", PASSWORD);
        Api supervisor = Api.as("sla.supervisor", PASSWORD);

        Api.Answer created = agent.post(
                "/api/v1/tickets", "{\"type\":\"CALLBACK\",\"channel\":\"PHONE\",\"subject\":\"اتصال مفقود\"}");
        assertEquals(201, created.status(), created.text());
        String number = created.object().getString("number");
        assertEquals("ON_TRACK", created.object().getString("slaState"));

        // Three days ago, with its due time passed and its next SLA check now, as the desk would have stored them for a
        // ticket made then: as if it had been forgotten.
        try (Connection db = SystemUnderTest.database();
                PreparedStatement backdate = db.prepareStatement(
                        "update ticket set created_at = ?, resolution_due_at = ?, sla_check_at = utc_timestamp(6) where id = ?")) {
            Instant threeDaysAgo = Instant.now().minus(Duration.ofDays(3));
            backdate.setObject(1, LocalDateTime.ofInstant(threeDaysAgo, ZoneOffset.UTC));
            backdate.setObject(2, LocalDateTime.ofInstant(threeDaysAgo.plus(Duration.ofHours(4)), ZoneOffset.UTC));
            backdate.setLong(3, TicketNumber.parse(number).sequence());
            assertEquals(1, backdate.executeUpdate());
        }

        JsonObject alert = waitForAlert(supervisor, number);
        assertEquals("BREACHED", alert.getString("state"));
        assertEquals("اتصال مفقود", alert.getString("subject"));
        assertEquals("BREACHED", agent.get("/api/v1/tickets/" + number).object().getString("slaState"));
        assertTrue(agent.get("/api/v1/tickets?sla=BREACHED&size=200").text().contains(number));

        assertEquals(
                204,
                supervisor
                        .post("/api/v1/alerts/" + alert.getJsonNumber("id") + "/acknowledgement", "")
                        .status());
        assertTrue(
                supervisor.get("/api/v1/alerts").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                        .noneMatch(a -> a.getString("ticketNumber").equals(number)),
                "acknowledged alerts leave the list");
        assertEquals(403, agent.get("/api/v1/alerts").status(), "alerts are for supervisors");
    }

    @Test
    void aHolidayDeclaredOnTheDayATicketFallsDueMovesItsDueTimeAndWithdrawingItMovesItBack() throws Exception {
        SystemUnderTest.ensureUser("sla.agent", "SLA Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("sla.admin", "SLA Admin", PASSWORD, Role.ADMIN);
        Api agent = Api.as("sla.agent", PASSWORD);
        Api admin = Api.as("sla.admin", PASSWORD);
        Api.Answer created = agent.post(
                "/api/v1/tickets", "{\"type\":\"ENQUIRY\",\"channel\":\"WEB\",\"subject\":\"تجديد هويه الاحوال\"}");
        assertEquals(201, created.status(), created.text());
        String number = created.object().getString("number");
        Instant due = Instant.parse(created.object().getString("resolutionDueAt"));
        LocalDate dueDay = due.atZone(BusinessTime.ZONE).toLocalDate();
        Instant dayAfter = dueDay.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant();

        String holiday = "/api/v1/holidays/" + dueDay;
        Api.Answer declared = admin.put(holiday, "{\"name\":\"عطلة رسمية طارئة\"}");
        try {
            assertEquals(201, declared.status(), declared.text());
            SystemUnderTest.eventually(
                    Duration.ofSeconds(30),
                    "ticket " + number + " due after the holiday " + dueDay,
                    () -> dueAt(agent, number),
                    at -> !at.isBefore(dayAfter));
        } finally {
            assertEquals(204, admin.delete(holiday).status());
        }
        Instant back = SystemUnderTest.eventually(
                Duration.ofSeconds(30),
                "ticket " + number + " due again at " + due,
                () -> dueAt(agent, number),
                at -> Duration.between(due, at).abs().compareTo(Duration.ofSeconds(1)) < 0);
        assertTrue(back.isBefore(dayAfter), "the withdrawn holiday no longer counts");
    }

    private static Instant dueAt(Api agent, String number) throws Exception {
        return Instant.parse(agent.get("/api/v1/tickets/" + number).object().getString("resolutionDueAt"));
    }

    /** The test server runs the SLA watch every 2 s (HOTLINE_SLA_WATCH_SECONDS in ear/pom.xml): poll for at most 30. */
    private static JsonObject waitForAlert(Api supervisor, String number) {
        return SystemUnderTest.eventually(
                        Duration.ofSeconds(30),
                        "an alert for ticket " + number,
                        () ->
                                supervisor
                                        .get("/api/v1/alerts")
                                        .json()
                                        .asJsonArray()
                                        .getValuesAs(JsonObject.class)
                                        .stream()
                                        .filter(alert ->
                                                alert.getString("ticketNumber").equals(number))
                                        .findFirst(),
                        Optional::isPresent)
                .get();
    }
}
