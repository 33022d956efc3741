package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// negativeSample is a dense sample whose text begins with "-", as a flag does.
const negativeSample = "-1000000000,0,0,0,0,0,0,0,0"

// A text that begins with "-" is accepted as --text TEXT, after the "--" terminator, and as "-" from stdin, all
// giving the same class; passed bare it is refused with a usage error (exit 2) that says how to pass it.
func TestTextThatBeginsWithDash(t *testing.T) {
	url := startDevnet(t)
	dep := deploy(t, url, denseArgs()...)
	base := []string{"predict", "--rpc", url, "--deployment", dep, "--json"}

	stdout, _, err := runCLI(t, append(base, "--text", negativeSample)...)
	if err != nil {
		t.Fatalf("predict --text %s error = %v", negativeSample, err)
	}
	var want struct{ Class uint64 }
	if err := json.Unmarshal([]byte(stdout), &want); err != nil {
		t.Fatalf("predict --json output %q: %v", stdout, err)
	}

	for name, tc := range map[string]struct {
		args  []string
		stdin string
	}{
		"after --": {[]string{"--", negativeSample}, ""},
		"stdin":    {[]string{"-"}, negativeSample + "\n"},
	} {
		t.Run(name, func(t *testing.T) {
			cmd := exec.CommandContext(t.Context(), os.Args[0], append(base, tc.args...)...)
			cmd.Env = append(os.Environ(), runAsCLI+"=1")
			cmd.Stdin = strings.NewReader(tc.stdin)
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("predict %v error = %v", tc.args, err)
			}
			var got struct{ Class uint64 }
			if err := json.Unmarshal(out, &got); err != nil || got.Class != want.Class {
				t.Errorf("predict %v = %q (%v), want class %d as with --text", tc.args, out, err, want.Class)
			}
		})
	}

	t.Run("bare", func(t *testing.T) {
		stderr, code := runProcess(t, nil, append(base, negativeSample)...)
		if code != 2 || !strings.Contains(stderr, "pass it as --text TEXT or after --") {
			t.Errorf("predict %s: exit %d, stderr %q; want exit 2 saying how to pass the text", negativeSample, code, stderr)
		}
	})

	t.Run("add", func(t *testing.T) {
		before := contributionsOf(t, url, dep)
		if _, stderr, err := runCLI(t, "add", "--rpc", url, "--deployment", dep, "--dev-account", "1", "--label", "0", "--text", negativeSample); err != nil {
			t.Fatalf("add --text %s error = %v\n%s", negativeSample, err, stderr)
		}
		if n := contributionsOf(t, url, dep); n != before+1 {
			t.Errorf("the trainer holds %d contributions after add --text, want %d", n, before+1)
		}
		rows := jsonLines[struct{ Data []int64 }](t, mustRun(t, "contributions", "--rpc", url, "--deployment", dep, "--json"))
		if d := rows[len(rows)-1].Data; len(d) == 0 || d[0] != -1000000000 {
			t.Errorf("the added sample = %v, want it to begin -1000000000", d)
		}
	})

	for name, want := range map[string]string{
		"help": "--text TEXT",
	} {
		t.Run(name, func(t *testing.T) {
			for _, cmd := range []string{"predict", "add"} {
				stdout, _, err := runCLI(t, cmd, "--help")
				if err != nil || !strings.Contains(stdout, want) || !strings.Contains(stdout, `begins with "-"`) {
					t.Errorf("%s --help (%v) does not say how to pass a text that begins with \"-\":\n%s", cmd, err, stdout)
				}
			}
		})
	}
}

// mustRun runs the CLI in-process and returns its stdout, failing the test on an error.
func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	stdout, stderr, err := runCLI(t, args...)
	if err != nil {
		t.Fatalf("sumkit %v error = %v\nstderr:\n%s", args, err, stderr)
	}
	return stdout
}
