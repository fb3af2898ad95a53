package io.github.dmerrors.maven.output;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one owner wrote: the fingerprint of its inputs and the SHA-256 of each file.
 *
 * <p>Stored as UTF-8 text, every line ending in {@code \n}, with no variable part but the data, so
 * that the same run always yields the same bytes:
 * <pre>
 * dm-errors manifest 1
 * fingerprint &lt;fingerprint&gt;
 * &lt;64 lowercase hex digits&gt;  &lt;relative/path&gt;
 * …
 * </pre>
 * File lines are sorted by path ({@link String#compareTo}, not the locale's collation) and the path
 * is the rest of the line after two spaces, so it may contain spaces. {@link #parse} accepts only
 * exactly this form; anything else is corrupt.
 *
 * @param fingerprint the caller's digest of all inputs; no control characters
 * @param hashes each file's SHA-256 by relative path; iterates sorted by path
 */
record Manifest(String fingerprint, Map<String, String> hashes) {
    private static final String HEADER = "dm-errors manifest 1";
    private static final String FINGERPRINT = "fingerprint ";
    private static final String SEPARATOR = "  ";

    Manifest {
        Objects.requireNonNull(fingerprint, "fingerprint == null");
        fingerprintProblem(fingerprint).ifPresent(problem -> {
            throw new IllegalArgumentException("fingerprint " + problem);
        });
        TreeMap<String, String> sorted = new TreeMap<>();
        // putAll, not the copy constructor, which would keep a sorted argument's comparator.
        sorted.putAll(hashes);
        sorted.forEach((path, hash) -> {
            RelativePaths.problem(path).ifPresent(problem -> {
                throw new IllegalArgumentException("path " + problem + ": " + path);
            });
            if (!Sha256.isHex(hash)) {
                throw new IllegalArgumentException("not a SHA-256: " + hash);
            }
        });
        hashes = Collections.unmodifiableSortedMap(sorted);
    }

    /** Returns why {@code fingerprint} cannot be recorded, or empty if it can. */
    static Optional<String> fingerprintProblem(String fingerprint) {
        if (fingerprint.isEmpty()) {
            return Optional.of("is empty");
        }
        if (fingerprint.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("contains a control character");
        }
        return Optional.empty();
    }

    /** Returns the manifest's bytes, as described in the class comment. */
    byte[] toBytes() {
        StringBuilder text = new StringBuilder();
        text.append(HEADER).append('\n');
        text.append(FINGERPRINT).append(fingerprint).append('\n');
        for (Map.Entry<String, String> file : hashes.entrySet()) {
            text.append(file.getValue()).append(SEPARATOR).append(file.getKey()).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads bytes written by {@link #toBytes}; returns empty if they are anything else: bad UTF-8,
     * an unknown header, a bad hash, a path that is not a valid relative path (such as
     * {@code ../x}), unsorted or repeated paths, a missing final newline.
     */
    static Optional<Manifest> parse(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        if (!text.endsWith("\n")) {
            return Optional.empty();
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        if (lines.length < 2 || !lines[0].equals(HEADER) || !lines[1].startsWith(FINGERPRINT)) {
            return Optional.empty();
        }
        String fingerprint = lines[1].substring(FINGERPRINT.length());
        if (fingerprintProblem(fingerprint).isPresent()) {
            return Optional.empty();
        }
        TreeMap<String, String> hashes = new TreeMap<>();
        String previous = "";
        for (int i = 2; i < lines.length; i++) {
            String line = lines[i];
            int pathStart = Sha256.HEX_LENGTH + SEPARATOR.length();
            if (line.length() <= pathStart || !line.startsWith(SEPARATOR, Sha256.HEX_LENGTH)) {
                return Optional.empty();
            }
            String hash = line.substring(0, Sha256.HEX_LENGTH);
            String path = line.substring(pathStart);
            boolean sortedAndUnique = path.compareTo(previous) > 0;
            boolean valid = Sha256.isHex(hash) && RelativePaths.problem(path).isEmpty();
            if (!valid || !sortedAndUnique) {
                return Optional.empty();
            }
            hashes.put(path, hash);
            previous = path;
        }
        return Optional.of(new Manifest(fingerprint, hashes));
    }
}
