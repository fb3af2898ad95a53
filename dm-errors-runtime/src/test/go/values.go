package main

import (
	"fmt"
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"

	"dmerrors/conformance/terror"
)

// A Value is one argument: the Go value Sprintf formats, and its encoding in the corpus, which
// names the Java value the Java test builds (see README.md).
type Value struct {
	enc  string
	v    interface{}
	rows map[string]bool // the rows of MessageTemplate's Java-to-Go table it exercises
	// addressed: Go prints an address for %p of it (a slice, map or pointer), which Java cannot.
	addressed bool
	// deep: it holds a *big.Int or a DM error, which Go prints by its fields or address inside a
	// value reported as bad (%w, %p of a slice, map or struct), where Java prints its text.
	deep bool
	// named: a Go named type standing for a Java class, whose name the Java test replaces with
	// the class name, which a width or precision under %T would cut or pad differently.
	named bool
}

// The stand-ins for Java's objects. Each is a string underneath, so that Go, which prints a bad
// verb's value without calling its methods, still prints the text Java prints. GoString is the
// text too: for %#v Java prints an error's or a Stringer's text, as these do.
type (
	// Err stands for a Java Throwable (an IllegalStateException with this message).
	Err string
	// Text stands for a Java object whose toString() returns this text.
	Text string
	// Color stands for a Java enum constant.
	Color string
)

func (e Err) Error() string      { return string(e) }
func (e Err) GoString() string   { return string(e) }
func (t Text) String() string    { return string(t) }
func (t Text) GoString() string  { return string(t) }
func (c Color) String() string   { return string(c) }
func (c Color) GoString() string { return string(c) }

// The records of the Java test, as Go structs with the same field names.
type (
	Pt struct {
		x int64
		y string
	}
	Box struct {
		V interface{}
	}
	Empty struct{}
	Mix   struct {
		n   int
		f   float64
		ok  bool
		raw []byte
		s   string
	}
)

func leaf(enc string, v interface{}, row string) Value {
	return Value{enc: enc, v: v, rows: map[string]bool{row: true}}
}

func Nil() Value            { return leaf("nil", nil, "nil") }
func Str(s string) Value    { return leaf(strconv.Quote(s), s, "string") }
func Bool(b bool) Value     { return leaf(strconv.FormatBool(b), b, "boolean") }
func Int(i int) Value       { return leaf(fmt.Sprintf("int(%d)", i), i, "integer") }
func Int8(i int8) Value     { return leaf(fmt.Sprintf("int8(%d)", i), i, "integer") }
func Int16(i int16) Value   { return leaf(fmt.Sprintf("int16(%d)", i), i, "integer") }
func Int64(i int64) Value   { return leaf(fmt.Sprintf("int64(%d)", i), i, "integer") }
func Thrown(m string) Value { return named(leaf("error("+strconv.Quote(m)+")", Err(m), "throwable")) }
func Object(t string) Value {
	return named(leaf("stringer("+strconv.Quote(t)+")", Text(t), "stringer"))
}
func Enum(name string) Value { return named(leaf("enum("+name+")", Color(name), "stringer")) }

func named(v Value) Value {
	v.named = true
	return v
}

// Char is a Java Character: a one-character Go string.
func Char(r rune) Value {
	if r >= 0x10000 || (r >= 0xD800 && r < 0xE000) {
		panic("not one UTF-16 unit: " + strconv.QuoteRune(r))
	}
	return leaf("char("+strconv.Quote(string(r))+")", string(r), "character")
}

// Floats are encoded exactly, as hexadecimal floating point, which Java parses without rounding.
func F64(f float64) Value {
	return leaf("float64("+hexFloat(f, 64)+")", f, "float")
}

func F32(f float32) Value {
	return leaf("float32("+hexFloat(float64(f), 32)+")", f, "float")
}

func hexFloat(f float64, size int) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "+Inf"
	case math.IsInf(f, -1):
		return "-Inf"
	}
	return strconv.FormatFloat(f, 'x', -1, size)
}

func Big(dec string) Value {
	b, ok := new(big.Int).SetString(dec, 10)
	if !ok {
		panic("bad big integer " + dec)
	}
	v := leaf("big("+dec+")", b, "big-integer")
	v.addressed, v.deep = true, true
	return v
}

func Bytes(b ...byte) Value {
	if b == nil {
		b = []byte{} // Java's new byte[0] is empty, never Go's nil slice
	}
	v := leaf(fmt.Sprintf("bytes(%x)", b), b, "byte-array")
	v.addressed = true
	return v
}

func composite(enc string, v interface{}, row string, parts []Value) Value {
	c := Value{enc: enc, v: v, rows: map[string]bool{row: true}}
	for _, p := range parts {
		for r := range p.rows {
			c.rows[r] = true
		}
		c.deep = c.deep || p.deep
	}
	return c
}

