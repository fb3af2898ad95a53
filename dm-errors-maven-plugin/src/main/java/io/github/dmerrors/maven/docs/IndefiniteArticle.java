package io.github.dmerrors.maven.docs;

import java.util.Locale;
import java.util.Set;

/**
 * Chooses "a" or "an" for a word of a catalogue, such as a class name, by how it is read aloud:
 * "an order error", "a unit error", "an 8-bit error". Class names are the user's, so the choice
 * cannot be written into the text.
 */
final class IndefiniteArticle {
    /** Words that start with a vowel letter but a consonant sound ("a unit", "a one-off"). */
    private static final Set<String> CONSONANT_SOUNDS = Set.of("uni", "use", "usa", "usu", "uti", "ure", "eu", "one");

    private IndefiniteArticle() {}

    /** Returns {@code word} after its article: {@code "an order"}. */
    static String before(String word) {
        return (takesAn(word) ? "an " : "a ") + word;
    }

    private static boolean takesAn(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            return false;
        }
        char first = lower.charAt(0);
        if (Character.isDigit(first)) {
            // Read as a number: "an 8", "an 11", "an 18000"; "a 1", "a 110".
            int digits = 0;
            while (digits < lower.length() && Character.isDigit(lower.charAt(digits))) {
                digits++;
            }
            return first == '8' || (lower.startsWith("11") || lower.startsWith("18")) && digits % 3 == 2;
        }
        if ("aeiou".indexOf(first) < 0) {
            return false;
        }
        return CONSONANT_SOUNDS.stream().noneMatch(lower::startsWith);
    }
}
