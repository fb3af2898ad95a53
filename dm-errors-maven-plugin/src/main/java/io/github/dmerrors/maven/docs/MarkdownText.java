package io.github.dmerrors.maven.docs;

import io.github.dmerrors.maven.text.HiddenCharacters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Catalogue text as inline GitHub Flavored Markdown that shows exactly the text, so that no entry
 * can break the page: every character that could start markup ({@code \ * _ [ ] < > & | ~} and
 * stray backticks) is escaped with a backslash, so raw HTML cannot get through either.
 *
 * <p>Two things are kept readable rather than escaped: DM's option names in backticks stay code
 * spans (see {@link InlineTokens}), and an underscore between two letters or digits
 * ({@code binlog_format}), which can never start emphasis, stays as it is. A newline becomes
 * {@code <br>}, since a table cell holds one line. Hidden characters are shown as
 * {@code \}{@code uXXXX} (see {@link HiddenCharacters}).
 *
 * <p>In a table cell a {@code |} ends the cell, even inside a code span, unless escaped; outside a
 * table, a {@code \|} inside a code span shows the backslash. Each method therefore says where its
 * result goes. Text for a paragraph must follow other text on its line: nothing here keeps a
 * {@code #} or {@code -} at the start of a line from opening a block.
 */
final class MarkdownText {
    private static final Pattern ORDERED_ITEM = Pattern.compile("([0-9]+)[.)]");

    private final boolean cell;

    private MarkdownText(boolean cell) {
        this.cell = cell;
    }

    /** Returns a message template for a table cell, each placeholder as the code {@code {arg1}}. */
    static String messageCell(String template) {
        return new MarkdownText(true).render(InlineTokens.of(ReadableMessage.of(template).parts()));
    }

    /** Returns catalogue text, such as a workaround, for a table cell. */
    static String cell(String text) {
        return new MarkdownText(true).render(InlineTokens.of(List.of(new ReadableMessage.Text(text))));
    }

    /** Returns text for a paragraph, to follow other text on its line. */
    static String inline(String text) {
        return new MarkdownText(false).render(InlineTokens.of(List.of(new ReadableMessage.Text(text))));
    }

    /**
     * Returns text as a paragraph of its own: like {@link #inline}, and with whatever would open a
     * block at the start of a line ({@code #}, {@code -}, {@code +}, {@code =}, {@code 1.}) escaped.
     */
    static String paragraph(String text) {
        String inline = inline(text);
        Matcher number = ORDERED_ITEM.matcher(inline);
        if (number.lookingAt()) {
            return inline.substring(0, number.end(1)) + "\\" + inline.substring(number.end(1));
        }
        return !inline.isEmpty() && "#-+=".indexOf(inline.charAt(0)) >= 0 ? "\\" + inline : inline;
    }

    /** Returns {@code text} as one code span in a table cell. */
    static String codeCell(String text) {
        return new MarkdownText(true).codeSpan(text);
    }

    /** Returns {@code text} as one code span in a paragraph, to follow other text on its line. */
    static String code(String text) {
        return new MarkdownText(false).codeSpan(text);
    }

    private String render(List<InlineTokens.Token> tokens) {
        StringBuilder markdown = new StringBuilder();
        StringBuilder code = new StringBuilder();
        for (InlineTokens.Token token : tokens) {
            if (token instanceof InlineTokens.Code span) {
                // Two code spans in a row would make one run of two backticks: one span instead.
                code.append(span.text());
                continue;
            }
            flushCode(markdown, code);
            if (token instanceof InlineTokens.Plain plain) {
                escape(plain.text(), markdown);
            } else {
                markdown.append("<br>");
            }
        }
        flushCode(markdown, code);
        return markdown.toString();
    }

    private void flushCode(StringBuilder markdown, StringBuilder code) {
        if (!code.isEmpty()) {
            markdown.append(codeSpan(code.toString()));
            code.setLength(0);
        }
    }

    private static void escape(String text, StringBuilder markdown) {
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            switch (c) {
                case '\\', '`', '*', '[', ']', '<', '>', '&', '|', '~' -> markdown.append('\\').appendCodePoint(c);
                case '_' -> markdown.append(isInWord(text, i) ? "_" : "\\_");
                default -> {
                    if (HiddenCharacters.isHidden(c)) {
                        // A backslash before a letter is no escape: Markdown shows it as written.
                        markdown.append(HiddenCharacters.escape(c));
                    } else {
                        markdown.appendCodePoint(c);
                    }
                }
            }
        }
    }

    /** Between two letters or digits, where an underscore can neither open nor close emphasis. */
    private static boolean isInWord(String text, int i) {
        return i > 0 && i + 1 < text.length()
                && Character.isLetterOrDigit(text.codePointBefore(i))
                && Character.isLetterOrDigit(text.codePointAt(i + 1));
    }

    /**
     * Returns a code span of {@code text}: fenced by a run of backticks that the text does not
     * hold, padded with a space where Markdown would otherwise strip one or see a fence.
     */
    private String codeSpan(String text) {
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            if (c == '|' && cell) {
                content.append("\\|");
            } else if (HiddenCharacters.isHidden(c)) {
                content.append(HiddenCharacters.escape(c));
            } else {
                content.appendCodePoint(c);
            }
        }
        String fence = "`".repeat(shortestAbsentRun(text));
        boolean pad = text.startsWith("`") || text.endsWith("`")
                || (text.startsWith(" ") && text.endsWith(" ") && !text.isBlank());
        String space = pad ? " " : "";
        return fence + space + content + space + fence;
    }

    /** The length of the shortest run of backticks that {@code text} does not hold. */
    private static int shortestAbsentRun(String text) {
        List<Integer> runs = new ArrayList<>();
        int run = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) == '`') {
                run++;
            } else if (run > 0) {
                runs.add(run);
                run = 0;
            }
        }
        int length = 1;
        while (runs.contains(length)) {
            length++;
        }
        return length;
    }
}
