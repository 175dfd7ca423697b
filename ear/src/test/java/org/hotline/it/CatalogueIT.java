package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hotline.common.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The e-service catalogue on the real server: the sample loaded into an empty installation, CSV imports that are
 * all or nothing, and tickets linked to a service.
 */
class CatalogueIT {

    private static final String PASSWORD = "a catalogue passphrase 5599";
    /** The catalogue CSV's header, for the other tests that import an e-service of their own. */
    static final String HEADER = "service_code,institution_code,institution_name_ar,institution_name_en,"
            + "institution_name_ku,name_ar,name_en,name_ku,description,required_documents,standard_answer,"
            + "first_response_minutes,resolution_minutes\n";

    private static Api admin;
    private static Api agent;

    @BeforeAll
    static void accounts() throws Exception {
        SystemUnderTest.ensureUser("catalogue.admin", "Catalogue Admin", PASSWORD, Role.ADMIN);
        SystemUnderTest.ensureUser("catalogue.agent", "Catalogue Agent", PASSWORD, Role.AGENT);
        admin = Api.as("catalogue.admin", PASSWORD);
        agent = Api.as("catalogue.agent", PASSWORD);
    }

    @Test
    void anEmptyInstallationGetsTheSampleCatalogueClearlyMarked() throws Exception {
        Api.Answer found = agent.get("/api/v1/e-services?q=" + URLEncoder.encode("جواز", StandardCharsets.UTF_8));
        assertEquals(200, found.status(), found.text());
        List<JsonObject> services = found.json().asJsonArray().getValuesAs(JsonObject.class);
        assertTrue(services.size() >= 2, found.text());
        assertTrue(services.stream().allMatch(s -> s.getBoolean("sample")), "sample data is marked as such");
        assertTrue(services.get(0).getString("description").startsWith("بيانات تجريبية — Sample data"));
        assertTrue(agent.get("/api/v1/e-services?max=500").json().asJsonArray().size() >= 30, "a few dozen services");
    }

    @Test
    void aFileWithOneBadRowIsRefusedWithItsLineAndNothingIsImported() throws Exception {
        String csv = HEADER
                + "IT-GOOD-1,IT-INST,مؤسسة الاختبار,Test Institution,,خدمة جيدة,Good service,,,,,60,480\n"
                + "IT-BAD-1,IT-INST,مؤسسة الاختبار,Test Institution,,خدمة سيئة,Bad service,,,,,abc,480\n";
        Api.Answer refused =
                admin.postBytes("/api/v1/e-services/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.status(), refused.text());
        assertEquals("urn:hotline:problem:catalogue-rejected", refused.object().getString("type"));
        assertTrue(
                refused.object()
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field")
                        .startsWith("line 3"),
                refused.text());
        assertEquals(404, agent.get("/api/v1/e-services/IT-GOOD-1").status(), "the good row was not imported either");
    }

    @Test
    void anAdministratorImportsArabicServicesAndAgentsLinkTicketsToThem() throws Exception {
        String csv = HEADER + "IT-CARD-2,IT-MOI,وزارة الداخلية (اختبار),Interior (test),,"
                + "\"تحديث بيانات البطاقة الوطنية، مع \"\"فاصلة\"\"\",Update national card data,,,,"
                + "\"يرجى إحضار البطاقة القديمة\nوصورة حديثة\",30,240\n";
        Api.Answer imported =
                admin.postBytes("/api/v1/e-services/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, imported.status(), imported.text());
        assertEquals(1, imported.object().getInt("servicesCreated"));

        JsonObject service = agent.get("/api/v1/e-services/IT-CARD-2").object();
        assertEquals(
                "تحديث بيانات البطاقة الوطنية، مع \"فاصلة\"",
                service.getJsonObject("name").getString("ar"));
        assertEquals("يرجى إحضار البطاقة القديمة\nوصورة حديثة", service.getString("standardAnswer"));

        Api.Answer ticket = agent.post(
                "/api/v1/tickets",
                "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\","
                        + "\"subject\":\"بطاقة\",\"eServiceCode\":\"IT-CARD-2\"}");
        assertEquals(201, ticket.status(), ticket.text());
        assertEquals("IT-MOI", ticket.object().getString("institutionCode"), "the service brings its institution");
        assertEquals(
                "تحديث بيانات البطاقة الوطنية، مع \"فاصلة\"",
                ticket.object().getJsonObject("eServiceName").getString("ar"));
    }

    @Test
    void onlyAdministratorsImport() throws Exception {
        Api.Answer refused =
                agent.postBytes("/api/v1/e-services/import", "text/csv", HEADER.getBytes(StandardCharsets.UTF_8));
        assertEquals(403, refused.status(), refused.text());
    }
}
