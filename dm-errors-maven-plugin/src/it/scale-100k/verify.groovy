def log = new File(basedir, 'build.log').getText('UTF-8')
def (lastName, lastCode) = new File(basedir, 'last-entry.txt').getText('UTF-8').tokenize(' ')

def summary = 'dm-errors: 100000 errors from src/main/errors/errors_release.txt -> com.example.errors.DmErrors: '
assert log.count(summary + '101 files written, 0 unchanged, 0 removed') == 1
assert log.count(summary + 'up to date (101 files)') == 1

// The last entry is generated into the last part, and the class that names it through DmErrors compiled.
def generated = new File(basedir, 'target/generated-sources/dm-errors/com/example/errors')
assert new File(generated, 'DmErrorsPart100.java').getText('UTF-8')
        .contains("public static final DmError ${lastName} = DmError.of(\n            ${lastCode},")
assert !new File(generated, 'DmErrorsPart101.java').exists()
assert log.count('Compiling 102 source files') == 1
assert new File(basedir, 'target/classes/com/example/errors/DmErrorsPart100.class').isFile()
assert new File(basedir, 'target/classes/com/example/LastEntry.class').isFile()

// Maven prints one "Total time" per build: the first is the plugin's, the second javac's (the plugin
// found itself up to date).
def times = (log =~ /Total time:\s+(.+)/).collect { it[1].trim() }
assert times.size() == 2
println "scale-100k: generating 100,000 entries took ${times[0]} (the whole build);" \
        + " compiling the 101 generated files took ${times[1]}"
return true
