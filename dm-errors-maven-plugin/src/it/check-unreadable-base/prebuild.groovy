// A repository with the ledger on main and no other branch, so the second base cannot be read.
def git = evaluate(new File(basedir, '../it-parent/git.groovy')).curry(basedir)

git('init', '-q', '-b', 'main')
git('add', 'pom.xml', 'src')
git('-c', 'user.name=IT', '-c', 'user.email=it@example.com', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'ledger')
return true
