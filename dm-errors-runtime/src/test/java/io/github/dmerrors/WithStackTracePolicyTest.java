package io.github.dmerrors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** The extension behind {@link WithStackTracePolicy}, run on sample test classes. */
@ResourceLock(WithStackTracePolicy.LOCK)
class WithStackTracePolicyTest {
    /** The policies the samples saw, in the order their tests ran. */
    private static final List<StackTracePolicy> SEEN = new ArrayList<>();

    @Test
    void setsThePolicyAndPutsBackTheOneBeforeEvenWhenTheTestFails() {
        StackTracePolicy before = StackTracePolicy.current();
        SEEN.clear();

        Events tests = run(FailingSample.class);

        tests.assertStatistics(stats -> stats.started(1).failed(1));
        tests.assertThatEvents().haveExactly(1, event(test("changesThePolicyAndFails"),
                finishedWithFailure(instanceOf(AssertionError.class), message("failed on purpose"))));
        assertThat(SEEN).containsExactly(StackTracePolicy.NEVER);
        assertThat(StackTracePolicy.current()).isEqualTo(before);
    }

    @Test
    void startsEachTestOfAClassWithItsPolicyUnlessTheTestHasItsOwn() {
        StackTracePolicy before = StackTracePolicy.current();
        SEEN.clear();

        run(OverridingSample.class).assertStatistics(stats -> stats.started(2).succeeded(2));

        assertThat(SEEN).containsExactly(StackTracePolicy.ALWAYS, StackTracePolicy.ONLY_HIGH);
        assertThat(StackTracePolicy.current()).isEqualTo(before);
    }

    @Test
    void holdsTheClassPolicyWhileArgumentsAreCreated() {
        StackTracePolicy before = StackTracePolicy.current();
        SEEN.clear();

        run(ArgumentsSample.class).assertStatistics(stats -> stats.started(1).succeeded(1));

        assertThat(SEEN).containsExactly(StackTracePolicy.NEVER, StackTracePolicy.NEVER);
        assertThat(StackTracePolicy.current()).isEqualTo(before);
    }

    @Test
    void failsATestThatDoesNotLockThePolicy() {
        StackTracePolicy before = StackTracePolicy.current();
        SEEN.clear();

        Events tests = run(UnlockedSample.class);

        tests.assertThatEvents().haveExactly(1, event(test("changesThePolicyWithoutTheLock"),
                finishedWithFailure(instanceOf(ExtensionConfigurationException.class))));
        tests.assertThatEvents().doNotHave(event(finishedSuccessfully()));
        assertThat(SEEN).isEmpty();
        assertThat(StackTracePolicy.current()).isEqualTo(before);
    }

    private static Events run(Class<?> sample) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(sample)).execute().testEvents();
    }

    // The samples are nested, so that the build's own run of the tests does not pick them up.

    static class FailingSample {
        @Test
        @WithStackTracePolicy(StackTracePolicy.NEVER)
        @ResourceLock(WithStackTracePolicy.LOCK)
        void changesThePolicyAndFails() {
            SEEN.add(StackTracePolicy.current());
            StackTracePolicy.setCurrent(StackTracePolicy.ALWAYS);
            throw new AssertionError("failed on purpose");
        }
    }

    @WithStackTracePolicy(StackTracePolicy.ONLY_HIGH)
    @ResourceLock(WithStackTracePolicy.LOCK)
    @TestMethodOrder(MethodOrderer.MethodName.class)
    static class OverridingSample {
        @Test
        @WithStackTracePolicy(StackTracePolicy.ALWAYS)
        void changesItsOwnPolicy() {
            SEEN.add(StackTracePolicy.current());
            StackTracePolicy.setCurrent(StackTracePolicy.NEVER);
        }

        @Test
        void keepsTheClassPolicy() {
            SEEN.add(StackTracePolicy.current());
        }
    }

    @WithStackTracePolicy(StackTracePolicy.NEVER)
    @ResourceLock(WithStackTracePolicy.LOCK)
    static class ArgumentsSample {
        static Stream<StackTracePolicy> policies() {
            SEEN.add(StackTracePolicy.current());
            return Stream.of(StackTracePolicy.current());
        }

        @ParameterizedTest
        @MethodSource("policies")
        void seesTheClassPolicy(StackTracePolicy policy) {
            SEEN.add(policy);
        }
    }

    static class UnlockedSample {
        @Test
        @WithStackTracePolicy(StackTracePolicy.NEVER)
        void changesThePolicyWithoutTheLock() {
            SEEN.add(StackTracePolicy.current());
        }
    }
}
