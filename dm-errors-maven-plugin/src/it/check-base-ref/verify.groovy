def log = new File(basedir, 'build.log').getText('UTF-8')
def ledger = new File(basedir, 'src/main/errors/errors.ledger').path
assert log.contains("[ERROR] ${ledger}:3:1: line 3 of the ledger on main, '10002 assigned ErrDBBadConn class=database"
        + " scope=not-set level=high', is missing here; lines are only ever added to the ledger\n")
assert log.contains("dm-errors: 1 error in ${ledger}; see the lines above")
assert log.contains('BUILD FAILURE')
return true
