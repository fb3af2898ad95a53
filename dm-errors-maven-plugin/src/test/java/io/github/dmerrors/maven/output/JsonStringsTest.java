package io.github.dmerrors.maven.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonStringsTest {
    @Test
    void escapesQuoteBackslashAndTheShortControlCharacters() {
        assertThat(JsonStrings.quote("\"a\\b\"\b\f\n\r\t")).isEqualTo("\"\\\"a\\\\b\\\"\\b\\f\\n\\r\\t\"");
    }

    @Test
    void writesOtherControlCharactersDeleteAndLineSeparatorsAsUnicodeEscapes() {
        assertThat(JsonStrings.quote("\u0000\u0001\u000b\u001b\u001f\u007f\u2028\u2029"))
                .isEqualTo("\"\\u0000\\u0001\\u000b\\u001b\\u001f\\u007f\\u2028\\u2029\"");
    }

    @Test
    void keepsSlashHtmlAndNonAsciiAsTheyAre() {
        assertThat(JsonStrings.quote("</script> & 'x' 数据 😀 \u202e"))
                .isEqualTo("\"</script> & 'x' 数据 😀 \u202e\"");
    }

    @Test
    void escapesWhatJsonRequiresAndKeepsTheRest() {
        assertThat(JsonStrings.quote("C:\\dm \"errors\"\n\t\r\b\f\u0001\u001f é 😀 \ud800x \udc00"))
                .isEqualTo("\"C:\\\\dm \\\"errors\\\"\\n\\t\\r\\b\\f\\u0001\\u001f é 😀 \\ud800x \\udc00\"");
    }
}
