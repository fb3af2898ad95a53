package io.github.dmerrors.maven.pipeline;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.ErrorLevel;
import io.github.dmerrors.ErrorScope;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A random valid catalogue and the values each entry must have, drawn to be hostile where the
 * format allows it: names of the generated class's members and of the types it names, names
 * differing only in case, letters of any script, codes at the limits, text in any script with
 * invisible characters, escapes, markup and Go verbs, CRLF and LF, blank lines, whitespace after
 * the closing quote. The same seed gives the same catalogue.
 *
 * @param content the catalogue's bytes
 * @param entries what each entry must be, in file order
 * @param extraClasses the classes the build must declare
 * @param warnings how many warnings the catalogue gives
 */
record RandomCatalogue(byte[] content, List<Entry> entries, List<String> extraClasses, int warnings) {
    private static final String[] MEMBER_NAMES = {
        "all", "byCode", "byName", "catalogue", "CATALOGUE", "CATALOGUE_", "entries", "arg1", "arg2", "arg3",
        "hashCode", "toString", "getClass", "equals", "wait", "notify", "clone", "finalize", "Override", "record",
        "yield", "sealed", "permits", "length", "values", "main", "Object", "String", "N".repeat(1000),
    };
    /** Names of types the generated code names: the code must then name them in full. */
    private static final String[] TYPE_NAMES = {
        "DmError", "DmException", "ErrorClass", "ErrorScope", "ErrorLevel", "ErrorCatalogue", "List", "Optional",
        "Stream", "DmErrors", "DmErrorsPart1", "DmErrorsPart2",
    };
    /** Names of the first segment of a package the code names; never together with a type name. */
    private static final String[] PACKAGE_NAMES = {"io", "java", "fuzz"};
    private static final String[] NAME_STARTS = {"Err", "err", "E", "_", "\u0416", "\ud801\udc00", "\u01c5", "\u00e9"};
    private static final String NAME_PARTS = "abcXYZ_019\u00e9\u0436\u4e2d\u0663\u03c9";
    private static final String[] EXTRA_CLASSES = {"storage", "cache.v2", "x-y_z", "9lives"};
    private static final String[] WORDS = {
        "failed", "database", " ", "  ", ",", ":", "[code=1]", "\u00e9t\u00e9", "\u4e2d\u6587", "\ud83d\ude00",
        "\u05e9\u05dc\u05d5\u05dd", "e\u0301", "\u202e", "\u200b", "\ufeff", "\u2028", "\u2029", "\u00ad",
        "\u0007", "\t", "\u007f", "\ue000", "\\n", "\\", "\\\\", "\\u000a", "\\u002a/", "*/", "/*", "$L", "$S",
        "<b>", "&amp;", "@param", "{@code", "}", "'", "`pause-task`", "%%", "%!", "%", "%s", "%d", "%v", "%q",
        "%x", "% X", "% x", "%5.2f", "%-8s", "%*d", "%.*f", "%[1]s", "%[2]d", "%T", "%c", "%U", "%t", "%e",
        "%+v", "%#v", "%o", "%b", "%p", "%[0]d", "%[3]*.[2]*[1]f", "%*/",
    };

    /** One entry as the generated constant must give it back: the texts decoded. */
    record Entry(String name, int code, String errorClass, String scope, String level, String message,
            String workaround) {}

