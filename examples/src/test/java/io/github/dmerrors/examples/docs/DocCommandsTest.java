package io.github.dmerrors.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Maven commands the docs show are commands that run. Every command of a shell code block is
 * mapped here to the script or integration test that runs it, and that place must run it: a
 * command the docs show and nobody runs, or a mapping whose place no longer runs its command,
 * fails. Every command, in a code block or in the prose, and every switch of the project's own
 * that the prose names, must name goals, properties, profiles, modules, tests and integration
 * tests that exist.
 */
class DocCommandsTest {
    private static final String IT = "dm-errors-maven-plugin/src/it/";

    /** Where each command of a shell block runs, word for word (but {@code -B} and {@code -q}). */
    private static final Map<String, String> RUN_BY = Map.ofEntries(
            Map.entry("mvn -B -DskipTests install", ".ci/quick-start"),
            Map.entry("mvn -B verify", ".ci/run"),
            Map.entry("mvn -q -pl examples exec:java -Dexec.args=\"lookup 10002\"", ".ci/quick-start"),
            Map.entry("mvn -pl examples dm-errors:explain -Ddm-errors.code=36069", ".ci/quick-start"),
            Map.entry("mvn -q -pl examples dm-errors:explain -Ddm-errors.code=36069", ".ci/quick-start"),
            Map.entry("mvn -pl examples dm-errors:explain -Ddm-errors.code=10002", ".ci/quick-start"),
            Map.entry("mvn -pl examples dm-errors:explain -Ddm-errors.text='[error=\"[code=10002:class=database"
                    + ":scope=not-set:level=high], Message: database driver, RawCause: driver: bad connection\"]'",
                    ".ci/quick-start"),
            Map.entry("mvn dm-errors:record -Ddm-errors.catalogue=v1.0/errors_release.txt -Ddm-errors.force=true",
                    IT + "ledger-import-history/invoker.properties"),
            Map.entry("mvn dm-errors:record -Ddm-errors.catalogue=v2.0/errors_release.txt -Ddm-errors.force=true",
                    IT + "ledger-import-history/invoker.properties"),
            Map.entry("mvn dm-errors:record", IT + "ledger-import-history/invoker.properties"),
            Map.entry("mvn -B io.github.dmerrors:dm-errors-maven-plugin:0.1.0-SNAPSHOT:check"
                    + " -Ddm-errors.catalogue=src/main/errors/errors_release.txt"
                    + " -Ddm-errors.ledger=src/main/errors/errors.ledger", IT + "check-without-pom/invoker.properties"),
            Map.entry("mvn io.github.dmerrors:dm-errors-maven-plugin:0.1.0-SNAPSHOT:docs",
                    IT + "docs-no-pom/invoker.properties"),
            // The CI recipes: ci-recipes runs each recipe's git commands as written, then this build.
            Map.entry("mvn -B dm-errors:check -Ddm-errors.baseRef=HEAD^1", IT + "ci-recipes/invoker.properties"),
            Map.entry("mvn -B dm-errors:check -Ddm-errors.baseRef=FETCH_HEAD", IT + "ci-recipes/invoker.properties"));

    /**
     * Commands an integration test reads from the page that shows them and runs itself (with its
     * own repository for the page's example URL): the test names the page it reads.
     */
    private static final Map<String, Reading> READ_BY = Map.of(
            "mvn -B -DskipTests -pl dm-errors-runtime,dm-errors-maven-plugin -am deploy"
                    + " -DaltDeploymentRepository=team::default::https://repo.example.com/maven-snapshots",
            new Reading(IT + "consumer-from-repository/verify.groovy", "docs/team-repository.md"));

    /** Commands no build runs, each with the reason. */
    private static final Map<String, String> RUN_BY_HAND = Map.of(
            "mvn -B -DskipTests -Pbenchmarks -pl benchmarks -am package",
            "runs the JMH benchmarks: five minutes of a quiet machine, which a test build is not");

    private static final Pattern GOALS_LINE = Pattern.compile("^invoker\\.goals(?:\\.\\d+)?\\s*=\\s*(.*)$");
    private static final String COORDINATES = "${project.groupId}:${project.artifactId}:${project.version}";

    private record Reading(String place, String page) {}

