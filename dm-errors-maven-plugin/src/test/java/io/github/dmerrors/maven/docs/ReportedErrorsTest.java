package io.github.dmerrors.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Finding DM's errors in what an operator has: log lines, {@code query-status} output, OpenAPI responses. */
class ReportedErrorsTest {
    @Test
    void readsErrorTextAsErrorPrintsItToTheEndOfItsLine() {
        assertThat(ReportedErrors.in("""
                [code=10006:class=database:scope=not-set:level=high], Message: execute statement failed: commit, \
                RawCause: Error 1105: unknown error
                goroutine 1 [running]:"""))
                .containsExactly(new ReportedError(10006, "database", "execute statement failed: commit",
                        Optional.of("Error 1105: unknown error"), ""));
    }

    @Test
    void decodesTheQuotedFieldOfALogLineAndFindsTheErrorInItsRawCause() {
        String line = "[2026/12/06 05:00:00.000 +00:00] [ERROR] [server.go:480] [\"fail to operate task\"]"
                + " [error=\"[code=38032:class=dm-master:scope=internal:level=high], Message: some error in"
                + " \\\"task\\\"\\n second line, RawCause: [code=10001:class=database:scope=not-set:level=high],"
                + " Message: database driver error, Workaround: Please execute `query-status` to check status.\"]"
                + " [task=test]";

        assertThat(ReportedErrors.in(line)).containsExactly(
                new ReportedError(38032, "dm-master", "some error in \"task\"\n second line",
                        Optional.of("[code=10001:class=database:scope=not-set:level=high], Message: database driver"
                                + " error"),
                        "Please execute `query-status` to check status."),
                new ReportedError(10001, "database", "database driver error", Optional.empty(),
                        "Please execute `query-status` to check status."));
    }

    @Test
    void readsAnErrorObjectQuotedInALogLineBesideAnErrorText() {
        String line = "[2026/12/06 05:00:00.000 +00:00] [ERROR] [subtask.go:311] [\"unit process error\"]"
                + " [subtask=test] [unit=Sync] [\"error information\"=\"{\\\"ErrCode\\\":36027,"
                + "\\\"ErrClass\\\":\\\"sync-unit\\\",\\\"ErrScope\\\":\\\"internal\\\","
                + "\\\"ErrLevel\\\":\\\"high\\\",\\\"Message\\\":\\\"Column count doesn't match"
                + " value count: 2 (columns) vs 3 (values)\\\",\\\"RawCause\\\":\\\"\\\"}\"]"
                + " [error=\"[code=10002:class=database:scope=not-set:level=high], Message: database driver\"]";

        assertThat(ReportedErrors.in(line)).containsExactly(
                new ReportedError(36027, "sync-unit", "Column count doesn't match value count: 2 (columns) vs 3 (values)",
                        Optional.empty(), ""),
                new ReportedError(10002, "database", "database driver", Optional.empty(), ""));
    }

    @Test
    void readsTheErrorObjectsAndMessagesOfQueryStatus() {
        String output = """
                {
                    "result": true,
                    "msg": "",
                    "sources": [
                        {
                            "result": true,
                            "msg": "",
                            "subTaskStatus": [
                                {
                                    "name": "test",
                                    "stage": "Paused",
                                    "unit": "Sync",
                                    "result": {
                                        "isCanceled": false,
                                        "errors": [
                                            {
                                                "ErrCode": 10006,
                                                "ErrClass": "database",
                                                "ErrScope": "not-set",
                                                "ErrLevel": "high",
                                                "Message": "execute statement failed: commit",
                                                "RawCause": "Error 1105: runtime error",
                                                "Workaround": ""
                                            }
                                        ],
                                        "detail": null
                                    }
                                }
                            ]
                        },
                        {
                            "result": false,
                            "msg": "[code=38008:class=dm-master:scope=internal:level=high], Message: grpc request error, RawCause: rpc error: code = Unavailable",
                            "subTaskStatus": []
                        }
                    ]
                }
                """;

        assertThat(ReportedErrors.in(output)).containsExactly(
                new ReportedError(10006, "database", "execute statement failed: commit",
                        Optional.of("Error 1105: runtime error"), ""),
                new ReportedError(38008, "dm-master", "grpc request error",
                        Optional.of("rpc error: code = Unavailable"), ""));
    }

    @Test
    void readsAnOpenApiErrorResponseByItsMessageOrElseByItsCode() {
        assertThat(ReportedErrors.in("{\"error_msg\": \"[code=46014:class=openapi:scope=internal:level=high],"
                + " Message: source not found\", \"error_code\": 46014}"))
                .containsExactly(new ReportedError(46014, "openapi", "source not found", Optional.empty(), ""));
        assertThat(ReportedErrors.in("HTTP/1.1 400 Bad Request\n\n{\"error_msg\": \"task not found\", \"error_code\": 46021}"))
                .containsExactly(new ReportedError(46021, "", "task not found", Optional.empty(), ""));
    }

    @Test
    void findsNothingInATextWithoutErrors() {
        assertThat(ReportedErrors.in("all good [code=abc] {\"ErrCode\": -1}")).isEmpty();
        assertThat(ReportedErrors.in("{\"a\": [1, 2, {\"b\": null}]}")).isEmpty();
    }
}
