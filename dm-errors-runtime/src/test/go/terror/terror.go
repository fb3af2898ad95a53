// Package terror stands in for DM's pkg/terror: an error type whose Error() text and fmt.Format
// behave as DM's *terror.Error does, written from that behaviour so that the corpus needs nothing
// but Go's standard library. Only what formatting shows is here: no stack (a DM error created by
// New has none either), no classes as numbers.
package terror

import (
	"fmt"
	"io"
)

// Error is DM's *terror.Error as formatting sees it.
type Error struct {
	code       int
	class      string
	scope      string
	level      string
	message    string
	workaround string
	args       []interface{}
	rawCause   error
}

// New declares an error, as a line of DM's catalogue does.
func New(code int, class, scope, level, message, workaround string) *Error {
	return &Error{code: code, class: class, scope: scope, level: level, message: message, workaround: workaround}
}

// Generate is DM's Generate: the same error with its message's arguments.
func (e *Error) Generate(args ...interface{}) *Error {
	n := *e
	n.args = args
	return &n
}

// Delegate is DM's Delegate: the same error caused by err; a DM cause that has a cause of its
// own gives its root instead.
func (e *Error) Delegate(err error, args ...interface{}) *Error {
	n := *e
	n.args = args
	n.rawCause = err
	if t, ok := err.(*Error); ok && t.rawCause != nil {
		n.rawCause = t.rawCause
	}
	return &n
}

// message is DM's getMsg: the template as written without arguments, else formatted.
func (e *Error) formatted() string {
	if len(e.args) == 0 {
		return e.message
	}
	return fmt.Sprintf(e.message, e.args...)
}

// Error is DM's text: the bracket, then each part that is present.
func (e *Error) Error() string {
	s := fmt.Sprintf("[code=%d:class=%s:scope=%s:level=%s]", e.code, e.class, e.scope, e.level)
	if m := e.formatted(); m != "" {
		s += ", Message: " + m
	}
	if e.rawCause != nil {
		cause := e.rawCause.Error()
		if t, ok := e.rawCause.(*Error); ok {
			cause = t.formatted()
		}
		s += ", RawCause: " + cause
	}
	if e.workaround != "" {
		s += ", Workaround: " + e.workaround
	}
	return s
}

// Format is DM's fmt.Formatter: %s and %v write Error() as is (width and precision ignored), %+v
// would add the stack (there is none here), %q quotes Error() with no flags, and every other
// verb writes nothing.
func (e *Error) Format(s fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		io.WriteString(s, e.Error())
	case 'q':
		fmt.Fprintf(s, "%q", e.Error())
	}
}
