package io.github.dmerrors.maven.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits catalogue text into what Markdown shows differently: runs of plain text, code spans and
 * line breaks. DM marks option names with a pair of single backticks ({@code `pause-task`}); such
 * a pair on one line becomes a code span, a message's placeholder inside it included, so that
 * {@code `%s`} reads as the code {@code {arg1}}. A backtick without a partner, or in a run of
 * several, stays plain text, for the renderer to escape. A placeholder outside a pair is a code
 * span of its own.
 */
final class InlineTokens {
    private InlineTokens() {}

    /** A piece of inline Markdown to render. */
    sealed interface Token permits Plain, Code, Break {}

    /** Text to show as it is, once escaped. */
    record Plain(String text) implements Token {}

    /** Text to show as code. */
    record Code(String text) implements Token {}

    /** A line break inside the text. */
    record Break() implements Token {}

    /** One code point of the text, or a placeholder. */
    private record Atom(int codePoint, String placeholder) {
        boolean is(int c) {
            return placeholder == null && codePoint == c;
        }

        String text() {
            return placeholder != null ? "{" + placeholder + "}" : Character.toString(codePoint);
        }
    }

    static List<Token> of(List<ReadableMessage.Part> parts) {
        List<Atom> atoms = new ArrayList<>();
        for (ReadableMessage.Part part : parts) {
            if (part instanceof ReadableMessage.Text text) {
                text.text().codePoints().forEach(c -> atoms.add(new Atom(c, null)));
            } else if (part instanceof ReadableMessage.Placeholder placeholder) {
                atoms.add(new Atom(0, placeholder.name()));
            }
        }
        List<Token> tokens = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= atoms.size(); i++) {
            if (i == atoms.size() || atoms.get(i).is('\n')) {
                line(atoms.subList(lineStart, i), tokens);
                if (i < atoms.size()) {
                    tokens.add(new Break());
                }
                lineStart = i + 1;
            }
        }
        return tokens;
    }

    private static void line(List<Atom> line, List<Token> tokens) {
        List<Integer> backticks = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            if (isSingleBacktick(line, i)) {
                backticks.add(i);
            }
        }
        StringBuilder plain = new StringBuilder();
        int pair = 0;
        for (int i = 0; i < line.size(); i++) {
            Atom atom = line.get(i);
            if (pair + 1 < backticks.size() && backticks.get(pair) == i) {
                int close = backticks.get(pair + 1);
                flush(plain, tokens);
                tokens.add(new Code(text(line.subList(i + 1, close))));
                pair += 2;
                i = close;
            } else if (atom.placeholder() != null) {
                flush(plain, tokens);
                tokens.add(new Code(atom.text()));
            } else {
                plain.appendCodePoint(atom.codePoint());
            }
        }
        flush(plain, tokens);
    }

    /** A backtick that is not part of a longer run, which Markdown would read as another fence. */
    private static boolean isSingleBacktick(List<Atom> line, int i) {
        return line.get(i).is('`')
                && (i == 0 || !line.get(i - 1).is('`'))
                && (i + 1 == line.size() || !line.get(i + 1).is('`'));
    }

    private static String text(List<Atom> atoms) {
        StringBuilder text = new StringBuilder();
        atoms.forEach(atom -> text.append(atom.text()));
        return text.toString();
    }

    private static void flush(StringBuilder plain, List<Token> tokens) {
        if (!plain.isEmpty()) {
            tokens.add(new Plain(plain.toString()));
            plain.setLength(0);
        }
    }
}
