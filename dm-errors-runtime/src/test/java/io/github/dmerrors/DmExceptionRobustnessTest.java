package io.github.dmerrors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Creating and printing a DmException never throws, whatever the arguments and the cause do: an
 * error path must not fail with an exception of its own. Complements
 * {@code MessageTemplateRobustnessTest}, which covers the formatter alone.
 */
class DmExceptionRobustnessTest {
    private static final String QUERY_FAILED = "[code=10005:class=database:scope=not-set:level=high], Message: ";

    /** A cause whose {@code getMessage()} throws whatever it is given, checked or not. */
    private static final class Treacherous extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Throwable thrown;

        Treacherous(Throwable thrown) {
            this.thrown = thrown;
        }

        @Override
        public String getMessage() {
            return Treacherous.<RuntimeException>sneak(thrown);
        }

        @SuppressWarnings("unchecked")
        private static <T extends Throwable> String sneak(Throwable thrown) throws T {
            throw (T) thrown;
        }
    }

    private static final class Unprintable {
        private final Throwable thrown;

        Unprintable(Throwable thrown) {
            this.thrown = thrown;
        }

        @Override
        public String toString() {
            return Treacherous.<RuntimeException>sneak(thrown);
        }
    }

    @Test
    void printsTheClassOfACauseWhoseGetMessageThrowsAnError() {
        DmException e = SampleErrors.QUERY_FAILED.delegate(new Treacherous(new AssertionError("boom")), "q");

        assertThat(e.getMessage()).isEqualTo(QUERY_FAILED + "query statement failed: q, RawCause: "
                + Treacherous.class.getName());
    }

    @Test
    void printsTheClassOfACauseWhoseGetMessageThrowsACheckedException() {
        DmException e = SampleErrors.QUERY_FAILED.delegate(new Treacherous(new java.io.IOException("io")), "q");

        assertThat(e.getMessage()).endsWith(", RawCause: " + Treacherous.class.getName());
        assertThat(e.toString()).isEqualTo(DmException.class.getName() + ": " + e.getMessage());
    }

    @Test
    void printsTheClassOfACauseWhoseGetMessageOverflowsTheStack() {
        DmException e = SampleErrors.QUERY_FAILED.delegate(new Treacherous(new StackOverflowError()), "q");

        assertThat(e.getMessage()).endsWith(", RawCause: " + Treacherous.class.getName());
    }

    @Test
    void printsTheGoPanicOfAnArgumentWhoseToStringThrowsAnErrorOrACheckedException() {
        DmException e = SampleErrors.QUERY_FAILED.generate(new Unprintable(new AssertionError("no text")));
        DmException checked = SampleErrors.QUERY_FAILED.generate(new Unprintable(new Exception("checked")));

        assertThat(e.getMessage()).isEqualTo(QUERY_FAILED + "query statement failed: %!s(PANIC=String method: no text)");
        assertThat(checked.getMessage()).endsWith("%!s(PANIC=String method: checked)");
    }

    @Test
    void acceptsNullEverywhereItCanBePassed() {
        assertThat(SampleErrors.QUERY_FAILED.generate((Object[]) null).getMessage())
                .isEqualTo(QUERY_FAILED + "query statement failed: %s");
        assertThat(SampleErrors.QUERY_FAILED.generate((Object) null).getMessage())
                .isEqualTo(QUERY_FAILED + "query statement failed: %!s(<nil>)");
        assertThat(SampleErrors.QUERY_FAILED.delegate(null, (Object) null).getMessage())
                .isEqualTo(QUERY_FAILED + "query statement failed: %!s(<nil>)");
        assertThat(SampleErrors.QUERY_FAILED.generatef("%v %d", null, null).getMessage())
                .isEqualTo(QUERY_FAILED + "<nil> %!d(<nil>)");
    }

    @Test
    void printsMalformedFormatsInsteadOfThrowing() {
        String[] formats = {"%[0]d %[x]s %*.*[ %!", "%", "%[", "%[1", "%[2147483648]d", "%.*[-1]d", "%-+# 0*.*v", "%\uffff"};

        for (String format : formats) {
            assertThat(SampleErrors.BARE.generatef(format, 1, "a").getMessage()).as(format)
                    .startsWith("[code=36001:class=sync-unit:scope=downstream:level=high], Message: ");
        }
    }

    @Test
    void printsArgumentsThatHoldThemselvesAndAreHuge() {
        List<Object> cyclic = new ArrayList<>();
        Map<Object, Object> map = new HashMap<>();
        cyclic.add(map);
        map.put("list", cyclic);
        Object[] big = new Object[200_000];
        Arrays.fill(big, "x");

        DmException e = SampleErrors.QUERY_FAILED.generatef("%v %d", cyclic, (Object) big);

        assertThat(e.getMessage()).startsWith(QUERY_FAILED + "[map[list:[...]]] [%!d(string=x) %!d(string=x)")
                .hasSizeGreaterThan(200_000 * 14);
    }

    @Test
    void describesItselfForLoggersWhateverTheCauseDoes() {
        DmException e = SampleErrors.QUERY_FAILED.delegate(new Treacherous(new IllegalStateException()), "q");

        assertThat(e.getLocalizedMessage()).isEqualTo(e.getMessage());
        assertThat(e.toString()).isEqualTo(DmException.class.getName() + ": " + QUERY_FAILED
                + "query statement failed: q, RawCause: " + Treacherous.class.getName());
        assertThat(e.annotate("while loading").getMessage()).contains("while loading: query statement failed: q");
    }
}
