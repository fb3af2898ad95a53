package io.github.dmerrors.maven.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.maven.diagnostic.CatalogueException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueLoaderTest {
    @TempDir
    Path directory;

    @Test
    void loadsCatalogueWithItsWarnings() throws Exception {
        Path file = write("ErrA,[code=1:class=storage:scope=internal:level=low], \"Message: a %s\" \n");

        Catalogue catalogue = CatalogueLoader.load(file, Set.of(ErrorClass.of("storage")));

        assertThat(catalogue.file()).isEqualTo(file);
        assertThat(catalogue.errors()).extracting(ErrorDefinition::name).containsExactly("ErrA");
        assertThat(catalogue.warnings()).extracting(Object::toString).containsExactly(
                file + ":1:70: warning: trailing whitespace after the closing '\"' is ignored");
    }

    @Test
    void throwsEverySyntaxAndSemanticProblemAtOnce() throws Exception {
        Path file = write("ErrA,[code=1:class=storage:scope=internal:level=low] \n"
                + "ErrB,[code=1:class=database:scope=internal:level=low\n");

        CatalogueException thrown = assertThatExceptionOfType(CatalogueException.class)
                .isThrownBy(() -> CatalogueLoader.load(file, Set.of()))
                .actual();

        assertThat(thrown.diagnostics()).extracting(Object::toString).containsExactly(
                file + ":1:20: unknown class 'storage'; DM's classes are database, functional, config,"
                        + " binlog-op, checkpoint, task-check, source-check, relay-event-lib, relay-unit,"
                        + " dump-unit, load-unit, sync-unit, dm-master, dm-worker, dm-tracer, schema-tracker,"
                        + " scheduler, dmctl, not-set, openapi, validator, ha;"
                        + " declare a class of your own with <extraClasses>",
                file + ":1:53: warning: trailing whitespace after ']' is ignored",
                file + ":2:53: expected ']', found end of line");
        assertThat(thrown).hasMessageStartingWith("2 errors" + System.lineSeparator() + file + ":1:20: ");
    }

    @Test
    void failsOnUnreadableFile() {
        assertThatExceptionOfType(NoSuchFileException.class)
                .isThrownBy(() -> CatalogueLoader.load(directory.resolve("missing.txt"), Set.of()));
    }

    private Path write(String content) throws IOException {
        return Files.write(directory.resolve("errors_release.txt"), content.getBytes(StandardCharsets.UTF_8));
    }
}
