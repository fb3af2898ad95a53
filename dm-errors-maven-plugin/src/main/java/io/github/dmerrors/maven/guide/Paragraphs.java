package io.github.dmerrors.maven.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the lines of a guide's section into {@link GuideText} as Markdown reads them: lines run
 * together into a paragraph, an empty line ends one, and each list item starts one of its own.
 */
final class Paragraphs {
    /** A list item's marker: {@code -}, {@code *}, {@code +}, or a number and {@code .} or {@code )}. */
    static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*+]|[0-9]{1,9}[.)])(?:[ \\t]|$)");

    private Paragraphs() {}

    static GuideText of(List<GuideSection.Line> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (GuideSection.Line line : lines) {
            String text = line.text().strip();
            if (text.isEmpty() || LIST_ITEM.matcher(text).find()) {
                flush(paragraph, paragraphs);
            }
            if (!text.isEmpty()) {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(text);
            }
        }
        flush(paragraph, paragraphs);
        return new GuideText(paragraphs);
    }

    /** The number of chars of the text of {@code lines}, to hold it to a limit before it is joined. */
    static long length(List<GuideSection.Line> lines) {
        return lines.stream().mapToLong(line -> line.text().strip().length()).sum();
    }

    private static void flush(StringBuilder paragraph, List<String> paragraphs) {
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }
}
