// SPDX-License-Identifier: MIT

package sim

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestParseConfigBadNumbers checks that a number a field cannot hold (a negative wait, a fraction of a second,
// a wait past uint32) is refused in the config's terms, the field, the value and the range, not the Go
// decoder's ("cannot unmarshal number -5 into Go struct field ... of type uint32").
func TestParseConfigBadNumbers(t *testing.T) {
	base, err := os.ReadFile("examples/imdb-synthetic.json")
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		path  []string // where to set value, object keys from the top
		value any
		want  []string
	}{
		"negative refund wait": {path: []string{"mechanism", "refund_wait_s"}, value: -5,
			want: []string{"mechanism.refund_wait_s is -5", "whole number of seconds from 0 to 4294967295"}},
		"negative owner wait": {path: []string{"mechanism", "owner_claim_wait_s"}, value: -1,
			want: []string{"mechanism.owner_claim_wait_s is -1", "from 0 to 4294967295"}},
		"any-address wait past uint32": {path: []string{"mechanism", "any_address_claim_wait_s"}, value: 5000000000,
			want: []string{"mechanism.any_address_claim_wait_s is 5000000000", "from 0 to 4294967295"}},
		"fractional wait": {path: []string{"mechanism", "refund_wait_s"}, value: 1.5,
			want: []string{"mechanism.refund_wait_s is 1.5", "whole number of seconds"}},
		"negative max time": {path: []string{"max_time_s"}, value: -60,
			want: []string{"max_time_s is -60", "from 0 to 18446744073709551615"}},
		"negative stall": {path: []string{"stall_s"}, value: -1, want: []string{"stall_s is -1", "seconds from 0"}},
		"negative accuracy step": {path: []string{"accuracy_every_s"}, value: -200,
			want: []string{"accuracy_every_s is -200", "seconds from 0"}},
		"negative duration": {path: []string{"mechanism", "duration_s"}, value: -1,
			want: []string{"mechanism.duration_s is -1", "seconds from 0"}},
		"negative decay": {path: []string{"model", "decay_updates"}, value: -3,
			want: []string{"model.decay_updates is -3", "a whole number from 0"}},
		"string for a wait": {path: []string{"mechanism", "refund_wait_s"}, value: "1 day",
			want: []string{"mechanism.refund_wait_s is string", "whole number of seconds"}},
		"fractional samples": {path: []string{"dataset", "samples"}, value: 1.5,
			want: []string{"dataset.samples is 1.5", "a whole number from"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			var doc map[string]any
			if err := json.Unmarshal(base, &doc); err != nil {
				t.Fatal(err)
			}
			obj := doc
			for _, k := range tt.path[:len(tt.path)-1] {
				obj = obj[k].(map[string]any)
			}
			obj[tt.path[len(tt.path)-1]] = tt.value
			b, err := json.MarshalIndent(doc, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			_, err = ParseConfig(b)
			if err == nil {
				t.Fatalf("ParseConfig() error = nil, want one naming %s", strings.Join(tt.path, "."))
			}
			for _, w := range append(tt.want, "line ") {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("ParseConfig() error = %q, want it to contain %q", err, w)
				}
			}
			if strings.Contains(err.Error(), "Go struct") || strings.Contains(err.Error(), "uint") {
				t.Errorf("ParseConfig() error = %q names Go types", err)
			}
		})
	}
}

// TestParseConfigSyntaxError checks that a JSON syntax error says on which line it is.
func TestParseConfigSyntaxError(t *testing.T) {
	_, err := ParseConfig([]byte("{\n  \"name\": \"x\",\n  \"seed\": 1,,\n}"))
	if err == nil || !strings.Contains(err.Error(), "line 3") {
		t.Errorf("ParseConfig() error = %v, want it to name line 3", err)
	}
}
