// explain prints what the examples' guide says, and finds each error in the texts with its raw cause.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('''\
[INFO] Error 10002: ErrDBBadConn
[INFO]   DM prints   [code=10002:class=database:scope=not-set:level=high]
''')
assert log.contains('[INFO]   meaning     The connection between DM and a database broke before a request went out,')
assert log.contains('[INFO]   handling    DM recovers from this by itself: it reconnects and sends the request again,')
assert log.contains('[INFO]   first steps 1. Run `query-status <task>` in dmctl:')
assert log.contains('''\
[INFO]   printed     database driver
[INFO]   raw cause   driver: bad connection
''')
assert log.contains('''\
[INFO] Error 10006: ErrDBExecuteFailed
[INFO]   DM prints   [code=10006:class=database:scope=not-set:level=high]
''')
assert log.contains('''\
[INFO]   printed     execute statement failed: commit
[INFO]   raw cause   Error 1105: Duplicate entry '3' for key 'PRIMARY'
''')
assert log.contains('[INFO]   handling    Read the raw cause: it says why the downstream refused the statement,')
assert log.contains('''\
[INFO]   printed     grpc request error
[INFO]   raw cause   rpc error: code = Unavailable desc = connection error
''')
assert log.contains('[INFO] Error 38008: ErrMasterGRPCRequestError')
assert log.count('[INFO] The text holds 1 error.') == 3
assert log.contains('[INFO] dm-errors: ') && log.contains('agrees with')
assert log.count('BUILD SUCCESS') == 5
return true
