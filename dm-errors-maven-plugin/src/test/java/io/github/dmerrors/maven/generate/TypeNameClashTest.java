package io.github.dmerrors.maven.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.ErrorLevel;
import io.github.dmerrors.ErrorScope;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.model.ErrorDefinition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeNameClashTest {
    private static final GenerationTarget TARGET = new GenerationTarget("com.example", "DmErrors", "errors.txt");

    private static Catalogue catalogue(String... names) {
        List<ErrorDefinition> errors = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            errors.add(new ErrorDefinition(i + 1, names[i], ErrorClass.DATABASE, ErrorScope.NOT_SET, ErrorLevel.HIGH,
                    "", "", List.of(), new SourceLocation(Path.of("errors.txt"), i + 1, 1)));
        }
        return new Catalogue(Path.of("errors.txt"), errors);
    }

    @Test
    void qualifiesOnlyTheTypesAConstantWouldHide() {
        assertThat(TypeNameClash.namesToQualify(catalogue("ErrA", "ErrorClass", "List", "DmErrors"), TARGET))
                .containsExactly("DmErrors", "ErrorClass", "List");
        assertThat(TypeNameClash.namesToQualify(catalogue("ErrA", "io", "java"), TARGET)).isEmpty();
    }

    @Test
    void reportsAConstantThatHidesThePackageOfAQualifiedType() {
        List<TypeNameClash.Conflict> conflicts =
                TypeNameClash.conflicts(catalogue("ErrorLevel", "io", "Optional", "java"), TARGET);

        assertThat(conflicts).extracting(conflict -> conflict.error().name()).containsExactly("io", "java");
        assertThat(conflicts.get(1).message()).isEqualTo("name 'java' hides package 'java', which the generated"
                + " class needs to name java.util.Optional in full (an entry is named 'Optional'); rename one of the two");
    }

    @Test
    void findsNoConflictInARealisticCatalogue() {
        assertThat(TypeNameClash.conflicts(catalogue("ErrDBBadConn", "ErrDBInvalidConn"), TARGET)).isEmpty();
    }
}
