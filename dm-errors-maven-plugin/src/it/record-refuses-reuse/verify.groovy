def ledger = new File(basedir, 'src/main/errors/errors.ledger')
def catalogue = new File(basedir, 'src/main/errors/errors_release.txt').path
def log = new File(basedir, 'build.log').getText('UTF-8')
def problem = "${catalogue}:3:31: code 10003 was retired as ErrDBUnExpect (${ledger.path}:5:1) and is now given to" +
        " ErrWorkerSourceNotMatch; a retired code is never given out again"
assert log.contains("[ERROR] dm-errors: the catalogue breaks the ledger's rules; nothing recorded.")
assert log.contains("[ERROR] ${problem}\n")
assert log.contains("[WARNING] ${catalogue}:3:31: warning: recorded by force: code 10003 was retired as")
assert log.contains("[INFO] dm-errors: recorded 1 event in ${ledger.path} (1 reassigned) from ${catalogue}\n")
assert ledger.getText('UTF-8').endsWith('''\
10003 assigned ErrDBUnExpect class=database scope=not-set level=high
10003 retired ErrDBUnExpect
10003 reassigned ErrWorkerSourceNotMatch class=dm-worker scope=internal level=high
''')
return true
