package main

import (
	"math"
	"math/rand"
	"strconv"
	"strings"
)

// floatCases prints floats as Go does: shortest digits, rounding at every precision, exponents
// at both ends, NaN and infinities, in all the float verbs.
func floatCases(r *rand.Rand) []Case {
	var cases []Case
	var values []Value
	for _, f := range []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 0.5, 0.125, 0.375,
		0.005, 0.05, 2.5, 3.5, 9.96, 99.5, 123456.789, 1e6, 1e20, 1e21, 1e22, 1e23, 1e-4, 1e-5, 1e-7,
		1.5e-5, 5e-324, 2.2250738585072014e-308, math.MaxFloat64, 1e308, 1e-300, 1e300,
		1 << 53, 1<<53 + 2, 2.82879384806159e17, 1.23456789e8, 100000, 100, 12345678, 0.000123,
		math.Pi, math.E, math.NaN(), math.Inf(1), math.Inf(-1)} {
		values = append(values, F64(f))
	}
	for _, f := range []float32{0.1, 0.3, 3.14159, 1e10, 1.6777216e7, 1e-45, math.MaxFloat32,
		math.SmallestNonzeroFloat32 * 1e6, 1.17549435e-38, 16777217, 0.2, 2.5, float32(math.Inf(-1))} {
		values = append(values, F32(f))
	}
	floatVerbs := []string{"v", "e", "E", "f", "F", "g", "G", "b", "x", "X"}
	floatPrecisions := []string{"", ".0", ".1", ".2", ".3", ".6", ".10", ".17", ".25"}
	for _, v := range values {
		for _, verb := range floatVerbs {
			for _, prec := range floatPrecisions {
				cases = append(cases, Case{"%" + prec + verb, []Value{v}})
			}
			cases = append(cases, Case{"%" + pick(r, flagSets) + pick(r, widths) + pick(r, floatPrecisions) + verb, []Value{v}})
		}
	}
	// Random doubles and floats, by bits and by decimal digits, over all exponents.
	for i := 0; i < 2000; i++ {
		var v Value
		switch i % 4 {
		case 0:
			f := math.Float64frombits(r.Uint64())
			if math.IsNaN(f) || math.IsInf(f, 0) {
				continue
			}
			v = F64(f)
		case 1:
			digits := r.Int63n(1_000_000_000_000_000)
			v = F64(float64(digits) * math.Pow10(r.Intn(600)-300))
		case 2:
			f := math.Float32frombits(r.Uint32())
			if math.IsNaN(float64(f)) || math.IsInf(float64(f), 0) {
				continue
			}
			v = F32(f)
		default:
			v = F64(float64(r.Intn(100000)) / float64(1+r.Intn(1000)))
		}
		cases = append(cases, Case{"%v", []Value{v}})
		cases = append(cases, Case{"%" + pick(r, floatPrecisions) + pick(r, floatVerbs), []Value{v}})
	}
	for e := -324; e <= 308; e += 7 {
		v := F64(math.Pow10(e) * 1.2345)
		cases = append(cases, Case{"%v %e %.3g %x", []Value{v, v, v, v}})
	}
	return cases
}

