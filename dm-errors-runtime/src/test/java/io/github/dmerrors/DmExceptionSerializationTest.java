package io.github.dmerrors;

import static io.github.dmerrors.SampleErrors.BAD_CONN;
import static io.github.dmerrors.SampleErrors.QUERY_FAILED;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

class DmExceptionSerializationTest {
    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T object) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    /** An argument that cannot be serialized. */
    private static final class Table {
        @Override
        public String toString() {
            return "`db`.`tbl`";
        }
    }

    @Test
    void serializesAnExceptionWithANonSerializableArgument() throws Exception {
        DmException e = QUERY_FAILED.delegate(new IOException("broken pipe"), new Table());

        DmException read = roundTrip(e);

        assertThat(read.getMessage()).isEqualTo(e.getMessage()).isEqualTo(
                "[code=10005:class=database:scope=not-set:level=high],"
                        + " Message: query statement failed: `db`.`tbl`, RawCause: broken pipe");
        assertThat(read.formattedMessage()).isEqualTo("query statement failed: `db`.`tbl`");
        assertThat(read.error()).isEqualTo(QUERY_FAILED);
        assertThat(read.getCause()).isInstanceOf(IOException.class).hasMessage("broken pipe");
        assertThat(QUERY_FAILED.is(read)).isTrue();
    }

    @Test
    @WithStackTracePolicy(StackTracePolicy.NEVER)
    @ResourceLock(WithStackTracePolicy.LOCK)
    void serializesAStacklessException() throws Exception {
        DmException e = BAD_CONN.delegate(new IOException("broken pipe"));

        DmException read = roundTrip(e);

        assertThat(read.getStackTrace()).isEmpty();
        assertThat(read.getMessage()).isEqualTo(e.getMessage());
    }

    @Test
    void copiesAReadExceptionWithItsMessage() throws Exception {
        DmException read = roundTrip(QUERY_FAILED.generate(new Table()));

        assertThat(read.withScope(ErrorScope.UPSTREAM).annotate("note").getMessage())
                .isEqualTo("[code=10005:class=database:scope=upstream:level=high],"
                        + " Message: note: query statement failed: `db`.`tbl`");
    }

    @Test
    void keepsTheChangedClassAndScope() throws Exception {
        DmException e = BAD_CONN.generate().withClass(ErrorClass.of("my-unit")).withScope(ErrorScope.INTERNAL);

        DmException read = roundTrip(e);

        assertThat(read.errorClass()).isEqualTo(ErrorClass.of("my-unit"));
        assertThat(read.scope()).isEqualTo(ErrorScope.INTERNAL);
        assertThat(read.getMessage()).isEqualTo(e.getMessage());
    }

    @Test
    void keepsKnownClassesIdentical() throws Exception {
        for (ErrorClass known : ErrorClass.known()) {
            assertThat(roundTrip(known)).isSameAs(known);
        }
        assertThat(roundTrip(BAD_CONN.generate()).errorClass()).isSameAs(ErrorClass.DATABASE);
    }

    @Test
    void readsACustomClassBackEqualAndUnknown() throws Exception {
        ErrorClass read = roundTrip(ErrorClass.of("my-unit"));

        assertThat(read).isEqualTo(ErrorClass.of("my-unit"));
        assertThat(read.isKnown()).isFalse();
    }

    @Test
    void readsAnEntryBackUsable() throws Exception {
        DmError read = roundTrip(QUERY_FAILED);

        assertThat(read).isEqualTo(QUERY_FAILED);
        assertThat(read.generate("SELECT 1").formattedMessage()).isEqualTo("query statement failed: SELECT 1");
    }
}
