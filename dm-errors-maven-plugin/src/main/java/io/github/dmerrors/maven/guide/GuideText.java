package io.github.dmerrors.maven.guide;

import java.util.List;

/**
 * Text of a guide, as plain paragraphs: the lines of a Markdown paragraph joined by one space,
 * each list item ({@code - }, {@code * }, {@code 1. }) a paragraph of its own. Markdown inside a
 * paragraph is kept as written, as text: each output escapes it for its own syntax, and only
 * code spans in single backticks are shown as code where the output can.
 *
 * @param paragraphs the paragraphs, none empty, none holding a line break
 */
public record GuideText(List<String> paragraphs) {
    /** No text. */
    public static final GuideText NONE = new GuideText(List.of());

    public GuideText {
        paragraphs = List.copyOf(paragraphs);
        for (String paragraph : paragraphs) {
            if (paragraph.isBlank() || paragraph.indexOf('\n') >= 0 || paragraph.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("not a paragraph: '" + paragraph + "'");
            }
        }
    }

    /** Tells whether there is no text. */
    public boolean isEmpty() {
        return paragraphs.isEmpty();
    }

    /** The paragraphs separated by an empty line, as a plain-text field (TOML, JSON) holds them. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }

    /** The paragraphs on one line, separated by a space, for a table cell or a one-line meaning. */
    public String oneLine() {
        return String.join(" ", paragraphs);
    }
}