// dmCases prints DmExceptions as DM's Format does, alone, nested and as extra arguments; and
// formats their messages as DM's Generate and Delegate do.
func dmCases(r *rand.Rand) []Case {
	rootCause := Thrown("disk full")
	inner := DM(12001, "relay-unit", "internal", "read %s", "", []Value{Str("relay.meta")}, &rootCause)
	plain := DM(20001, "config", "not-set", "", "", nil, nil)
	values := []Value{
		dmSimple(), dmNoArgs(), dmCaused(), plain,
		DM(10006, "database", "downstream", "execute statement failed: %s", "", []Value{Str("INSERT \"x\" 日本")}, nil),
		DM(30001, "binlog-op", "upstream", "%d %d %s", "", []Value{Int(1)}, nil),
		DM(30002, "binlog-op", "upstream", "100%% sure, %v and %#v", "retry", []Value{List(Int(1), Str("a")), Map(Str("k"), F64(0.5))}, nil),
		DM(30003, "sync-unit", "internal", "wrapped", "", nil, &inner),
		DM(30004, "sync-unit", "internal", "no root: %x", "", []Value{Bytes(1, 2)}, &plain),
		DM(30005, "dm-master", "internal", "nested %v", "", []Value{dmSimple()}, nil),
		DM(30006, "dm-worker", "not-set", "extra", "", []Value{Int(1), Str("two")}, nil),
		DM(30007, "scheduler", "internal", "floats %.2f %g %v", "", []Value{F64(3.14159), F64(1e21), F32(0.1)}, nil),
	}
	var cases []Case
	for _, v := range values {
		for _, verb := range verbs {
			if !suits(verb, []Value{v}) {
				continue
			}
			cases = append(cases, Case{"%" + verb, []Value{v}})
			for i := 0; i < 2; i++ {
				cases = append(cases, Case{directive(r, verb), []Value{v}})
			}
		}
		cases = append(cases,
			Case{"%20.5s|%-20v|%020q", []Value{v, v, v}},
			Case{"%v", []Value{List(v, Int(1))}},
			Case{"%d", []Value{List(Int(1), v)}},
			Case{"%+v", []Value{Record("Box", v)}},
			Case{"%#v", []Value{Map(Str("e"), v)}},
			Case{"%q", []Value{Array("any", v, Str("x"))}},
			Case{"extra", []Value{v}},
			Case{"%[2]T %[1]s", []Value{v, v}})
	}
	return cases
}

// compositeCases prints slices, maps and records under every verb, %w and %p included, which
// Go reports on the whole value.
func compositeCases(r *rand.Rand) []Case {
	values := []Value{
		List(Int(1), Int(2)), List(Str("a"), F64(1.5), Nil()), Map(), Map(Str("a"), Int(1)),
		Map(F64(2.5), Bool(true), F64(math.NaN()), Bool(false), F64(-1), Nil()), Map(Bool(true), Int(1), Bool(false), Int(0)),
		Map(Str("é"), Int(1), Str("z"), Int(2), Str("😀"), Int(3), Str("\uffff"), Int(4)),
		Map(Nil(), Str("nil key"), Str("a"), Str("b")), Map(Char('b'), Int(1), Char('a'), Int(2)),
		Map(Int64(3), Object("three"), Int64(-3), Enum("BLUE")), Map(Str("list"), List(Int(1)), Str("map"), Map(Str("k"), Str("v"))),
		Array("int", Int(1), Int(2), Int(3)), Array("string", Str("x"), Str("y")), Array("any", List(), Map()),
		Record("Pt", Int64(160), Str("x")), Record("Pt", Int64(-1), Str("")), Record("Box", List(Int(1), Str("a"))),
		Record("Box", Record("Pt", Int64(1), Str("y"))), Record("Box", Object("obj")), Record("Empty"),
		Record("Mix", Int(-3), F64(1e21), Bool(false), Bytes(), Str("日本")),
		List(Thrown("e1"), Object("o1"), Enum("RED")), List(Bytes(104, 105), Array("int16", Int16(1))),
		List(Record("Pt", Int64(2), Str("z")), Nil()), List(Big("42"), Big("-1")),
	}
	var cases []Case
	for _, v := range values {
		for _, verb := range verbs {
			if !suits(verb, []Value{v}) {
				continue
			}
			cases = append(cases, Case{"%" + verb, []Value{v}})
			cases = append(cases, Case{directive(r, verb), []Value{v}})
		}
	}
	return cases
}

