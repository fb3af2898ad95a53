// Every module failed with the plugin's own message; no stack trace, no unexpected exception.
def log = new File(basedir, 'build.log').getText('UTF-8')
def catalogue = { module -> new File(basedir, "${module}/src/main/errors/errors_release.txt").path }

def badBytes = catalogue('bad-bytes')
assert log.contains("[ERROR] ${badBytes}:1:1: file starts with a UTF-8 byte order mark; save it as UTF-8 without BOM\n")
assert log.contains("[ERROR] ${badBytes}:2:68: unexpected NUL byte (0x00); a catalogue is text\n")
assert log.contains("[ERROR] ${badBytes}:3:69: invalid UTF-8 byte 0xE9; save the file as UTF-8\n")
assert log.contains("[ERROR] ${catalogue('empty-catalogue')}:1:1: empty catalogue: no entries\n")
assert log.contains("[ERROR] ${catalogue('too-many-arguments')}:1:67: message takes 300 arguments, more than the 255"
        + " parameters a Java method, its factory, can have\n")
assert log.contains("[ERROR] ${catalogue('hides-package')}:2:1: name 'io' hides package 'io'")

def failures = log.readLines().findAll { it.contains('Failed to execute goal io.github.dmerrors:dm-errors-maven-plugin') }
def expected = [
    'bad-bytes': 'dm-errors: 3 errors in ',
    'empty-catalogue': 'dm-errors: 1 error in ',
    'too-many-arguments': 'dm-errors: 1 error in ',
    'hides-package': 'dm-errors: 1 error in ',
    'missing-catalogue': 'dm-errors: catalogue not found: ',
    'catalogue-is-a-directory': 'dm-errors: cannot generate from ',
    'bad-class-name': "dm-errors: invalid configuration: not a valid class name: 'class'",
    'output-is-a-file': 'dm-errors: cannot generate from ',
]
expected.each { module, message ->
    assert failures.count { it.contains("on project ${module}: ${message}") } == 1 : "${module}: ${failures}"
}
assert failures.size() == expected.size()

// An exception the plugin did not expect shows as "Execution ... failed" (PluginExecutionException).
assert !log.contains('PluginExecutionException')
assert !log.contains('Execution default of goal')
assert log.readLines().findAll { it =~ /^\s+at [\w$.]+\(/ || it.startsWith('Caused by:') }.isEmpty()
expected.keySet().each { module ->
    assert !new File(basedir, "${module}/target/generated-sources/dm-errors").exists() : module
}
return true
