import groovy.json.JsonSlurper

def ledgerFile = new File(basedir, 'src/main/errors/errors.ledger')
def catalogue = new File(basedir, 'src/main/errors/errors_release.txt').path
assert ledgerFile.getText('UTF-8') == '''\
# dm-errors ledger: every error code ever assigned, one event a line, sorted by code. Lines are only ever added. Do not edit; run mvn dm-errors:record.
10001 assigned ErrDBDriver class=database scope=not-set level=high
10002 assigned ErrDBBadConn class=database scope=not-set level=high
10003 assigned ErrWorkerSourceNotMatch class=dm-worker scope=internal level=high
'''
assert !new File(basedir, 'src/main/errors').list().any { it.endsWith('.tmp') }

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[INFO] dm-errors: created ${ledgerFile.path} with 3 events (3 assigned) from ${catalogue}\n")
assert log.contains("[INFO] dm-errors: ${ledgerFile.path} (3 events) agrees with ${catalogue} (3 codes)\n")
assert log.contains("[INFO] dm-errors: ${ledgerFile.path} is up to date with ${catalogue} (3 events)\n")
assert !log.contains('[WARNING] ')

def report = new JsonSlurper().parse(new File(basedir, 'target/dm-errors/check-report.json'), 'UTF-8')
assert report.errors == 0
assert report.diagnostics == []
assert report.ledger == ledgerFile.path
return true
