package io.github.dmerrors.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TomlStringsTest {
    @Test
    void escapesQuoteAndBackslashWithABackslash() {
        assertThat(TomlStrings.quote("say \"hi\" to C:\\dm")).isEqualTo("\"say \\\"hi\\\" to C:\\\\dm\"");
    }

    @Test
    void writesTheFiveControlCharactersThatHaveShortEscapesShort() {
        assertThat(TomlStrings.quote("\b\t\n\f\r")).isEqualTo("\"\\b\\t\\n\\f\\r\"");
    }

    @Test
    void writesEveryOtherControlCharacterAndDeleteAsLowerCaseUnicodeEscapes() {
        StringBuilder expected = new StringBuilder("\"");
        StringBuilder text = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            if ("\b\t\n\f\r".indexOf(c) < 0) {
                text.append(c);
                expected.append(String.format("\\u%04x", (int) c));
            }
        }
        text.append('\u007f');
        expected.append("\\u007f\"");

        assertThat(TomlStrings.quote(text.toString())).isEqualTo(expected.toString());
        assertThat(TomlStrings.quote("\u001b[31m")).isEqualTo("\"\\u001b[31m\"");
    }

    @Test
    void keepsPrintableAsciiAndNonAsciiAsTheyAre() {
        String printable = " !#$%&'()*+,-./0123456789:;<=>?@ABCXYZ[]^_`abcxyz{|}~";
        String other = "数据 café 😀 \u0085 \u00a0 \u2028 \u202e";

        assertThat(TomlStrings.quote(printable)).isEqualTo("\"" + printable + "\"");
        assertThat(TomlStrings.quote(other)).isEqualTo("\"" + other + "\"");
    }

    @Test
    void writesTheEmptyStringAsTwoQuotes() {
        assertThat(TomlStrings.quote("")).isEqualTo("\"\"");
    }

    @Test
    void leavesKeysOfDmClassesBareAndQuotesOthers() {
        assertThat(TomlStrings.key("DM-sync-unit-36001")).isEqualTo("DM-sync-unit-36001");
        assertThat(TomlStrings.key("DM-my_class-1")).isEqualTo("DM-my_class-1");
        assertThat(TomlStrings.key("DM-billing.v2-1")).isEqualTo("\"DM-billing.v2-1\"");
        assertThat(TomlStrings.key("")).isEqualTo("\"\"");
    }
}
