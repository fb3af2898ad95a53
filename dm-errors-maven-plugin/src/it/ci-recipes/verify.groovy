import groovy.json.JsonSlurper

// Every recipe ran, git commands and all, and the check judged each checkout as it should.
def ran = new File(basedir, 'recipes-ran.txt').readLines('UTF-8')
assert ran == [
        'github: mvn -B dm-errors:check -Ddm-errors.baseRef=HEAD^1 (invocation 1)',
        'gitlab: git fetch origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"',
        'gitlab: mvn -B dm-errors:check -Ddm-errors.baseRef=FETCH_HEAD (invocation 2)',
        'gitlab-taken: git fetch origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"',
        'gitlab-taken: mvn -B dm-errors:check -Ddm-errors.baseRef=FETCH_HEAD (invocation 3)',
        'push: [ "$(git rev-parse --is-shallow-repository)" = false ] || git fetch --unshallow origin',
        'push: git fetch origin main',
        'push: mvn -B dm-errors:check -Ddm-errors.baseRef=FETCH_HEAD (invocation 4)']

def log = new File(basedir, 'build.log').getText('UTF-8')
def file = { String checkout, String name -> new File(basedir, "${checkout}/src/main/errors/${name}").path }
def summary = { String checkout, int events, int codes, String base ->
    "[INFO] dm-errors: ${file(checkout, 'errors.ledger')} (${events} events) agrees with ${file(checkout, 'errors_release.txt')}" +
            " (${codes} codes), keeps every line of ${base}\n"
}
// The pull request's merge holds both sides; the merge request and the push build are behind main.
assert log.contains(summary('github', 4, 4, 'HEAD^1'))
assert log =~ /\Q${summary('gitlab', 3, 3, 'FETCH_HEAD as of').trim()}\E [0-9a-f]{12}, where this branch forked from it\n/
assert log =~ /\Q${summary('push', 3, 3, 'FETCH_HEAD as of').trim()}\E [0-9a-f]{12}, where this branch forked from it\n/
assert log.contains("[ERROR] ${file('gitlab-taken', 'errors_release.txt')}:3:12: FETCH_HEAD gave code 10003 to ErrMain"
        + " since this branch forked from it; give ErrC a new code\n")
assert !new File(basedir, 'push/.git/shallow').exists()

def report = new JsonSlurper().parse(new File(basedir, 'gitlab-taken/target/dm-errors/check-report.json'), 'UTF-8')
assert report.errors == 1
assert report.diagnostics*.rule == ['branches-disagree']
return true
