// A stranger's adoption, on the Maven this IT run uses (mavenHome): deploy the runtime and the
// plugin from this source tree to a file repository with docs/team-repository.md's command, then build a new
// project, whose POM is the README's snippet verbatim, against that repository from an empty local
// repository, and run each goal the way the README shows. Everything besides our artifacts comes
// from the main build's local repository (as a remote) or, online, from Maven Central.
import groovy.xml.XmlSlurper
import java.nio.file.Files
import java.nio.file.Path
import java.util.jar.JarFile

File source = new File(sourceRoot).canonicalFile
File mvnHome = new File(mavenHome).canonicalFile
boolean isOffline = offline == 'offline=true'
String mainRepoUrl = new File(mainLocalRepository).toURI().toString()
File teamRepo = new File(basedir, 'team-repo')
String teamRepoUrl = teamRepo.toURI().toString()

// Runs Maven in a directory; fails the IT with the log's end if the build fails.
def maven = { String name, File directory, List<String> arguments ->
    File log = new File(basedir, "${name}.log")
    List<String> command = (['sh', new File(mvnHome, 'bin/mvn').path, '-B'] + arguments)*.toString()
    def builder = new ProcessBuilder(command).directory(directory).redirectErrorStream(true)
            .redirectOutput(log)
    builder.environment().put('JAVA_HOME', System.getProperty('java.home'))
    builder.environment().remove('MAVEN_ARGS')
    int status = builder.start().waitFor()
    String output = log.getText('UTF-8')
    assert status == 0: "${name}: ${command.join(' ')} in ${directory} failed:\n${output.readLines().takeRight(60).join('\n')}"
    return output
}
def settings = { File file, String extra ->
    // Offline, Maven Central is the main build's local repository; online it is Maven Central.
    String mirror = isOffline ? """
  <mirrors>
    <mirror><id>local.central</id><mirrorOf>central</mirrorOf><url>${mainRepoUrl}</url></mirror>
  </mirrors>""" : ''
    file.text = """<settings>${extra}${mirror}
  <profiles>
    <profile>
      <id>repositories</id>
      <repositories>
        <repository><id>team</id><url>${teamRepoUrl}</url></repository>
        <repository><id>local.central</id><url>${mainRepoUrl}</url></repository>
      </repositories>
      <pluginRepositories>
        <pluginRepository><id>team</id><url>${teamRepoUrl}</url></pluginRepository>
        <pluginRepository><id>local.central</id><url>${mainRepoUrl}</url></pluginRepository>
      </pluginRepositories>
    </profile>
  </profiles>
  <activeProfiles><activeProfile>repositories</activeProfile></activeProfiles>
</settings>
"""
    return file
}
def copy = { String path ->
    Path from = source.toPath().resolve(path)
    Path to = new File(basedir, 'source').toPath().resolve(path)
    Files.walk(from).each { Path file ->
        Path target = to.resolve(from.relativize(file).toString())
        if (Files.isDirectory(file)) {
            Files.createDirectories(target)
        } else {
            Files.createDirectories(target.parent)
            Files.copy(file, target)
        }
    }
}

// 1. The published modules' sources, as a clone would have them (the other modules' POMs only,
//    since the root POM names them, and the test support the plugin's tests compile against),
//    deployed with the command of docs/team-repository.md.
['pom.xml', 'dm-errors-runtime/pom.xml', 'dm-errors-runtime/src/main', 'dm-errors-maven-plugin/pom.xml',
 'dm-errors-maven-plugin/src/main', 'dm-errors-testing/pom.xml', 'dm-errors-testing/src/main', 'examples/pom.xml',
 'benchmarks/pom.xml'].each { copy(it) }
