import groovy.json.JsonSlurper

assert !new File(basedir, 'pom.xml').exists()
def log = new File(basedir, 'build.log').getText('UTF-8')
def catalogue = new File(basedir, 'src/main/errors/errors_release.txt').path
def ledger = new File(basedir, 'src/main/errors/errors.ledger').path
def renamed = new File(basedir, 'renamed.txt').path
assert log.contains('[INFO] Building Maven Stub Project (No POM) 1')
assert log.contains("[INFO] dm-errors: created ${ledger} with 3 events (3 assigned) from ${catalogue}\n")
assert log.contains("[INFO] dm-errors: ${ledger} (3 events) agrees with ${catalogue} (3 codes)\n")
assert log.contains("[WARNING] ${renamed}:1:1: warning: the rename of code 10001 from ErrDBDriverError to ErrDBDriver"
        + " is not in the ledger yet; run mvn dm-errors:record\n")
assert log.contains("[WARNING] ${renamed}:2:1: warning: the rename of code 10002 from ErrDBBadConn to"
        + " ErrDBBadConnection is not in the ledger yet; run mvn dm-errors:record\n")
assert log.contains("[INFO] dm-errors: ${ledger} (3 events) agrees with ${renamed} (3 codes)\n")
assert log.contains("[ERROR] ${renamed}:2:1: code 10002 is recorded as ErrDBBadConn (${ledger}:3:1) but is now named"
        + " ErrDBBadConnection; if it is the same error, declare the rename ErrDBBadConn=ErrDBBadConnection,"
        + " otherwise give ErrDBBadConnection a new code\n")
assert log.contains('BUILD FAILURE')

// Without a POM the report lands in target/ under the current directory.
def report = new JsonSlurper().parse(new File(basedir, 'target/dm-errors/check-report.json'), 'UTF-8')
assert report.catalogue == renamed
assert report.errors == 2
assert report.diagnostics*.rule == ['code-changed-name', 'code-changed-name']
return true
