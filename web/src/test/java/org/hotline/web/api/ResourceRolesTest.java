package org.hotline.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the API declares who may call it, so the role check runs before anything of the request is read
 * ({@link ApiAuthorizationFilter}); a new operation without a declaration fails the build here, naming it.
 */
class ResourceRolesTest {

    @Test
    void everyResourceMethodDeclaresItsRoles() throws Exception {
        List<Class<?>> resources = resources();
        assertTrue(resources.size() >= 15, "the resources were found: " + resources);
        List<String> undeclared = new ArrayList<>();
        int operations = 0;
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                if (!isOperation(method)) {
                    continue;
                }
                operations++;
                if (!ApiAuthorizationFilter.access(method).declared()) {
                    undeclared.add(resource.getSimpleName() + "#" + method.getName());
                }
            }
        }
        assertTrue(operations >= 60, "the operations were found: " + operations);
        assertEquals(
                List.of(),
                undeclared,
                "operations without @RolesAllowed, @PermitAll or @DenyAll (on the method" + " or its class)");
    }

    @Test
    void onlyThePublicChecksArePermittedToAnyone() throws Exception {
        for (Class<?> resource : resources()) {
            String path = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                if (isOperation(method)
                        && ApiAuthorizationFilter.access(method).permitted()
                        && path.startsWith("/public")) {
                    // Without an account: the document check, the complaint follow-up and a ticket's status.
                    assertTrue(
                            resource == PublicVerificationResource.class
                                    || resource == PublicFollowUpResource.class
                                    || resource == PublicTicketStatusResource.class,
                            resource + "#" + method.getName());
                }
            }
        }
    }

    @Test
    void theMethodsDeclarationWinsOverItsClasss() throws Exception {
        Method totals = ReportsResource.class.getMethod("complaintTotals", String.class, String.class);
        ApiAuthorizationFilter.Access access = ApiAuthorizationFilter.access(totals);
        assertTrue(access.declared());
        assertFalse(access.permitted());
        assertEquals(List.of("SUPERVISOR", "ADMIN"), Arrays.asList(access.roles()));
        Method imported = CatalogueResource.class.getMethod("importCsv", java.io.InputStream.class, boolean.class);
        assertEquals(
                List.of("ADMIN"),
                Arrays.asList(imported.getAnnotation(RolesAllowed.class).value()));
    }

    private static boolean isOperation(Method method) {
        return Arrays.stream(method.getAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    /** The classes of this package with {@code @Path}, read from the compiled classes' folder. */
    private static List<Class<?>> resources() throws IOException, URISyntaxException, ClassNotFoundException {
        var folder = Paths.get(ApiAuthorizationFilter.class
                        .getResource("ApiAuthorizationFilter.class")
                        .toURI())
                .getParent();
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.list(folder)) {
            for (java.nio.file.Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    Class<?> type = Class.forName(ApiAuthorizationFilter.class.getPackageName() + "."
                            + name.substring(0, name.length() - ".class".length()));
                    if (type.isAnnotationPresent(Path.class)) {
                        resources.add(type);
                    }
                }
            }
        }
        return resources;
    }
}
