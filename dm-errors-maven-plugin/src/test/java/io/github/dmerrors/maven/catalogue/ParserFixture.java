package io.github.dmerrors.maven.catalogue;

import io.github.dmerrors.maven.diagnostic.Diagnostic;
import io.github.dmerrors.maven.diagnostic.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Parses test input into one collector and prints what it reported, as the build would. */
final class ParserFixture {
    static final Path FILE = Path.of("errors.txt");
    /** A valid bracket; its code is at column 12, class 20, scope 35, level 50, ']' 54. */
    static final String BRACKET = "ErrA,[code=1:class=database:scope=internal:level=high]";
    /** {@link #BRACKET} and the opening quote, at column 57; "Message: " starts at column 58. */
    static final String TEXT_LINE_START = BRACKET + ", \"";

    final Diagnostics diagnostics = new Diagnostics();

    List<CatalogueEntry> parse(String content) {
        return parse(content.getBytes(StandardCharsets.UTF_8));
    }

    List<CatalogueEntry> parse(byte[] content) {
        return CatalogueParser.parse(FILE, content, diagnostics);
    }

    List<String> reported() {
        return diagnostics.all().stream().map(Diagnostic::toString).collect(Collectors.toList());
    }
}
