// Without a POM, the default catalogue and output directory are relative to the current directory.
def project = new File(basedir, 'no-pom')
assert !new File(project, 'pom.xml').exists()
def docs = new File(project, 'target/dm-errors-docs')
['errors.md', 'errors.toml', 'errors.json'].each { assert new File(docs, it).isFile() }
assert new File(docs, 'errors.toml').getText('UTF-8').startsWith('[error.DM-database-10001]\nmessage = "database driver error"\n')
assert new File(docs, 'errors.md').getText('UTF-8').contains('The 3 errors of the catalogue `src/main/errors/errors_release.txt`')

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Building Maven Stub Project (No POM)')
assert log.contains('[INFO] dm-errors: 3 errors from src/main/errors/errors_release.txt -> target/dm-errors-docs (errors.md, errors.toml, errors.json): 3 files written, 0 unchanged, 0 removed')
assert log.contains('[INFO] Error 10001: ErrDBDriverError\n')
assert log.contains('[INFO]   workaround  Please check the database connection and the database config in configuration file.\n')
return true
