package io.github.dmerrors.maven.model;

import static io.github.dmerrors.maven.model.ValidatorFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dmerrors.ErrorClass;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Each semantic rule, with the full diagnostic it gives; nothing is returned as a catalogue. */
class CatalogueValidatorRejectionTest {
    private static final String DM_CLASSES = "DM's classes are database, functional, config, binlog-op,"
            + " checkpoint, task-check, source-check, relay-event-lib, relay-unit, dump-unit, load-unit,"
            + " sync-unit, dm-master, dm-worker, dm-tracer, schema-tracker, scheduler, dmctl, not-set,"
            + " openapi, validator, ha";

    private final ValidatorFixture fixture = new ValidatorFixture();

    @Test
    void rejectsMissingName() {
        assertRejected(line("", "1"), "errors.txt:1:1: missing name before ','");
    }

    @Test
    void rejectsNameStartingWithDigit() {
        assertRejected(line("1Err", "1"),
                "errors.txt:1:1: invalid name '1Err': a name starts with a letter or '_', not '1'");
    }

    @Test
    void rejectsDollarInName() {
        assertRejected(line("Err$A", "1"), "errors.txt:1:4: invalid name 'Err$A': '$' is not a letter, digit or '_'");
    }

    @Test
    void rejectsInvisibleFormatCharacterInName() {
        assertRejected(line("Err\u200bA", "1"),
                "errors.txt:1:4: invalid name 'Err\\u200BA': U+200B is not a letter, digit or '_'");
    }

    @Test
    void rejectsSpaceInName() {
        assertRejected(line(" ErrA", "1"),
                "errors.txt:1:1: invalid name ' ErrA': a name starts with a letter or '_', not ' '");
    }

    @Test
    void pointsAtTheCharAfterASupplementaryLetter() {
        assertRejected(line("Err\ud801\udc00-", "1"),
                "errors.txt:1:6: invalid name 'Err\ud801\udc00-': '-' is not a letter, digit or '_'");
    }

    @Test
    void rejectsJavaKeywordsAndLiterals() {
        assertRejected(String.join("\n", line("class", "1"), line("true", "2"), line("_", "3")),
                "errors.txt:1:1: invalid name 'class': it is a Java keyword",
                "errors.txt:2:1: invalid name 'true': it is a Java literal",
                "errors.txt:3:1: invalid name '_': it is a Java keyword");
    }

    @Test
    void rejectsGoKeywords() {
        assertRejected(line("func", "1"), "errors.txt:1:1: invalid name 'func': it is a Go keyword");
    }

    @Test
    void acceptsUnicodeLettersDigitsAndUnderscores() {
        assertThat(fixture.validate(line("_Err\u00e9\u0663", "1"), line("\u041e\u0448\u0438\u0431\u043a\u0430", "2")))
                .isPresent();
        assertThat(fixture.reported()).isEmpty();
    }

    @Test
    void rejectsDuplicateNameAtTheLaterOne() {
        assertRejected(String.join("\n", line("ErrA", "1"), line("ErrB", "2"), line("ErrA", "3")),
                "errors.txt:3:1: duplicate name ErrA (first used at line 1)");
    }

    @Test
    void reportsDuplicateOfAnInvalidNameToo() {
        assertRejected(String.join("\n", line("Err-A", "1"), line("Err-A", "2")),
                "errors.txt:1:4: invalid name 'Err-A': '-' is not a letter, digit or '_'",
                "errors.txt:2:1: duplicate name Err-A (first used at line 1)",
                "errors.txt:2:4: invalid name 'Err-A': '-' is not a letter, digit or '_'");
    }

    @Test
    void rejectsDuplicateCodeAtTheLaterOne() {
        assertRejected(String.join("\n", line("ErrDBDriverError", "10001"), line("ErrB", "10001")),
                "errors.txt:2:12: duplicate code 10001 (first used by ErrDBDriverError at line 1)");
    }

    @Test
    void rejectsSignedCodes() {
        assertRejected(String.join("\n", line("ErrA", "+10001"), line("ErrB", "-1")),
                "errors.txt:1:12: invalid code '+10001': a code is a plain decimal, without a sign",
                "errors.txt:2:12: invalid code '-1': a code is a plain decimal, without a sign");
    }

