package io.github.dmerrors.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Names, messages and workarounds in the words and shapes of DM's catalogue. The proportions of
 * directives per message and of each verb are DM's: of its 502 messages 164 take no argument, 218
 * one, 98 two, 21 three and 1 four; its directives are 323 {@code %s}, 62 {@code %v}, 51
 * {@code %d}, 24 {@code %+v}, 16 {@code % X} and 5 {@code %T}. Four of its messages hold a
 * {@code \n}, written as two characters.
 */
final class SyntheticText {
    private static final Weighted<Integer> ARGUMENT_COUNT = new Weighted<>(
            List.of(0, 1, 2, 3, 4), new int[] {164, 218, 98, 21, 1});
    private static final Weighted<String> DIRECTIVE = new Weighted<>(
            List.of("%s", "%v", "%d", "%+v", "% X", "%T"), new int[] {323, 62, 51, 24, 16, 5});

    private static final String[] NAME_ACTIONS = {
        "Get", "Set", "Parse", "Load", "Save", "Flush", "Exec", "Start", "Stop", "Pause", "Resume", "Update",
        "Delete", "Create", "Check", "Watch", "Open", "Close", "Read", "Write", "Convert", "Decode", "Bind", "Sync",
    };
    private static final String[] NAME_NOUNS = {
        "Task", "Source", "Worker", "Relay", "Binlog", "Checkpoint", "Table", "Schema", "DDL", "DML", "GTID",
        "Pos", "SubTask", "Shard", "Lock", "Etcd", "Upstream", "Downstream", "Dump", "Meta", "Cfg", "Member",
        "Lease", "Stream", "Event", "Column", "Index", "Query", "Txn", "Stmt", "Conn", "ServerID", "Filter",
        "Route", "Operator", "Snapshot", "Chunk", "File", "Session", "Charset", "SQLMode", "Dir", "UUID",
    };
    private static final String[] NAME_STATES = {
        "", "", "", "NotFound", "NotExist", "Invalid", "Failed", "Exists", "Mismatch", "Timeout", "NotSupport",
        "Empty", "Closed", "InUse", "NotStarted",
    };
    private static final String[] NOUNS = {
        "task", "source", "worker", "relay log", "binlog file", "checkpoint", "table", "schema", "DDL", "GTID set",
        "position", "subtask", "shard group", "lock", "etcd key", "upstream", "downstream", "dump file",
        "metadata", "member", "lease", "event", "column", "index", "partition", "statement", "transaction",
        "connection", "server ID", "filter rule", "route rule", "operator", "snapshot", "chunk", "SQL mode",
        "relay directory", "heartbeat", "collation", "character set", "DSN",
    };
    private static final String[] ACTIONS = {
        "get", "parse", "load", "save", "flush", "execute", "start", "stop", "pause", "resume", "update",
        "delete", "create", "check", "watch", "open", "close", "read", "write", "convert", "decode", "bind",
    };
    private static final String[] STATES = {
        "valid", "supported", "empty", "running", "synced", "bound", "paused", "found", "allowed", "consistent",
    };
    private static final String[] CLAUSES_WITH_ARGUMENT = {
        "{a} {n} {x}", "fail to {a} {n} {x}", "{n} {x} not found", "{n} {x} is not {s}", "invalid {n} {x}",
        "{n} {x} already exists", "{n} is {s}, but got {x}", "stage {x}, expect {x}", "{n} of {n} {x}",
        "{a} {n} {x} failed", "{n} ({x}) is not {s}", "found {x} in {n}", "{n} {x} at {x}",
    };
    private static final String[] CLAUSES = {
        "{a} {n}", "fail to {a} {n}", "{n} not found", "{n} is not {s}", "{n} already exists", "{n} is {s}",
        "not allowed operation: {a} {n}", "{a} {n} failed", "{n} is {s} too frequently",
    };
    private static final String[] WORKAROUNDS = {
        "Please check `{c}` config in task configuration file.",
        "Please check the `{c}` config in source configuration file.",
        "Please try again later",
        "Please use `{m}` command to see {n}s.",
        "Please make sure the args are correct.",
        "Please check the database connection, then use `pause-task` to pause the task and then use"
                + " `resume-task` to resume the task.",
        "Please check log of {a} unit, there maybe errors when {a} {n}",
        "It is recommended to include only one DDL operation in a statement executed upstream. Please manually"
                + " handle it using dmctl (skipping the DDL statement or replacing the DDL statement with a specified"
                + " DDL statement). For details, see"
                + " https://docs.pingcap.com/tidb-data-migration/stable/handle-failed-sql-statements",
    };
    private static final String[] CONFIG_KEYS = {
        "relay-dir", "flavor", "server-id", "block-allow-list", "route-rules", "filters", "mydumper", "loader",
        "syncer", "checkpoint-flush-interval", "enable-gtid", "case-sensitive", "online-ddl", "shard-mode",
    };
    private static final String[] COMMANDS = {
        "query-status", "list-member", "operate-source", "pause-task", "resume-task", "handle-error", "binlog",
    };

    private final SplittableRandom random;

    SyntheticText(SplittableRandom random) {
        this.random = random;
    }

    /** A name of DM's shape, {@code Err}, the class's prefix and one to four words; not necessarily unique. */
    String name(String classPrefix) {
        return "Err" + classPrefix + (random.nextInt(3) == 0 ? "" : any(NAME_ACTIONS)) + any(NAME_NOUNS)
                + (random.nextBoolean() ? any(NAME_NOUNS) : "") + any(NAME_STATES);
    }

    /** A message taking as many arguments as one of DM's might. */
    String message() {
        int arguments = ARGUMENT_COUNT.pick(random);
        List<String> clauses = new ArrayList<>();
        while (clauses.isEmpty() || countDirectives(clauses) < arguments) {
            boolean takesArgument = countDirectives(clauses) < arguments;
            clauses.add(takesArgument ? any(CLAUSES_WITH_ARGUMENT) : any(CLAUSES));
        }
        StringBuilder text = new StringBuilder();
        int placed = 0;
        for (int i = 0; i < clauses.size(); i++) {
            if (i > 0) {
                text.append(random.nextInt(100) == 0 ? "\\n" : random.nextInt(4) == 0 ? ": " : ", ");
            }
            for (String word : clauses.get(i).split(" ")) {
                // A clause with more directives than the message still needs prints a literal noun there.
                boolean directive = word.contains("{x}") && placed++ < arguments;
                text.append(text.isEmpty() || text.charAt(text.length() - 1) == ' ' ? "" : " ")
                        .append(fill(word, directive));
            }
        }
        return text.toString();
    }

    /** A workaround like DM's: what to check, what to run or when to try again. */
    String workaround() {
        return fill(any(WORKAROUNDS), false);
    }

    // The directive goes in last, so that no other placeholder is looked for inside it.
    private String fill(String pattern, boolean directive) {
        return pattern
                .replace("{n}", any(NOUNS))
                .replace("{a}", any(ACTIONS))
                .replace("{s}", any(STATES))
                .replace("{c}", any(CONFIG_KEYS))
                .replace("{m}", any(COMMANDS))
                .replace("{x}", directive ? DIRECTIVE.pick(random) : any(NOUNS).replace(' ', '-'));
    }

    private static int countDirectives(List<String> clauses) {
        int count = 0;
        for (String clause : clauses) {
            for (int at = clause.indexOf("{x}"); at >= 0; at = clause.indexOf("{x}", at + 1)) {
                count++;
            }
        }
        return count;
    }

    private String any(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
