package io.github.dmerrors.maven.docs;

import io.github.dmerrors.MessageTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A message template as a reader wants it: the text DM prints around the arguments, with each Go
 * directive replaced by the name of the argument it prints, {@code arg1}, {@code arg2}, … — the
 * names of the typed factory's parameters. {@code %%} reads as the {@code %} it prints; a
 * directive whose index can never be valid ({@code %[0]d}) stays as written.
 *
 * @param parts the text and the placeholders, in order; no two texts in a row, no empty text
 */
record ReadableMessage(List<Part> parts) {
    ReadableMessage {
        parts = List.copyOf(parts);
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof Text text
                    && (text.text().isEmpty() || (i > 0 && parts.get(i - 1) instanceof Text))) {
                throw new IllegalArgumentException("an empty text, or two texts in a row, at part " + i);
            }
        }
    }

    /** A piece of a message: text or a placeholder. */
    sealed interface Part permits Text, Placeholder {}

    /** Text printed as it is. */
    record Text(String text) implements Part {
        Text {
            Objects.requireNonNull(text, "text == null");
        }
    }

    /** Where an argument goes, named like the factory's parameter, for example {@code arg1}. */
    record Placeholder(String name) implements Part {
        Placeholder {
            Objects.requireNonNull(name, "name == null");
        }
    }

    /** Splits {@code template} at its directives. */
    static ReadableMessage of(String template) {
        List<Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int position = 0;
        for (MessageTemplate.Verb verb : MessageTemplate.parse(template).verbs()) {
            appendLiteral(text, template.substring(position, verb.start()));
            if (verb.argumentIndex() < 0) {
                text.append(verb.text());
            } else {
                flush(text, parts);
                parts.add(new Placeholder("arg" + (verb.argumentIndex() + 1)));
            }
            position = verb.end();
        }
        appendLiteral(text, template.substring(position));
        flush(text, parts);
        return new ReadableMessage(parts);
    }

    /** Appends text between directives, where {@code %%} prints one {@code %}. */
    private static void appendLiteral(StringBuilder text, String literal) {
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            text.append(c);
            if (c == '%' && i + 1 < literal.length() && literal.charAt(i + 1) == '%') {
                i++;
            }
        }
    }

    private static void flush(StringBuilder text, List<Part> parts) {
        if (!text.isEmpty()) {
            parts.add(new Text(text.toString()));
            text.setLength(0);
        }
    }
}
