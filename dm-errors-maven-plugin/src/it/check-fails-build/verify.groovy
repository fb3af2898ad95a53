import groovy.json.JsonSlurper

// check, bound in the build, fails it and lists every problem as file:line:col at the line concerned.
def log = new File(basedir, 'build.log').getText('UTF-8')
def catalogue = new File(basedir, 'src/main/errors/errors_release.txt').path
def ledger = new File(basedir, 'src/main/errors/errors.ledger').path
assert log.contains("[ERROR] ${catalogue}:1:1: code 10001 is recorded as ErrDBDriverError (${ledger}:2:1)"
        + " but is now named ErrDBDriver; if it is the same error, declare the rename ErrDBDriverError=ErrDBDriver,"
        + " otherwise give ErrDBDriver a new code\n")
assert log.contains("[ERROR] ${catalogue}:3:31: code 10003 was retired as ErrDBUnExpect (${ledger}:5:1)"
        + " and is now given to ErrWorkerSourceNotMatch; a retired code is never given out again\n")
assert log.contains("dm-errors: 2 errors in ${catalogue}; see the lines above")
assert log.contains('BUILD FAILURE')

// The report is valid JSON with every finding, for CI annotations.
def report = new JsonSlurper().parse(new File(basedir, 'target/dm-errors/check-report.json'), 'UTF-8')
assert report.errors == 2
assert report.warnings == 0
assert report.diagnostics.collect { it.rule } == ['code-changed-name', 'retired-code-reused']
assert report.diagnostics[0].file == catalogue
assert report.diagnostics[0].line == 1
assert report.diagnostics[0].column == 1
assert report.diagnostics[0].severity == 'error'
assert report.diagnostics[1].message.startsWith('code 10003 was retired as ErrDBUnExpect (')
return true
