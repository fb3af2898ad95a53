// Runs the CI recipes of docs/ledger-and-ci.md as written. origin/ becomes the project's repository: main holds
// DM's first errors and their ledger; branch feature adds ErrA (10000), branch taken gives 10003 to
// ErrC, and main then gives 10003 to ErrMain; refs/pull/1/merge is feature merged into main, as
// GitHub makes it. Each checkout is made as its CI system makes it, then the recipe's git commands
// run there; its Maven command must be the invocation invoker.properties gives that checkout.
def git = evaluate(new File(basedir, '../it-parent/git.groovy'))
def origin = new File(basedir, 'origin')
def url = 'file://' + origin.canonicalPath
def readme = new File(basedir, '../../../../docs/ledger-and-ci.md')
assert readme.isFile(): "no docs/ledger-and-ci.md at ${readme}"
def text = readme.getText('UTF-8')
def recipe = { String name ->
    def found = text =~ /(?s)<!-- ci-recipe: ${name} -->\n```[a-z]+\n(.*?)```/
    assert found.find(): "docs/ledger-and-ci.md has no ci-recipe ${name}"
    found.group(1)
}
def invoker = new Properties()
new File(basedir, 'invoker.properties').withReader('UTF-8') { invoker.load(it) }
def ran = new File(basedir, 'recipes-ran.txt')
ran.text = ''
def run = { String checkout, List<String> commands, Map<String, String> environment ->
    def invocation = (1..9).find { invoker.getProperty("invoker.project.${it}") == checkout }
    assert invocation: "invoker.properties builds no ${checkout}"
    assert commands.last() == 'mvn -B ' + invoker.getProperty("invoker.goals.${invocation}")
    assert commands.count { it.startsWith('mvn') } == 1
    commands.dropRight(1).each { command ->
        def builder = new ProcessBuilder('bash', '-ec', command).directory(new File(basedir, checkout))
                .redirectErrorStream(true)
        builder.environment().putAll(environment)
        def process = builder.start()
        def output = process.inputStream.getText('UTF-8')
        assert process.waitFor() == 0: "${checkout}: ${command} failed: ${output}"
        ran << "${checkout}: ${command}\n"
    }
    ran << "${checkout}: ${commands.last()} (invocation ${invocation})\n"
}
def errors = 'src/main/errors'
def base = new File(origin, "${errors}/errors_release.txt").readLines('UTF-8')
def baseLedger = new File(origin, "${errors}/errors.ledger").readLines('UTF-8')
def entry = { String name, int code -> "${name},[code=${code}:class=functional:scope=internal:level=high], \"Message: ${name}\"".toString() }
def event = { String name, int code -> "${code} assigned ${name} class=functional scope=internal level=high".toString() }
def commit = { List catalogue, List ledger, String message ->
    new File(origin, "${errors}/errors_release.txt").setText(catalogue.collect { it + '\n' }.join(), 'UTF-8')
    new File(origin, "${errors}/errors.ledger").setText(ledger.collect { it + '\n' }.join(), 'UTF-8')
    git(origin, 'add', '-A')
    git(origin, 'commit', '-q', '-m', message)
}

git(origin, 'init', '-q', '-b', 'main')
git(origin, 'config', 'user.name', 'IT')
git(origin, 'config', 'user.email', 'it@example.com')
git(origin, 'config', 'commit.gpgsign', 'false')
new File(origin, '.gitattributes').setText('src/main/errors/errors.ledger merge=union\n', 'UTF-8')
commit(base, baseLedger, 'DM errors')
git(origin, 'checkout', '-q', '-b', 'feature')
commit([entry('ErrA', 10000)] + base, baseLedger.take(1) + event('ErrA', 10000) + baseLedger.drop(1), 'ErrA')
git(origin, 'checkout', '-q', '-b', 'taken', 'main')
commit(base + entry('ErrC', 10003), baseLedger + event('ErrC', 10003), 'ErrC')
git(origin, 'checkout', '-q', 'main')
commit(base + entry('ErrMain', 10003), baseLedger + event('ErrMain', 10003), 'ErrMain')
git(origin, 'checkout', '-q', '--detach', 'main')
git(origin, 'merge', '-q', '--no-ff', '-m', 'Merge pull request #1', 'feature')
git(origin, 'update-ref', 'refs/pull/1/merge', 'HEAD')
git(origin, 'checkout', '-q', 'main')

// GitHub Actions: actions/checkout fetches the pull request's merge at the recipe's fetch-depth.
def workflow = recipe('github')
def depth = (workflow =~ /fetch-depth: (\d+)/)
assert depth.find()
def github = new File(basedir, 'github')
github.mkdirs()
git(github, 'init', '-q')
git(github, 'remote', 'add', 'origin', url)
git(github, 'fetch', '-q', '--no-tags', "--depth=${depth.group(1)}", 'origin', '+refs/pull/1/merge:refs/remotes/pull/1/merge')
git(github, 'checkout', '-q', '--force', 'refs/remotes/pull/1/merge')
run('github', workflow.readLines().findAll { it.contains('run: ') }.collect { it.substring(it.indexOf('run: ') + 5) }, [:])

// GitLab: the runner clones at GIT_DEPTH (0: all history) and checks out the branch's head.
def gitlab = recipe('gitlab')
def gitDepth = (gitlab =~ /GIT_DEPTH: "(\d+)"/)
assert gitDepth.find()
def script = gitlab.readLines().dropWhile { !it.contains('script:') }.drop(1).collect { it.strip() }
        .takeWhile { it.startsWith('- ') }.collect { it.substring(2) }
['gitlab': 'feature', 'gitlab-taken': 'taken'].each { checkout, branch ->
    def clone = gitDepth.group(1) == '0' ? ['clone', '-q', url, checkout]
            : ['clone', '-q', "--depth=${gitDepth.group(1)}", '--no-single-branch', url, checkout]
    git(basedir, *clone)
    git(new File(basedir, checkout), 'checkout', '-q', '--detach', "origin/${branch}")
    run(checkout, script, ['CI_MERGE_REQUEST_TARGET_BRANCH_NAME': 'main', 'CI_PIPELINE_SOURCE': 'merge_request_event'])
}

// A push build in a clone of depth 1, as many CI systems make.
git(basedir, 'clone', '-q', '--depth=1', '--branch', 'feature', url, 'push')
run('push', recipe('push').readLines().findAll { !it.isBlank() && !it.startsWith('#') }, [:])
return true
