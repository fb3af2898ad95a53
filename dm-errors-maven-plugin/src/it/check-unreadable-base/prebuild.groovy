// A repository with the ledger on main and no other branch, so the second base cannot be read.
def git(String... arguments) {
    def command = ['git'] + arguments.toList()
    def process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.getText('UTF-8')
    assert process.waitFor() == 0: "${command.join(' ')} failed: ${output}"
}

git('init', '-q', '-b', 'main')
git('add', 'pom.xml', 'src')
git('-c', 'user.name=IT', '-c', 'user.email=it@example.com', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'ledger')
return true
