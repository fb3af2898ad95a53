package io.github.dmerrors.maven.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    private static final Path PROJECT = Path.of("/p");
    private static final byte[] CATALOGUE = "a\nb\n".getBytes(StandardCharsets.UTF_8);

    private static String of(String packageName, String className, List<String> extra, String version, byte[] bytes) {
        return Fingerprint.of(request(packageName, className, extra, version), bytes, null);
    }

    private static GenerateRequest request(String packageName, String className, List<String> extra, String version) {
        return new GenerateRequest(PROJECT.resolve("errors.txt"), PROJECT, packageName, className,
                PROJECT.resolve("out"), extra, "default", version);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void changesWithEveryInputThatShapesTheOutput() {
        String base = of("com.example", "DmErrors", List.of(), "1.0", CATALOGUE);
        assertThat(base).startsWith("sha256:").hasSize(7 + 64);
        assertThat(of("com.example", "DmErrors", List.of(), "1.0", CATALOGUE)).isEqualTo(base);
        assertThat(List.of(
                        of("com.other", "DmErrors", List.of(), "1.0", CATALOGUE),
                        of("com.example", "Errors", List.of(), "1.0", CATALOGUE),
                        of("com.example", "DmErrors", List.of("billing"), "1.0", CATALOGUE),
                        of("com.example", "DmErrors", List.of(), "1.1", CATALOGUE),
                        of("com.example", "DmErrors", List.of(), "1.0", "a\nb\r\n".getBytes(StandardCharsets.UTF_8))))
                .doesNotContain(base)
                .doesNotHaveDuplicates();
    }

    @Test
    void keepsFieldsApartSoThatNoTwoRequestsShareAnInput() {
        assertThat(of("com.ab", "C", List.of(), "1.0", CATALOGUE))
                .isNotEqualTo(of("com.a", "BC", List.of(), "1.0", CATALOGUE));
    }

    @Test
    void changesWithTheGuideAndKeepsItApartFromTheCatalogue() {
        GenerateRequest request = request("com.example", "DmErrors", List.of(), "1.0");
        String withoutGuide = Fingerprint.of(request, CATALOGUE, null);
        String withGuide = Fingerprint.of(request, CATALOGUE, bytes("## 1 A\n"));

        assertThat(List.of(
                        withoutGuide,
                        withGuide,
                        Fingerprint.of(request, CATALOGUE, bytes("## 1 B\n")),
                        Fingerprint.of(request, CATALOGUE, bytes("")),
                        // Bytes moved from the catalogue to the guide are another input.
                        Fingerprint.of(request, bytes("a\n"), bytes("b\n## 1 A\n")),
                        Fingerprint.of(request, bytes("a\nb\n## 1 A\n"), null)))
                .doesNotHaveDuplicates();
        assertThat(Fingerprint.of(request, CATALOGUE, bytes("## 1 A\n"))).isEqualTo(withGuide);
    }
}
