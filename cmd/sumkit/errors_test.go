package main

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// runProcess runs the test binary as the sumkit CLI, a real separate process, with extra environment variables,
// and returns its stderr and exit code.
func runProcess(t *testing.T, env []string, args ...string) (stderr string, code int) {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), os.Args[0], args...)
	cmd.Env = append(append(os.Environ(), runAsCLI+"=1"), env...)
	var errOut strings.Builder
	cmd.Stderr = &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return errOut.String(), 0
	case errors.As(err, &exit):
		return errOut.String(), exit.ExitCode()
	}
	t.Fatalf("run sumkit %v: %v", args, err)
	return "", 0
}

// Usage errors (a bad or missing flag, a missing argument, an unknown command) exit 2, as Go tools do; failures
// of the work exit 1. Every error is one line that names the command once.
func TestExitCodes(t *testing.T) {
	tests := map[string]struct {
		args []string
		code int
		want string // in stderr
	}{
		"unknown flag":     {[]string{"add", "--bogus"}, 2, "sumkit: add: flag provided but not defined: -bogus; see `sumkit add --help`"},
		"required flag":    {[]string{"add", "some text"}, 2, "sumkit: add: missing --label: pass it; see `sumkit add --help`"},
		"required flags":   {[]string{"send"}, 2, "sumkit: send: missing --to and --value"},
		"unknown command":  {[]string{"nosuch"}, 2, ""},
		"no text":          {[]string{"predict", "--deployment", "nope.json"}, 2, "sumkit: predict: no text given"},
		"text twice":       {[]string{"predict", "--text", "a", "b"}, 2, "sumkit: predict: both --text and a TEXT argument"},
		"bad amount":       {[]string{"send", "--to", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "--value", "lots"}, 2, `sumkit: send: --value: "lots" is not an amount`},
		"bad address":      {[]string{"send", "--to", "bob", "--value", "1"}, 2, `sumkit: send: --to "bob" is not an address`},
		"bad flag value":   {[]string{"mine", "--blocks", "0"}, 2, "sumkit: mine: --blocks 0: ask for at least 1"},
		"bad address flag": {[]string{"contributions", "--author", "bob"}, 2, `sumkit: contributions: --author "bob" is not an address`},
		"subcommand flag":  {[]string{"oracle", "devices", "--config", "x"}, 2, "sumkit: oracle devices: flag provided but not defined"},
		"unreachable node": {[]string{"mine", "--rpc", "http://127.0.0.1:1"}, 1, "sumkit: mine: cannot reach node at http://127.0.0.1:1"},
		"missing manifest": {[]string{"status", "--rpc", "http://127.0.0.1:1", "--deployment", "nope.json"}, 1, "sumkit: status: "},
		"missing config":   {[]string{"oracle", "status", "--config", "nope.yaml"}, 1, "sumkit: oracle status: "},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			stderr, code := runProcess(t, nil, tc.args...)
			if code != tc.code {
				t.Errorf("sumkit %v exit code = %d, want %d; stderr:\n%s", tc.args, code, tc.code, stderr)
			}
			if !strings.Contains(stderr, tc.want) {
				t.Errorf("sumkit %v stderr = %q, want it to contain %q", tc.args, stderr, tc.want)
			}
		})
	}
}

// The oracle's and the simulator's commands name themselves in their errors, once, as the others do.
func TestErrorsNameTheCommandOnce(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope.yaml")
	for _, args := range [][]string{
		{"oracle", "status", "--config", missing},
		{"oracle", "run", "--config", missing},
		{"oracle", "committee", "show", "--config", missing},
		{"sim", "run", "--config", missing},
		{"mine", "--rpc", "http://127.0.0.1:1"},
	} {
		t.Run(strings.Join(args[:len(args)-2], " "), func(t *testing.T) {
			_, _, err := runCLI(t, args...)
			if err == nil {
				t.Fatalf("sumkit %v error = nil, want one", args)
			}
			name := strings.Join(args[:len(args)-2], " ")
			msg := err.Error()
			if !strings.HasPrefix(msg, name+": ") || strings.Count(msg, name+": ") != 1 || strings.Contains(msg, "\n") {
				t.Errorf("sumkit %v error = %q, want one line that begins %q and names it once", args, msg, name+": ")
			}
		})
	}
}

// explain names the command once, though the error it is given may name it already (a library's context).
func TestExplainNamesCommandOnce(t *testing.T) {
	tests := map[string]struct {
		command string
		err     error
		want    string
	}{
		"plain":          {"predict", errors.New("no such file"), "predict: no such file"},
		"named already":  {"predict", errors.New("predict: no such file"), "predict: no such file"},
		"named twice":    {"deploy", errors.New("deploy: deploy: no model given"), "deploy: no model given"},
		"explained":      {"add", explain(context.Background(), nil, "add", errors.New("x")), "add: x"},
		"first line":     {"tx", errors.New("bad\nmore"), "tx: bad"},
		"other command":  {"add", errors.New("predict: x"), "add: predict: x"},
		"insufficient":   {"send", errors.New("insufficient funds for gas * price + value"), "send: insufficient funds for gas * price + value: the sending account cannot pay"},
		"usage is kept":  {"send", usagef("--to %q", "bob"), `send: --to "bob"`},
		"subcommand":     {"oracle run", errors.New("oracle run: x"), "oracle run: x"},
		"prefix in text": {"add", errors.New("read add: x"), "add: read add: x"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got := explain(context.Background(), nil, tc.command, tc.err).Error()
			if !strings.HasPrefix(got, tc.want) {
				t.Errorf("explain(%q, %q) = %q, want it to begin %q", tc.command, tc.err, got, tc.want)
			}
		})
	}
}
