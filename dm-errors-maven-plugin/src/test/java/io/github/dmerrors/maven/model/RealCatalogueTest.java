package io.github.dmerrors.maven.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.ErrorLevel;
import io.github.dmerrors.ErrorScope;
import io.github.dmerrors.maven.catalogue.CatalogueParser;
import io.github.dmerrors.maven.diagnostic.Diagnostics;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DM's own catalogue, the one bundled with the examples: everything in it must load, and each
 * entry must match what a regular expression, a different reading of the same format, finds in
 * its line.
 */
class RealCatalogueTest {
    private static final Path FILE = Path.of(Objects.requireNonNull(System.getProperty("dm.catalogue"),
            "run with -Ddm.catalogue=<path to examples/src/main/errors/errors_release.txt>"));
    private static final Pattern LINE = Pattern.compile(
            "(\\w+),\\[code=(\\d+):class=([a-z-]+):scope=([a-z-]+):level=([a-z]+)](?:, \"(.*)\")?");
    private static final Pattern TEXT = Pattern.compile("Message: (.*?)(?:, Workaround: (.*))?|Workaround: (.*)");

    private static Catalogue catalogue;
    private static List<Expected> expected;

    /** An entry as the regular expression reads it. */
    private record Expected(
            int line, String name, int code, String errorClass, String scope, String level, String message,
            String workaround, boolean hasText) {}

    @BeforeAll
    static void load() throws Exception {
        catalogue = CatalogueLoader.load(FILE, Set.of());
        expected = new ArrayList<>();
        List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            Matcher line = LINE.matcher(lines.get(i));
            assertThat(line.matches()).as("line %d: %s", i + 1, lines.get(i)).isTrue();
            String message = "";
            String workaround = "";
            if (line.group(6) != null) {
                Matcher text = TEXT.matcher(line.group(6));
                assertThat(text.matches()).as("text of line %d", i + 1).isTrue();
                message = text.group(1) != null ? text.group(1) : "";
                workaround = text.group(2) != null ? text.group(2) : text.group(3) != null ? text.group(3) : "";
            }
            expected.add(new Expected(i + 1, line.group(1), Integer.parseInt(line.group(2)), line.group(3),
                    line.group(4), line.group(5), message.replace("\\n", "\n"), workaround.replace("\\n", "\n"),
                    line.group(6) != null));
        }
    }

    @Test
    void loadsEveryEntryWithoutWarnings() {
        assertThat(catalogue.errors()).hasSize(527);
        assertThat(catalogue.warnings()).isEmpty();
    }

    @Test
    void readsEveryEntryAsTheRegularExpressionDoes() {
        List<Expected> actual = new ArrayList<>();
        for (ErrorDefinition error : catalogue.errors()) {
            actual.add(new Expected(error.location().line(), error.name(), error.code(), error.errorClass().name(),
                    error.scope().toString(), error.level().toString(), error.message(), error.workaround(),
                    !(error.message().isEmpty() && error.workaround().isEmpty())));
        }

        assertThat(actual).hasSize(527).isEqualTo(expected);
    }

    @Test
    void usesEveryCodeOnce() {
        assertThat(catalogue.errors().stream().map(ErrorDefinition::code).distinct()).hasSize(527);
    }

    @Test
    void findsTheLinesWithoutText() throws Exception {
        List<Integer> withoutText = CatalogueParser.parse(FILE, Files.readAllBytes(FILE), new Diagnostics()).stream()
                .filter(entry -> !entry.hasText())
                .map(entry -> entry.location().line())
                .collect(Collectors.toList());

        assertThat(withoutText).containsExactly(57, 58, 62, 77, 128, 182, 184, 227, 228, 229, 231, 281, 284, 286,
                333, 365, 366, 367, 368, 419, 435, 527);
    }

    @Test
    void findsTheWorkaroundOnlyLines() {
        assertThat(linesWhere(error -> error.message().isEmpty() && !error.workaround().isEmpty()))
                .containsExactly(23, 124, 304);
        assertThat(catalogue.errors().get(22).workaround()).isEqualTo("Please make sure the args are correct.");
    }

    @Test
    void turnsEscapedNewlinesIntoRealOnes() {
        assertThat(linesWhere(error -> error.message().contains("\n"))).containsExactly(133, 164, 195, 398);
        assertThat(linesWhere(error -> error.message().contains("\\") || error.workaround().contains("\\"))).isEmpty();
        assertThat(catalogue.errors().get(194).message()).isEqualTo("%s: %v\n detail: %v");
    }

    @Test
    void keepsTheMessageThatEndsWithASpace() {
        ErrorDefinition error = catalogue.errors().get(268);

        assertThat(error.name()).isEqualTo("ErrLoadBackendNotSupport");
        assertThat(error.message()).isEqualTo("DM do not support backend %s ");
        assertThat(linesWhere(e -> e.message().endsWith(" "))).containsExactly(269);
    }

    @Test
    void readsKnownEntriesLiterally() {
        assertThat(catalogue.errors().get(1)).isEqualTo(new ErrorDefinition(10002, "ErrDBBadConn",
                ErrorClass.DATABASE, ErrorScope.NOT_SET, ErrorLevel.HIGH, "database driver",
                "Please check the database connection, then use `pause-task` to pause the task and then use"
                        + " `resume-task` to resume the task.",
                List.of(), new SourceLocation(FILE, 2, 1),
                ValidatorFixture.fields(FILE, 2, "ErrDBBadConn", "10002", "database", "not-set")));
        assertThat(catalogue.errors().get(526)).isEqualTo(new ErrorDefinition(50000, "ErrNotSet",
                ErrorClass.NOT_SET, ErrorScope.NOT_SET, ErrorLevel.HIGH, "", "", List.of(),
                new SourceLocation(FILE, 527, 1),
                ValidatorFixture.fields(FILE, 527, "ErrNotSet", "50000", "not-set", "not-set")));
        ErrorDefinition checkItem = catalogue.errors().get(132);
        assertThat(checkItem.name()).isEqualTo("ErrConfigCheckItemNotSupport");
        assertThat(checkItem.message()).isEqualTo("checking item %s is not supported\n%s");
        assertThat(checkItem.workaround()).startsWith("Please check `ignore-checking-items` config")
                .endsWith("`auto_increment_ID`.");
    }

    @Test
    void readsCrlfCopyExactlyLikeTheOriginal() throws Exception {
        byte[] lf = Files.readAllBytes(FILE);
        byte[] crlf = new String(lf, StandardCharsets.UTF_8).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        Diagnostics diagnostics = new Diagnostics();

        Catalogue fromCrlf = CatalogueValidator.validate(
                FILE, CatalogueParser.parse(FILE, crlf, diagnostics), Set.of(), diagnostics).orElseThrow();

        assertThat(crlf).hasSize(lf.length + 527);
        assertThat(diagnostics.all()).isEmpty();
        assertThat(fromCrlf).isEqualTo(catalogue);
    }

    private static List<Integer> linesWhere(Predicate<ErrorDefinition> condition) {
        return catalogue.errors().stream()
                .filter(condition)
                .map(error -> error.location().line())
                .collect(Collectors.toList());
    }
}
