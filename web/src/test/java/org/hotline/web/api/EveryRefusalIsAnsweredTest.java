package org.hotline.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.junit.jupiter.api.Test;

/**
 * Every refusal of the domain, found on the class path rather than listed, declares how it is answered: a client's
 * mistake or a refusal of the data's state (4xx) or a part unavailable for now (503), never a 500, never the same
 * problem type as another refusal unless they are one problem for the client.
 */
class EveryRefusalIsAnsweredTest {

    /** Refusals that are one problem to a client, however the domain tells them apart. */
    private static final Set<Set<String>> ONE_PROBLEM = Set.of(Set.of("ComplaintIsConfidential", "NothingToUnseal"));

    private static final List<Class<?>> REFUSALS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.hotline").stream()
                    .filter(c -> c.isAssignableTo(BusinessException.class))
                    .filter(c -> !c.getModifiers().contains(JavaModifier.ABSTRACT))
                    .map(JavaClass::reflect)
                    .toList();

    @Test
    void theRefusalsAreFound() {
        assertTrue(REFUSALS.size() >= 40, "found only " + REFUSALS);
    }

    @Test
    void everyRefusalDeclaresItsStatusAndProblemType() {
        for (Class<?> refusal : REFUSALS) {
            Refusal declared = refusal.getAnnotation(Refusal.class);
            assertTrue(declared != null, refusal.getName() + " declares no @Refusal");
            int status = declared.status().code();
            assertTrue(status >= 400 && status < 500 || status == 503, refusal.getName() + " answers " + status);
            assertTrue(declared.type().matches("[a-z]+(-[a-z]+)*"), refusal.getName() + ": " + declared.type());
            assertTrue(Response.Status.fromStatusCode(status) != null, refusal.getName() + ": " + status);
        }
    }

    @Test
    void noTwoRefusalsShareAProblemTypeUnlessTheyAreOneProblem() {
        Map<String, Set<String>> byType = new HashMap<>();
        for (Class<?> refusal : REFUSALS) {
            byType.computeIfAbsent(refusal.getAnnotation(Refusal.class).type(), t -> new java.util.TreeSet<>())
                    .add(refusal.getSimpleName());
        }
        byType.forEach((type, classes) ->
                assertTrue(classes.size() == 1 || ONE_PROBLEM.contains(classes), type + " is declared by " + classes));
    }

    @Test
    void noRefusalFallsToAGenericProblem() {
        for (Class<?> refusal : REFUSALS) {
            String type = refusal.getAnnotation(Refusal.class).type();
            assertFalse(
                    Set.of("refused", "bad-request", "server-error", "invalid-request")
                            .contains(type),
                    refusal.getName() + " says only " + type);
        }
    }

    @Test
    void theAnswerCarriesTheDeclaredStatusAndType() {
        BusinessException refused = new org.hotline.security.UserNotFound(7);
        Problem problem = BusinessExceptionMapper.problem(refused);
        assertEquals(404, problem.status());
        assertEquals("urn:hotline:problem:user-not-found", problem.type());
        assertEquals("Not Found", problem.title());
    }
}
