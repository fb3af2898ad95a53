package io.github.dmerrors.maven.catalogue;

import io.github.dmerrors.maven.diagnostic.Diagnostic;
import io.github.dmerrors.maven.diagnostic.Diagnostics;
import io.github.dmerrors.maven.diagnostic.Severity;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the syntax of a DM error catalogue, {@code errors_release.txt}: one entry a line, in DM's
 * format (see the {@linkplain io.github.dmerrors.maven.catalogue package}).
 *
 * <p>Every problem is reported, not only the first. A line whose name or bracket cannot be read
 * gives no entry; a line whose text is broken gives an entry without its text, so that the
 * validator still checks its name, code, class, scope and level. The caller must not use the
 * entries of a run that reported an error.
 *
 * <p>The file must be UTF-8 without a byte order mark. On a line with bytes that are not text,
 * only the first such byte of each kind is reported, and no problem after it that it may have
 * caused. Lines end with LF or CRLF (Git on Windows turns one into the other; both give the same
 * entries); the last line may lack its line ending. Blank lines, anywhere, are ignored; a file
 * without any other line is an error. Whitespace after the closing quote or bracket is ignored
 * with a warning, as DM never writes it.
 *
 * <p>Lines count from 1; columns count UTF-16 chars of the decoded line from 1, after the byte
 * order mark if there is one.
 */
public final class CatalogueParser {
    private CatalogueParser() {}

    /**
     * Reads {@code content}, the bytes of {@code file}.
     *
     * @param file the file, as the user named it: diagnostics and entries point into it
     * @param content the file's bytes
     * @param diagnostics receives every problem found
     * @return the entries of the lines whose name and bracket could be read, in file order
     */
    public static List<CatalogueEntry> parse(Path file, byte[] content, Diagnostics diagnostics) {
        Objects.requireNonNull(file, "file == null");
        Objects.requireNonNull(content, "content == null");
        Objects.requireNonNull(diagnostics, "diagnostics == null");
        SourceLocation fileStart = new SourceLocation(file, 1, 1);
        int offset = LineDecoder.byteOrderMark(content);
        if (offset > 0) {
            diagnostics.error(fileStart,
                    "file starts with a UTF-8 byte order mark; save it as UTF-8 without BOM");
        }
        List<CatalogueEntry> entries = new ArrayList<>();
        boolean anyLine = false;
        for (int number = 1; offset < content.length; number++) {
            int end = endOfLine(content, offset);
            SourceLocation lineStart = new SourceLocation(file, number, 1);
            LineDecoder.DecodedLine line =
                    LineDecoder.decode(content, offset, end, lineStart, "catalogue", diagnostics);
            offset = end + 1;
            if (isBlank(line.text())) {
                continue;
            }
            anyLine = true;
            if (line.clean()) {
                LineScanner.scan(line.text(), lineStart, diagnostics).ifPresent(entries::add);
            } else {
                scanUpTo(line, lineStart, diagnostics);
            }
        }
        if (!anyLine) {
            diagnostics.error(fileStart, "empty catalogue: no entries");
        }
        return List.copyOf(entries);
    }

    /**
     * Counts the entries of {@code content}, a catalogue that {@link #parse} read without an error:
     * its lines that are not blank. Cheaper than parsing again, and it cannot disagree with the
     * parser, since both ask {@link #isBlank} what a blank line is.
     *
     * @param content the bytes of a valid catalogue
     * @return how many entries {@link #parse} returns for it
     */
    public static int entryCount(byte[] content) {
        Objects.requireNonNull(content, "content == null");
        int entries = 0;
        // A valid catalogue is UTF-8 without a BOM; a CR before the LF is whitespace to isBlank.
        for (String line : new String(content, StandardCharsets.UTF_8).split("\n", -1)) {
            if (!isBlank(line)) {
                entries++;
            }
        }
        return entries;
    }

    /**
     * What a blank line is: nothing but whitespace ({@link Character#isWhitespace}), which takes
     * a form feed or an em space as readily as a space, since none of them can start an entry.
     */
    private static boolean isBlank(String line) {
        return line.isBlank();
    }

    /**
     * Reads a line that did not decode, for its other problems; those past the first bad char are
     * dropped, since they may only be its consequence (a stray CR where a ',' belongs).
     */
    private static void scanUpTo(
            LineDecoder.DecodedLine line, SourceLocation lineStart, Diagnostics diagnostics) {
        Diagnostics scanned = new Diagnostics();
        LineScanner.scan(line.text(), lineStart, scanned);
        for (Diagnostic diagnostic : scanned.all()) {
            if (diagnostic.location().column() <= line.firstProblem()) {
                if (diagnostic.severity() == Severity.ERROR) {
                    diagnostics.error(diagnostic.location(), diagnostic.message());
                } else {
                    diagnostics.warning(diagnostic.location(), diagnostic.message());
                }
            }
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
}
