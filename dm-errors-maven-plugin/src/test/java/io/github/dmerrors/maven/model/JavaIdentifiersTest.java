package io.github.dmerrors.maven.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JavaIdentifiersTest {
    @Test
    void namesTheSegmentAndCharacterAtFault() {
        assertThat(JavaIdentifiers.packageProblem("com.acme-errors"))
                .contains("'acme-errors' contains '-', not allowed in a Java identifier");
        assertThat(JavaIdentifiers.packageProblem("com.acme errors"))
                .contains("'acme errors' contains U+0020, not allowed in a Java identifier");
    }

    @Test
    void namesAKeywordOrLiteralSegment() {
        assertThat(JavaIdentifiers.packageProblem("com.new.errors")).contains("'new' is a Java keyword");
        assertThat(JavaIdentifiers.packageProblem("com._.errors")).contains("'_' is a Java keyword");
        assertThat(JavaIdentifiers.packageProblem("com.null")).contains("'null' is a Java literal");
    }

    @Test
    void namesAnEmptySegment() {
        String empty = "it has an empty segment (a '.' at the start or end, or two together)";
        assertThat(JavaIdentifiers.packageProblem("com..errors")).contains(empty);
        assertThat(JavaIdentifiers.packageProblem(".com")).contains(empty);
        assertThat(JavaIdentifiers.packageProblem("com.")).contains(empty);
        assertThat(JavaIdentifiers.packageProblem("")).contains("it is empty");
    }

    @Test
    void namesASegmentStartingWithADigit() {
        assertThat(JavaIdentifiers.packageProblem("com.2fa"))
                .contains("'2fa' starts with '2', not allowed at the start of a Java identifier");
    }

    @Test
    void acceptsValidNames() {
        assertThat(JavaIdentifiers.packageProblem("com.example.errors_v2")).isEmpty();
        assertThat(JavaIdentifiers.packageProblem("dé.erreurs")).isEmpty();
        assertThat(JavaIdentifiers.classProblem("DmErrors")).isEmpty();
    }

    @Test
    void refusesDollarDotAndKeywordInAClassName() {
        assertThat(JavaIdentifiers.classProblem("Dm$Errors"))
                .contains("'Dm$Errors' contains '$', which javac reserves for nested classes");
        assertThat(JavaIdentifiers.classProblem("com.DmErrors"))
                .contains("a simple name has no '.'; the package goes in packageName");
        assertThat(JavaIdentifiers.classProblem("enum")).contains("'enum' is a Java keyword");
    }

    @Test
    void generationTargetSaysWhyAPackageIsInvalid() {
        assertThatThrownBy(() -> new GenerationTarget("com.acme-errors", "DmErrors", "errors.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a valid package name: 'com.acme-errors': 'acme-errors' contains '-',"
                        + " not allowed in a Java identifier");
    }
}
