package io.github.dmerrors.maven.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HiddenCharactersTest {
    @Test
    void hidesControlsFormatsSeparatorsPrivateUseAndUnassigned() {
        assertThat(List.of(0x00, 0x0D, 0x1B, 0x7F, 0x200B, 0x202E, 0x2028, 0x2029, 0xE000, 0xF0000, 0x0378, 0xD800))
                .allSatisfy(c -> assertThat(HiddenCharacters.isHidden(c)).as("U+%04X", c).isTrue());
    }

    @Test
    void showsTabsSpacesLettersAndEmoji() {
        assertThat(List.of((int) '\t', (int) ' ', (int) 'a', 0x00E9, 0x6570, 0x1F600, 0x00A0))
                .allSatisfy(c -> assertThat(HiddenCharacters.isHidden(c)).as("U+%04X", c).isFalse());
    }

    @Test
    void escapesEachHiddenCharacterAsItsUtf16Units() {
        assertThat(HiddenCharacters.shown("a\u202Eb\uE000c\uDB80\uDC00d\te"))
                .isEqualTo("a\\u202eb\\ue000c\\udb80\\udc00d\te");
    }
}