File buildRepo = new File(basedir, 'build-repo')
String teamRepositoryPage = new File(source, 'docs/team-repository.md').getText('UTF-8')
def deployCommand = (teamRepositoryPage =~ /(?m)^mvn -B -DskipTests (-pl .*) deploy -DaltDeploymentRepository=team::default::\S+$/)
assert deployCommand.find(): 'docs/team-repository.md shows how to deploy to a team repository'
maven('deploy', new File(basedir, 'source'), ['-s', settings(new File(basedir, 'settings-build.xml'), '').path,
        "-Dmaven.repo.local=${buildRepo}", '-DskipTests'] + deployCommand.group(1).split(' ').toList()
        + ['deploy', "-DaltDeploymentRepository=team::default::${teamRepoUrl}"])

// What Maven Central requires, for the parent, the runtime and the plugin; nothing else deployed.
File group = new File(teamRepo, 'io/github/dmerrors')
assert group.list().toList().toSorted() == ['dm-errors-maven-plugin', 'dm-errors-parent', 'dm-errors-runtime', 'maven-metadata.xml',
                                             'maven-metadata.xml.md5', 'maven-metadata.xml.sha1']
def deployed = { String artifactId, String suffix ->
    File[] files = new File(group, "${artifactId}/0.1.0-SNAPSHOT").listFiles().findAll {
        it.name ==~ /${artifactId}-0\.1\.0-\d{8}\.\d{6}-1${suffix.replace('.', '\\.')}/
    }
    assert files.size() == 1: "${artifactId}: one *${suffix} in ${group}/${artifactId}: ${files}"
    return files[0]
}
def parentPom = new XmlSlurper().parse(deployed('dm-errors-parent', '.pom'))
assert parentPom.url.text() == 'https://github.com/dmerrors/dm-errors'
assert parentPom.licenses.license.name.text() == 'Apache License, Version 2.0'
assert !parentPom.developers.developer.name.text().isEmpty()
assert parentPom.scm.connection.text().startsWith('scm:git:')
assert parentPom.scm.url.text() == parentPom.url.text()
['dm-errors-runtime', 'dm-errors-maven-plugin'].each { String artifactId ->
    def pom = new XmlSlurper().parse(deployed(artifactId, '.pom'))
    assert !pom.name.text().isEmpty() && !pom.description.text().isEmpty()
    assert pom.parent.artifactId.text() == 'dm-errors-parent'
    def classes = new JarFile(deployed(artifactId, '.jar')).entries().toList()*.name
    assert classes.any { it.startsWith('io/github/dmerrors/') && it.endsWith('.class') }
    def sources = new JarFile(deployed(artifactId, '-sources.jar')).entries().toList()*.name
    assert sources.any { it.endsWith('.java') }
    def javadoc = new JarFile(deployed(artifactId, '-javadoc.jar')).entries().toList()*.name
    assert javadoc.contains('index.html')
    // Reproducible: this build's jars are byte for byte those of the build running this test
    // (which packaged both modules before its integration tests).
    ['.jar', '-sources.jar', '-javadoc.jar'].each { String suffix ->
        File main = new File(source, "${artifactId}/target/${artifactId}-0.1.0-SNAPSHOT${suffix}")
        assert main.isFile(): "run the integration tests with the runtime in the build (-am): ${main}"
        assert deployed(artifactId, suffix).bytes == main.bytes: "${artifactId}${suffix} differs from the main build's (were the sources or the JDK changed since it was packaged? mvn clean verify)"
    }
}
// The group metadata maps the prefix to the plugin, once, in the repository and in the local
// repository the deploy installed into: on Maven 3.8 too.
[new File(group, 'maven-metadata.xml'), new File(buildRepo, 'io/github/dmerrors/maven-metadata-local.xml')].each { File file ->
    def plugins = new XmlSlurper().parse(file).plugins.plugin
    assert plugins.size() == 1: "one plugin in ${file}: ${file.text}"
    assert plugins[0].prefix.text() == 'dm-errors' && plugins[0].artifactId.text() == 'dm-errors-maven-plugin'
}

