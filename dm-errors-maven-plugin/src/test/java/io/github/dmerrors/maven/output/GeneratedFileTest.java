package io.github.dmerrors.maven.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeneratedFileTest {
    @Test
    void copiesContentOnTheWayInAndOut() {
        byte[] bytes = "class A {}".getBytes(StandardCharsets.UTF_8);
        GeneratedFile file = new GeneratedFile("A.java", bytes);

        bytes[0] = 'X';
        file.content()[1] = 'X';

        assertThat(file.content()).asString(StandardCharsets.UTF_8).isEqualTo("class A {}");
    }

    @Test
    void comparesByPathAndBytes() {
        GeneratedFile file = new GeneratedFile("a/A.java", new byte[] {1, 2});

        assertThat(file).isEqualTo(new GeneratedFile("a/A.java", new byte[] {1, 2}));
        assertThat(file).hasSameHashCodeAs(new GeneratedFile("a/A.java", new byte[] {1, 2}));
        assertThat(file).isNotEqualTo(new GeneratedFile("a/A.java", new byte[] {1, 3}));
        assertThat(file).isNotEqualTo(new GeneratedFile("a/B.java", new byte[] {1, 2}));
        assertThat(file).hasToString("a/A.java (2 bytes)");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "A.java", "io/github/A.java", "a b/c.d/.hidden/x..y", "..a/b..", "é/ü.txt"})
    void acceptsNormalRelativePaths(String path) {
        assertThat(new GeneratedFile(path, new byte[0]).relativePath()).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "/etc/passwd", "a//b", "a/", "./a", "a/./b", ".", "..", "../a", "a/../b", "a/..",
        "a\\b", "C:/x", "a:b", "a*b", "a?b", "a\"b", "a<b", "a>b", "a|b", "a\nb", "a\u0000b",
        ".dm-errors/default.manifest", "a/.dm-errors.default.tmp"})
    void rejectsPathsThatAreNotNormalPortableAndInside(String path) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GeneratedFile(path, new byte[0]))
                .withMessageStartingWith("generated file path ");
    }

    @Test
    void namesTheReasonForARejectedPath() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GeneratedFile("a/../../b", new byte[0]))
                .withMessage("generated file path escapes the output directory ('..' segment):"
                        + " a/../../b");
    }
}
