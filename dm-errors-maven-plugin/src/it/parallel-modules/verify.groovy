import java.security.MessageDigest

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('with a thread count of 4')
assert log.count('dm-errors: 527 errors from ') == 4

def digests = ['m1', 'm2', 'm3', 'm4'].collect { module ->
    def source = new File(basedir, "${module}/target/generated-sources/dm-errors/com/example/errors/DmErrors.java")
    assert source.isFile()
    MessageDigest.getInstance('SHA-256').digest(source.bytes).encodeHex().toString()
}
assert digests.unique().size() == 1
return true
