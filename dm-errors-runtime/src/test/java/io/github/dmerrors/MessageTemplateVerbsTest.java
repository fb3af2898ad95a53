package io.github.dmerrors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.dmerrors.MessageTemplate.Verb;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

class MessageTemplateVerbsTest {

    @Test
    void findsAPlainDirectiveWithItsPosition() {
        MessageTemplate template = MessageTemplate.parse("query statement failed: %s");

        assertThat(template.verbs()).containsExactly(new Verb("%s", 24, 26, "", 's', 0, -1, -1));
        assertThat(template.argumentCount()).isEqualTo(1);
    }

    @Test
    void numbersRepeatedDirectivesInOrder() {
        MessageTemplate template = MessageTemplate.parse("%s: %v\n detail: %v");

        assertThat(template.verbs()).extracting(Verb::argumentIndex).containsExactly(0, 1, 2);
        assertThat(template.verbs()).extracting(Verb::start).containsExactly(0, 4, 16);
        assertThat(template.argumentCount()).isEqualTo(3);
    }

    @Test
    void keepsFlagsAsWritten() {
        MessageTemplate template = MessageTemplate.parse("header % X, ddl %+v, %-08.3f");

        assertThat(template.verbs())
                .extracting(Verb::text, Verb::flags, Verb::conversion)
                .containsExactly(
                        tuple("% X", " ", 'X'),
                        tuple("%+v", "+", 'v'),
                        tuple("%-08.3f", "-0", 'f'));
    }

    @Test
    void doubledPercentTakesNoArgument() {
        assertThat(MessageTemplate.parse("100%%").verbs()).isEmpty();
        assertThat(MessageTemplate.parse("100%%").argumentCount()).isZero();

        MessageTemplate template = MessageTemplate.parse("%d%% done");
        assertThat(template.verbs()).extracting(Verb::text).containsExactly("%d");
        assertThat(template.argumentCount()).isEqualTo(1);
    }

    @Test
    void explicitIndexesChooseTheArgument() {
        MessageTemplate template = MessageTemplate.parse("%[2]d %[1]s %d");

        assertThat(template.verbs()).extracting(Verb::argumentIndex).containsExactly(1, 0, 1);
        assertThat(template.argumentCount()).isEqualTo(2);
    }

    @Test
    void anExplicitIndexNeedsAllArgumentsUpToIt() {
        MessageTemplate template = MessageTemplate.parse("%[3]d");

        assertThat(template.verbs()).extracting(Verb::argumentIndex).containsExactly(2);
        assertThat(template.argumentCount()).isEqualTo(3);
        assertThat(template.format(1, 2, 3)).isEqualTo("3");
        assertThat(template.format(1, 2)).isEqualTo("%!d(BADINDEX)");
    }

    @Test
    void starsTakeWidthAndPrecisionArguments() {
        MessageTemplate template = MessageTemplate.parse("%-*.*f|");

        assertThat(template.verbs()).containsExactly(new Verb("%-*.*f", 0, 6, "-", 'f', 2, 0, 1));
        assertThat(template.argumentCount()).isEqualTo(3);
        assertThat(template.format(8, 2, 3.14159)).isEqualTo("3.14    |");
    }

    @Test
    void indexedStarsTakeTheIndexedArguments() {
        MessageTemplate template = MessageTemplate.parse("%[2]*[1]d");

        assertThat(template.verbs()).containsExactly(new Verb("%[2]*[1]d", 0, 9, "", 'd', 0, 1, -1));
        assertThat(template.argumentCount()).isEqualTo(2);
    }

    @Test
    void aPercentWithAStarTakesItsWidthArgument() {
        MessageTemplate template = MessageTemplate.parse("%*%");

        assertThat(template.verbs()).containsExactly(new Verb("%*%", 0, 3, "", '%', -1, 0, -1));
        assertThat(template.argumentCount()).isEqualTo(1);
    }

    @Test
    void anIndexNoCallCanSatisfyTakesNoArgument() {
        MessageTemplate template = MessageTemplate.parse("%[0]d");

        assertThat(template.verbs()).containsExactly(new Verb("%[0]d", 0, 5, "", 'd', -1, -1, -1));
        assertThat(template.argumentCount()).isZero();
    }

    @Test
    void aTrailingPercentIsNoVerb() {
        MessageTemplate template = MessageTemplate.parse("%d is 5%");

        assertThat(template.verbs()).extracting(Verb::text).containsExactly("%d");
        assertThat(template.argumentCount()).isEqualTo(1);
    }

    @Test
    void aVerbOutsideTheBasicPlaneIsReportedAsReplacementCharacter() {
        Verb verb = MessageTemplate.parse("%\uD83D\uDE00").verbs().get(0);

        assertThat(verb.conversion()).isEqualTo('\uFFFD');
        assertThat(verb.text()).isEqualTo("%\uD83D\uDE00");
    }

    @Test
    void countsEveryDirectiveOfTheRealCatalogueTemplates() {
        assertThat(MessageTemplate.parse("empty schema (% X) or table (% X) or column type (% X)").argumentCount())
                .isEqualTo(3);
        assertThat(MessageTemplate.parse("Interval's Stop should equal to Start+1, but got %+v (%s)").argumentCount())
                .isEqualTo(2);
        assertThat(MessageTemplate.parse("database driver").argumentCount()).isZero();
    }

    @Test
    void verbsCannotBeChanged() {
        MessageTemplate template = MessageTemplate.parse("%s");

        assertThatThrownBy(() -> template.verbs().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void verbRejectsBoundsThatDoNotFitItsText() {
        assertThatThrownBy(() -> new Verb("%s", 3, 4, "", 's', 0, -1, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Verb("%s", 0, 2, "", 's', -2, -1, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void templatesOfTheSameTextAreEqual() {
        assertThat(MessageTemplate.parse("%s")).isEqualTo(MessageTemplate.parse("%s"))
                .hasSameHashCodeAs(MessageTemplate.parse("%s"))
                .isNotEqualTo(MessageTemplate.parse("%v"))
                .hasToString("%s");
        assertThat(MessageTemplate.parse("%s").text()).isEqualTo("%s");
    }

    @Test
    void rejectsANullText() {
        assertThatThrownBy(() -> MessageTemplate.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void holdsOnlyFinalFieldsSoThatItMayBeSharedWithoutLocking() {
        assertThat(MessageTemplate.class.getDeclaredFields())
                .allSatisfy(field -> assertThat(Modifier.isFinal(field.getModifiers()))
                        .as(field.getName())
                        .isTrue());
    }
}
