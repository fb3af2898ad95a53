package io.github.dmerrors.maven.output;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns an owner id (any non-empty string, typically a Maven execution id) into the stem of its
 * manifest's file name, such that two different owners never share a file, not even on a
 * case-insensitive file system.
 *
 * <p>Lowercase ASCII letters, digits, {@code -} and {@code _} stay as they are; every other byte
 * of the id's UTF-8 form becomes {@code %XX} with uppercase hex digits. The mapping is injective
 * and stays injective under case folding, because kept characters are never uppercase and escapes
 * use uppercase hex digits only; it never yields a dot, so {@code .}, {@code ..} and extensions are
 * impossible.
 * A stem naming a Windows device ({@code con}, {@code nul}, …) gets its first character escaped;
 * a stem longer than {@value #MAX_LENGTH} characters is cut and completed with a digest of the id,
 * so that file names stay far below the usual 255-byte limit.
 */
final class OwnerFileName {
    static final int MAX_LENGTH = 64;

    private static final int KEPT_PREFIX = 40;
    private static final int DIGEST_LENGTH = 16;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final Pattern WINDOWS_DEVICE =
            Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");

    private OwnerFileName() {}

    /** Returns the file-name stem for {@code owner}. */
    static String of(String owner) {
        Objects.requireNonNull(owner, "owner == null");
        if (owner.isEmpty()) {
            throw new IllegalArgumentException("owner id is empty");
        }
        byte[] utf8 = owner.getBytes(StandardCharsets.UTF_8);
        StringBuilder stem = new StringBuilder();
        for (byte b : utf8) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
                stem.append((char) c);
            } else {
                stem.append(escaped(c));
            }
        }
        if (WINDOWS_DEVICE.matcher(stem).matches()) {
            stem.replace(0, 1, escaped(stem.charAt(0)));
        }
        if (stem.length() > MAX_LENGTH) {
            int cut = KEPT_PREFIX;
            // Never split a %XX escape, so that the kept part still reads back.
            for (int i = KEPT_PREFIX - 2; i < KEPT_PREFIX; i++) {
                if (stem.charAt(i) == '%') {
                    cut = i;
                }
            }
            stem.setLength(cut);
            stem.append('~').append(Sha256.hex(utf8), 0, DIGEST_LENGTH);
        }
        return stem.toString();
    }

    private static String escaped(int c) {
        return "%" + HEX[c >> 4] + HEX[c & 0xf];
    }
}
