package io.github.dmerrors.maven.guide;

import io.github.dmerrors.maven.diagnostic.SourceLocation;
import java.util.List;
import java.util.Objects;

/**
 * A {@code ## } section of a guide as written: its heading, the lines under it, and its
 * {@code ### } subsections, each with its location, for the validator to check and point at.
 *
 * @param heading the heading's text, without the {@code ## } and surrounding blanks
 * @param location where the heading's text starts
 * @param body the lines between the heading and the first subsection
 * @param subsections the {@code ### } subsections, in file order
 * @param damaged whether the heading's line is not valid text, which was reported: the section is
 *     not checked further, so that one bad byte gives one diagnostic
 */
public record GuideSection(
        String heading, SourceLocation location, List<Line> body, List<Subsection> subsections, boolean damaged) {
    public GuideSection {
        Objects.requireNonNull(heading, "heading == null");
        Objects.requireNonNull(location, "location == null");
        body = List.copyOf(body);
        subsections = List.copyOf(subsections);
    }

    /**
     * One line of text, decoded and without its line ending.
     *
     * @param text the line
     * @param location where it starts
     */
    public record Line(String text, SourceLocation location) {
        public Line {
            Objects.requireNonNull(text, "text == null");
            Objects.requireNonNull(location, "location == null");
        }
    }

    /**
     * A {@code ### } subsection.
     *
     * @param heading the heading's text, without the {@code ### } and surrounding blanks
     * @param location where the heading's text starts
     * @param body its lines
     * @param damaged whether the heading's line is not valid text, which was reported
     */
    public record Subsection(String heading, SourceLocation location, List<Line> body, boolean damaged) {
        public Subsection {
            Objects.requireNonNull(heading, "heading == null");
            Objects.requireNonNull(location, "location == null");
            body = List.copyOf(body);
        }
    }
}
