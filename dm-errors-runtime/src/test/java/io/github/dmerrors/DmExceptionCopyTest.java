package io.github.dmerrors;

import static io.github.dmerrors.SampleErrors.BAD_CONN;
import static io.github.dmerrors.SampleErrors.INVALID_INPUT;
import static io.github.dmerrors.SampleErrors.QUERY_FAILED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

@WithStackTracePolicy(StackTracePolicy.ALWAYS)
@ResourceLock(WithStackTracePolicy.LOCK)
class DmExceptionCopyTest {
    // Created one frame deeper than the tests, so that a copy that captured its own stack instead
    // of keeping this one would show a different top frame.
    private static DmException created() {
        return BAD_CONN.delegate(new IOException("broken pipe"));
    }

    @Test
    void changesTheScopeOfACopyOnly() {
        DmException original = created();
        String originalText = original.getMessage();

        DmException copy = original.withScope(ErrorScope.DOWNSTREAM);

        assertThat(copy).isNotSameAs(original);
        assertThat(copy.scope()).isEqualTo(ErrorScope.DOWNSTREAM);
        assertThat(copy.getMessage()).isEqualTo("[code=10002:class=database:scope=downstream:level=medium],"
                + " Message: bad connection, RawCause: broken pipe, Workaround: please check your network connection");
        assertThat(original.scope()).isEqualTo(ErrorScope.UPSTREAM);
        assertThat(original.getMessage()).isEqualTo(originalText);
    }

    @Test
    void changesTheClassOfACopyOnly() {
        DmException original = created();

        DmException copy = original.withClass(ErrorClass.of("my-unit"));

        assertThat(copy.errorClass()).isEqualTo(ErrorClass.of("my-unit"));
        assertThat(copy.getMessage()).startsWith("[code=10002:class=my-unit:scope=upstream:level=medium],");
        assertThat(original.errorClass()).isSameAs(ErrorClass.DATABASE);
        assertThat(original.getMessage()).startsWith("[code=10002:class=database:");
        assertThat(copy.error()).isSameAs(BAD_CONN);
    }

    @Test
    void keepsCodeCauseStackAndSuppressedInCopies() {
        DmException original = created();
        IllegalStateException suppressed = new IllegalStateException("while closing");
        original.addSuppressed(suppressed);

        for (DmException copy : new DmException[] {
            original.withScope(ErrorScope.INTERNAL), original.withClass(ErrorClass.HA), original.annotate("note")
        }) {
            assertThat(copy.code()).isEqualTo(original.code());
            assertThat(copy.level()).isEqualTo(original.level());
            assertThat(copy.workaround()).isEqualTo(original.workaround());
            assertThat(copy.getCause()).isSameAs(original.getCause());
            assertThat(copy.getStackTrace()).isNotEmpty().containsExactly(original.getStackTrace());
            assertThat(copy.getSuppressed()).containsExactly(suppressed);
            assertThat(BAD_CONN.is(copy)).isTrue();
        }
    }

    @Test
    @WithStackTracePolicy(StackTracePolicy.FROM_MEDIUM)
    void keepsAStacklessExceptionStackless() {
        DmException original = INVALID_INPUT.generate("x");

        assertThat(original.withScope(ErrorScope.UPSTREAM).getStackTrace()).isEmpty();
        assertThat(original.annotate("note").getStackTrace()).isEmpty();
    }

    @Test
    void putsTheNoteInFrontOfACopysMessage() {
        DmException original = QUERY_FAILED.generate("SELECT 1");

        DmException annotated = original.annotate("while syncing");

        assertThat(annotated.formattedMessage()).isEqualTo("while syncing: query statement failed: SELECT 1");
        assertThat(annotated.getMessage()).isEqualTo("[code=10005:class=database:scope=not-set:level=high],"
                + " Message: while syncing: query statement failed: SELECT 1");
        assertThat(original.formattedMessage()).isEqualTo("query statement failed: SELECT 1");
    }

    @Test
    void doesNotReadPercentOfAFormattedMessageAgain() {
        DmException original = QUERY_FAILED.generate("SELECT '50%d' LIKE '%s'");

        DmException annotated = original.annotate("retry 100%").annotate("again");

        assertThat(annotated.formattedMessage())
                .isEqualTo("again: retry 100%: query statement failed: SELECT '50%d' LIKE '%s'");
    }

    @Test
    void annotatesAMessageThatWasNeverFormatted() {
        assertThat(QUERY_FAILED.generate().annotate("note").formattedMessage())
                .isEqualTo("note: query statement failed: %s");
    }

    @Test
    void keepsTheAnnotationAcrossLaterCopies() {
        DmException e = QUERY_FAILED.generate("SELECT 1").annotate("note").withScope(ErrorScope.UPSTREAM);

        assertThat(e.getMessage()).isEqualTo("[code=10005:class=database:scope=upstream:level=high],"
                + " Message: note: query statement failed: SELECT 1");
    }

    @Test
    void rejectsNullArguments() {
        DmException e = BAD_CONN.generate();

        assertThatNullPointerException().isThrownBy(() -> e.withScope(null));
        assertThatNullPointerException().isThrownBy(() -> e.withClass(null));
        assertThatNullPointerException().isThrownBy(() -> e.annotate(null));
    }
}
