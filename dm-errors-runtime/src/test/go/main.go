// Command conformance records how Go formats the Go values that Java values stand for, as the
// corpus dm-errors-runtime's GoSprintfConformanceTest checks MessageTemplate against.
//
// Run it from this directory with `go run .` (any Go since 1.19; the corpus header records the
// version that wrote it). It writes ../resources/io/github/dmerrors/go-sprintf-corpus.txt: the
// hand-picked cases of picked.txt, then the generated ones. The output depends only on the Go
// version: the generated cases come from a fixed seed and a fixed enumeration.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A Case is a template and its arguments.
type Case struct {
	template string
	args     []Value
}

// An address in the output means Go printed a pointer, which no Java value has.
var address = regexp.MustCompile(`0xc0000[0-9a-f]{5}`)

func main() {
	out := flag.String("out", "../resources/io/github/dmerrors/go-sprintf-corpus.txt", "the corpus to write")
	picked := flag.String("picked", "picked.txt", "the hand-picked cases")
	flag.Parse()

	cases, err := readPicked(*picked)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	cases = append(cases, generate()...)

	var b strings.Builder
	fmt.Fprintf(&b, "# What Go's fmt.Sprintf prints for the Go values Java arguments stand for; a DmException is\n")
	fmt.Fprintf(&b, "# DM's *terror.Error. Written by dm-errors-runtime/src/test/go (`go run .`): do not edit.\n")
	fmt.Fprintf(&b, "# go version %s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	fmt.Fprintf(&b, "# cases %d\n", len(cases))
	fmt.Fprintf(&b, "# columns, tab-separated: rows of the Java-to-Go table the arguments exercise (- if none),\n")
	fmt.Fprintf(&b, "# template, Go's output, arguments; strings Go-quoted; output bytes that are not UTF-8 as\n")
	fmt.Fprintf(&b, "# U+FFFD, one per byte, as Go reads them\n")
	seen := map[string]bool{}
	for _, c := range cases {
		goArgs := make([]interface{}, len(c.args))
		for i, a := range c.args {
			goArgs[i] = a.v
		}
		got := fmt.Sprintf(c.template, goArgs...)
		if address.MatchString(got) {
			fmt.Fprintf(os.Stderr, "Go printed an address for %q %s: %s\n", c.template, encodeAll(c.args), got)
			os.Exit(1)
		}
		rows := strings.Join(rowsOf(c.args), ",")
		if rows == "" {
			rows = "-"
		}
		line := fmt.Sprintf("%s\t%s\t%s\t%s\n", rows,
			strconv.Quote(c.template), strconv.Quote(asJavaString(got)), encodeAll(c.args))
		if key := line[strings.IndexByte(line, '\t'):]; !seen[key] {
			seen[key] = true
			b.WriteString(line)
		}
	}
	text := strings.Replace(b.String(), fmt.Sprintf("# cases %d\n", len(cases)), fmt.Sprintf("# cases %d\n", len(seen)), 1)
	if err := os.WriteFile(*out, []byte(text), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%d cases written to %s\n", len(seen), *out)
}

// asJavaString gives the text a Java String holds for Go's bytes: each byte that does not start
// valid UTF-8 becomes U+FFFD, as ranging over a Go string reads it.
func asJavaString(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r)
	}
	return b.String()
}

// readPicked reads picked.txt: a Go-quoted template, a tab, the arguments; # starts a comment.
func readPicked(path string) ([]Case, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var cases []Case
	scanner := bufio.NewScanner(f)
	for n := 1; scanner.Scan(); n++ {
		line := scanner.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		template, args, _ := strings.Cut(line, "\t")
		t, err := strconv.Unquote(template)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: bad template %s", path, n, template)
		}
		vs, err := parseArgs(args)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		cases = append(cases, Case{t, vs})
	}
	return cases, scanner.Err()
}
