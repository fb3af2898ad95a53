package main

import (
	"math"
	"math/rand"
	"regexp"
	"strings"
)

// The verbs of MessageTemplate's table, a few Go does not know, and %p and %w, which Sprintf
// reports as bad.
var verbs = []string{"v", "+v", "#v", "T", "s", "q", "x", "X", "d", "b", "o", "O", "c", "U", "t",
	"e", "E", "f", "F", "g", "G", "p", "w", "z", "é"}

var flagSets = []string{"", "+", "-", "#", " ", "0", "+0", "-0", "# ", "#0", "+#", "- ", " 0", "+-#0 "}
var widths = []string{"", "1", "5", "12"}
var precisions = []string{"", ".", ".0", ".1", ".3", ".10"}

func generate() []Case {
	r := rand.New(rand.NewSource(15))
	var cases []Case
	add := func(t string, args ...Value) { cases = append(cases, Case{t, args}) }

	// Every value kind under every verb, plain and with sampled flags, widths and precisions.
	for _, v := range samples() {
		for _, verb := range verbs {
			if !suits(verb, []Value{v}) {
				continue
			}
			add("%"+verb, v)
			for i := 0; i < 3; i++ {
				add(directive(r, verb), v)
			}
		}
	}
	// Integers under the integer verbs, with every flag set.
	for _, v := range integers() {
		for _, verb := range []string{"d", "v", "b", "o", "O", "x", "X", "c", "q", "U"} {
			for _, flags := range flagSets {
				add("%"+flags+verb, v)
			}
			add("%"+pick(r, flagSets)+pick(r, widths)+pick(r, precisions)+verb, v)
		}
	}
	// Strings under the string verbs, with every flag set.
	for _, v := range texts() {
		for _, verb := range []string{"s", "v", "q", "x", "X"} {
			for _, flags := range flagSets {
				add("%"+flags+verb, v)
			}
			add("%"+pick(r, flagSets)+pick(r, widths)+pick(r, precisions)+verb, v)
		}
	}
	cases = append(cases, floatCases(r)...)
	cases = append(cases, dmCases(r)...)
	cases = append(cases, compositeCases(r)...)
	cases = append(cases, errorForms()...)
	cases = append(cases, randomTemplates(r, 2000)...)
	kept := cases[:0]
	for _, c := range cases {
		if suits(c.template, c.args) {
			kept = append(kept, c)
		}
	}
	return kept
}

func pick(r *rand.Rand, from []string) string { return from[r.Intn(len(from))] }

// directive makes a directive of the verb with random flags, width and precision.
func directive(r *rand.Rand, verb string) string {
	flags := pick(r, flagSets)
	if strings.HasPrefix(verb, "+") || strings.HasPrefix(verb, "#") {
		flags += verb[:1]
		verb = verb[1:]
	}
	return "%" + flags + pick(r, widths) + pick(r, precisions) + verb
}

// suits tells whether the corpus can hold Go's output for a template with these arguments:
// Go prints an address for %p of a slice, map or pointer, and a *big.Int's or DM error's
// fields inside a value it reports as bad; Java has neither (see MessageTemplate).
// Nor can it hold a width or precision under %T of a type named after a Java class.
func suits(template string, args []Value) bool {
	p := strings.Contains(template, "p")
	w := strings.Contains(template, "w")
	sizedT := sizedTypeName.MatchString(template)
	for _, a := range args {
		if (p && (a.addressed || a.deep)) || (w && a.deep) || (sizedT && a.named) {
			return false
		}
	}
	return true
}

var sizedTypeName = regexp.MustCompile(`%[^%a-zA-Z]*[0-9*.][^%a-zA-Z]*T`)

func samples() []Value {
	return []Value{
		Nil(), Str("hello"), Str(""), Str("日本語"), Char('x'), Char('é'), Bool(true), Bool(false),
		Int(42), Int(-7), Int8(-128), Int16(-300), Int64(math.MaxInt64), Int(65),
		F64(3.14159), F64(-0.0), F64(math.Inf(1)), F64(math.NaN()), F32(0.1), F32(-2.5),
		Big("123456789012345678901234567890"), Big("-255"),
		Bytes(1, 0xab, 0xff), Bytes(), Bytes('h', 'i'),
		Array("int", Int(1), Int(-2)), Array("int64", Int64(10)), Array("int16", Int16(3)),
		Array("bool", Bool(true), Bool(false)), Array("float64", F64(1e6), F64(0.5)),
		Array("float32", F32(0.1)), Array("char", Char('a'), Char('b')), Array("string", Str("a"), Str("b c")),
		Array("any", Int(1), Str("x"), Nil()), Array("int"),
		List(Int(1), Str("a"), Nil(), Bool(true)), List(), List(List(Int(1)), Bytes(1, 2)),
		Map(Str("b"), Int(2), Str("a"), Int(1)), Map(), Map(Int(10), Str("x"), Int(-1), Str("z")),
		Record("Pt", Int64(160), Str("x")), Record("Empty"), Record("Box", Nil()), Record("Box", Thrown("inner")),
		Record("Mix", Int(7), F64(2.5), Bool(true), Bytes(1, 2), Str("s")),
		Thrown("boom"), Thrown("quote \" and é"), Object("text"), Object("日本"), Enum("RED"),
		dmSimple(), dmNoArgs(), dmCaused(),
	}
}

func integers() []Value {
	return []Value{Int(0), Int(1), Int(-1), Int(42), Int(-42), Int(255), Int(10), Int(39), Int(127),
		Int(26085), Int(128512), Int(55296), Int(1114112), Int64(math.MinInt64), Int64(math.MaxInt64),
		Int8(127), Int8(-1), Int16(32767), Int16(-32768), Int64(1 << 40)}
}

func texts() []Value {
	return []Value{Str(""), Str("hello"), Str("héllo"), Str("日本語日本語"), Str("a\"b\\c\n\t\a\b\f\r\v"),
		Str("\x00\x1f\x7f\u00ad\u00a0"), Str("😀 grin"), Str("back`quote"), Str("raw\\string"),
		Str("tab\there"), Str("\u2028\ufeff"), Str("\U000e0001"), Str("100%"), Char('\''), Char('"'),
		Char('\n'), Char('日'), Thrown("error text"), Object("stringer text"), Enum("GREEN")}
}

func dmSimple() Value {
	return DM(10001, "database", "not-set", "database driver error: %s", "check the database", []Value{Str("bad conn")}, nil)
}

func dmNoArgs() Value {
	return DM(11006, "functional", "internal", "parse %s stays as written", "", nil, nil)
}

func dmCaused() Value {
	c := Thrown("connection refused")
	return DM(10002, "database", "upstream", "bad connection", "please check your network connection", nil, &c)
}
