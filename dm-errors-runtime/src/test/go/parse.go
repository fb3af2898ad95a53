package main

import (
	"encoding/hex"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// parser reads the argument encoding back into Values, for the hand-picked cases in picked.txt.
// The grammar is the one the Java test reads (see README.md).
type parser struct {
	s   string
	pos int
}

func parseArgs(s string) (vs []Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	p := &parser{s: s}
	p.space()
	for p.pos < len(p.s) {
		vs = append(vs, p.value())
		p.space()
		if p.pos < len(p.s) {
			p.expect(",")
			p.space()
		}
	}
	return vs, nil
}

func (p *parser) space() {
	for p.pos < len(p.s) && p.s[p.pos] == ' ' {
		p.pos++
	}
}

func (p *parser) expect(tok string) {
	if !strings.HasPrefix(p.s[p.pos:], tok) {
		panic(fmt.Sprintf("expected %q at %d in %s", tok, p.pos, p.s))
	}
	p.pos += len(tok)
}

func (p *parser) word() string {
	start := p.pos
	for p.pos < len(p.s) && strings.IndexByte("[]{}(),: \"", p.s[p.pos]) < 0 {
		p.pos++
	}
	return p.s[start:p.pos]
}

func (p *parser) quoted() string {
	rest := p.s[p.pos:]
	prefix, err := strconv.QuotedPrefix(rest)
	if err != nil {
		panic(fmt.Sprintf("bad string at %d in %s", p.pos, p.s))
	}
	p.pos += len(prefix)
	s, _ := strconv.Unquote(prefix)
	return s
}

// atom reads name(...) contents up to the closing parenthesis.
func (p *parser) atom() string {
	p.expect("(")
	var s string
	if p.s[p.pos] == '"' {
		s = p.quoted()
	} else {
		s = p.word()
	}
	p.expect(")")
	return s
}

func (p *parser) list() []Value {
	p.expect("{")
	var vs []Value
	p.space()
	for !strings.HasPrefix(p.s[p.pos:], "}") {
		vs = append(vs, p.value())
		p.space()
		if !strings.HasPrefix(p.s[p.pos:], "}") {
			p.expect(",")
			p.space()
		}
	}
	p.expect("}")
	return vs
}

func (p *parser) value() Value {
	if p.s[p.pos] == '"' {
		return Str(p.quoted())
	}
	if strings.HasPrefix(p.s[p.pos:], "[]") {
		p.pos += 2
		return Array(p.word(), p.list()...)
	}
	name := p.word()
	switch name {
	case "nil":
		return Nil()
	case "true", "false":
		return Bool(name == "true")
	case "char":
		return Char([]rune(p.atom())[0])
	case "int", "int8", "int16", "int64":
		n, err := strconv.ParseInt(p.atom(), 10, 64)
		if err != nil {
			panic(err)
		}
		return map[string]func() Value{
			"int": func() Value { return Int(int(n)) }, "int8": func() Value { return Int8(int8(n)) },
			"int16": func() Value { return Int16(int16(n)) }, "int64": func() Value { return Int64(n) },
		}[name]()
	case "float64":
		return F64(parseFloat(p.atom(), 64))
	case "float32":
		return F32(float32(parseFloat(p.atom(), 32)))
	case "big":
		return Big(p.atom())
	case "bytes":
		b, err := hex.DecodeString(p.atom())
		if err != nil {
			panic(err)
		}
		return Bytes(b...)
	case "error":
		return Thrown(p.atom())
	case "stringer":
		return Object(p.atom())
	case "enum":
		return Enum(p.atom())
	case "list":
		return List(p.list()...)
	case "map":
		p.expect("{")
		var kvs []Value
		p.space()
		for !strings.HasPrefix(p.s[p.pos:], "}") {
			kvs = append(kvs, p.value())
			p.expect(":")
			p.space()
			kvs = append(kvs, p.value())
			p.space()
			if !strings.HasPrefix(p.s[p.pos:], "}") {
				p.expect(",")
				p.space()
			}
		}
		p.expect("}")
		return Map(kvs...)
	case "Pt", "Box", "Empty", "Mix":
		return Record(name, p.list()...)
	case "dm":
		f := p.list()
		var cause *Value
		if len(f) == 7 {
			cause = &f[6]
		}
		// The arguments are re-read from the list's encoding, so that each keeps its own.
		args := (&parser{s: f[5].enc[len("list"):]}).list()
		return DM(f[0].v.(int), f[1].v.(string), f[2].v.(string), f[3].v.(string), f[4].v.(string), args, cause)
	}
	panic(fmt.Sprintf("unknown value %q at %d in %s", name, p.pos, p.s))
}

func parseFloat(s string, size int) float64 {
	switch s {
	case "NaN":
		return math.NaN()
	case "+Inf":
		return math.Inf(1)
	case "-Inf":
		return math.Inf(-1)
	}
	f, err := strconv.ParseFloat(s, size)
	if err != nil {
		panic(err)
	}
	return f
}
