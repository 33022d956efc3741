// SPDX-License-Identifier: MIT

package model

import (
	"os"
	"strings"
	"testing"
)

// TestREADMEModelFiles parses every JSON example of the README's "Model files" section, so that the
// documented format stays one Parse reads, and checks that it shows every kind.
func TestREADMEModelFiles(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(data), "\n## Model files\n")
	if !ok {
		t.Fatal(`README.md has no "## Model files" section`)
	}
	section, _, _ = strings.Cut(section, "\n## ")
	kinds := map[Kind]bool{}
	for _, block := range strings.Split(section, "```json\n")[1:] {
		text, _, _ := strings.Cut(block, "```")
		m, err := Parse(strings.NewReader(text))
		if err != nil {
			t.Errorf("README example does not parse: %v\n%s", err, text)
			continue
		}
		kinds[m.Kind] = true
	}
	for _, k := range Trainable() {
		if !kinds[k] {
			t.Errorf("README's Model files section has no example of a %s", k)
		}
	}
}
