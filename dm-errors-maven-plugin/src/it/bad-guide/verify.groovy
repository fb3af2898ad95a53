// Every problem of the guide at once, each at its line and column, and nothing generated.
def log = new File(basedir, 'build.log').getText('UTF-8')
def guide = new File(basedir, 'src/main/errors/errors_guide.md').path
assert log.contains("[ERROR] ${guide}:3:10: error 10002 is ErrDBBadConn in the catalogue, not 'ErrDBBadCon'")
assert log.contains("[ERROR] ${guide}:9:4: unknown code 10009: the catalogue has no such error")
assert log.contains("dm-errors: 2 errors in ${guide}; see the lines above")
assert log.contains('dm-errors: guide not found: ')
assert log.contains('missing.md (create it, or remove <guide> or -Ddm-errors.guide)')
assert !new File(basedir, 'target/generated-sources/dm-errors/com').exists()
return true
