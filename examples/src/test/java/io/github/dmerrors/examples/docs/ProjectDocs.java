package io.github.dmerrors.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The Markdown files a newcomer reads, in the checkout that holds this module, and the Maven
 * commands they show.
 */
final class ProjectDocs {
    /** The checkout's root, which surefire passes as {@code repository.root}. */
    static final Path ROOT = Path.of(Objects.requireNonNull(System.getProperty("repository.root"),
            "repository.root is not set: run the tests through Maven")).toAbsolutePath().normalize();

    private static final List<String> SWITCH_PREFIXES =
            List.of("-Ddm-errors.", "-Dfuzz.", "-Dcrash.", "-Dgolden.", "-Dio.github.dmerrors.");
    private static final List<String> LANGUAGES = List.of("sh", "shell", "bash", "console", "yaml");

    private ProjectDocs() {}

    /** README.md, ARCHITECTURE.md, CONTRIBUTING.md, BENCHMARKS.md and every page of docs/. */
    static List<MarkdownFile> files() {
        List<Path> paths = new ArrayList<>(Stream.of("README.md", "ARCHITECTURE.md", "CONTRIBUTING.md", "BENCHMARKS.md")
                .map(ROOT::resolve)
                .toList());
        try (Stream<Path> pages = Files.list(ROOT.resolve("docs"))) {
            pages.filter(page -> page.toString().endsWith(".md")).sorted().forEach(paths::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paths.stream().map(MarkdownFile::read).toList();
    }

    /**
     * The Maven commands of the shell (and CI YAML) code blocks: one item per command, its
     * continuation lines joined, a trailing {@code # comment} and a pipe's consumer dropped.
     */
    static List<ShownCommand> blockCommands() {
        List<ShownCommand> commands = new ArrayList<>();
        for (MarkdownFile file : files()) {
            for (MarkdownFile.CodeBlock block : file.blocks()) {
                if (LANGUAGES.contains(block.language())) {
                    commands.addAll(commandsOf(file, block));
                }
            }
        }
        return commands;
    }

    /** The Maven commands of the code spans in the prose and tables, such as {@code mvn dm-errors:record}. */
    static List<ShownCommand> spanCommands() {
        List<ShownCommand> commands = new ArrayList<>();
        for (MarkdownFile file : files()) {
            for (String span : file.codeSpans()) {
                if (span.startsWith("mvn ")) {
                    commands.add(new ShownCommand(span.replace("…", "").strip(), where(file, 0)));
                }
            }
        }
        return commands;
    }

    /**
     * The switches of the project's own that the prose and tables name, such as
     * {@code -Dfuzz.tries=N}, each as a command of its own.
     */
    static List<ShownCommand> spanSwitches() {
        List<ShownCommand> switches = new ArrayList<>();
        for (MarkdownFile file : files()) {
            for (String span : file.codeSpans()) {
                if (SWITCH_PREFIXES.stream().anyMatch(span::startsWith)) {
                    switches.add(new ShownCommand("mvn " + span.replace("…", "").strip(), where(file, 0)));
                }
            }
        }
        return switches;
    }

    private static List<ShownCommand> commandsOf(MarkdownFile file, MarkdownFile.CodeBlock block) {
        List<ShownCommand> commands = new ArrayList<>();
        StringBuilder command = new StringBuilder();
        for (String line : block.lines()) {
            String text = line.strip();
            int comment = text.indexOf(" #");
            if (comment >= 0 && !text.startsWith("#")) {
                text = text.substring(0, comment).strip();
            }
            boolean continues = text.endsWith("\\");
            command.append(continues ? text.substring(0, text.length() - 1).strip() + " " : text);
            if (!continues) {
                String shown = maven(command.toString());
                if (shown.startsWith("mvn ")) {
                    commands.add(new ShownCommand(shown, where(file, block.line())));
                }
                command.setLength(0);
            }
        }
        return commands;
    }

    /**
     * The Maven command of a line as a shell or a CI system runs it: without a YAML list marker
     * ({@code - mvn …}) or step key ({@code run: mvn …}), and without what a pipe feeds its output to.
     */
    private static String maven(String line) {
        String command = line;
        if (command.startsWith("- ")) {
            command = command.substring(2).strip();
        }
        if (command.startsWith("run: ")) {
            command = command.substring(5).strip();
        }
        int pipe = command.indexOf(" | ");
        return pipe < 0 ? command : command.substring(0, pipe).strip();
    }

    private static String where(MarkdownFile file, int line) {
        String name = ROOT.relativize(file.path()).toString();
        return line > 0 ? name + ":" + line : name;
    }
}