// errorForms reports missing, extra and badly indexed arguments, bad widths and precisions and a
// trailing %, with every kind of argument in the extra ones.
func errorForms() []Case {
	var cases []Case
	add := func(t string, args ...Value) { cases = append(cases, Case{t, args}) }
	for _, v := range samples() {
		add("extra", v)
		add("%v", Int(1), v)
		add("%[1]v %[1]T", v)
		add("%[2]v", v)
		add("%[0]v", v)
		add("%*v", v, Int(5))
		add("%.*v", v, Int(1))
		add("%"+"", v)
	}
	for _, verb := range verbs {
		add("%" + verb)
		add("%[3]"+verb, Int(1), Int(2))
		add("a %[1]"+verb+" b %"+verb, Str("x"))
	}
	for _, t := range []string{"%", "x%", "%-", "%5", "%.", "%.5", "%#", "%[1]", "%[", "%[1", "%[1]*", "%*", "%.*",
		"%[2]*[1]d", "%[1]*.[2]*[3]f", "%[5]%", "%*%", "%.*%", "%-*d", "%0*d", "%*.*f", "%[x]d", "%[]d",
		"%[1d", "%[-1]d", "%[1]2d", "%[1].2d", "%.[2]d", "%.[2]*d", "%1.2.3d", "%99999999d", "%.99999999d",
		"%[2]%%d", "%d %d %[1]d %d", "%!", "%!(", "%%%", "%5%|"} {
		add(t)
		add(t, Int(1))
		add(t, Int(8), Int(2), F64(3.14159))
		add(t, Str("x"), Int(-3), Int(42), Nil())
	}
	for _, w := range []Value{Int(-5), Int(0), Int(1000001), Int(-1000001), Int64(3), Int8(3), Int16(-3),
		F64(3), Str("3"), Nil(), Big("3"), Bool(true), Char('3')} {
		add("%*d|", w, Int(42))
		add("%.*f|", w, F64(3.14159))
		add("%*.*s|", w, w, Str("abcdef"))
	}
	return cases
}

// randomTemplates makes templates of literal text and random directives (flags, indexes,
// widths and precisions, from the template or arguments), with too few, enough or too many
// arguments of every kind.
func randomTemplates(r *rand.Rand, n int) []Case {
	pool := samples()
	pool = append(pool, Int(3), Int(-2), Int(0), Int(7), Int64(12), F64(0.25))
	var cases []Case
	for len(cases) < n {
		var b strings.Builder
		for d := 0; d <= r.Intn(4); d++ {
			if r.Intn(2) == 0 {
				b.WriteString(pick(r, []string{"a", " ", "x=", "日", "%%", ": "}))
			}
			b.WriteString(randomDirective(r))
		}
		if r.Intn(10) == 0 {
			b.WriteString("%")
		}
		var args []Value
		for i := r.Intn(5); i > 0; i-- {
			args = append(args, pool[r.Intn(len(pool))])
		}
		if suits(b.String(), args) {
			cases = append(cases, Case{b.String(), args})
		}
	}
	return cases
}

func randomDirective(r *rand.Rand) string {
	var b strings.Builder
	b.WriteString("%")
	for i := r.Intn(3); i > 0; i-- {
		b.WriteByte("+-# 0"[r.Intn(5)])
	}
	index := func() {
		if r.Intn(5) == 0 {
			b.WriteString("[" + strconv.Itoa(r.Intn(5)) + "]")
		}
	}
	index()
	switch r.Intn(4) {
	case 0:
		b.WriteString(strconv.Itoa(r.Intn(15)))
	case 1:
		b.WriteString("*")
	}
	if r.Intn(3) == 0 {
		b.WriteString(".")
		index()
		switch r.Intn(3) {
		case 0:
			b.WriteString(strconv.Itoa(r.Intn(8)))
		case 1:
			b.WriteString("*")
		}
	}
	index()
	verb := pick(r, verbs)
	if strings.HasPrefix(verb, "+") || strings.HasPrefix(verb, "#") {
		verb = verb[1:]
	}
	b.WriteString(verb)
	return b.String()
}
