// For the ITs that compare with a git base: evaluate(new File(basedir, '../it-parent/git.groovy'))
// returns a function that runs git in a directory and fails the IT with git's output if git fails.
return { File directory, String... arguments ->
    def command = ['git'] + arguments.toList()
    def process = new ProcessBuilder(command).directory(directory).redirectErrorStream(true).start()
    def output = process.inputStream.getText('UTF-8')
    assert process.waitFor() == 0: "${command.join(' ')} failed: ${output}"
}
