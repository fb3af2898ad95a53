package io.github.dmerrors.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dmerrors.maven.model.ErrorDefinition;
import java.util.List;
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

    private static Explanation explain(ErrorQuery query) {
        return Explainer.explain(errors, DocsFixture.CATALOGUE_NAME, query);
    }
}
