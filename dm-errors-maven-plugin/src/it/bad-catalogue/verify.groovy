// Every problem of the catalogue, each on its own line as file:line:col, and nothing generated.
def log = new File(basedir, 'build.log').getText('UTF-8')
def file = new File(basedir, 'src/main/errors/errors_release.txt').path
assert log.contains("[ERROR] ${file}:2:24: duplicate code 10002 (first used by ErrDBBadConn at line 1)\n")
assert log.contains("[ERROR] ${file}:2:36: unknown class 'databse' (did you mean 'database'?)")
assert log.contains("[ERROR] ${file}:3:53: unknown scope 'upstreem' (did you mean 'upstream'?)")
assert log.contains("[ERROR] ${file}:4:88: unexpected '\"' inside the text")
assert log.contains("[ERROR] ${file}:4:97: unexpected '\"' inside the text")
assert log.contains("dm-errors: 5 errors in ${file}; see the lines above")
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/generated-sources/dm-errors').exists()
return true
