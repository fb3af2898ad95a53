package io.github.dmerrors.maven.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.dmerrors.MessageTemplate.Verb;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verbs are built by hand, as the template's parser would give them, to pin the typing rules alone. */
class FactoryParametersTest {
    @Test
    void givesNoParameterToTemplateWithoutArguments() {
        assertThat(FactoryParameters.of(List.of(), 0)).isEmpty();
    }

    @Test
    void typesStringVerbAsObject() {
        assertThat(FactoryParameters.of(List.of(verb("%s", "", 's', 0)), 1))
                .containsExactly(new FactoryParameter("arg1", ParameterType.OBJECT, "%s"));
    }

    @Test
    void typesDecimalVerbAsLongWhateverItsFlagsAndWidth() {
        assertThat(FactoryParameters.of(List.of(verb("%d", "", 'd', 0), verb("%+05d", "+0", 'd', 1)), 2))
                .containsExactly(
                        new FactoryParameter("arg1", ParameterType.LONG, "%d"),
                        new FactoryParameter("arg2", ParameterType.LONG, "%+05d"));
    }

    @Test
    void typesSpacedHexAsBytes() {
        assertThat(FactoryParameters.of(List.of(verb("% X", " ", 'X', 0), verb("%# x", "# ", 'x', 1)), 2))
                .containsExactly(
                        new FactoryParameter("arg1", ParameterType.BYTES, "% X"),
                        new FactoryParameter("arg2", ParameterType.BYTES, "%# x"));
    }

    @Test
    void typesHexWithoutSpaceFlagAsObject() {
        assertThat(FactoryParameters.of(List.of(verb("%X", "", 'X', 0), verb("%#x", "#", 'x', 1)), 2))
                .extracting(FactoryParameter::type)
                .containsExactly(ParameterType.OBJECT, ParameterType.OBJECT);
    }

    @Test
    void typesWidthAndPrecisionArgumentsAsInt() {
        List<Verb> verbs = List.of(
                new Verb("%*d", 0, 3, "", 'd', 1, 0, -1),
                new Verb("%.*s", 4, 8, "", 's', 3, -1, 2));

        assertThat(FactoryParameters.of(verbs, 4)).containsExactly(
                new FactoryParameter("arg1", ParameterType.INT, "%*d"),
                new FactoryParameter("arg2", ParameterType.LONG, "%*d"),
                new FactoryParameter("arg3", ParameterType.INT, "%.*s"),
                new FactoryParameter("arg4", ParameterType.OBJECT, "%.*s"));
    }

    @Test
    void typesArgumentByTheVerbThatFormatsItEvenIfItIsAlsoAWidth() {
        List<Verb> verbs = List.of(new Verb("%[1]*[1]d", 0, 9, "", 'd', 0, 0, -1));

        assertThat(FactoryParameters.of(verbs, 1))
                .containsExactly(new FactoryParameter("arg1", ParameterType.LONG, "%[1]*[1]d"));
    }

    @Test
    void typesArgumentFormattedTwiceAlikeByThatVerb() {
        List<Verb> verbs = List.of(verb("%[1]d", "", 'd', 0), verb("%[1]5d", "", 'd', 0));

        assertThat(FactoryParameters.of(verbs, 1))
                .containsExactly(new FactoryParameter("arg1", ParameterType.LONG, "%[1]d, %[1]5d"));
    }

    @Test
    void typesArgumentFormattedByDifferentVerbsAsObject() {
        List<Verb> verbs = List.of(verb("%[1]d", "", 'd', 0), verb("%[1]s", "", 's', 0), verb("% X", " ", 'X', 0));

        assertThat(FactoryParameters.of(verbs, 1))
                .containsExactly(new FactoryParameter("arg1", ParameterType.OBJECT, "%[1]d, %[1]s, % X"));
    }

    @Test
    void typesUnusedArgumentAsObjectWithoutDirectives() {
        assertThat(FactoryParameters.of(List.of(verb("%[2]d", "", 'd', 1)), 2)).containsExactly(
                new FactoryParameter("arg1", ParameterType.OBJECT, ""),
                new FactoryParameter("arg2", ParameterType.LONG, "%[2]d"));
    }

    @Test
    void listsDirectivesOfEachArgumentInTemplateOrder() {
        List<Verb> verbs = List.of(verb("%[2]v", "", 'v', 1), verb("%[1]q", "", 'q', 0), verb("%[2]+v", "+", 'v', 1));

        assertThat(FactoryParameters.of(verbs, 2)).containsExactly(
                new FactoryParameter("arg1", ParameterType.OBJECT, "%[1]q"),
                new FactoryParameter("arg2", ParameterType.OBJECT, "%[2]v, %[2]+v"));
    }

    @Test
    void rejectsVerbBeyondTheArgumentCount() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FactoryParameters.of(List.of(verb("%s", "", 's', 1)), 1))
                .withMessage("verb %s at 0 uses argument 1 of 1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FactoryParameters.of(List.of(new Verb("%*d", 0, 3, "", 'd', 0, 1, -1)), 1))
                .withMessage("verb %*d at 0 uses argument 1 of 1");
    }

    private static Verb verb(String text, String flags, char conversion, int argument) {
        return new Verb(text, 0, text.length(), flags, conversion, argument, -1, -1);
    }
}
