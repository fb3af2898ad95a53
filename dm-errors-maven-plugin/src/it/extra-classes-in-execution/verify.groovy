// Each command-line goal names the execution that declares 'order' and how to make every goal see it.
def log = new File(basedir, 'build.log').getText('UTF-8')
def catalogue = new File(basedir, 'src/main/errors/errors_release.txt').path
def hint = "; 'order' is declared only in the <extraClasses> of execution 'generate-errors', which this goal" +
        " (execution 'default-cli') does not see: move <extraClasses>, with <packageName> and <catalogue>," +
        " from the <execution> to the plugin's own <configuration>"
def reports = log.readLines().findAll { it.startsWith("[ERROR] ${catalogue}:2:32: unknown class 'order'") }
assert reports.size() == 2 : reports
assert reports.every { it.endsWith(hint) } : reports
assert new File(basedir, 'target/classes/com/example/errors/DmErrors.class').isFile()
assert !new File(basedir, 'src/main/errors/errors.ledger').exists()
return true
