package io.github.dmerrors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.dmerrors.testing.TestTime;
import java.time.Duration;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Formatting never throws, whatever the arguments do. */
class MessageTemplateRobustnessTest {
    /** Ample for a million elements printed in linear time, and far too short for quadratic time. */
    private static final Duration LINEAR_TIME = TestTime.scaled(Duration.ofSeconds(10));

    private static final String TEST = MessageTemplateRobustnessTest.class.getName();

    private static final class Unprintable {
        @Override
        public String toString() {
            throw new IllegalStateException("no text");
        }
    }

    private static final class Silent {
        @Override
        public String toString() {
            throw new UnsupportedOperationException();
        }
    }

    private static final class Nameless {
        @Override
        public String toString() {
            return null;
        }
    }

    private static final class Secretive extends RuntimeException {
        private static final long serialVersionUID = 1L;

        @Override
        public String getMessage() {
            throw new IllegalStateException("classified");
        }
    }

    record Node(String name, List<Object> children) {}

    record Flaky(int value) {
        @Override
        public int value() {
            throw new IllegalStateException("no value");
        }
    }

    private static String format(String template, Object... args) {
        return MessageTemplate.parse(template).format(args);
    }

    @Test
    void printsGoPanicFormWhenToStringThrows() {
        assertThat(format("%v|%s|%5q", new Unprintable(), new Unprintable(), new Unprintable()))
                .isEqualTo("%!v(PANIC=String method: no text)|%!s(PANIC=String method: no text)"
                        + "|%!q(PANIC=String method: no text)");
    }

    @Test
    void printsTheExceptionClassWhenItHasNoMessage() {
        assertThat(format("%v", new Silent()))
                .isEqualTo("%!v(PANIC=String method: java.lang.UnsupportedOperationException)");
    }

    @Test
    void printsThePanicInsideABadVerbReport() {
        assertThat(format("%d", new Unprintable()))
                .isEqualTo("%!d(" + TEST + "$Unprintable=%!v(PANIC=String method: no text))");
    }

    @Test
    void printsThePanicWhereTheElementIs() {
        assertThat(format("%v", List.of(1, new Unprintable(), 2)))
                .isEqualTo("[1 %!v(PANIC=String method: no text) 2]");
    }

    @Test
    void printsThePanicOfAnExtraArgument() {
        assertThat(format("x", new Unprintable()))
                .isEqualTo("x%!(EXTRA " + TEST + "$Unprintable=%!v(PANIC=String method: no text))");
    }

    @Test
    void printsGoErrorPanicFormWhenGetMessageThrows() {
        assertThat(format("%v", new Secretive())).isEqualTo("%!v(PANIC=Error method: classified)");
    }

    @Test
    void printsNilForAToStringThatReturnsNull() {
        assertThat(format("[%s]", new Nameless())).isEqualTo("[<nil>]");
    }

    @Test
    void printsThePanicOfARecordComponentThatThrows() {
        assertThat(format("%+v", new Flaky(1))).isEqualTo("{value:%!v(PANIC=value method: no value)}");
    }

    @Test
    void stopsWhereACyclicListCloses() {
        List<Object> list = new ArrayList<>();
        list.add(1);
        list.add(list);
        assertThat(format("%v", list)).isEqualTo("[1 [...]]");
    }

    @Test
    void stopsWhereACyclicMapCloses() {
        Map<Object, Object> map = new HashMap<>();
        map.put("self", map);
        assertThat(format("%v", map)).isEqualTo("map[self:map[...]]");
    }

    @Test
    void stopsWhereACyclicArrayCloses() {
        Object[] array = new Object[2];
        array[0] = "a";
        array[1] = array;
        assertThat(format("%v", (Object) array)).isEqualTo("[a [...]]");
    }

    @Test
    void stopsWhereACyclicRecordCloses() {
        List<Object> children = new ArrayList<>();
        Node root = new Node("root", children);
        children.add(root);
        assertThat(format("%+v", root)).isEqualTo("{name:root children:[{...}]}");
    }

    @Test
    void printsTheSameListTwiceWhenItIsNotACycle() {
        List<Integer> shared = List.of(1);
        assertThat(format("%v", List.of(shared, shared))).isEqualTo("[[1] [1]]");
    }

    @Test
    void printsAMillionElementArrayInLinearTime() {
        int[] zeros = new int[1_000_000];
        String formatted = assertTimeoutPreemptively(LINEAR_TIME, () -> format("%d", zeros));
        assertThat(formatted).hasSize(2 * 1_000_000 + 1).startsWith("[0 0 ").endsWith(" 0]");
    }

    @Test
    void printsAMillionElementListInLinearTime() {
        List<Integer> numbers = Collections.nCopies(1_000_000, 7);
        String formatted = assertTimeoutPreemptively(LINEAR_TIME, () -> format("%v", numbers));
        assertThat(formatted).hasSize(2 * 1_000_000 + 1).startsWith("[7 7 ").endsWith(" 7]");
    }

    @Test
    void printsAPanicInsteadOfOverflowingTheStack() {
        List<Object> deepest = new ArrayList<>();
        List<Object> outer = deepest;
        for (int i = 0; i < 200_000; i++) {
            List<Object> wrapper = new ArrayList<>();
            wrapper.add(outer);
            outer = wrapper;
        }
        assertThat(format("before %v after", outer))
                .isEqualTo("before %!v(PANIC=String method: java.lang.StackOverflowError) after");
    }

    @Test
    void printsAPanicWhenACollectionFailsWhileIterated() {
        List<Object> broken = new AbstractList<>() {
            @Override
            public Object get(int index) {
                throw new IllegalStateException("gone");
            }

            @Override
            public int size() {
                return 2;
            }
        };
        assertThat(format("%v!", broken)).isEqualTo("%!v(PANIC=String method: gone)!");
    }

    @Test
    void keepsFormattingAfterAFailure() {
        assertThat(format("%v %v %d", new Unprintable(), List.of(1), 2))
                .isEqualTo("%!v(PANIC=String method: no text) [1] 2");
    }

    @Test
    void treatsANullArgumentArrayAsNoArguments() {
        assertThat(MessageTemplate.parse("%s").format((Object[]) null)).isEqualTo("%!s(MISSING)");
    }
}
