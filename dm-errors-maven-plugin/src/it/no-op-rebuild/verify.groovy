def log = new File(basedir, 'build.log').getText('UTF-8')
// The catalogue has a line holding only a form feed: blank on both builds, so both count 3 errors.
def summary = 'dm-errors: 3 errors from src/main/errors/errors_release.txt -> com.example.errors.DmErrors: '
assert log.count(summary + '1 file written, 0 unchanged, 0 removed') == 1
assert log.count(summary + 'up to date (1 file)') == 1

// The first build compiled two sources; the second found nothing to compile.
assert log.count('Compiling 2 source files') == 1
assert log.count('Nothing to compile - all classes are up to date') == 1

// The generated source was not rewritten after javac compiled it the first time.
def source = new File(basedir, 'target/generated-sources/dm-errors/com/example/errors/DmErrors.java')
def compiled = new File(basedir, 'target/classes/com/example/errors/DmErrors.class')
assert source.lastModified() <= compiled.lastModified()
return true
