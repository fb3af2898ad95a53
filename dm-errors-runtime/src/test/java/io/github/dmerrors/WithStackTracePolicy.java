package io.github.dmerrors;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs each test of the annotated class, or the annotated test, under a {@link StackTracePolicy},
 * and puts back the policy that was in force when it ends, however it ends. A test may change the
 * policy further; it is put back all the same. On a class, the policy holds from before the class's
 * {@code @MethodSource}s create their exceptions until the class is done; a test's own annotation
 * overrides its class's for that test.
 *
 * <p>The policy is one global value, so tests that change it must not run at the same time as each
 * other when JUnit runs tests in parallel: each must also carry {@code @ResourceLock(}{@link
 * #LOCK}{@code )} (JUnit does not let an annotation carry it for them), and the test fails at once
 * when it does not.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(StackTracePolicyExtension.class)
public @interface WithStackTracePolicy {
    /** The JUnit resource every test that changes the policy locks. */
    String LOCK = "io.github.dmerrors.StackTracePolicy";

    /** The policy each test starts with. */
    StackTracePolicy value();
}
