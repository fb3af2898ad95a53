package io.github.dmerrors.maven.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dmerrors.ErrorClass;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenerateRequestTest {
    private static final Path PROJECT = Path.of("/work/project");

    private static GenerateRequest request(Path catalogue, String packageName, String className, List<String> extra) {
        return new GenerateRequest(catalogue, PROJECT, packageName, className, PROJECT.resolve("target/gen"),
                extra, "default", "1.0");
    }

    @Test
    void namesTheCatalogueRelativeToTheProject() {
        GenerateRequest request = request(PROJECT.resolve("src/main/errors/errors_release.txt"), "com.example", "DmErrors", List.of());
        assertThat(request.catalogueName()).isEqualTo("src/main/errors/errors_release.txt");
        assertThat(request.target().sourceName()).isEqualTo("src/main/errors/errors_release.txt");
    }

    @Test
    void namesACatalogueOutsideTheProjectByItsFileNameOnly() {
        GenerateRequest request = request(Path.of("/shared/catalogues/dm.txt"), "com.example", "DmErrors", List.of());
        assertThat(request.catalogueName()).isEqualTo("dm.txt");
    }

    @Test
    void requiresAPackage() {
        assertThatThrownBy(() -> request(PROJECT.resolve("e.txt"), " ", "DmErrors", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("packageName is required, for example <packageName>com.example.errors</packageName>");
    }

    @Test
    void rejectsInvalidJavaNames() {
        assertThatThrownBy(() -> request(PROJECT.resolve("e.txt"), "com.example.class", "DmErrors", List.of()))
                .hasMessage("not a valid package name: 'com.example.class': 'class' is a Java keyword");
        assertThatThrownBy(() -> request(PROJECT.resolve("e.txt"), "com.example", "Dm-Errors", List.of()))
                .hasMessage("not a valid class name: 'Dm-Errors': 'Dm-Errors' contains '-',"
                        + " not allowed in a Java identifier");
    }

    @Test
    void rejectsAnInvalidExtraClassAndSortsTheRest() {
        assertThatThrownBy(() -> request(PROJECT.resolve("e.txt"), "com.example", "DmErrors", List.of("my class")))
                .hasMessage("extraClasses: 'my class' is not a valid error class name"
                        + " (use letters, digits, '-', '_' or '.', starting with a letter or digit)");
        GenerateRequest request = request(PROJECT.resolve("e.txt"), "com.example", "DmErrors", List.of("zeta", "billing", "zeta"));
        assertThat(request.extraClasses()).containsExactly("billing", "zeta");
        assertThat(request.declaredClasses()).containsExactly(ErrorClass.of("billing"), ErrorClass.of("zeta"));
    }
}
