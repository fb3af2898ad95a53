package io.github.dmerrors.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks that what a shown Maven command names exists in the checkout: the plugin's goals and
 * {@code -Ddm-errors.*} properties (read from the Mojos' sources), the plugin's version, profiles,
 * modules, test classes, integration tests, the switches the tests read and the runtime's system
 * properties.
 */
final class CommandNames {
    private static final Pattern PLUGIN_GOAL = Pattern.compile("io\\.github\\.dmerrors:dm-errors-maven-plugin:([^:]+):(\\S+)");
    private static final Pattern PREFIX_GOAL = Pattern.compile("dm-errors:(\\S+)");
    private static final Pattern MOJO = Pattern.compile("@Mojo\\(name = \"([^\"]+)\"");
    private static final Pattern PROPERTY = Pattern.compile("property = \"(dm-errors\\.[^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("<artifactId>dm-errors-parent</artifactId>\\s*<version>([^<]+)</version>");
    /** Maven's and its plugins' own switches that the docs use. */
    private static final Set<String> MAVEN_PROPERTIES =
            Set.of("skipTests", "detail", "exec.args", "surefire.failIfNoSpecifiedTests", "forceStdout",
                    "altDeploymentRepository");
    /** Switches read by the project's tests (a test source names each in a string literal). */
    private static final List<String> TEST_SWITCH_PREFIXES = List.of("fuzz.", "crash.", "golden.");

    private final Path root;
    private final Set<String> goals = new TreeSet<>(Set.of("help"));
    private final Set<String> properties = new TreeSet<>();
    private final String version;
    private final List<String> testSources = new ArrayList<>();
    private final List<String> runtimeSources;

    CommandNames(Path root) {
        this.root = root;
        for (String source : sources(root.resolve("dm-errors-maven-plugin/src/main/java"))) {
            MOJO.matcher(source).results().forEach(mojo -> goals.add(mojo.group(1)));
            PROPERTY.matcher(source).results().forEach(property -> properties.add(property.group(1)));
        }
        Matcher version = VERSION.matcher(read(root.resolve("pom.xml")));
        this.version = version.find() ? version.group(1) : "(none)";
        runtimeSources = sources(root.resolve("dm-errors-runtime/src/main/java"));
        for (String module : List.of("dm-errors-runtime", "dm-errors-maven-plugin", "examples")) {
            testSources.addAll(sources(root.resolve(module).resolve("src/test/java")));
        }
    }

    /** The problems of one command, none if everything it names exists. */
    List<String> problems(ShownCommand command, boolean checkModules) {
        List<String> problems = new ArrayList<>();
        List<String> words = command.words();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            Matcher full = PLUGIN_GOAL.matcher(word);
            Matcher prefixed = PREFIX_GOAL.matcher(word);
            if (full.matches()) {
                if (!full.group(1).equals(version)) {
                    problems.add("plugin version " + full.group(1) + " is not the project's, " + version);
                }
                goal(full.group(2), problems);
            } else if (prefixed.matches()) {
                goal(prefixed.group(1), problems);
            } else if (word.startsWith("-P")) {
                profile(word.substring(2), problems);
            } else if (word.equals("-pl") && checkModules && i + 1 < words.size()) {
                for (String module : words.get(i + 1).split(",")) {
                    if (!Files.isRegularFile(root.resolve(module).resolve("pom.xml"))) {
                        problems.add("no module " + module);
                    }
                }
            } else if (word.startsWith("-D")) {
                String name = word.substring(2).split("=", 2)[0];
                String value = word.contains("=") ? word.substring(word.indexOf('=') + 1) : "";
                property(name, value, problems);
            }
        }
        return problems;
    }

    private void goal(String goal, List<String> problems) {
        if (!goals.contains(goal)) {
            problems.add("the plugin has no goal " + goal + "; it has " + goals);
        }
    }

    private void profile(String id, List<String> problems) {
        Pattern declared = Pattern.compile("<profile>\\s*(<!--.*?-->\\s*)*<id>" + Pattern.quote(id) + "</id>", Pattern.DOTALL);
        boolean found = Stream.of("pom.xml", "dm-errors-runtime/pom.xml", "dm-errors-maven-plugin/pom.xml",
                        "examples/pom.xml", "benchmarks/pom.xml")
                .anyMatch(pom -> declared.matcher(read(root.resolve(pom))).find());
        if (!found) {
            problems.add("no POM declares the profile " + id);
        }
    }

    private void property(String name, String value, List<String> problems) {
        if (name.startsWith("dm-errors.")) {
            if (!properties.contains(name)) {
                problems.add("no goal reads " + name + "; the plugin's properties are " + properties);
            }
        } else if (name.startsWith("io.github.dmerrors.")) {
            if (runtimeSources.stream().noneMatch(source -> source.contains("\"" + name + "\""))) {
                problems.add("the runtime reads no system property " + name);
            }
        } else if (TEST_SWITCH_PREFIXES.stream().anyMatch(name::startsWith)) {
            if (testSources.stream().noneMatch(source -> source.contains("\"" + name + "\""))) {
                problems.add("no test reads the switch " + name);
            }
        } else if (name.equals("test")) {
            for (String test : value.split(",")) {
                String className = test.split("#", 2)[0];
                if (testSources.stream().noneMatch(source -> source.contains("class " + className + " "))) {
                    problems.add("no test class " + className);
                }
            }
        } else if (name.equals("invoker.test")) {
            for (String pattern : value.split(",")) {
                if (integrationTests().stream().noneMatch(glob(pattern)::matches)) {
                    problems.add("no integration test matches " + pattern);
                }
            }
        } else if (name.equals("jmh.args")) {
            if (!read(root.resolve("benchmarks/pom.xml")).contains("${jmh.args}")) {
                problems.add("the benchmarks no longer read jmh.args");
            }
        } else if (!MAVEN_PROPERTIES.contains(name)) {
            problems.add("unknown property " + name + ": neither the plugin's, a test's nor one of " + MAVEN_PROPERTIES);
        }
    }

    private List<Path> integrationTests() {
        try (Stream<Path> directories = Files.list(root.resolve("dm-errors-maven-plugin/src/it"))) {
            return directories.filter(directory -> Files.exists(directory.resolve("invoker.properties")))
                    .map(Path::getFileName)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> sources(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".java")).map(CommandNames::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PathMatcher glob(String pattern) {
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    }
}
