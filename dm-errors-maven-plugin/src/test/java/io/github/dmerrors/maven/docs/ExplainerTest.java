package io.github.dmerrors.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dmerrors.ErrorLevel;
import io.github.dmerrors.ErrorScope;
import io.github.dmerrors.maven.guide.ErrorGuide;
import io.github.dmerrors.maven.guide.Guide;
import io.github.dmerrors.maven.guide.GuideText;
import io.github.dmerrors.maven.model.ErrorDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExplainerTest {
    private static final String CATALOGUE = """
            ErrDBDriverError,[code=10001:class=database:scope=not-set:level=high], "Message: database driver error, Workaround: Please check the database connection."
            ErrDBBadConn,[code=10002:class=database:scope=not-set:level=high], "Message: database driver, Workaround: Please check the database connection, then use `pause-task` to pause the task."
            ErrDBUnExpect,[code=10004:class=database:scope=not-set:level=high], "Message: unexpect database error: %s"
            ErrDBQueryFailed,[code=10005:class=database:scope=upstream:level=medium], "Message: query statement failed: %s"
            ErrConfigCheckItemNotSupport,[code=20001:class=config:scope=internal:level=medium], "Message: checking item %s is not supported\\n%s, Workaround: step 1\\nstep 2"
            ErrVerifySQLOperateArgs,[code=11017:class=functional:scope=internal:level=low], "Workaround: Please make sure the args are correct."
            ErrInvoiceRejected,[code=90001:class=billing:scope=downstream:level=low], "Message: rejected\u001b[2J by \u202eadmin"
            """;

    private static List<ErrorDefinition> errors;

    @BeforeAll
    static void load() throws Exception {
        errors = DocsFixture.catalogue(CATALOGUE, "billing").errors();
    }

    @Test
    void explainsAKnownCodeWithWhatClassScopeAndLevelMean() {
        assertThat(explain(new ErrorQuery.ByCode(10002))).isEqualTo(new Explanation(List.of(
                "Error 10002: ErrDBBadConn",
                "  DM prints   [code=10002:class=database:scope=not-set:level=high]",
                "  class       database: Errors in database operations.",
                "  scope       not-set: Not recorded: the error may come from anywhere.",
                "  level       high: Needs attention: left alone, it may interrupt a replication task.",
                "  message     database driver",
                "  workaround  Please check the database connection, then use `pause-task` to pause the task."),
                Optional.empty()));
    }

    @Test
    void explainsAKnownNameAndSaysWhatIsMissing() {
        assertThat(explain(new ErrorQuery.ByName("ErrVerifySQLOperateArgs")).lines()).containsExactly(
                "Error 11017: ErrVerifySQLOperateArgs",
                "  DM prints   [code=11017:class=functional:scope=internal:level=low]",
                "  class       functional: Errors of DM's underlying functions.",
                "  scope       internal: DM itself.",
                "  level       low: Usually about a user's operation or input. It does not affect replication tasks.",
                "  message     (none)",
                "  workaround  Please make sure the args are correct.");
    }

    @Test
    void continuesATextOfSeveralLinesUnderItsFirst() {
        assertThat(explain(new ErrorQuery.ByCode(20001)).lines()).endsWith(
                "  message     checking item %s is not supported",
                "              %s",
                "  workaround  step 1",
                "              step 2");
    }

    @Test
    void takesATomlKeyOnlyWithTheCodesOwnClass() {
        assertThat(explain(new ErrorQuery.ByCode(10002, Optional.of("database"))))
                .isEqualTo(explain(new ErrorQuery.ByCode(10002)));
        assertThat(explain(new ErrorQuery.ByCode(10002, Optional.of("sync-unit")))).isEqualTo(new Explanation(List.of(
                "No error DM-sync-unit-10002 in src/main/errors/errors_release.txt: code 10002 is ErrDBBadConn,"
                        + " a database error (DM-database-10002)."),
                Optional.of("dm-errors: code 10002 is not a sync-unit error in src/main/errors/errors_release.txt;"
                        + " it is DM-database-10002")));
    }

    @Test
    void choosesTheArticleByTheClassName() throws Exception {
        List<ErrorDefinition> orders = DocsFixture.catalogue(
                "ErrOrderLost,[code=95001:class=order:scope=internal:level=low], \"Message: order lost\"\n", "order")
                .errors();
        Explanation wrongKey = Explainer.explain(orders, DocsFixture.CATALOGUE_NAME,
                new ErrorQuery.ByCode(95001, Optional.of("billing")));
        assertThat(wrongKey.lines()).containsExactly("No error DM-billing-95001 in src/main/errors/errors_release.txt:"
                + " code 95001 is ErrOrderLost, an order error (DM-order-95001).");
        assertThat(explain(new ErrorQuery.ByCode(10002, Optional.of("order"))).problem())
                .contains("dm-errors: code 10002 is not an order error in src/main/errors/errors_release.txt;"
                        + " it is DM-database-10002");
    }

    @Test
    void showsHiddenCharactersAndAClassOfTheCatalogueOwn() {
        assertThat(explain(new ErrorQuery.ByCode(90001)).lines()).contains(
                "  class       billing: A class of this catalogue's own.",
                "  scope       downstream: The downstream (target) database.",
                "  message     rejected\\u001b[2J by \\u202eadmin",
                "  workaround  (none in the catalogue)");
    }

    @Test
    void showsPrivateUseCharactersEscapedAsJavadocDoes() throws Exception {
        List<ErrorDefinition> withPrivateUse = DocsFixture.catalogue(
                "ErrA,[code=1:class=database:scope=not-set:level=high], \"Message: a\uE000b, Workaround: c\uDB80\uDC00d\"\n")
                .errors();

        assertThat(Explainer.explain(withPrivateUse, DocsFixture.CATALOGUE_NAME, new ErrorQuery.ByCode(1)).lines())
                .contains("  message     a\\ue000b", "  workaround  c\\udb80\\udc00d");
        assertThat(Explainer.explain(withPrivateUse, DocsFixture.CATALOGUE_NAME, new ErrorQuery.ByCode(2)).lines())
                .contains("  1 ErrA: a\\ue000b");
    }

    @Test
    void listsTheThreeNearestCodesInCodeOrderForAnUnknownCode() {
        assertThat(explain(new ErrorQuery.ByCode(10003))).isEqualTo(new Explanation(List.of(
                "No error has code 10003 in src/main/errors/errors_release.txt. The nearest codes:",
                "  10001 ErrDBDriverError: database driver error",
                "  10002 ErrDBBadConn: database driver",
                "  10004 ErrDBUnExpect: unexpect database error: %s"),
                Optional.of("dm-errors: no error has code 10003 in src/main/errors/errors_release.txt;"
                        + " see the nearest codes above")));
    }

    @Test
    void showsOnlyTheFirstLineOfANearMessage() {
        assertThat(explain(new ErrorQuery.ByCode(20000)).lines()).containsExactly(
                "No error has code 20000 in src/main/errors/errors_release.txt. The nearest codes:",
                "  10005 ErrDBQueryFailed: query statement failed: %s",
                "  11017 ErrVerifySQLOperateArgs",
                "  20001 ErrConfigCheckItemNotSupport: checking item %s is not supported");
    }

    @Test
    void listsNamesThatContainAnUnknownNameFirstThenTheNearest() {
        Explanation explanation = explain(new ErrorQuery.ByName("badconn"));

        assertThat(explanation.found()).isFalse();
        assertThat(explanation.lines()).containsExactly(
                "No error is named badconn in src/main/errors/errors_release.txt. The nearest names:",
                "  10002 ErrDBBadConn: database driver",
                "  10004 ErrDBUnExpect: unexpect database error: %s",
                "  10001 ErrDBDriverError: database driver error");
        assertThat(explanation.problem()).contains(
                "dm-errors: no error is named badconn in src/main/errors/errors_release.txt; see the nearest names above");
    }

    @Test
    void listsTheNearestNamesByEditDistanceThenByNameForAMisspeltName() {
        assertThat(explain(new ErrorQuery.ByName("ErrDBQueryFailled")).lines()).containsExactly(
                "No error is named ErrDBQueryFailled in src/main/errors/errors_release.txt. The nearest names:",
                "  10005 ErrDBQueryFailed: query statement failed: %s",
                "  10002 ErrDBBadConn: database driver",
                "  10004 ErrDBUnExpect: unexpect database error: %s");
    }

    @Test
    void saysSoWhenTheCatalogueHasNoErrors() {
        Explanation explanation = Explainer.explain(List.of(), "empty.txt", new ErrorQuery.ByCode(1));

        assertThat(explanation.lines()).containsExactly("No error has code 1: empty.txt has no errors.");
        assertThat(explanation.problem()).contains("dm-errors: no error has code 1 in empty.txt");
    }

    @Test
    void speaksNeutrallyOfACatalogueWithClassesOfItsOwnAndNoProduct() {
        assertThat(Explainer.explain(errors, DocsFixture.CATALOGUE_NAME, new ErrorQuery.ByCode(11017)).lines())
                .containsExactly(
                        "Error 11017: ErrVerifySQLOperateArgs",
                        "  printed as  [code=11017:class=functional:scope=internal:level=low]",
                        "  class       functional: Errors of DM's underlying functions.",
                        "  scope       internal: The program itself.",
                        "  level       low: Usually about a user's operation or input. It does not affect work already running.",
                        "  message     (none)",
                        "  workaround  Please make sure the args are correct.");
    }

    @Test
    void addsWhatTheGuideSaysAndItsFirstSteps() {
        Guide guide = new Guide(true, Optional.of("Billing"),
                Map.of(10002, new ErrorGuide(10002, "ErrDBBadConn",
                        new GuideText(List.of("The connection broke.", "Nothing was sent.")),
                        new GuideText(List.of("Check the network.")))),
                Map.of("billing", new GuideText(List.of("Invoices."))),
                Map.of(ErrorLevel.HIGH, new GuideText(List.of("Stops the run."))),
                Map.of(ErrorScope.NOT_SET, new GuideText(List.of("Anywhere."))),
                new GuideText(List.of("1. Run `query-status`.", "2. Read the logs.")));

        assertThat(Explainer.explain(errors, guide, DocsFixture.CATALOGUE_NAME, new ErrorQuery.ByCode(10002)).lines())
                .containsExactly(
                        "Error 10002: ErrDBBadConn",
                        "  Billing prints [code=10002:class=database:scope=not-set:level=high]",
                        "  class       database: Errors in database operations.",
                        "  scope       not-set: Anywhere.",
                        "  level       high: Stops the run.",
                        "  message     database driver",
                        "  workaround  Please check the database connection, then use `pause-task` to pause the task.",
                        "  meaning     The connection broke.",
                        "              Nothing was sent.",
                        "  handling    Check the network.",
                        "  first steps 1. Run `query-status`.",
                        "              2. Read the logs.");
        assertThat(Explainer.explain(errors, guide, DocsFixture.CATALOGUE_NAME, new ErrorQuery.ByCode(90001)).lines())
                .contains("  class       billing: Invoices.");
    }

    @Test
    void explainsEveryErrorOfATextWithWhatItCarried() {
        String log = "[2026/12/06 05:00:00.000 +00:00] [ERROR] [subtask.go:311] [\"unit process error\"] [task=t]"
                + " [error=\"[code=10002:class=database:scope=not-set:level=high], Message: database driver,"
                + " RawCause: dial tcp 127.0.0.1:4000: connect: connection refused, Workaround: Please check"
                + " the database connection, then use `pause-task` to pause the task.\"] [next=\"[code=10005:"
                + "class=database:scope=upstream:level=medium], Message: query statement failed: SHOW MASTER STATUS\"]";

        Explanation explanation = explain(new ErrorQuery.ByText(log));

        assertThat(explanation.found()).isTrue();
        assertThat(explanation.lines()).startsWith("The text holds 2 errors.", "", "Error 10002: ErrDBBadConn")
                .contains("  printed     database driver",
                        "  raw cause   dial tcp 127.0.0.1:4000: connect: connection refused",
                        "Error 10005: ErrDBQueryFailed",
                        "  printed     query statement failed: SHOW MASTER STATUS",
                        "  raw cause   (none in the text)")
                .doesNotContain("  note        the text gives class database, the catalogue database");
    }

    @Test
    void failsAfterExplainingTheOthersWhenATextHasACodeTheCatalogueLacks() {
        Explanation explanation = explain(new ErrorQuery.ByText(
                "[code=10002:class=database:scope=not-set:level=high], Message: x\n"
                        + "[code=10003:class=sync-unit:scope=internal:level=high], Message: y, RawCause: z"));

        assertThat(explanation.lines()).contains("Error 10002: ErrDBBadConn",
                "No error has code 10003 in src/main/errors/errors_release.txt. The nearest codes:",
                "  printed     y", "  raw cause   z");
        assertThat(explanation.problem())
                .contains("dm-errors: 1 of 2 errors in the text is not in src/main/errors/errors_release.txt");
    }

    @Test
    void failsForATextWithoutAnyError() {
        Explanation explanation = explain(new ErrorQuery.ByText("connection refused [code=x]"));

        assertThat(explanation.found()).isFalse();
        assertThat(explanation.problem()).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("dm-errors: the text given holds no DM error"));
    }

    /** The fixture's catalogue has a class of its own, so its guide names DM to keep DM's words. */
    private static Explanation explain(ErrorQuery query) {
        Guide dm = new Guide(true, Optional.of(Guide.DM), Map.of(), Map.of(), Map.of(), Map.of(), GuideText.NONE);
        return Explainer.explain(errors, dm, DocsFixture.CATALOGUE_NAME, query);
    }
}
