// A repository whose main branch holds the ledger, and a change on top that hides a reuse of code 10002
// by editing the ledger's line along with the catalogue.
def git = evaluate(new File(basedir, '../it-parent/git.groovy')).curry(basedir)

git('init', '-q', '-b', 'main')
git('add', 'pom.xml', 'src')
git('-c', 'user.name=IT', '-c', 'user.email=it@example.com', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'ledger')

def errors = new File(basedir, 'src/main/errors')
def catalogue = new File(errors, 'errors_release.txt')
catalogue.setText(catalogue.getText('UTF-8').replace('ErrDBBadConn,', 'ErrTaskNotFound,'), 'UTF-8')
def ledger = new File(errors, 'errors.ledger')
ledger.setText(ledger.getText('UTF-8').replace('assigned ErrDBBadConn', 'assigned ErrTaskNotFound'), 'UTF-8')
return true
