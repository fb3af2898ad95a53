package io.github.dmerrors.maven.model;

import java.util.Optional;
import javax.lang.model.SourceVersion;

/**
 * Says why a package or class name the user configured is not one Java accepts, naming the part
 * at fault: {@code 'acme-errors' contains '-'} is a fix, "not a valid package name" a riddle.
 */
final class JavaIdentifiers {
    private JavaIdentifiers() {}

    /** Returns why {@code name} is not a valid package name, or empty if it is one. */
    static Optional<String> packageProblem(String name) {
        if (name.isEmpty()) {
            return Optional.of("it is empty");
        }
        for (String segment : name.split("\\.", -1)) {
            if (segment.isEmpty()) {
                return Optional.of("it has an empty segment (a '.' at the start or end, or two together)");
            }
            Optional<String> problem = identifierProblem(segment);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /**
     * Returns why {@code name} is not a valid simple class name, or empty if it is one. A
     * {@code $} is refused too: Java allows it, but the compiler uses it to name nested classes.
     */
    static Optional<String> classProblem(String name) {
        if (name.isEmpty()) {
            return Optional.of("it is empty");
        }
        if (name.contains(".")) {
            return Optional.of("a simple name has no '.'; the package goes in packageName");
        }
        Optional<String> problem = identifierProblem(name);
        if (problem.isEmpty() && name.contains("$")) {
            return Optional.of("'" + name + "' contains '$', which javac reserves for nested classes");
        }
        return problem;
    }

    private static Optional<String> identifierProblem(String word) {
        if (SourceVersion.isKeyword(word)) {
            String kind = word.equals("true") || word.equals("false") || word.equals("null")
                    ? "a Java literal" : "a Java keyword";
            return Optional.of("'" + word + "' is " + kind);
        }
        int first = word.codePointAt(0);
        if (!Character.isJavaIdentifierStart(first)) {
            return Optional.of("'" + word + "' starts with " + describe(first)
                    + ", not allowed at the start of a Java identifier");
        }
        for (int i = 0; i < word.length(); i += Character.charCount(word.codePointAt(i))) {
            int c = word.codePointAt(i);
            if (!Character.isJavaIdentifierPart(c)) {
                return Optional.of("'" + word + "' contains " + describe(c) + ", not allowed in a Java identifier");
            }
        }
        return Optional.empty();
    }

    /** Quotes a visible character; names a blank or invisible one by its code point. */
    private static String describe(int c) {
        return Character.isWhitespace(c) || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                ? String.format("U+%04X", c)
                : "'" + Character.toString(c) + "'";
    }
}
