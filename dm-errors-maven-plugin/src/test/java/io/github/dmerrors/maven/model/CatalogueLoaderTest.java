package io.github.dmerrors.maven.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dmerrors.maven.diagnostic.InvalidInputException;
import io.github.dmerrors.maven.diagnostic.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueLoaderTest {
    private static final Path FILE = Path.of("errors.txt");

    @Test
    void reportsTheBracketProblemsOfALineWhoseTextIsBrokenInTheSameRun() {
        byte[] content = ("ErrA,[code=1:class=database:scope=internal:level=high]\n"
                + "ErrA,[code=1:class=databse:scope=internal:level=high], \"Message: say \"hi\"\"\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CatalogueLoader.load(FILE, content, Set.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::toString)
                        .containsExactly(
                                "errors.txt:2:1: duplicate name ErrA (first used at line 1)",
                                "errors.txt:2:12: duplicate code 1 (first used by ErrA at line 1)",
                                "errors.txt:2:20: unknown class 'databse' (did you mean 'database'?); DM's classes are"
                                        + " database, functional, config, binlog-op, checkpoint, task-check, source-check,"
                                        + " relay-event-lib, relay-unit, dump-unit, load-unit, sync-unit, dm-master,"
                                        + " dm-worker, dm-tracer, schema-tracker, scheduler, dmctl, not-set, openapi,"
                                        + " validator, ha; declare a class of your own with <extraClasses>",
                                "errors.txt:2:70: unexpected '\"' inside the text; DM does not escape quotes, so the line is corrupt",
                                "errors.txt:2:73: unexpected '\"' inside the text; DM does not escape quotes, so the line is corrupt"));
    }
}
