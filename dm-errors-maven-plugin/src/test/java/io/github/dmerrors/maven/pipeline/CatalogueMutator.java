package io.github.dmerrors.maven.pipeline;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Damages catalogue bytes as an editor, a bad merge or a cut download would: deletes, inserts,
 * duplicates or flips bytes, swaps, duplicates or drops lines, truncates. Inserts favour what the
 * format is made of (separators, quotes, line ends, signs, verbs) and what it must refuse (NUL,
 * invalid UTF-8, CR), so that most damage lands where the parser has decisions to make.
 */
final class CatalogueMutator {
    private static final List<byte[]> TOKENS = tokens(
            ",", "[", "]", ":", "=", "\"", "\n", "\r", "\r\n", " ", "\t", "%", "\\", "\\n", "0", "9", "-", "+",
            "a", "Z", "_", "$", "\u00e9", "\u202e", "\u2028", "\u200b", "\0", "code=", ":class=", ":scope=",
            ":level=", ", \"Message: ", ", Workaround: ", "Message: ", "%s", "%d", "% X", "%*d", "%[300]s",
            "%[2]d", "*/", "\\u000a", "ErrDBBadConn", "database", "internal", "high", "io", "DmError", "List");
    private static final byte[][] RAW = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xE2, (byte) 0x82}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}};

    private CatalogueMutator() {}

    /** Returns {@code content} with one random piece of damage; {@code content} is left as it is. */
    static byte[] mutate(byte[] content, SplittableRandom random) {
        if (content.length == 0) {
            return token(random);
        }
        int at = random.nextInt(content.length);
        return switch (random.nextInt(10)) {
            case 0 -> splice(content, at, at + 1, new byte[0]);
            case 1, 2 -> splice(content, at, at, token(random));
            case 3 -> splice(content, at, at + 1, token(random));
            case 4 -> {
                int end = Math.min(content.length, at + 1 + random.nextInt(20));
                yield splice(content, at, at, Arrays.copyOfRange(content, at, end));
            }
            case 5 -> {
                byte[] flipped = content.clone();
                flipped[at] ^= (byte) (1 << random.nextInt(8));
                yield flipped;
            }
            case 6 -> Arrays.copyOf(content, at);
            default -> lines(content, random);
        };
    }

    /** Swaps, duplicates or drops a whole line. */
    private static byte[] lines(byte[] content, SplittableRandom random) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                lines.add(Arrays.copyOfRange(content, start, Math.min(content.length, i + 1)));
                start = i + 1;
            }
        }
        int first = random.nextInt(lines.size());
        int second = random.nextInt(lines.size());
        switch (random.nextInt(3)) {
            case 0 -> {
                byte[] swapped = lines.get(first);
                lines.set(first, lines.get(second));
                lines.set(second, swapped);
            }
            case 1 -> lines.add(second, lines.get(first));
            default -> lines.remove(first);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 256);
        lines.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static byte[] token(SplittableRandom random) {
        return random.nextInt(6) == 0 ? RAW[random.nextInt(RAW.length)] : TOKENS.get(random.nextInt(TOKENS.size()));
    }

    private static byte[] splice(byte[] content, int from, int to, byte[] insert) {
        byte[] spliced = new byte[content.length - (to - from) + insert.length];
        System.arraycopy(content, 0, spliced, 0, from);
        System.arraycopy(insert, 0, spliced, from, insert.length);
        System.arraycopy(content, to, spliced, from + insert.length, content.length - to);
        return spliced;
    }

    private static List<byte[]> tokens(String... tokens) {
        return Arrays.stream(tokens).map(token -> token.getBytes(StandardCharsets.UTF_8)).toList();
    }
}
