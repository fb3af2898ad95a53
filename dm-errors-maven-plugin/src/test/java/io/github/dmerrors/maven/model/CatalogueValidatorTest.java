package io.github.dmerrors.maven.model;

import static io.github.dmerrors.maven.model.ValidatorFixture.FILE;
import static io.github.dmerrors.maven.model.ValidatorFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dmerrors.ErrorClass;
import io.github.dmerrors.ErrorLevel;
import io.github.dmerrors.ErrorScope;
import io.github.dmerrors.MessageTemplate;
import io.github.dmerrors.maven.diagnostic.SourceLocation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueValidatorTest {
    private final ValidatorFixture fixture = new ValidatorFixture();

    @Test
    void buildsDefinitionsInFileOrder() {
        Optional<Catalogue> catalogue = fixture.validate(
                line("ErrDBBadConn", "10002", "database", "not-set", "high")
                        + ", \"Message: database driver, Workaround: check the connection\\nthen resume\"",
                "",
                line("ErrVerifyArgs", "11017", "functional", "internal", "low") + ", \"Workaround: check args\"",
                line("ErrNotSet", "50000", "not-set", "not-set", "medium"));

        assertThat(fixture.reported()).isEmpty();
        assertThat(catalogue).isPresent();
        assertThat(catalogue.get().file()).isEqualTo(FILE);
        assertThat(catalogue.get().warnings()).isEmpty();
        assertThat(catalogue.get().errors()).containsExactly(
                new ErrorDefinition(10002, "ErrDBBadConn", ErrorClass.DATABASE, ErrorScope.NOT_SET, ErrorLevel.HIGH,
                        "database driver", "check the connection\nthen resume", List.of(), at(1, 1),
                        ValidatorFixture.fields(FILE, 1, "ErrDBBadConn", "10002", "database", "not-set")),
                new ErrorDefinition(11017, "ErrVerifyArgs", ErrorClass.FUNCTIONAL, ErrorScope.INTERNAL,
                        ErrorLevel.LOW, "", "check args", List.of(), at(3, 1),
                        ValidatorFixture.fields(FILE, 3, "ErrVerifyArgs", "11017", "functional", "internal")),
                new ErrorDefinition(50000, "ErrNotSet", ErrorClass.NOT_SET, ErrorScope.NOT_SET, ErrorLevel.MEDIUM,
                        "", "", List.of(), at(4, 1),
                        ValidatorFixture.fields(FILE, 4, "ErrNotSet", "50000", "not-set", "not-set")));
    }

    @Test
    void derivesParametersFromTheMessageTemplate() {
        String message = "stage %s, expect %d, got % X";

        ErrorDefinition definition = fixture.validate(line("ErrA", "1") + ", \"Message: " + message + "\"")
                .orElseThrow().errors().get(0);

        MessageTemplate template = MessageTemplate.parse(message);
        assertThat(definition.parameters())
                .isEqualTo(FactoryParameters.of(template.verbs(), template.argumentCount()));
    }

    @Test
    void acceptsClassesDeclaredByTheBuild() {
        ErrorClass storage = ErrorClass.of("storage");

        Optional<Catalogue> catalogue =
                fixture.validate(Set.of(storage), line("ErrA", "1", "storage", "internal", "low"));

        assertThat(fixture.reported()).isEmpty();
        assertThat(catalogue.orElseThrow().errors().get(0).errorClass()).isEqualTo(storage);
    }

    @Test
    void keepsWarningsOfTheFileInTheCatalogue() {
        Catalogue catalogue = fixture.validate(line("ErrA", "1") + " ").orElseThrow();

        assertThat(catalogue.warnings()).extracting(Object::toString)
                .containsExactly("errors.txt:1:55: warning: trailing whitespace after ']' is ignored");
    }

    @Test
    void acceptsTextsUpToTheConstantLimit() {
        String message = "a".repeat(CatalogueValidator.MAX_CONSTANT_CHARS);
        String workaround = "\u20ac".repeat(CatalogueValidator.MAX_CONSTANT_BYTES / 3);

        Optional<Catalogue> catalogue = fixture.validate(
                line("ErrA", "1") + ", \"Message: " + message + ", Workaround: " + workaround + "\"");

        assertThat(fixture.reported()).isEmpty();
        assertThat(catalogue.orElseThrow().errors().get(0).message()).hasSize(65_534);
    }

    @Test
    void countsModifiedUtf8AsTheClassFileDoes() {
        assertThat(CatalogueValidator.modifiedUtf8Length("a\u00e9\u20ac")).isEqualTo(1 + 2 + 3);
        assertThat(CatalogueValidator.modifiedUtf8Length("\0")).isEqualTo(2);
        assertThat(CatalogueValidator.modifiedUtf8Length("\ud83d\ude00")).isEqualTo(6);
    }

    @Test
    void returnsNoCatalogueWhenTheParserReportedAnError() {
        Optional<Catalogue> catalogue = fixture.validate(line("ErrA", "1"), "ErrB,[code=2]");

        assertThat(fixture.reported()).containsExactly("errors.txt:2:13: expected ':class=', found ']'");
        assertThat(catalogue).isEmpty();
    }

    private static SourceLocation at(int line, int column) {
        return new SourceLocation(FILE, line, column);
    }
}
