package io.github.dmerrors;

/** Catalogue entries shared by the tests, one per shape of DM's text. */
final class SampleErrors {
    /** DM's own example: a message and a workaround. */
    static final DmError BAD_CONN = DmError.of(
            10002, "ErrDBBadConn", ErrorClass.DATABASE, ErrorScope.UPSTREAM, ErrorLevel.MEDIUM,
            "bad connection", "please check your network connection");
    /** A message, no workaround, one argument. */
    static final DmError QUERY_FAILED = DmError.of(
            10005, "ErrDBQueryFailed", ErrorClass.DATABASE, ErrorScope.NOT_SET, ErrorLevel.HIGH,
            "query statement failed: %s", "");
    /** A workaround, no message. */
    static final DmError CHECK_TASK = DmError.of(
            20001, "ErrCheckTask", ErrorClass.CONFIG, ErrorScope.INTERNAL, ErrorLevel.LOW,
            "", "check the task file");
    /** Neither a message nor a workaround. */
    static final DmError BARE = DmError.of(
            36001, "ErrBare", ErrorClass.SYNC_UNIT, ErrorScope.DOWNSTREAM, ErrorLevel.HIGH, "", "");
    /** A low error, so without a stack trace by default. */
    static final DmError INVALID_INPUT = DmError.of(
            38032, "ErrMasterInvalidInput", ErrorClass.DM_MASTER, ErrorScope.INTERNAL, ErrorLevel.LOW,
            "invalid input %s", "");

    private SampleErrors() {}
}
