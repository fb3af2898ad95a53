def log = new File(basedir, 'build.log').getText('UTF-8')
// The catalogue lies outside this project, so the summary names the file alone.
def summary = 'dm-errors: 527 errors from errors_release.txt -> io.github.dmerrors.examples.DmErrors: '
assert log.count(summary + '1 file written, 0 unchanged, 0 removed') == 1
assert log.count(summary + 'up to date (1 file)') == 1

// The first build compiled DmErrors and the examples' five classes; the second found nothing to do.
assert log.count('Compiling 6 source files') == 1
assert log.count('Nothing to compile - all classes are up to date') == 1

// The generated source was not rewritten after javac compiled it the first time.
def source = new File(basedir, 'target/generated-sources/dm-errors/io/github/dmerrors/examples/DmErrors.java')
def compiled = new File(basedir, 'target/classes/io/github/dmerrors/examples/DmErrors.class')
assert source.lastModified() <= compiled.lastModified()

def times = (log =~ /Total time:\s+(.+)/).collect { it[1].trim() }
assert times.size() == 2
println "perf-no-op-rebuild-dm: first compile took ${times[0]}; the no-op rebuild took ${times[1]}"
return true
