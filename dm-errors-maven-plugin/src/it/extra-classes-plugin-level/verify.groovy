// Configured once, every goal sees the class, in the lifecycle and from the command line.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains("unknown class")
assert log.count('BUILD SUCCESS') == 2
assert log.contains('[INFO] Error 95001: ErrOrderLost')
assert log.contains('[INFO]   class       order: A class of this catalogue\'s own.')
assert new File(basedir, 'target/classes/com/example/errors/DmErrors.class').isFile()
def ledger = new File(basedir, 'src/main/errors/errors.ledger').getText('UTF-8')
assert ledger.contains('95001') && ledger.contains('ErrOrderLost')
assert new File(basedir, 'target/dm-errors/check-report.json').isFile()
assert new File(basedir, 'target/dm-errors-docs/errors.md').getText('UTF-8').contains('ErrOrderLost')
return true
