// Under -q, Maven logs nothing at INFO: the answer is all there is, plain lines without [INFO].
// Left out: the colour resets Maven's console writes, the JVM's own "WARNING: ..." lines on
// standard error, and what the invoker appends after the build. The catalogue has a class of its
// own and no guide names its product, so the words are neutral (docs/handling-guide.md).
def text = new File(basedir, 'build.log').getText('UTF-8').replaceAll('\u001B\\[[0-9;]*m', '')
def lines = text.readLines().takeWhile { !it.startsWith('Running post-build script') }
        .findAll { !it.isBlank() && !it.startsWith('WARNING: ') }
assert lines.first() == 'Error 10002: ErrDBBadConn' : lines
assert lines.contains('  printed as  [code=10002:class=database:scope=not-set:level=high]') : lines
assert lines.contains('  message     database driver') : lines
assert lines.every { it.startsWith('Error 10002') || it.startsWith('  ') } : lines
assert !text.contains('[INFO]') && !text.contains('BUILD SUCCESS') : text
assert !new File(basedir, 'target').exists()
return true
