package org.hotline.telephony.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Startup;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The AMI connection must start after every other start-up bean, and so not at all when one of them failed (see its
 * class comment: a failed deployment otherwise never stops). {@code @DependsOn} takes names, written out by hand; this
 * test finds every start-up bean of the domain and the adapter, so that a new one cannot be forgotten in the list.
 */
class AmiConnectionStartsLastTest {

    @Test
    void theAmiConnectionDependsOnEveryOtherStartUpBean() {
        Set<String> startUpBeans = new TreeSet<>();
        for (JavaClass bean : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hotline")) {
            if (!bean.isAnnotatedWith(Startup.class) || bean.isEquivalentTo(AmiConnection.class)) {
                continue;
            }
            boolean sameModule = bean.getPackageName().startsWith("org.hotline.telephony");
            startUpBeans.add((sameModule ? "" : "hotline-ejb.jar#") + bean.getSimpleName());
        }
        Set<String> dependsOn = new TreeSet<>(
                Set.of(AmiConnection.class.getAnnotation(DependsOn.class).value()));
        assertEquals(startUpBeans, dependsOn, "AmiConnection's @DependsOn names every other @Startup bean");
    }
}
