package io.github.dmerrors.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ListParameterTest {
    @Test
    void anUnsetListHasNoItems() {
        assertThat(ListParameter.items(null)).isEmpty();
    }

    @Test
    void dropsTheEmptyPiecesOfACommaSeparatedValueAndStripsTheOthers() {
        // What Maven makes of -Dx=",ErrA=ErrB,, ErrC=ErrD ,": a null for each empty piece.
        assertThat(ListParameter.items(Arrays.asList(null, "ErrA=ErrB", null, " ErrC=ErrD ", " ", null)))
                .containsExactly("ErrA=ErrB", "ErrC=ErrD");
    }
}