// 2. A new project: its POM is the README's snippet, verbatim, in a project of its own.
String readme = new File(source, 'README.md').getText('UTF-8')
def snippet = (readme =~ /(?s)<!-- begin:minimal-pom -->\n```xml\n(.*?)```\n<!-- end:minimal-pom -->/)
assert snippet.find(): 'README.md has the snippet between <!-- begin:minimal-pom --> and <!-- end:minimal-pom -->'
File consumer = new File(basedir, 'consumer')
new File(consumer, 'pom.xml').setText("""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
<modelVersion>4.0.0</modelVersion>
<parent>
  <groupId>com.example</groupId>
  <artifactId>consumer-parent</artifactId>
  <version>1</version>
  <relativePath>../consumer-parent</relativePath>
</parent>
<artifactId>consumer</artifactId>
${snippet.group(1)}</project>
""", 'UTF-8')
File consumerRepo = new File(basedir, 'consumer-repo')
assert !consumerRepo.exists()
List<String> common = ['-s', settings(new File(basedir, 'settings-consumer.xml'), '''
  <pluginGroups><pluginGroup>io.github.dmerrors</pluginGroup></pluginGroups>''').path,
        "-Dmaven.repo.local=${consumerRepo}"]

// The prefix outside any project, from an empty local repository: only the repository's group
// metadata can say that dm-errors: is this plugin.
File elsewhere = new File(basedir, 'elsewhere')
elsewhere.mkdirs()
String explained = maven('explain-without-project', elsewhere, common + ['dm-errors:explain', '-Ddm-errors.code=10001',
        '-Ddm-errors.catalogue=../consumer/src/main/errors/errors_release.txt', '-Ddm-errors.extraClasses=order'])
assert explained.contains('[INFO] Error 10001: ErrDBDriverError')
assert new XmlSlurper().parse(new File(consumerRepo, 'io/github/dmerrors/maven-metadata-team.xml')).plugins.plugin.prefix.text() == 'dm-errors'

// generate in the lifecycle; the other goals from the command line, configured once.
maven('verify', consumer, common + ['verify'])
assert new File(consumer, 'target/generated-sources/dm-errors/com/example/errors/DmErrors.java').isFile()
assert new File(consumer, 'target/classes/com/example/app/Orders.class').isFile()
maven('record', consumer, common + ['dm-errors:record'])
String ledger = new File(consumer, 'src/main/errors/errors.ledger').getText('UTF-8')
assert ledger.contains('90001') && ledger.contains('ErrOrderUnknown')
String checked = maven('check', consumer, common + ['dm-errors:check'])
assert checked.contains('BUILD SUCCESS')
maven('docs', consumer, common + ['dm-errors:docs'])
assert new File(consumer, 'target/dm-errors-docs').list().length > 0
String explainedHere = maven('explain', consumer, common + ['dm-errors:explain', '-Ddm-errors.code=90001'])
assert explainedHere.contains('[INFO] Error 90001: ErrOrderRejected')
assert explainedHere.contains('order: A class of this catalogue\'s own.')

// Our artifacts came from the team's repository, and from nowhere else.
['dm-errors-runtime', 'dm-errors-maven-plugin'].each { String artifactId ->
    File record = new File(consumerRepo, "io/github/dmerrors/${artifactId}/0.1.0-SNAPSHOT/_remote.repositories")
    def origins = record.readLines().findAll { it.contains('.jar>') }*.replaceAll(/.*>(.*)=$/, '$1').unique()
    assert origins == ['team']: "${artifactId} resolved from ${origins}"
}

// The consumer's sources jar holds its Java sources and nothing of the plugin's bookkeeping.
def entries = new JarFile(new File(consumer, 'target/consumer-1-sources.jar')).entries().toList()
        .findAll { !it.directory && !it.name.startsWith('META-INF/') }*.name
assert entries.contains('com/example/app/Orders.java') && entries.contains('com/example/errors/DmErrors.java')
assert entries.every { it.endsWith('.java') }: "only Java sources in the consumer's sources jar: ${entries}"
return true
