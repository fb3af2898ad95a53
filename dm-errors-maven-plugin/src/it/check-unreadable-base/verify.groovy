def log = new File(basedir, 'build.log').getText('UTF-8')
def ledger = new File(basedir, 'src/main/errors/errors.ledger').path
def errors = new File(basedir, 'src/main/errors').canonicalPath
assert log.contains("[ERROR] ${ledger}:1:1: cannot compare with origin/release-9.9: no such commit in the repository of"
        + " ${errors}; fetch it first (for example git fetch origin)\n")
assert log.contains('BUILD FAILURE')
// The report is written for CI even though a base could not be read.
def report = new File(basedir, 'target/dm-errors/check-report.json').getText('UTF-8')
assert report.contains('"rule": "base-unreadable"')
assert report.contains('cannot compare with origin/release-9.9')
return true
