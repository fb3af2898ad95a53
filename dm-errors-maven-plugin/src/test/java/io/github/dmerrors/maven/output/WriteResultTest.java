package io.github.dmerrors.maven.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class WriteResultTest {
    @Test
    void summarisesAFullRunInOneLine() {
        WriteResult result =
                new WriteResult(List.of("a"), List.of("b", "c"), List.of("d"), false, List.of());

        assertThat(result.summary()).isEqualTo("1 file written, 2 unchanged, 1 removed");
    }

    @Test
    void summarisesAnUpToDateRunInOneLine() {
        WriteResult two = new WriteResult(List.of(), List.of("a", "b"), List.of(), true, List.of());
        WriteResult one = new WriteResult(List.of(), List.of("a"), List.of(), true, List.of());

        assertThat(two.summary()).isEqualTo("up to date (2 files)");
        assertThat(one.summary()).isEqualTo("up to date (1 file)");
    }

    @Test
    void rejectsAnUpToDateRunThatWroteSomething() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new WriteResult(
                        List.of("a"), List.of(), List.of(), true, List.of()));
    }
}
