import groovy.json.JsonSlurper

def ledgerFile = new File(basedir, 'src/main/errors/errors.ledger')
def catalogue = { String path -> new File(basedir, path).path }
// v1.0's meanings stay: the rename v2.0 made without declaring it is kept as a reassignment, the
// code v2.0 dropped is retired, and today's new code is assigned after them.
assert ledgerFile.getText('UTF-8') == '''\
# dm-errors ledger: every error code ever assigned, one event a line, sorted by code. Lines are only ever added. Do not edit; run mvn dm-errors:record.
10001 assigned ErrDBDriverError class=database scope=not-set level=high
10001 reassigned ErrDBDriver class=database scope=not-set level=high
10002 assigned ErrDBBadConn class=database scope=not-set level=high
10003 assigned ErrDBInvalidConn class=database scope=not-set level=high
10003 retired ErrDBInvalidConn
10004 assigned ErrDBUnExpect class=database scope=not-set level=high
'''

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[INFO] dm-errors: created ${ledgerFile.path} with 3 events (3 assigned) from ${catalogue('v1.0/errors_release.txt')}\n")
assert log.contains("[WARNING] ${catalogue('v2.0/errors_release.txt')}:1:1: warning: recorded by force: code 10001 is recorded as ErrDBDriverError")
assert log.contains("[INFO] dm-errors: recorded 2 events in ${ledgerFile.path} (1 retired, 1 reassigned) from ${catalogue('v2.0/errors_release.txt')}\n")
assert log.contains("[INFO] dm-errors: recorded 1 event in ${ledgerFile.path} (1 assigned) from ${catalogue('src/main/errors/errors_release.txt')}\n")
assert log.contains("[INFO] dm-errors: ${ledgerFile.path} (6 events) agrees with ${catalogue('src/main/errors/errors_release.txt')} (3 codes)\n")

def report = new JsonSlurper().parse(new File(basedir, 'target/dm-errors/check-report.json'), 'UTF-8')
assert report.errors == 0
return true
