package progress

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestBarOnAPipe(t *testing.T) {
	tests := []struct {
		name      string
		total     int
		steps     []int
		wantLines int
		wantLast  string
	}{
		{"every unit reported once a tenth", 1000, seq(0, 1000), 11, "100% 1000/1000 words"},
		{"few large steps", 2000, []int{500, 1000, 1500, 2000}, 4, "100% 2000/2000 words"},
		{"repeats are quiet", 10, []int{5, 5, 5}, 1, " 50% 5/10 words"},
		{"overshoot is clamped", 10, []int{20}, 1, "100% 10/10 words"},
		{"empty work", 0, []int{0}, 1, "100% 0/0 words"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			b := New(&buf, "model", "words", tt.total)
			for _, s := range tt.steps {
				b.Set(s)
			}
			lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
			if len(lines) != tt.wantLines {
				t.Errorf("got %d lines, want %d:\n%s", len(lines), tt.wantLines, buf.String())
			}
			if last := lines[len(lines)-1]; !strings.Contains(last, tt.wantLast) || !strings.HasPrefix(last, "model [") {
				t.Errorf("last line = %q, want it to contain %q", last, tt.wantLast)
			}
		})
	}
}

func seq(from, to int) []int {
	var s []int
	for i := from; i <= to; i++ {
		s = append(s, i)
	}
	return s
}

func TestBarDelay(t *testing.T) {
	var buf bytes.Buffer
	b := New(&buf, "model", "words", 10).Delay(time.Hour)
	for i := range 11 {
		b.Set(i)
	}
	b.Done()
	if buf.Len() != 0 {
		t.Errorf("a bar delayed an hour printed %q", buf.String())
	}
}
