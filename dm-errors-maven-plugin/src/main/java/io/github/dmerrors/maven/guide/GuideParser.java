package io.github.dmerrors.maven.guide;

import io.github.dmerrors.maven.catalogue.LineDecoder;
import io.github.dmerrors.maven.diagnostic.Diagnostics;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the syntax of a guide: UTF-8 Markdown whose {@code ## } headings start sections and whose
 * {@code ### } headings start subsections. A {@code # } title and any text before the first
 * section are the guide's own introduction, for its readers only. Encoding problems are reported
 * as in a catalogue (see {@link LineDecoder}); a heading deeper than {@code ###}, a
 * {@code # } heading after the first section and a fenced code block, whose lines Markdown would
 * not read as text, are errors. A line that is not valid text still counts, as text or as a
 * heading, so that its one diagnostic brings no others; a section or subsection whose heading is
 * such a line is marked damaged. The caller must not use the sections of a run that reported an
 * error.
 */
public final class GuideParser {
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+|$)");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");

    private GuideParser() {}

    /**
     * Reads {@code content}, the bytes of {@code file}.
     *
     * @param file the guide, as the user named it
     * @param content its bytes
     * @param diagnostics receives every problem found
     * @return the sections, in file order
     */
    public static List<GuideSection> parse(Path file, byte[] content, Diagnostics diagnostics) {
        Objects.requireNonNull(file, "file == null");
        Objects.requireNonNull(content, "content == null");
        int offset = LineDecoder.byteOrderMark(content);
        if (offset > 0) {
            diagnostics.error(new SourceLocation(file, 1, 1),
                    "file starts with a UTF-8 byte order mark; save it as UTF-8 without BOM");
        }
        Sections sections = new Sections();
        String fence = null;
        for (int number = 1; offset < content.length; number++) {
            int end = endOfLine(content, offset);
            SourceLocation lineStart = new SourceLocation(file, number, 1);
            LineDecoder.DecodedLine decoded =
                    LineDecoder.decode(content, offset, end, lineStart, "guide", diagnostics);
            offset = end + 1;
            String text = decoded.text();
            Matcher fenceMatcher = FENCE.matcher(text);
            if (fence != null) {
                fence = fenceMatcher.find() && fenceMatcher.group(1).equals(fence) ? null : fence;
                continue;
            }
            if (fenceMatcher.find()) {
                fence = fenceMatcher.group(1);
                diagnostics.error(lineStart.atColumn(fenceMatcher.start(1) + 1), "a fenced code block;"
                        + " a guide's text is paragraphs and lists, with code in `single backticks`");
                continue;
            }
            Matcher heading = HEADING.matcher(text);
            if (heading.find()) {
                heading(sections, heading, text, lineStart, !decoded.clean(), diagnostics);
            } else {
                // A stray CR, already reported, would split the paragraph the line belongs to.
                sections.text(new GuideSection.Line(text.replace('\r', '\uFFFD'), lineStart));
            }
        }
        return sections.all();
    }

    private static void heading(Sections sections, Matcher heading, String line, SourceLocation lineStart,
            boolean damaged, Diagnostics diagnostics) {
        int level = heading.group(1).length();
        String title = line.substring(heading.end()).strip().replaceFirst("[ \\t]+#+$", "");
        SourceLocation at = lineStart.atColumn(heading.end() + 1);
        switch (level) {
            case 1 -> {
                if (sections.started()) {
                    diagnostics.error(lineStart.atColumn(heading.start(1) + 1), "a '#' heading after the first"
                            + " section; a guide has one title, then '## ' sections");
                }
            }
            case 2 -> sections.section(title, at, damaged);
            case 3 -> {
                if (!sections.subsection(title, at, damaged)) {
                    diagnostics.error(lineStart.atColumn(heading.start(1) + 1),
                            "a '###' heading before the first '## ' section");
                }
            }
            default -> diagnostics.error(lineStart.atColumn(heading.start(1) + 1), "a '" + heading.group(1)
                    + "' heading; a guide has '## ' sections and '### ' subsections only");
        }
    }

    private static int endOfLine(byte[] content, int from) {
        for (int i = from; i < content.length; i++) {
            if (content[i] == '\n') {
                return i;
            }
        }
        return content.length;
    }

    /** The sections read so far; the last one and its last subsection are still open. */
    private static final class Sections {
        private final List<GuideSection> done = new ArrayList<>();
        private String heading;
        private SourceLocation location;
        private boolean damaged;
        private final List<GuideSection.Line> body = new ArrayList<>();
        private final List<GuideSection.Subsection> subsections = new ArrayList<>();
        private String subheading;
        private SourceLocation sublocation;
        private boolean subdamaged;
        private final List<GuideSection.Line> subbody = new ArrayList<>();

        boolean started() {
            return heading != null;
        }

        void section(String title, SourceLocation at, boolean damagedLine) {
            close();
            heading = title;
            location = at;
            damaged = damagedLine;
        }

        boolean subsection(String title, SourceLocation at, boolean damagedLine) {
            if (heading == null) {
                return false;
            }
            closeSubsection();
            subheading = title;
            sublocation = at;
            subdamaged = damagedLine;
            return true;
        }

        void text(GuideSection.Line line) {
            if (subheading != null) {
                subbody.add(line);
            } else if (heading != null) {
                body.add(line);
            }
            // Before the first section: the guide's introduction, for people only.
        }

        List<GuideSection> all() {
            close();
            return List.copyOf(done);
        }

        private void closeSubsection() {
            if (subheading != null) {
                subsections.add(new GuideSection.Subsection(subheading, sublocation, subbody, subdamaged));
                subheading = null;
                subbody.clear();
            }
        }

        private void close() {
            closeSubsection();
            if (heading != null) {
                done.add(new GuideSection(heading, location, body, subsections, damaged));
                heading = null;
                body.clear();
                subsections.clear();
            }
        }
    }
}
