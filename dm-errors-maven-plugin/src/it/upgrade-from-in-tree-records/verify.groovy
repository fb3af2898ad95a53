// The first build after the upgrade took over the old records: it found the output up to date,
// rewrote and recompiled nothing, and removed the old directory from the source root.
def log = new File(basedir, 'build.log').getText('UTF-8')
def summary = 'dm-errors: 3 errors from src/main/errors/errors_release.txt -> com.example.errors.DmErrors: '
assert log.count(summary + '1 file written, 0 unchanged, 0 removed') == 1
assert log.count(summary + 'up to date (1 file)') == 1
assert log.count('Compiling 1 source file') == 1
assert log.count('Nothing to compile - all classes are up to date') == 1
assert !log.contains('[WARNING] dm-errors')

def generated = new File(basedir, 'target/generated-sources/dm-errors')
assert !new File(generated, '.dm-errors').exists()
assert generated.list() as List == ['com']
def records = new File(basedir, 'target/dm-errors/state').listFiles()
assert records.size() == 1
assert records[0].list() as List == ['default.manifest']
def source = new File(generated, 'com/example/errors/DmErrors.java')
assert source.lastModified() <= new File(basedir, 'target/classes/com/example/errors/DmErrors.class').lastModified()
return true
