package io.github.dmerrors.maven.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.ErrorLevel;
import io.github.dmerrors.ErrorScope;
import io.github.dmerrors.maven.diagnostic.Diagnostic;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
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
    void reportsAConstantThatHidesThePackageOfAQualifiedTypeAtItsLine() {
        List<Diagnostic> conflicts = TypeNameClash.check(catalogue("ErrorLevel", "io", "Optional", "java"), TARGET);

        assertThat(conflicts).extracting(Diagnostic::toString).containsExactly(
                "errors.txt:2:1: name 'io' hides package 'io', which the generated class needs to name"
                        + " io.github.dmerrors.ErrorLevel in full (an entry is named 'ErrorLevel'); rename one of the two",
                "errors.txt:4:1: name 'java' hides package 'java', which the generated class needs to name"
                        + " java.util.Optional in full (an entry is named 'Optional'); rename one of the two");
    }

    @Test
    void findsNoConflictInARealisticCatalogue() {
        assertThat(TypeNameClash.check(catalogue("ErrDBBadConn", "ErrDBInvalidConn"), TARGET)).isEmpty();
    }

    @Test
    void namesEveryPartOfASplitCatalogue() {
        List<String> names = new ArrayList<>(List.of("com", "DmErrorsPart2"));
        for (int i = names.size(); i <= JavaNames.ENTRIES_PER_CLASS; i++) {
            names.add("ErrGen" + i);
        }

        assertThat(TypeNameClash.check(catalogue(names.toArray(String[]::new)), TARGET))
                .extracting(Diagnostic::message)
                .containsExactly("name 'com' hides package 'com', which the generated class needs to name"
                        + " com.example.DmErrorsPart2 in full (an entry is named 'DmErrorsPart2'); rename one of the two");
    }
}
