import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def file = { String tree, String name -> new File(basedir, "${tree}/src/main/errors/${name}").path }
def report = { String tree -> new JsonSlurper().parse(new File(basedir, "${tree}/target/dm-errors/check-report.json"), 'UTF-8') }
def agrees = { String tree, int events, int codes ->
    "[INFO] dm-errors: ${file(tree, 'errors.ledger')} (${events} events) agrees with ${file(tree, 'errors_release.txt')} (${codes} codes), "
}
def forked = /[0-9a-f]{12}, where this branch forked from it/

// A: behind main and both releases, and passes.
assert log =~ /\Q${agrees('behind', 3, 3)}keeps every line of main as of\E ${forked}, agrees with release-1, release-2\n/
assert report('behind').diagnostics == []

// C: fails at its catalogue line, naming both errors and main; and disagrees with release-2.
assert log.contains("[ERROR] ${file('taken', 'errors_release.txt')}:3:12: main gave code 10003 to ErrMain since this"
        + " branch forked from it; give ErrC a new code\n")
assert log.contains("[ERROR] ${file('taken', 'errors.ledger')}:5:1: code 10007 is assigned to different errors on"
        + " different branches: ErrC2 (here), ErrR2 (release-2); a code means one error on every branch\n")
assert !log.contains('is missing here')
assert report('taken').diagnostics*.rule == ['branches-disagree', 'branches-disagree']

// E: an entry without its ledger line fails with a base.
assert log.contains("[ERROR] ${file('unrecorded', 'errors_release.txt')}:3:12: code 10005 (ErrE) is not in the ledger"
        + " yet; run mvn dm-errors:record and commit the ledger\n")
assert report('unrecorded').diagnostics*.rule == ['unrecorded']
assert report('unrecorded').diagnostics*.severity == ['error']

// F: a workaround edited, main moved on: passes.
assert log =~ /\Q${agrees('workaround', 2, 2)}keeps every line of main as of\E ${forked}\n/
assert report('workaround').diagnostics == []

// The union merge of A and main passes, with a warning; record sorts the ledger without losing an
// event; the sorted ledger still keeps every line of the old main.
def union = file('union', 'errors.ledger')
assert log.contains("[WARNING] ${union}:1:1: warning: codes out of order or an event twice, as git's union merge"
        + " leaves a ledger; run mvn dm-errors:record to sort it\n")
assert log.contains("${agrees('union', 4, 4)}keeps every line of main\n")
assert log.contains("[INFO] dm-errors: sorted ${union} (4 events), which a union merge left out of order; it is up to date"
        + " with ${file('union', 'errors_release.txt')}\n")
assert log.contains("${agrees('union', 4, 4)}keeps every line of old-main\n")
def sorted = new File(union).readLines('UTF-8')
assert sorted.drop(1) == ['10001 assigned ErrDBDriverError class=database scope=not-set level=high',
        '10002 assigned ErrDBBadConn class=database scope=not-set level=high',
        '10003 assigned ErrMain class=functional scope=internal level=high',
        '10004 assigned ErrA class=functional scope=internal level=high']
assert report('union').diagnostics == []

// The union merge of C and main: the two sides gave 10003 to different errors.
assert log.contains("[ERROR] ${file('clash', 'errors.ledger')}:6:1: code 10003 is assigned to ErrMain here and to ErrC"
        + " at line 4, as a merge of two branches that gave it to different errors leaves it; keep one and give the"
        + " other a new code\n")
assert report('clash').diagnostics*.rule == ['branches-disagree', 'catalogue']

// A merge commit checked against its first parent.
assert log.contains("${agrees('pull-request', 4, 4)}keeps every line of HEAD^1\n")

// A shallow clone: one clear line, and the report says base-unreadable.
assert log.contains("[ERROR] ${file('shallow', 'errors.ledger')}:1:1: cannot find where HEAD forked from origin/main:"
        + " the clone is shallow; fetch the history first (git fetch --unshallow, or fetch-depth: 0 for"
        + " actions/checkout)\n")
assert report('shallow').diagnostics*.rule == ['base-unreadable']
return true
