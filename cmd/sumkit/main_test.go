package main

import (
	"strings"
	"testing"
)

// Every command's --help shows an example: users copy from it.
func TestEveryCommandHasExample(t *testing.T) {
	for _, cmd := range newApp().Commands {
		if !strings.Contains(cmd.Description, "Example") || !strings.Contains(cmd.Description, "sumkit "+cmd.Name) {
			t.Errorf("sumkit %s --help has no example of `sumkit %s`", cmd.Name, cmd.Name)
		}
		for _, sub := range cmd.Subcommands {
			if !strings.Contains(sub.Description, "Example") {
				t.Errorf("sumkit %s %s --help has no example", cmd.Name, sub.Name)
			}
		}
	}
}
