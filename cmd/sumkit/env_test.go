package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// The deployment and the account can come from the environment, as the node does from SUMKIT_RPC; a flag on the
// command line wins.
func TestEnvironmentFlags(t *testing.T) {
	url := startDevnet(t)
	dep := deploy(t, url, denseArgs()...)
	dev1 := "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
	env := []string{"SUMKIT_RPC=" + url, "SUMKIT_DEPLOYMENT=" + dep, "SUMKIT_ACCOUNT=" + dev1}
	run := func(args ...string) (string, error) {
		cmd := exec.CommandContext(t.Context(), os.Args[0], args...)
		cmd.Env = append(append(os.Environ(), runAsCLI+"=1"), env...)
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	for name, tc := range map[string]struct {
		args []string
		want string
	}{
		"deployment":        {[]string{"predict", denseSample}, "(class "},
		"account":           {[]string{"claims"}, "claims of " + dev1},
		"account in status": {[]string{"status"}, "account"},
		"command line wins": {[]string{"claims", "--account", "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"}, "claims of 0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"},
		"dev account wins":  {[]string{"claims", "--dev-account", "2"}, "claims of 0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"},
		"deployment flag":   {[]string{"predict", "--deployment", "nope.json", denseSample}, "nope.json"},
	} {
		t.Run(name, func(t *testing.T) {
			out, err := run(tc.args...)
			if !strings.Contains(out, tc.want) || (err != nil) != (name == "deployment flag") {
				t.Errorf("sumkit %v with %v: %v\n%s\nwant output containing %q", tc.args, env, err, out, tc.want)
			}
		})
	}
}
