package io.github.dmerrors.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The handling guide this module ships, {@code src/main/errors/errors_guide.md}, as the build
 * turned it into the generated class's Javadoc: what an IDE shows on hover.
 */
class HandlingGuideTest {
    private static final Path SOURCE = Path.of("target/generated-sources/dm-errors/io/github/dmerrors/examples/DmErrors.java");
    private static final List<String> GUIDED = List.of("ErrDBDriverError", "ErrDBBadConn", "ErrDBInvalidConn",
            "ErrDBQueryFailed", "ErrDBExecuteFailed", "ErrParseSQL", "ErrConfigDecryptDBPassword",
            "ErrTaskCheckFailedOpenDB", "ErrDumpUnitRuntime", "ErrMasterGRPCRequestError");

    @Test
    void putsTheMeaningAndTheHandlingOfErrDBBadConnInItsJavadoc() throws IOException {
        assertThat(javadocOf("ErrDBBadConn"))
                .contains("<p><b>What it means.</b> The connection between DM and a database broke before a request went out,")
                .contains("<p><b>How to handle it.</b> DM recovers from this by itself: it reconnects and sends the"
                        + " request again, so a single occurrence needs no action.")
                .contains("<code>pause-task</code> and <code>resume-task</code> restart the task.")
                .contains("DM prints");
    }

    @Test
    void explainsTheTenErrorsOfTheManualAndNoOther() throws IOException {
        String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
        for (String name : GUIDED) {
            assertThat(javadocOf(name)).as(name).contains("<b>How to handle it.</b>");
        }
        assertThat(Pattern.compile("<b>How to handle it\\.</b>").matcher(source).results().count()).isEqualTo(10);
    }

    /** The Javadoc comment right before the constant's declaration. */
    private static String javadocOf(String constant) throws IOException {
        String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
        Matcher declaration = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*public static final DmError "
                + Pattern.quote(constant) + " =", Pattern.DOTALL).matcher(source);
        assertThat(declaration.find()).as("Javadoc of " + constant).isTrue();
        return declaration.group(1).replaceAll("\\n\\s*\\* ?", " ");
    }
}
