package io.github.dmerrors.maven.generate;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.ErrorLevel;
import io.github.dmerrors.ErrorScope;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.model.ErrorDefinition;
import io.github.dmerrors.maven.model.GenerationTarget;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavaSourceGeneratorTest {
    @Test
    void refusesACatalogueThatValidationRejectsForTheTarget() {
        Path file = Path.of("errors.txt");
        List<ErrorDefinition> errors = List.of(
                new ErrorDefinition(1, "DmError", ErrorClass.DATABASE, ErrorScope.INTERNAL, ErrorLevel.HIGH, "", "",
                        List.of(), new SourceLocation(file, 1, 1)),
                new ErrorDefinition(2, "io", ErrorClass.DATABASE, ErrorScope.INTERNAL, ErrorLevel.HIGH, "", "",
                        List.of(), new SourceLocation(file, 2, 1)));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> JavaSourceGenerator.generate(new Catalogue(file, errors),
                        new GenerationTarget("com.example", "DmErrors", "errors.txt")))
                .withMessageContaining("errors.txt:2:1: name 'io' hides package 'io'");
    }
}