    /** Draws a catalogue of {@code size} entries. */
    static RandomCatalogue draw(SplittableRandom random, int size) {
        boolean typeNames = random.nextBoolean();
        List<String> extras = new ArrayList<>();
        for (String extra : EXTRA_CLASSES) {
            if (random.nextInt(3) == 0) {
                extras.add(extra);
            }
        }
        List<String> classes = new ArrayList<>(ErrorClass.known().stream().map(ErrorClass::name).toList());
        classes.addAll(extras);
        Set<String> names = new HashSet<>();
        Set<Integer> codes = new HashSet<>();
        List<Entry> entries = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int warnings = 0;
        for (int i = 0; i < size; i++) {
            String name = name(random, names, typeNames);
            int code = code(random, codes, i);
            String errorClass = classes.get(random.nextInt(classes.size()));
            String scope = ErrorScope.values()[random.nextInt(ErrorScope.values().length)].toString();
            String level = ErrorLevel.values()[random.nextInt(ErrorLevel.values().length)].toString();
            String message = random.nextInt(4) == 0 ? "" : text(random);
            String workaround = random.nextInt(3) == 0 ? text(random) : "";
            StringBuilder line = new StringBuilder(name).append(",[code=").append(code).append(":class=")
                    .append(errorClass).append(":scope=").append(scope).append(":level=").append(level).append(']');
            if (!message.isEmpty() || !workaround.isEmpty() || random.nextInt(5) > 0) {
                line.append(", \"");
                if (!message.isEmpty() || workaround.isEmpty() || random.nextBoolean()) {
                    line.append("Message: ").append(message).append(workaround.isEmpty() ? "" : ", ");
                }
                line.append(workaround.isEmpty() ? "" : "Workaround: " + workaround).append('"');
            }
            if (random.nextInt(10) == 0) {
                line.append(random.nextBoolean() ? " " : "\t ");
                warnings++;
            }
            entries.add(new Entry(name, code, errorClass, scope, level, decode(message), decode(workaround)));
            out.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
            if (i < size - 1 || random.nextBoolean()) {
                out.writeBytes(random.nextBoolean() ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
            }
            if (i < size - 1 && random.nextInt(8) == 0) {
                out.writeBytes(random.nextBoolean() ? new byte[] {'\n'} : new byte[] {' ', '\t', '\r', '\n'});
            }
        }
        return new RandomCatalogue(out.toByteArray(), entries, extras, warnings);
    }

    private static String name(SplittableRandom random, Set<String> taken, boolean typeNames) {
        while (true) {
            int kind = random.nextInt(10);
            String name;
            if (kind == 0) {
                name = MEMBER_NAMES[random.nextInt(MEMBER_NAMES.length)];
            } else if (kind == 1) {
                name = typeNames ? TYPE_NAMES[random.nextInt(TYPE_NAMES.length)]
                        : PACKAGE_NAMES[random.nextInt(PACKAGE_NAMES.length)];
            } else if (kind == 2 && !taken.isEmpty()) {
                // A name differing only in case from one already drawn.
                String other = taken.iterator().next();
                name = random.nextBoolean() ? other.toUpperCase(Locale.ROOT) : other.toLowerCase(Locale.ROOT);
            } else {
                StringBuilder drawn = new StringBuilder(NAME_STARTS[random.nextInt(NAME_STARTS.length)]);
                for (int n = random.nextInt(12); n > 0; n--) {
                    drawn.append(NAME_PARTS.charAt(random.nextInt(NAME_PARTS.length())));
                }
                name = drawn.toString();
            }
            // No start and part makes a keyword, in any case; "_" alone is one.
            if (!name.equals("_") && taken.add(name)) {
                return name;
            }
        }
    }

    private static int code(SplittableRandom random, Set<Integer> taken, int index) {
        while (true) {
            int code = switch (random.nextInt(4)) {
                case 0 -> 1 + index;
                case 1 -> Integer.MAX_VALUE - random.nextInt(3);
                default -> 1 + random.nextInt(Integer.MAX_VALUE);
            };
            if (taken.add(code)) {
                return code;
            }
        }
    }

    /** A text without a quote, a line break or {@code , Workaround: }, the only things it cannot hold. */
    private static String text(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int n = 1 + random.nextInt(8); n > 0; n--) {
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    /** The catalogue's one escape, read as the format defines it: {@code \n}, left to right. */
    private static String decode(String raw) {
        return raw.replace("\\n", "\n");
    }
}
