package io.github.dmerrors.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {
    @Test
    void escapesEveryCharacterThatCouldStartMarkup() {
        assertThat(MarkdownText.cell("*a* [b](c) ![d](e) ~~f~~ \\ &amp; <b>"))
                .isEqualTo("\\*a\\* \\[b\\](c) !\\[d\\](e) \\~\\~f\\~\\~ \\\\ \\&amp; \\<b\\>");
    }

    @Test
    void escapesHtmlSoThatNoTagGetsThrough() {
        assertThat(MarkdownText.cell("<script>alert(1)</script><!-- x -->"))
                .isEqualTo("\\<script\\>alert(1)\\</script\\>\\<!-- x --\\>");
    }

    @Test
    void keepsUnderscoresBetweenLettersOrDigitsAndEscapesTheOthers() {
        assertThat(MarkdownText.cell("binlog_row_image _x_ __init__ a_ 数_据"))
                .isEqualTo("binlog_row_image \\_x\\_ \\_\\_init\\_\\_ a\\_ 数_据");
    }

    @Test
    void escapesPipesInATableCellAlsoInsideCodeSpans() {
        assertThat(MarkdownText.cell("a | b `c|d`")).isEqualTo("a \\| b `c\\|d`");
        assertThat(MarkdownText.codeCell("x|y")).isEqualTo("`x\\|y`");
    }

    @Test
    void leavesPipesInsideCodeSpansOfAParagraphAsTheyAre() {
        assertThat(MarkdownText.inline("a | b `c|d`")).isEqualTo("a \\| b `c|d`");
        assertThat(MarkdownText.code("x|y")).isEqualTo("`x|y`");
    }

    @Test
    void keepsPairsOfSingleBackticksAsCodeSpans() {
        assertThat(MarkdownText.cell("use `pause-task`, then `resume-task`"))
                .isEqualTo("use `pause-task`, then `resume-task`");
    }

    @Test
    void escapesBackticksWithoutAPartnerAndRunsOfBackticks() {
        assertThat(MarkdownText.cell("a ` b ``c`` d")).isEqualTo("a \\` b \\`\\`c\\`\\` d");
    }

    @Test
    void pairsBackticksOnlyWithinALine() {
        assertThat(MarkdownText.cell("`a\nb`")).isEqualTo("\\`a<br>b\\`");
    }

    @Test
    void turnsEachNewlineIntoALineBreak() {
        assertThat(MarkdownText.cell("one\ntwo\n\nfour")).isEqualTo("one<br>two<br><br>four");
    }

    @Test
    void showsPlaceholdersAsCodeAlsoBetweenBackticks() {
        assertThat(MarkdownText.messageCell("got %s, want `%d`")).isEqualTo("got `{arg1}`, want `{arg2}`");
    }

    @Test
    void mergesAdjacentCodeSpansSinceTwoInARowWouldFormOneFence() {
        assertThat(MarkdownText.messageCell("`a`%s`b` and %s%s")).isEqualTo("`a{arg1}b` and `{arg2}{arg3}`");
    }

    @Test
    void padsACodeSpanWhoseSpacesMarkdownWouldStrip() {
        assertThat(MarkdownText.cell("run ` x ` now")).isEqualTo("run `  x  ` now");
        assertThat(MarkdownText.code("  ")).isEqualTo("`  `");
    }

    @Test
    void fencesCodeThatHoldsBackticksWithARunItDoesNotHold() {
        assertThat(MarkdownText.code("a`b")).isEqualTo("``a`b``");
        assertThat(MarkdownText.code("`x")).isEqualTo("`` `x ``");
        assertThat(MarkdownText.cell("`x``y`")).isEqualTo("`x``y`");
    }

    @Test
    void showsControlAndInvisibleCharactersAsEscapesButKeepsTabs() {
        assertThat(MarkdownText.cell("a\u0007b\u001b[1m\u202ec\u200b\u2028d\te"))
                .isEqualTo("a\\u0007b\\u001b\\[1m\\u202ec\\u200b\\u2028d\te");
        assertThat(MarkdownText.code("x\ny\u007f")).isEqualTo("`x\\u000ay\\u007f`");
    }

    @Test
    void keepsNonAsciiText() {
        assertThat(MarkdownText.messageCell("数据迁移失败: %s — café 😀")).isEqualTo("数据迁移失败: `{arg1}` — café 😀");
    }
}
