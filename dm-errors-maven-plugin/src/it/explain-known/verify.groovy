// Each error is printed one field a line, at INFO, with what its class, scope and level mean. The
// catalogue has a class of its own and no guide names its product, so the words are neutral.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('''\
[INFO] Error 20001: ErrConfigCheckItemNotSupport
[INFO]   printed as  [code=20001:class=config:scope=internal:level=medium]
[INFO]   class       config: Errors in configuration.
[INFO]   scope       internal: The program itself.
[INFO]   level       medium: Usually about a user's configuration. It affects what starts after it, but not the work already running.
[INFO]   message     checking item %s is not supported
[INFO]               %s
[INFO]   workaround  a | b and <b>
''')
assert log.contains('''\
[INFO] Error 90001: ErrInvoiceRejected
[INFO]   printed as  [code=90001:class=billing:scope=downstream:level=low]
[INFO]   class       billing: A class of this catalogue's own.
''')
assert log.contains('''\
[INFO] Error 10002: ErrDBBadConn
[INFO]   printed as  [code=10002:class=database:scope=not-set:level=high]
''')
assert log.count('BUILD SUCCESS') == 3
assert !new File(basedir, 'target').exists()
return true
