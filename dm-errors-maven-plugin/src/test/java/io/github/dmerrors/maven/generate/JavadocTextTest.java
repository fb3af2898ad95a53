package io.github.dmerrors.maven.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavadocTextTest {
    @Test
    void keepsPlainTextAsItIs() {
        assertThat(JavadocText.escape("Please check `flavor` in the source's config: 100% sure."))
                .isEqualTo("Please check `flavor` in the source's config: 100% sure.");
    }

    @Test
    void escapesHtmlAndTags() {
        assertThat(JavadocText.escape("<script>a & b</script> @param {@code x}"))
                .isEqualTo("&lt;script&gt;a &amp; b&lt;/script&gt; &#64;param {&#64;code x}");
    }

    @Test
    void cannotEndTheComment() {
        assertThat(JavadocText.escape("a */ b **/ c / d")).isEqualTo("a *&#47; b **&#47; c / d");
    }

    @Test
    void hidesUnicodeEscapesFromJavac() {
        assertThat(JavadocText.escape("\\u000a and \\u002a/")).isEqualTo("&#92;u000a and &#92;u002a/");
    }

    @Test
    void turnsNewlinesIntoLineBreaks() {
        assertThat(JavadocText.escape("one\ntwo")).isEqualTo("one<br>\ntwo");
    }

    @Test
    void showsInvisibleCharacters() {
        assertThat(JavadocText.escape("a\u202Eb\u200Bc\rd\u0000e\tf"))
                .isEqualTo("a&#92;u202eb&#92;u200bc&#92;u000dd&#92;u0000e\tf");
    }

    @Test
    void showsPrivateUseCharactersAlsoBeyondTheBasicPlane() {
        assertThat(JavadocText.escape("a\uE000b\uDB80\uDC00c")).isEqualTo("a&#92;ue000b&#92;udb80&#92;udc00c");
    }

    @Test
    void keepsNonAsciiText() {
        assertThat(JavadocText.escape("数据库 😀 café")).isEqualTo("数据库 😀 café");
    }
}
