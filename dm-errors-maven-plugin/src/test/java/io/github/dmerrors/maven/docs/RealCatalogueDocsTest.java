package io.github.dmerrors.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dmerrors.maven.model.Catalogue;
import io.github.dmerrors.maven.model.CatalogueLoader;
import io.github.dmerrors.maven.model.ErrorDefinition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The documents of DM's own catalogue: its {@code errors.toml} as DM's tooling writes it, read
 * back with a decoder of TOML's basic strings written for this test; and a reference that links
 * every code.
 */
class RealCatalogueDocsTest {
    private static final Path FILE = Path.of(Objects.requireNonNull(System.getProperty("dm.catalogue"),
            "run with -Ddm.catalogue=<path to examples/src/main/errors/errors_release.txt>"));
    private static final String STRING = "\"((?:[^\"\\\\]|\\\\.)*)\"";
    private static final Pattern ENTRY = Pattern.compile("\\[error\\.DM-([a-z-]+)-([0-9]+)]\n"
            + "message = " + STRING + "\n"
            + "description = \"\"\n"
            + "workaround = " + STRING + "\n"
            + "tags = \\[\"([a-z-]+)\", \"([a-z]+)\"]\n"
            + "\n");

    private static Catalogue catalogue;
    private static ErrorReference reference;

    @BeforeAll
    static void load() throws Exception {
        catalogue = CatalogueLoader.load(FILE, Set.of());
        reference = ErrorReference.of(catalogue, "src/main/errors/errors_release.txt");
    }

    @Test
    void tomlHasOneEntryPerCodeInCodeOrderWithTheCatalogueValues() {
        String toml = DocsFormat.TOML.render(reference);
        List<ErrorDefinition> sorted = new ArrayList<>(catalogue.errors());
        sorted.sort((a, b) -> Integer.compare(a.code(), b.code()));

        Matcher entry = ENTRY.matcher(toml);
        int end = 0;
        for (ErrorDefinition error : sorted) {
            assertThat(entry.find(end) && entry.start() == end).as("entry of %d at %d", error.code(), end).isTrue();
            assertThat(entry.group(1)).isEqualTo(error.errorClass().name());
            assertThat(Integer.parseInt(entry.group(2))).isEqualTo(error.code());
            assertThat(decode(entry.group(3))).isEqualTo(error.message());
            assertThat(decode(entry.group(4))).isEqualTo(error.workaround());
            assertThat(entry.group(5)).isEqualTo(error.scope().toString());
            assertThat(entry.group(6)).isEqualTo(error.level().toString());
            end = entry.end();
        }
        assertThat(end).isEqualTo(toml.length());
        assertThat(sorted).hasSize(527);
    }

    @Test
    void markdownHasOneAnchorPerCode() {
        String markdown = DocsFormat.MARKDOWN.render(reference);

        for (ErrorDefinition error : catalogue.errors()) {
            String anchor = "<a id=\"" + error.code() + "\"></a>";
            assertThat(markdown.split(Pattern.quote(anchor), -1)).as("anchors of %d", error.code()).hasSize(2);
            assertThat(markdown).contains("\n| " + anchor + error.code() + " | `" + error.name() + "` | ");
        }
    }

    @Test
    void jsonHasOneObjectPerCodeInCodeOrder() {
        String json = DocsFormat.JSON.render(reference);
        Matcher code = Pattern.compile("\n    \"code\": ([0-9]+),\n").matcher(json);
        List<Integer> codes = new ArrayList<>();
        while (code.find()) {
            codes.add(Integer.parseInt(code.group(1)));
        }
        assertThat(codes).hasSize(catalogue.errors().size()).isSorted().doesNotHaveDuplicates();
    }

    /** Reads a TOML basic string's body, as the TOML specification defines its escapes. */
    private static String decode(String body) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                text.append(c);
                continue;
            }
            char escape = body.charAt(++i);
            switch (escape) {
                case 'b' -> text.append('\b');
                case 't' -> text.append('\t');
                case 'n' -> text.append('\n');
                case 'f' -> text.append('\f');
                case 'r' -> text.append('\r');
                case '"' -> text.append('"');
                case '\\' -> text.append('\\');
                case 'u' -> {
                    text.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new AssertionError("invalid escape \\" + escape + " in " + body);
            }
        }
        return text.toString();
    }
}
