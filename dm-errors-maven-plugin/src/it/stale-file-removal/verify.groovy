def errors = new File(basedir, 'src/generated/java/com/example/errors')
assert !new File(errors, 'OldErrors.java').exists()
assert new File(errors, 'NewErrors.java').isFile()
assert new File(errors, 'Handwritten.java').isFile()

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('-> com.example.errors.OldErrors: 1 file written, 0 unchanged, 0 removed')
assert log.contains('-> com.example.errors.NewErrors: 1 file written, 0 unchanged, 1 removed')
return true
