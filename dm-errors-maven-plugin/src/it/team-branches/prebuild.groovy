// A repository of repo/ with .gitattributes putting the ledger under git's union merge driver.
// Branches fork from old-main; then main gains ErrMain (10003) and release-1 and release-2 are cut
// from it. Each case is a work tree (or a shallow clone) beside repo/, named as in invoker.properties.
def git = evaluate(new File(basedir, '../it-parent/git.groovy'))
def repo = new File(basedir, 'repo')
def errors = 'src/main/errors'
def base = new File(repo, "${errors}/errors_release.txt").readLines('UTF-8')
def baseLedger = new File(repo, "${errors}/errors.ledger").readLines('UTF-8')
def entry = { String name, int code -> "${name},[code=${code}:class=functional:scope=internal:level=high], \"Message: ${name}\"".toString() }
def event = { String name, int code -> "${code} assigned ${name} class=functional scope=internal level=high".toString() }
def write = { File dir, List catalogue, List ledger ->
    new File(dir, "${errors}/errors_release.txt").setText(catalogue.collect { it + '\n' }.join(), 'UTF-8')
    new File(dir, "${errors}/errors.ledger").setText(ledger.collect { it + '\n' }.join(), 'UTF-8')
}
def commit = { File dir, String message ->
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', message)
}
def branch = { String name, String from ->
    git(repo, 'worktree', 'add', '-q', '-b', name, "../${name}", from)
    new File(basedir, name)
}
// A merge that conflicts in the catalogue, as two branches adding lines at one place do; the
// ledger merges by union. The conflict is resolved as the README says: keep both lines.
def mergeKeepingBoth = { File dir, String other, List catalogue ->
    def merge = new ProcessBuilder('git', 'merge', '-q', other).directory(dir).redirectErrorStream(true).start()
    def output = merge.inputStream.getText('UTF-8')
    assert merge.waitFor() == 1 && output.contains('CONFLICT (content): Merge conflict in src/main/errors/errors_release.txt'): output
    assert !output.contains('Merge conflict in src/main/errors/errors.ledger'): output
    new File(dir, "${errors}/errors_release.txt").setText(catalogue.collect { it + '\n' }.join(), 'UTF-8')
    commit(dir, "Merge ${other}")
}

git(repo, 'init', '-q', '-b', 'main')
git(repo, 'config', 'user.name', 'IT')
git(repo, 'config', 'user.email', 'it@example.com')
git(repo, 'config', 'commit.gpgsign', 'false')
new File(repo, '.gitattributes').setText('src/main/errors/errors.ledger merge=union\n', 'UTF-8')
commit(repo, 'DM errors')
git(repo, 'tag', 'old-main')

def behind = branch('behind', 'old-main')
write(behind, base + entry('ErrA', 10004), baseLedger + event('ErrA', 10004))
commit(behind, 'ErrA')
def taken = branch('taken', 'old-main')
write(taken, base + entry('ErrC', 10003) + entry('ErrC2', 10007),
        baseLedger + event('ErrC', 10003) + event('ErrC2', 10007))
commit(taken, 'ErrC and ErrC2')
def unrecorded = branch('unrecorded', 'old-main')
write(unrecorded, base + entry('ErrE', 10005), baseLedger)
commit(unrecorded, 'ErrE')
def workaround = branch('workaround', 'old-main')
write(workaround, [base[0].replace('check the driver', 'check the driver version')] + base.drop(1), baseLedger)
commit(workaround, 'A better workaround')

write(repo, base + entry('ErrMain', 10003), baseLedger + event('ErrMain', 10003))
commit(repo, 'ErrMain')
git(repo, 'checkout', '-q', '-b', 'release-1', 'main')
write(repo, base + entry('ErrMain', 10003) + entry('ErrR1', 10006),
        baseLedger + event('ErrMain', 10003) + event('ErrR1', 10006))
commit(repo, 'ErrR1')
git(repo, 'checkout', '-q', '-b', 'release-2', 'main')
write(repo, base + entry('ErrMain', 10003) + entry('ErrR2', 10007),
        baseLedger + event('ErrMain', 10003) + event('ErrR2', 10007))
commit(repo, 'ErrR2')
git(repo, 'checkout', '-q', 'main')

def union = branch('union', 'behind')
mergeKeepingBoth(union, 'main', base + entry('ErrMain', 10003) + entry('ErrA', 10004))
// The union merge keeps this side's line first: the codes are out of order until record sorts them.
assert new File(union, "${errors}/errors.ledger").readLines('UTF-8') == baseLedger + event('ErrA', 10004) + event('ErrMain', 10003)
def clash = branch('clash', 'taken')
mergeKeepingBoth(clash, 'main', base + entry('ErrC', 10003) + entry('ErrC2', 10007) + entry('ErrMain', 10003))

git(repo, 'worktree', 'add', '-q', '--detach', '../pull-request', 'main')
def pullRequest = new File(basedir, 'pull-request')
mergeKeepingBoth(pullRequest, 'behind', base + entry('ErrMain', 10003) + entry('ErrA', 10004))

git(basedir, 'clone', '-q', '--depth=1', '--branch', 'behind', 'file://' + repo.canonicalPath, 'shallow')
git(new File(basedir, 'shallow'), 'fetch', '-q', '--depth=1', 'origin', 'main:refs/remotes/origin/main')
return true
