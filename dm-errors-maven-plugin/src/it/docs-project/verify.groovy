// The docs goal ran in the package phase with every format, then with one format elsewhere.
def docs = new File(basedir, 'target/dm-errors-docs')
assert new File(docs, 'errors.md').isFile()
assert new File(docs, 'errors.json').isFile()
// The writer's records are in the build directory, not among the documents.
assert docs.list().sort() == ['errors.json', 'errors.md', 'errors.toml']
def records = new File(basedir, 'target/dm-errors/state').listFiles().findAll { it.name.startsWith('dm-errors-docs-') }
assert records.size() == 1 && new File(records[0], 'docs-default.manifest').isFile()

// errors.toml in code order, exactly as DM's tooling writes it.
assert new File(docs, 'errors.toml').getText('UTF-8') == '''\
[error.DM-database-10001]
message = "database driver error"
description = ""
workaround = "Please check the database connection and the database config in configuration file."
tags = ["not-set", "high"]

[error.DM-database-10002]
message = "database driver"
description = ""
workaround = "Please check the database connection, then use `pause-task` to pause the task and then use `resume-task` to resume the task."
tags = ["not-set", "high"]

[error.DM-config-20001]
message = "checking item %s is not supported\\n%s"
description = ""
workaround = "a | b and <b>"
tags = ["internal", "medium"]

[error.DM-billing-90001]
message = "invoice %d rejected"
description = ""
workaround = ""
tags = ["downstream", "low"]

'''

def markdown = new File(docs, 'errors.md').getText('UTF-8')
assert markdown.contains('| <a id="20001"></a>20001 | `ErrConfigCheckItemNotSupport` | medium | internal | checking item `{arg1}` is not supported<br>`{arg2}` | a \\| b and \\<b\\> |')
assert markdown.contains('| [billing](#class-billing) | A class of this catalogue\'s own. | 1 |')

def json = new File(docs, 'errors.json').getText('UTF-8')
assert json.startsWith('[\n  {\n    "code": 10001,\n    "name": "ErrDBDriverError",\n')
assert json.contains('{"name": "arg1", "type": "long", "directives": "%d"}')

def only = new File(basedir, 'target/markdown-only')
assert new File(only, 'errors.md').getText('UTF-8') == markdown
assert !new File(only, 'errors.toml').exists()
assert !new File(only, 'errors.json').exists()

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('[INFO] dm-errors: 4 errors from src/main/errors/errors_release.txt -> target/dm-errors-docs (errors.md, errors.toml, errors.json): 3 files written, 0 unchanged, 0 removed') == 1
assert log.count('[INFO] dm-errors: 4 errors from src/main/errors/errors_release.txt -> target/markdown-only (errors.md): 1 file written, 0 unchanged, 0 removed') == 1
// Maven 3.8 names the plugin by its artifactId in this line, Maven 3.9 by its prefix.
assert log =~ /(dm-errors-maven-plugin|dm-errors):[^:]+:docs \(default\) @ docs-project/
return true
