package io.github.dmerrors.maven.catalogue;

import io.github.dmerrors.maven.diagnostic.Diagnostics;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of one line of a catalogue or a guide as UTF-8 and reports what cannot be
 * text: invalid UTF-8, a NUL byte, a carriage return that does not end the line. Each kind is
 * reported once a line, at its first occurrence: a file saved in another charset would otherwise
 * flood the build with one error per accented letter.
 *
 * <p>A CR right before the LF is dropped, so that a file whose line endings Git turned into CRLF
 * reads exactly like the original.
 */
public final class LineDecoder {
    private LineDecoder() {}

    /**
     * Returns how many bytes of {@code content} are a UTF-8 byte order mark: 3 if it starts with
     * one, otherwise 0. A text file of this plugin must not have one, so the caller reports it.
     */
    public static int byteOrderMark(byte[] content) {
        return content.length >= 3
                && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB && content[2] == (byte) 0xBF ? 3 : 0;
    }

    /**
     * Decodes {@code content[start, end)}, a line without its LF; undecodable bytes become
     * U+FFFD so that the columns of the rest of the line stay right.
     *
     * @param kind what the file is, {@code catalogue} or {@code guide}, as a message names it
     */
    public static DecodedLine decode(byte[] content, int start, int end, SourceLocation lineStart, String kind,
            Diagnostics diagnostics) {
        int length = end - start;
        if (length > 0 && content[end - 1] == '\r') {
            length--;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, length);
        // UTF-8 never decodes to more chars than bytes, and each bad sequence is at least a byte.
        CharBuffer out = CharBuffer.allocate(length);
        int firstProblem = -1;
        CoderResult result = decoder.decode(in, out, true);
        while (result.isError()) {
            if (firstProblem < 0) {
                firstProblem = out.position();
                String hex = String.format("0x%02X", in.get(in.position()) & 0xFF);
                diagnostics.error(lineStart.atColumn(firstProblem + 1),
                        "invalid UTF-8 byte " + hex + "; save the file as UTF-8");
            }
            out.put('\uFFFD');
            in.position(in.position() + result.length());
            result = decoder.decode(in, out, true);
        }
        if (result.isOverflow()) {
            throw new IllegalStateException("decoded line longer than its bytes");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        firstProblem = earliest(firstProblem, reportFirst(text, '\0',
                "unexpected NUL byte (0x00); a " + kind + " is text", lineStart, diagnostics));
        firstProblem = earliest(firstProblem, reportFirst(text, '\r',
                "carriage return inside the line; lines end with LF or CRLF", lineStart, diagnostics));
        return new DecodedLine(text, firstProblem);
    }

    /** Reports the first {@code c} in {@code text}; returns its index, or -1 if there is none. */
    private static int reportFirst(
            String text, char c, String message, SourceLocation lineStart, Diagnostics diagnostics) {
        int index = text.indexOf(c);
        if (index >= 0) {
            diagnostics.error(lineStart.atColumn(index + 1), message);
        }
        return index;
    }

    private static int earliest(int index, int other) {
        return index < 0 || (other >= 0 && other < index) ? other : index;
    }

    /**
     * A decoded line.
     *
     * @param text the line, without its line ending
     * @param firstProblem the index in {@code text} of the first char that is not valid text, or
     *     -1 if there is none
     */
    public record DecodedLine(String text, int firstProblem) {
        /** Tells whether the line decoded without a problem; a line that did not is never an entry. */
        public boolean clean() {
            return firstProblem < 0;
        }
    }
}