    @Test
    void rejectsLeadingZeros() {
        assertRejected(line("ErrA", "010001"),
                "errors.txt:1:12: invalid code '010001': a code is a plain decimal, without leading zeros");
    }

    @Test
    void rejectsCodeThatIsNotANumber() {
        assertRejected(String.join("\n", line("ErrA", "1O001"), line("ErrB", "0x1F"), line("ErrC", "\u0661\u0662")),
                "errors.txt:1:12: invalid code '1O001': not a decimal number",
                "errors.txt:2:12: invalid code '0x1F': not a decimal number",
                "errors.txt:3:12: invalid code '\u0661\u0662': not a decimal number");
    }

    @Test
    void rejectsCodesOutOfRangeWithoutOverflow() {
        assertRejected(String.join("\n", line("ErrA", "0"), line("ErrB", "2147483648"), line("ErrC", "99999999999"),
                        line("ErrD", "18446744073709551617")),
                "errors.txt:1:12: invalid code '0': out of range 1..2147483647",
                "errors.txt:2:12: invalid code '2147483648': out of range 1..2147483647",
                "errors.txt:3:12: invalid code '99999999999': out of range 1..2147483647",
                "errors.txt:4:12: invalid code '18446744073709551617': out of range 1..2147483647");
    }

    @Test
    void acceptsLargestCode() {
        assertThat(fixture.validate(line("ErrA", "2147483647")).orElseThrow().errors().get(0).code())
                .isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void rejectsUnknownClassSuggestingTheNearest() {
        assertRejected(line("ErrA", "1", "databse", "internal", "high"),
                "errors.txt:1:20: unknown class 'databse' (did you mean 'database'?); " + DM_CLASSES
                        + "; declare a class of your own with <extraClasses>");
    }

    @Test
    void rejectsUnknownClassWithoutSuggestionWhenNothingIsNear() {
        assertRejected(line("ErrA", "1", "storage", "internal", "high"),
                "errors.txt:1:20: unknown class 'storage'; " + DM_CLASSES
                        + "; declare a class of your own with <extraClasses>");
    }

    @Test
    void rejectsUnknownClassSuggestingADeclaredOne() {
        fixture.validate(Set.of(ErrorClass.of("storage"), ErrorClass.of("cache")),
                line("ErrA", "1", "storag", "internal", "high"));

        assertThat(fixture.reported()).containsExactly(
                "errors.txt:1:20: unknown class 'storag' (did you mean 'storage'?); " + DM_CLASSES
                        + "; <extraClasses> declares cache, storage; declare a class of your own with <extraClasses>");
    }

    @Test
    void rejectsUnknownClassSayingWhichOtherExecutionDeclaresIt() {
        ClassesElsewhere elsewhere = new ClassesElsewhere("default-cli", new TreeMap<>(Map.of(
                "order", List.of("generate-errors"), "cache", List.of("docs", "generate-errors"))));
        fixture.validate(Set.of(ErrorClass.of("billing")), elsewhere,
                line("ErrA", "1", "order", "internal", "high"),
                line("ErrB", "2", "cache", "internal", "high"),
                line("ErrC", "3", "storage", "internal", "high"));

        assertThat(fixture.reported()).containsExactly(
                "errors.txt:1:20: unknown class 'order'; " + DM_CLASSES + "; <extraClasses> declares billing;"
                        + " declare a class of your own with <extraClasses>; 'order' is declared only in the"
                        + " <extraClasses> of execution 'generate-errors', which this goal (execution 'default-cli')"
                        + " does not see: move <extraClasses>, with <packageName> and <catalogue>, from the"
                        + " <execution> to the plugin's own <configuration>",
                "errors.txt:2:20: unknown class 'cache'; " + DM_CLASSES + "; <extraClasses> declares billing;"
                        + " declare a class of your own with <extraClasses>; 'cache' is declared only in the"
                        + " <extraClasses> of executions 'docs', 'generate-errors', which this goal (execution"
                        + " 'default-cli') does not see: move <extraClasses>, with <packageName> and <catalogue>,"
                        + " from the <execution> to the plugin's own <configuration>",
                "errors.txt:3:20: unknown class 'storage'; " + DM_CLASSES + "; <extraClasses> declares billing;"
                        + " declare a class of your own with <extraClasses>");
    }

    @Test
    void rejectsUnknownScopeSuggestingTheNearest() {
        assertRejected(line("ErrA", "1", "database", "upstrem", "high"),
                "errors.txt:1:35: unknown scope 'upstrem' (did you mean 'upstream'?);"
                        + " valid scopes are not-set, upstream, downstream, internal");
    }

    @Test
    void rejectsUnknownLevelSuggestingTheNearest() {
        assertRejected(String.join("\n", line("ErrA", "1", "database", "internal", "hihg"),
                        line("ErrB", "2", "database", "internal", "HIGH"),
                        line("ErrC", "3", "database", "internal", "severe")),
                "errors.txt:1:50: unknown level 'hihg' (did you mean 'high'?); valid levels are low, medium, high",
                "errors.txt:2:50: unknown level 'HIGH' (did you mean 'high'?); valid levels are low, medium, high",
                "errors.txt:3:50: unknown level 'severe'; valid levels are low, medium, high");
    }

    @Test
    void rejectsMessageLongerThanAJavaStringConstant() {
        assertRejected(line("ErrA", "1") + ", \"Message: " + "a".repeat(65_536) + "\"",
                "errors.txt:1:67: message too long for a Java string constant:"
                        + " 65536 bytes in modified UTF-8, at most 65535");
    }

    @Test
    void rejectsWorkaroundLongerThanAJavaStringConstant() {
        assertRejected(line("ErrA", "1") + ", \"Workaround: " + "\u20ac".repeat(21_846) + "\"",
                "errors.txt:1:70: workaround too long for a Java string constant:"
                        + " 65538 bytes in modified UTF-8, at most 65535");
    }

    @Test
    void reportsBothTextsWhenBothAreTooLong() {
        String text = "a".repeat(65_536);

        assertRejected(line("ErrA", "1") + ", \"Message: " + text + ", Workaround: " + text + "\"",
                "errors.txt:1:67: message too long for a Java string constant:"
                        + " 65536 bytes in modified UTF-8, at most 65535",
                "errors.txt:1:65617: workaround too long for a Java string constant:"
                        + " 65536 bytes in modified UTF-8, at most 65535");
    }

    @Test
    void reportsEveryProblemOfEveryLineInLineOrder() {
        assertRejected(String.join("\n",
                        line("ErrA", "1"),
                        line("1Bad", "+2", "databse", "upstream", "hihg"),
                        "ErrC,[code=3:class=database]",
                        line("ErrA", "1", "dm-master", "sideways", "low") + ", \"Message: ok\"",
                        line("ErrE", "99999999999", "ha", "internal", "low")),
                "errors.txt:2:1: invalid name '1Bad': a name starts with a letter or '_', not '1'",
                "errors.txt:2:12: invalid code '+2': a code is a plain decimal, without a sign",
                "errors.txt:2:21: unknown class 'databse' (did you mean 'database'?); " + DM_CLASSES
                        + "; declare a class of your own with <extraClasses>",
                "errors.txt:2:50: unknown level 'hihg' (did you mean 'high'?); valid levels are low, medium, high",
                "errors.txt:3:28: expected ':scope=', found ']'",
                "errors.txt:4:1: duplicate name ErrA (first used at line 1)",
                "errors.txt:4:12: duplicate code 1 (first used by ErrA at line 1)",
                "errors.txt:4:36: unknown scope 'sideways'; valid scopes are not-set, upstream, downstream, internal",
                "errors.txt:5:12: invalid code '99999999999': out of range 1..2147483647");
    }

    private void assertRejected(String lines, String... reported) {
        assertThat(fixture.validate(lines)).as("catalogue").isEmpty();
        assertThat(fixture.reported()).containsExactly(reported);
    }
}
