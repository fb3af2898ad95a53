package io.github.dmerrors.examples.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * A Maven command as a doc shows it.
 *
 * @param text the command, on one line
 * @param where the doc and line that show it, for failure messages
 */
record ShownCommand(String text, String where) {
    /** Switches that change how Maven reports, not what it runs. */
    private static final List<String> OUTPUT_ONLY = List.of("-B", "-q");

    /** The words of the command as a shell splits them: at spaces, except inside quotes. */
    List<String> words() {
        return words(text);
    }

    /** The words that say what runs: without {@code mvn} and the switches that only change the output. */
    List<String> whatRuns() {
        return whatRuns(text);
    }

    static List<String> whatRuns(String command) {
        List<String> words = new ArrayList<>(words(command));
        if (!words.isEmpty() && words.get(0).equals("mvn")) {
            words.remove(0);
        }
        words.removeAll(OUTPUT_ONLY);
        return words;
    }

    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        for (char c : command.toCharArray()) {
            if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            } else if (c == ' ' && quote == 0) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }
}
