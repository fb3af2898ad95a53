package io.github.dmerrors.maven.generate;

import com.palantir.javapoet.CodeBlock;
import io.github.dmerrors.maven.guide.GuideText;

/**
 * A guide's text in a constant's Javadoc, so that an IDE's hover shows what the error means and
 * what to do: one {@code <p>} per paragraph, the first led by its title in bold. The text is
 * escaped like the catalogue's (see {@link JavadocText}); only a pair of single backticks on one
 * line becomes {@code <code>}, as the guide's Markdown shows it.
 */
final class GuideJavadoc {
    private GuideJavadoc() {}

    /** Adds {@code text} under {@code title}, such as {@code How to handle it.}; nothing if it is empty. */
    static void section(CodeBlock.Builder doc, String title, GuideText text) {
        for (int i = 0; i < text.paragraphs().size(); i++) {
            doc.add("\n<p>$L$L\n", i == 0 ? "<b>" + title + "</b> " : "", html(text.paragraphs().get(i)));
        }
    }

    /** Escapes {@code paragraph}, turning each pair of single backticks into a code element. */
    static String html(String paragraph) {
        StringBuilder html = new StringBuilder();
        int position = 0;
        while (true) {
            int open = paragraph.indexOf('`', position);
            int close = open < 0 ? -1 : paragraph.indexOf('`', open + 1);
            if (close < 0) {
                return html.append(JavadocText.escape(paragraph.substring(position))).toString();
            }
            // An empty pair, or part of a run of backticks, is text, as Markdown would show it.
            boolean code = close > open + 1
                    && (open == 0 || paragraph.charAt(open - 1) != '`')
                    && (close + 1 == paragraph.length() || paragraph.charAt(close + 1) != '`');
            if (!code) {
                html.append(JavadocText.escape(paragraph.substring(position, open + 1)));
                position = open + 1;
                continue;
            }
            html.append(JavadocText.escape(paragraph.substring(position, open)))
                    .append("<code>")
                    .append(JavadocText.escape(paragraph.substring(open + 1, close)))
                    .append("</code>");
            position = close + 1;
        }
    }
}
