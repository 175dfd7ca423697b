package org.hotline.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.flywaydb.core.internal.resource.filesystem.FileSystemResource;
import org.junit.jupiter.api.Test;

/** The present checksums written into a database migrated before the rewording are those Flyway computes now. */
class RewordedCommentsTest {

    @Test
    void everyRewordedMigrationHasThePresentChecksumOfItsFile() throws Exception {
        for (var migration : RewordedComments.REWORDED.entrySet()) {
            Path file = migrationFile(migration.getKey());
            FileSystemResource resource = new FileSystemResource(null, file.toString(), StandardCharsets.UTF_8, false);
            assertEquals(
                    migration.getValue().now(),
                    ChecksumCalculator.calculate(resource),
                    file.getFileName() + " changed again after its comments were reworded: an applied migration is"
                            + " never edited");
        }
    }

    private static Path migrationFile(String version) throws URISyntaxException, java.io.IOException {
        Path folder =
                Path.of(RewordedCommentsTest.class.getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            Path found = files.filter(f -> f.getFileName().toString().startsWith("V" + version + "__"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(Files.isRegularFile(found));
            return found;
        }
    }
}