    @Test
    void mapsEveryCommandOfAShellBlockToWhereItRuns() {
        Set<String> shown = new TreeSet<>();
        ProjectDocs.blockCommands().forEach(command -> shown.add(command.text()));
        Set<String> mapped = new TreeSet<>(RUN_BY.keySet());
        mapped.addAll(READ_BY.keySet());
        mapped.addAll(RUN_BY_HAND.keySet());

        assertThat(shown).as("commands the docs show in shell blocks, against those mapped here").isEqualTo(mapped);
    }

    @Test
    void runsEveryMappedCommandWhereTheMapSays() {
        List<String> problems = new ArrayList<>();
        RUN_BY.forEach((command, place) -> {
            if (!runs(place, ShownCommand.whatRuns(command))) {
                problems.add(place + " does not run " + command);
            }
        });
        READ_BY.forEach((command, reading) -> {
            String test = CommandNames.read(ProjectDocs.ROOT.resolve(reading.place()));
            String page = CommandNames.read(ProjectDocs.ROOT.resolve(reading.page()));
            if (!test.contains("'" + reading.page() + "'") || !page.contains(command)) {
                problems.add(reading.place() + " does not read " + command + " from " + reading.page());
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void namesOnlyGoalsPropertiesAndTestsThatExist() {
        CommandNames names = new CommandNames(ProjectDocs.ROOT);
        List<String> problems = new ArrayList<>();
        List<ShownCommand> blocks = ProjectDocs.blockCommands();
        List<ShownCommand> spans = new ArrayList<>(ProjectDocs.spanCommands());
        spans.addAll(ProjectDocs.spanSwitches());
        blocks.forEach(command -> names.problems(command, true)
                .forEach(problem -> problems.add(command.where() + ": " + command.text() + ": " + problem)));
        // A command in the prose may name the user's own module (-pl errors), so modules are not checked there.
        spans.forEach(command -> names.problems(command, false)
                .forEach(problem -> problems.add(command.where() + ": " + command.text() + ": " + problem)));

        assertThat(problems).isEmpty();
        assertThat(blocks).as("commands in shell blocks").hasSizeGreaterThanOrEqualTo(10);
        assertThat(spans).as("commands in the prose").hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void findsAMisspeltNameInACommand() {
        CommandNames names = new CommandNames(ProjectDocs.ROOT);

        assertThat(names.problems(new ShownCommand("mvn dm-errors:explian -Ddm-errors.cod=1 -Dfuzz.trys=9"
                + " -Pbenchmark -pl exmples -Dtest=NoSuchTest -Dinvoker.test=no-such-it -Dfoo=1", "here"), true))
                .hasSize(8);
        assertThat(names.problems(new ShownCommand(
                "mvn io.github.dmerrors:dm-errors-maven-plugin:9.9:docs", "here"), true)).hasSize(1);
    }

    /**
     * Whether {@code place} runs the command: a line of a script that calls Maven, or a goals line
     * of an integration test's {@code invoker.properties}, with the same words.
     */
    private static boolean runs(String place, List<String> command) {
        String text = CommandNames.read(ProjectDocs.ROOT.resolve(place));
        for (String line : text.split("\n")) {
            Optional<String> run = place.endsWith("invoker.properties") ? goals(line) : scriptCommand(line);
            if (run.isPresent() && ShownCommand.whatRuns(run.get()).equals(command)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> goals(String line) {
        Matcher goals = GOALS_LINE.matcher(line.strip());
        return goals.matches()
                ? Optional.of(goals.group(1).replace(COORDINATES, "io.github.dmerrors:dm-errors-maven-plugin:" + version()))
                : Optional.empty();
    }

    private static Optional<String> scriptCommand(String line) {
        String command = line.strip();
        int pipe = command.indexOf(" | ");
        command = pipe < 0 ? command : command.substring(0, pipe);
        return command.startsWith("mvn ") ? Optional.of(command) : Optional.empty();
    }

    private static String version() {
        Matcher version = Pattern.compile("<artifactId>dm-errors-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(CommandNames.read(ProjectDocs.ROOT.resolve("pom.xml")));
        assertThat(version.find()).as("the parent POM's version").isTrue();
        return version.group(1);
    }
}
