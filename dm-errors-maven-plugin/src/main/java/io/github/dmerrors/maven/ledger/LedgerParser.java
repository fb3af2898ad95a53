package io.github.dmerrors.maven.ledger;

import io.github.dmerrors.maven.diagnostic.Diagnostics;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a ledger file (the format is described on {@link Ledger}) and reports every line that is
 * not in it, every line out of code order, and every history that cannot have happened.
 *
 * <p>The format is strict, since only {@code record} writes it: one space between fields, no
 * blank line, UTF-8 without a byte order mark. A line may end with CRLF, which Git on Windows
 * may have made of its LF. Codes out of order and repeated events are what a union merge leaves:
 * read, and the ledger marked as not canonical.
 */
final class LedgerParser {
    private LedgerParser() {}

    /**
     * Reads {@code content}, the bytes of {@code file}.
     *
     * @param file the ledger file, as the user named it: diagnostics point into it
     * @param content the file's bytes
     * @param diagnostics receives every problem found
     * @return the ledger, with the events of the valid lines
     */
    static Ledger parse(Path file, byte[] content, Diagnostics diagnostics) {
        Objects.requireNonNull(file, "file == null");
        Objects.requireNonNull(diagnostics, "diagnostics == null");
        List<String> lines = new ArrayList<>();
        List<RecordedEvent> events = new ArrayList<>();
        int previousCode = 0;
        boolean sorted = true;
        int start = 0;
        if (content.length >= 3
                && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB && content[2] == (byte) 0xBF) {
            diagnostics.error(new SourceLocation(file, 1, 1),
                    "file starts with a UTF-8 byte order mark; a ledger has none");
            start = 3;
        }
        for (int number = 1; start < content.length; number++) {
            int end = start;
            while (end < content.length && content[end] != '\n') {
                end++;
            }
            int textEnd = end > start && content[end - 1] == '\r' ? end - 1 : end;
            SourceLocation at = new SourceLocation(file, number, 1);
            Optional<String> decoded = decode(content, start, textEnd);
            lines.add(decoded.orElseGet(String::new));
            start = end + 1;
            if (decoded.isEmpty()) {
                diagnostics.error(at, "line is not valid UTF-8");
                continue;
            }
            String line = decoded.get();
            if (line.isEmpty()) {
                diagnostics.error(at, "blank line; a ledger has one event a line and no blank line");
                continue;
            }
            if (Ledger.isComment(line)) {
                continue;
            }
            Optional<LedgerEvent> event = LineReader.read(line, at, diagnostics);
            if (event.isPresent()) {
                int code = event.get().code();
                sorted &= code >= previousCode;
                previousCode = Math.max(previousCode, code);
                events.add(new RecordedEvent(event.get(), at));
            }
        }
        List<RecordedEvent> repeated = LedgerHistory.replay(events, diagnostics).repeated();
        events.removeAll(repeated);
        return new Ledger(file, lines, events, sorted && repeated.isEmpty());
    }

    /** Returns the text of bytes {@code start} to {@code end}, or empty if they are not UTF-8. */
    private static Optional<String> decode(byte[] content, int start, int end) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, end - start))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