func encodeAll(vs []Value) string {
	encs := make([]string, len(vs))
	for i, v := range vs {
		encs[i] = v.enc
	}
	return strings.Join(encs, ", ")
}

// List is a Java List: a Go []interface{}.
func List(vs ...Value) Value {
	s := make([]interface{}, len(vs))
	for i, v := range vs {
		s[i] = v.v
	}
	c := composite("list{"+encodeAll(vs)+"}", s, "slice", vs)
	c.addressed = true
	return c
}

// Map is a Java LinkedHashMap of the keys and values in the order given: a Go
// map[interface{}]interface{}, which Go prints sorted. Keys must be of one Java class.
func Map(kvs ...Value) Value {
	m := map[interface{}]interface{}{}
	encs := make([]string, 0, len(kvs)/2)
	for i := 0; i < len(kvs); i += 2 {
		m[kvs[i].v] = kvs[i+1].v
		encs = append(encs, kvs[i].enc+": "+kvs[i+1].enc)
	}
	c := composite("map{"+strings.Join(encs, ", ")+"}", m, "map", kvs)
	c.addressed = true
	return c
}

// Array is a Java array of the element type: int[] is []int, char[] is []string.
func Array(elem string, vs ...Value) Value {
	var s interface{}
	switch elem {
	case "int":
		a := []int{}
		for _, v := range vs {
			a = append(a, v.v.(int))
		}
		s = a
	case "int64":
		a := []int64{}
		for _, v := range vs {
			a = append(a, v.v.(int64))
		}
		s = a
	case "int16":
		a := []int16{}
		for _, v := range vs {
			a = append(a, v.v.(int16))
		}
		s = a
	case "bool":
		a := []bool{}
		for _, v := range vs {
			a = append(a, v.v.(bool))
		}
		s = a
	case "float64":
		a := []float64{}
		for _, v := range vs {
			a = append(a, v.v.(float64))
		}
		s = a
	case "float32":
		a := []float32{}
		for _, v := range vs {
			a = append(a, v.v.(float32))
		}
		s = a
	case "char", "string":
		a := []string{}
		for _, v := range vs {
			a = append(a, v.v.(string))
		}
		s = a
	case "any":
		a := []interface{}{}
		for _, v := range vs {
			a = append(a, v.v)
		}
		s = a
	default:
		panic("no Java array of " + elem)
	}
	c := composite("[]"+elem+"{"+encodeAll(vs)+"}", s, "slice", vs)
	c.addressed = true
	return c
}

// Record is one of the Java test's records: a Go struct.
func Record(name string, vs ...Value) Value {
	var s interface{}
	switch name {
	case "Pt":
		s = Pt{vs[0].v.(int64), vs[1].v.(string)}
	case "Box":
		s = Box{vs[0].v}
	case "Empty":
		s = Empty{}
	case "Mix":
		s = Mix{vs[0].v.(int), vs[1].v.(float64), vs[2].v.(bool), vs[3].v.([]byte), vs[4].v.(string)}
	default:
		panic("no record " + name)
	}
	return named(composite(name+"{"+encodeAll(vs)+"}", s, "record", vs))
}

// DM is a DmException: DmError.of(code, "ErrCorpus", class, scope, level, message, workaround)
// then generate(args) or, with a cause, delegate(cause, args). The Java test makes it at level
// low with no stack trace, as a DM error without a stack.
func DM(code int, class, scope, message, workaround string, args []Value, cause *Value) Value {
	goArgs := make([]interface{}, len(args))
	for i, a := range args {
		goArgs[i] = a.v
	}
	e := terror.New(code, class, scope, "low", message, workaround)
	parts := append([]Value{}, args...)
	enc := fmt.Sprintf("dm{int(%d), %s, %s, %s, %s, list{%s}", code, strconv.Quote(class), strconv.Quote(scope),
		strconv.Quote(message), strconv.Quote(workaround), encodeAll(args))
	var v interface{}
	if cause == nil {
		v = e.Generate(goArgs...)
	} else {
		v = e.Delegate(cause.v.(error), goArgs...)
		parts = append(parts, *cause)
		enc += ", " + cause.enc
	}
	c := composite(enc+"}", v, "dm-exception", parts)
	c.addressed, c.deep, c.named = true, true, true
	return c
}

// rowsOf lists the table rows the arguments exercise, sorted.
func rowsOf(args []Value) []string {
	set := map[string]bool{}
	for _, a := range args {
		for r := range a.rows {
			set[r] = true
		}
	}
	rows := make([]string, 0, len(set))
	for r := range set {
		rows = append(rows, r)
	}
	sort.Strings(rows)
	return rows
}
