// Each error is printed one field a line, at INFO, with what its class, scope and level mean.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('''\
[INFO] Error 20001: ErrConfigCheckItemNotSupport
[INFO]   DM prints   [code=20001:class=config:scope=internal:level=medium]
[INFO]   class       config: Errors in configuration.
[INFO]   scope       internal: DM itself.
[INFO]   level       medium: Usually about a user's configuration. It affects services started after it, but not the replication already running.
[INFO]   message     checking item %s is not supported
[INFO]               %s
[INFO]   workaround  a | b and <b>
''')
assert log.contains('''\
[INFO] Error 90001: ErrInvoiceRejected
[INFO]   DM prints   [code=90001:class=billing:scope=downstream:level=low]
[INFO]   class       billing: A class of this catalogue's own.
''')
assert log.contains('''\
[INFO] Error 10002: ErrDBBadConn
[INFO]   DM prints   [code=10002:class=database:scope=not-set:level=high]
''')
assert log.count('BUILD SUCCESS') == 3
assert !new File(basedir, 'target').exists()
return true
