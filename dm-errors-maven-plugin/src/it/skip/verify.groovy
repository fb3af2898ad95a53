def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] dm-errors: generate skipped')
assert !log.contains('errors from src/main/errors')
assert !new File(basedir, 'target/generated-sources/dm-errors').exists()
return true
