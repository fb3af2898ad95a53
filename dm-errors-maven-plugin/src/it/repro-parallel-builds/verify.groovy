// Both builds generated the same sources and packed the same jars, byte for byte.
import java.security.MessageDigest

def sha256 = { File file ->
    assert file.isFile() : "missing ${file}"
    MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString()
}
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('with a thread count of 4') == 1
// Maven prints the end of each build in its time zone: the second ran fourteen hours ahead.
assert log.readLines().findAll { it.contains('Finished at: ') }.collect { it.endsWith('+14:00') } == [false, true]
assert log.count('dm-errors: 527 errors from errors_release.txt -> com.example.errors.DmErrors: 1 file written') == 8

// The writer's records of the output directory, in the build directory.
def manifest = { String module, String directory ->
    def records = new File(basedir, "${module}/${directory}/dm-errors/state").listFiles()
    assert records.size() == 1 : records
    new File(records[0], 'default.manifest')
}

def modules = ['m1', 'm2', 'm3', 'm4']
def sources = [] as Set
modules.each { module ->
    ['target', 'target-parallel'].each { directory ->
        def generated = new File(basedir, "${module}/${directory}/generated-sources/dm-errors")
        sources << sha256(new File(generated, 'com/example/errors/DmErrors.java'))
        assert generated.list() as List == ['com']
        assert manifest(module, directory).text == manifest('m1', 'target').text
    }
    def serial = new File(basedir, "${module}/target/${module}-1.jar")
    def parallel = new File(basedir, "${module}/target-parallel/${module}-1.jar")
    assert sha256(serial) == sha256(parallel) : "${module}: the jars differ"
    assert new java.util.zip.ZipFile(serial).getEntry('com/example/errors/DmErrors.class') != null
}
assert sources.size() == 1 : 'the generated sources differ'
return true
