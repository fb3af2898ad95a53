package io.github.dmerrors;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * What {@link WithStackTracePolicy} does. On a class, the class's policy is set before anything of
 * the class runs, so that the exceptions a {@code @MethodSource} creates follow it too, and the
 * policy from before is put back after the class. Around each test, the test's policy (its own, or
 * its class's) is set, and the one in force before the test put back after it, whether the test
 * passed, failed or threw.
 */
final class StackTracePolicyExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(StackTracePolicyExtension.class);
    private static final String BEFORE_CLASS = "before the class";
    private static final String BEFORE_TEST = "before the test";

    @Override
    public void beforeAll(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        Optional<WithStackTracePolicy> policy = annotation(testClass);
        if (policy.isPresent()) {
            requireLock(testClass, testClass.getSimpleName());
            apply(context, BEFORE_CLASS, policy.get().value());
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!locks(context.getRequiredTestClass())) {
            requireLock(context.getRequiredTestMethod(),
                    context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName());
        }
        // The method's annotation, if any, is more specific than its class's.
        StackTracePolicy policy = annotation(context.getRequiredTestMethod())
                .or(() -> annotation(context.getRequiredTestClass()))
                .orElseThrow()
                .value();
        apply(context, BEFORE_TEST, policy);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        restore(context, BEFORE_TEST);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        restore(context, BEFORE_CLASS);
    }

    private static void apply(ExtensionContext context, String key, StackTracePolicy policy) {
        context.getStore(NAMESPACE).put(key, StackTracePolicy.current());
        StackTracePolicy.setCurrent(policy);
    }

    private static void restore(ExtensionContext context, String key) {
        StackTracePolicy saved = context.getStore(NAMESPACE).remove(key, StackTracePolicy.class);
        if (saved != null) {
            StackTracePolicy.setCurrent(saved);
        }
    }

    private static Optional<WithStackTracePolicy> annotation(AnnotatedElement element) {
        return AnnotationSupport.findAnnotation(element, WithStackTracePolicy.class);
    }

    private static void requireLock(AnnotatedElement element, String name) {
        if (!locks(element)) {
            throw new ExtensionConfigurationException(name + " changes the stack trace policy: annotate it with"
                    + " @ResourceLock(WithStackTracePolicy.LOCK) too, so that no test running in parallel sees"
                    + " its policy");
        }
    }

    private static boolean locks(AnnotatedElement element) {
        return AnnotationSupport.findRepeatableAnnotations(element, ResourceLock.class).stream().anyMatch(lock ->
                lock.value().equals(WithStackTracePolicy.LOCK) && lock.mode() == ResourceAccessMode.READ_WRITE);
    }
}
