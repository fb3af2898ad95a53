// The sources jar holds the Java sources, generated and own, and nothing of the generator's.
import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('BUILD SUCCESS') == 2
assert log.contains('com.example.errors.DmErrors: up to date (1 file)')

def jar = new ZipFile(new File(basedir, 'target/sources-jar-only-java-1-sources.jar'))
def files = jar.entries().toList().findAll { !it.directory }.collect { it.name }
jar.close()
def sources = files.findAll { !it.startsWith('META-INF/') }
assert sources.sort() == ['com/example/app/App.java', 'com/example/errors/DmErrors.java'] : files
assert files.every { it.endsWith('.java') || it.startsWith('META-INF/') } : files
assert !files.any { it.contains('.dm-errors') || it.endsWith('.manifest') || it.endsWith('.pending') } : files

// The generated source root holds the sources only; the records are in the build directory.
def generated = new File(basedir, 'target/generated-sources/dm-errors')
assert !new File(generated, '.dm-errors').exists()
def records = new File(basedir, 'target/dm-errors/state').listFiles()
assert records.size() == 1 && new File(records[0], 'default.manifest').isFile()
return true
