package io.github.dmerrors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link MessageTemplate} against Go itself: every case of the corpus the Go program in
 * {@code src/test/go} recorded from Go's {@code fmt.Sprintf} (and a stand-in for DM's
 * {@code *terror.Error}) must format to Go's output, the Go names of the stand-ins for Java
 * classes read as the Java class names.
 */
class GoSprintfConformanceTest {
    private static final Path JAVADOC_TABLE = Path.of("src/main/java/io/github/dmerrors/MessageTemplate.java");
    private static final Pattern ROW_ID = Pattern.compile("<tr id=\"row-([a-z-]+)\">");

    private static List<GoCorpus.Case> cases;

    @BeforeAll
    static void readCorpus() {
        cases = GoCorpus.cases();
    }

    @Test
    void formatsEveryCaseAsGoDoes() {
        List<String> mismatches = new ArrayList<>();
        for (GoCorpus.Case c : cases) {
            String expected = CorpusTypes.withJavaNames(c.expected());
            String actual = MessageTemplate.parse(c.template()).format(CorpusArguments.read(c.arguments()));
            if (!actual.equals(expected)) {
                mismatches.add(c + "\n    Go:   " + GoQuoted.quote(expected) + "\n    Java: " + GoQuoted.quote(actual));
            }
        }
        assertThat(cases).hasSizeGreaterThan(10_000);
        assertThat(mismatches).as("%d of %d cases differ from Go", mismatches.size(), cases.size()).isEmpty();
    }

    @Test
    void everyRowOfTheJavaToGoTableHasCases() throws IOException {
        Set<String> documented = new TreeSet<>();
        Matcher row = ROW_ID.matcher(Files.readString(JAVADOC_TABLE, StandardCharsets.UTF_8));
        while (row.find()) {
            documented.add(row.group(1));
        }
        Set<String> covered = new TreeSet<>();
        cases.forEach(c -> covered.addAll(c.rows()));

        assertThat(documented).hasSizeGreaterThanOrEqualTo(14);
        assertThat(covered).containsExactlyElementsOf(documented);
    }

    @Test
    void everyVerbAndEveryReportOfAProblemHasCases() {
        Set<String> templates = new TreeSet<>();
        StringBuilder outputs = new StringBuilder();
        for (GoCorpus.Case c : cases) {
            templates.add(c.template());
            outputs.append(c.expected()).append('\n');
        }
        for (String verb : List.of("%v", "%+v", "%#v", "%T", "%s", "%q", "%x", "%X", "%d", "%b", "%o", "%O", "%c",
                "%U", "%t", "%e", "%E", "%f", "%F", "%g", "%G", "%p", "%w")) {
            assertThat(templates).as("a case of " + verb).contains(verb);
        }
        for (String report : List.of("(MISSING)", "%!(EXTRA ", "(BADINDEX)", "%!(BADWIDTH)", "%!(BADPREC)",
                "%!(NOVERB)", "(<nil>)")) {
            assertThat(outputs).as("a case reporting " + report).contains(report);
        }
    }

    @Test
    void headerNamesTheGoVersionThatWroteTheCorpus() {
        assertThat(GoCorpus.header()).anyMatch(line -> line.matches("go version go1\\.\\d+(\\.\\d+)? \\S+/\\S+"));
    }

    @Test
    void reportsBadWOnACompositeAsAWholeAsGoDoes() {
        assertThat(MessageTemplate.parse("%w").format(List.of(1, 2))).isEqualTo("%!w([]interface {}=[1 2])");
        assertThat(MessageTemplate.parse("%w").format(new java.util.HashMap<>()))
                .isEqualTo("%!w(map[interface {}]interface {}=map[])");
    }

    @Test
    void reportsPOnARecordAsAWholeAsGoDoes() {
        assertThat(MessageTemplate.parse("%p").format(new CorpusTypes.Pt(160, "x")))
                .isEqualTo("%!p(" + CorpusTypes.Pt.class.getName() + "={160 x})");
    }

    @Test
    void formatsADmExceptionArgumentAsDmDoes() {
        DmException e = CorpusArguments.dm("database driver error: %s", "bad conn");
        String text = e.getMessage();
        assertThat(MessageTemplate.parse("%20.5s|%x|%d|%+q").format(e, e, e, e))
                .isEqualTo(text + "|||" + MessageTemplate.parse("%q").format(text));
    }
}
