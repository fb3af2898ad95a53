package io.github.dmerrors;

import java.util.Map;

/**
 * The Java classes of the corpus's arguments that the Go program has stand-ins for, and the Go
 * names of those stand-ins, which Go's output holds where Java prints the class name.
 */
final class CorpusTypes {
    private CorpusTypes() {}

    /** The records the Go program has as structs of the same field names. */
    record Pt(long x, String y) {}

    /** A record holding any value; its component is exported in Go, so Go calls its methods. */
    record Box(Object V) {}

    /** A record without components. */
    record Empty() {}

    /** A record of several component types. */
    record Mix(int n, double f, boolean ok, byte[] raw, String s) {}

    /** An object that is neither a record nor an error: a Go {@code Stringer}. */
    static final class Text {
        private final String text;

        Text(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** An enum: a Go {@code Stringer} too. */
    enum Color {
        RED,
        GREEN,
        BLUE
    }

    /**
     * The Go names of the types standing for Java classes, as {@code %T} and reports of bad verbs
     * print them, and the Java class names MessageTemplate prints instead, as its table says.
     */
    static final Map<String, String> JAVA_NAMES = Map.of(
            "main.Pt", Pt.class.getName(),
            "main.Box", Box.class.getName(),
            "main.Empty", Empty.class.getName(),
            "main.Mix", Mix.class.getName(),
            "main.Err", IllegalStateException.class.getName(),
            "main.Text", Text.class.getName(),
            "main.Color", Color.class.getName(),
            "*terror.Error", DmException.class.getName());

    /** Replaces the Go names of the stand-in types in Go's output with the Java class names. */
    static String withJavaNames(String goOutput) {
        String text = goOutput;
        for (Map.Entry<String, String> name : JAVA_NAMES.entrySet()) {
            text = text.replace(name.getKey(), name.getValue());
        }
        return text;
    }
}
