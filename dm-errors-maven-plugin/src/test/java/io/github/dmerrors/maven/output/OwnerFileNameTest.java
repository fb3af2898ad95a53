package io.github.dmerrors.maven.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OwnerFileNameTest {
    @ParameterizedTest
    @CsvSource({
        "default, default",
        "generate-docs_2, generate-docs_2",
        "Default, %44efault",
        "a.b, a%2Eb",
        "a/b, a%2Fb",
        "'a b', a%20b",
        "..,  %2E%2E",
        "é, %C3%A9",
        "a%b, a%25b",
        "con, %63on",
        "NUL, %4E%55%4C",
        "lpt1, %6Cpt1",
        "console, console"})
    void keepsSafeCharactersAndEscapesTheRest(String owner, String stem) {
        assertThat(OwnerFileName.of(owner)).isEqualTo(stem);
    }

    @Test
    void keepsOwnersApartOnCaseInsensitiveFileSystems() {
        List<String> owners =
                List.of("default", "Default", "DEFAULT", "a.b", "a%2Eb", "a_b", "a-b");
        List<String> stems = owners.stream().map(OwnerFileName::of).toList();

        assertThat(stems.stream().map(stem -> stem.toLowerCase(Locale.ROOT)))
                .doesNotHaveDuplicates();
        assertThat(stems).allSatisfy(stem -> assertThat(stem).doesNotContain(".", "/", "\\"));
    }

    @Test
    void cutsLongIdsAndKeepsThemApartWithADigest() {
        String first = "a".repeat(100);
        String second = "a".repeat(99) + "b";

        assertThat(OwnerFileName.of(first)).hasSizeLessThanOrEqualTo(OwnerFileName.MAX_LENGTH)
                .startsWith("a".repeat(40) + "~")
                .isNotEqualTo(OwnerFileName.of(second));
        assertThat(OwnerFileName.of("a".repeat(OwnerFileName.MAX_LENGTH)))
                .isEqualTo("a".repeat(OwnerFileName.MAX_LENGTH));
    }

    @Test
    void doesNotSplitAnEscapeWhenCutting() {
        String owner = "a".repeat(39) + "." + "a".repeat(60);

        assertThat(OwnerFileName.of(owner)).startsWith("a".repeat(39) + "~");
    }

    @Test
    void rejectsAnEmptyId() {
        assertThatIllegalArgumentException().isThrownBy(() -> OwnerFileName.of(""));
    }
}
