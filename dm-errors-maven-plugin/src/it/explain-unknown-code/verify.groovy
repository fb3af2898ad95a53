// An unknown code fails the build, after the nearest codes, in code order.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('''\
[ERROR] No error has code 10003 in src/main/errors/errors_release.txt. The nearest codes:
[ERROR]   10001 ErrDBDriverError: database driver error
[ERROR]   10002 ErrDBBadConn: database driver
[ERROR]   20001 ErrConfigCheckItemNotSupport: checking item %s is not supported
''')
assert log.contains('BUILD FAILURE')
assert log.contains('dm-errors: no error has code 10003 in src/main/errors/errors_release.txt; see the nearest codes above')
return true
