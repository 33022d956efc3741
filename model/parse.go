// SPDX-License-Identifier: MIT

package model

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"os"
	"strconv"
	"strings"
)

// maxParams bounds classes × features for a model read from a file (2^24, 128 MiB of int64): Model keeps
// every parameter in memory, so a stray huge feature index must fail cleanly rather than exhaust memory.
const maxParams = 1 << 24

// modelTypes lists the "type" values Parse accepts, for error messages.
const modelTypes = `"sparse perceptron", "dense perceptron", "naive bayes", "nearest centroid classifier" or "sparse nearest centroid classifier"`

// Load reads a model file in one of 0xDeCA10B's JSON formats; see Parse.
func Load(path string) (*Model, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load model: %w", err)
	}
	m, err := parse(data)
	if err != nil {
		return nil, fmt.Errorf("load model %s: %w", path, err)
	}
	return m, nil
}

// Parse reads a model in one of 0xDeCA10B's JSON formats and converts it to fixed point.
//
// The "type" field, matched without regard to case, selects the format:
//
//   - "sparse perceptron": classifications (two names), weights (an array, or an object from feature index to
//     weight), optional sparseWeights (an object from feature index to weight, overriding weights),
//     intercept (or bias), optional learningRate (default 1), optional decayUpdates and updates (the step
//     schedule, Model.DecayUpdates and Model.Updates; default 0, a constant step).
//   - "dense perceptron" (or "perceptron"): classifications (two names), weights (an array), intercept (or
//     bias), optional learningRate (default 1), decayUpdates and updates as above, and optional featureIndices (one encoder dimension per weight,
//     kept in Model.FeatureIndices for the encoder to apply).
//   - "naive bayes": classifications, classCounts (samples per class), featureCounts (per class, a list of
//     [feature index, count] pairs; absent features count 0), totalNumFeatures (the vocabulary size) and
//     optional smoothingFactor (default 1).
//   - "nearest centroid classifier" (or "dense nearest centroid classifier"): centroids (or intents), an
//     object from class name to {centroid: array, dataCount: integer}. Classes are numbered in the order the
//     file lists them.
//   - "sparse nearest centroid classifier": as above, but each centroid is an object from feature index to
//     value (absent features are 0). NumFeatures is one more than the largest index in any centroid.
//
// Real numbers become fixed point through ToFixed. A learning rate of 1 is the default of 0xDeCA10B's model
// interface and Node deployer (its browser deployer used 0.5). Fields Parse does not know are ignored.
// MaxFeatures is left 0: the deployer chooses it. Every problem found is reported as an ErrInvalidModel
// error that names the field and what to change.
func Parse(r io.Reader) (*Model, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	return parse(data)
}

func parse(data []byte) (*Model, error) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		return nil, jsonError(data, err)
	}
	rawType, ok := present(fields, "type")
	if !ok {
		return nil, invalidf(`missing "type"; set it to %s`, modelTypes)
	}
	var typ string
	if err := json.Unmarshal(rawType, &typ); err != nil {
		return nil, invalidf(`"type" must be a string, one of %s`, modelTypes)
	}
	var (
		m   *Model
		err error
	)
	switch strings.ToLower(strings.TrimSpace(typ)) {
	case "sparse perceptron":
		m, err = parsePerceptron(fields, SparsePerceptron)
	case "dense perceptron", "perceptron":
		m, err = parsePerceptron(fields, DensePerceptron)
	case "naive bayes":
		m, err = parseNaiveBayes(fields)
	case "nearest centroid classifier", "dense nearest centroid classifier":
		m, err = parseCentroids(fields, DenseNearestCentroid)
	case "sparse nearest centroid classifier":
		m, err = parseCentroids(fields, SparseNearestCentroid)
	default:
		return nil, invalidf(`unknown model type %q; use %s`, typ, modelTypes)
	}
	if err != nil {
		return nil, err
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return m, nil
}

// jsonError explains a JSON decoding failure, calling out the NaN and Infinity literals that Python's
// json.dump writes and JSON does not allow.
func jsonError(data []byte, err error) error {
	var syntax *json.SyntaxError
	if errors.As(err, &syntax) && syntax.Offset > 0 && int(syntax.Offset) <= len(data) {
		rest := data[syntax.Offset-1:]
		if bytes.HasPrefix(rest, []byte("NaN")) || bytes.HasPrefix(rest, []byte("Infinity")) {
			return invalidf("NaN or Infinity at byte %d: JSON has no such numbers (Python's json.dump writes them); replace them with real values", syntax.Offset)
		}
		return invalidf("not valid JSON at byte %d: %v", syntax.Offset, err)
	}
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		return invalidf("the file holds a JSON %s; a model is a JSON object with a \"type\" field", typeErr.Value)
	}
	return invalidf("not valid JSON: %v", err)
}

// present returns a field's raw value, reporting false for a missing field or a JSON null.
func present(fields map[string]json.RawMessage, name string) (json.RawMessage, bool) {
	raw, ok := fields[name]
	if !ok {
		return nil, false
	}
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return nil, false
	}
	return raw, true
}

// required returns a field's raw value or an error saying it is missing. The error names the field after
// prefix, which locates the object holding it ("" for the top level).
func required(fields map[string]json.RawMessage, prefix, name, want string) (json.RawMessage, error) {
	raw, ok := present(fields, name)
	if !ok {
		return nil, invalidf("missing %s%q; it must hold %s", prefix, name, want)
	}
	return raw, nil
}

// parseClasses reads the classifications array.
func parseClasses(fields map[string]json.RawMessage) ([]string, error) {
	raw, err := required(fields, "", "classifications", "the class names in class-index order")
	if err != nil {
		return nil, err
	}
	var names []string
	if err := json.Unmarshal(raw, &names); err != nil {
		return nil, invalidf(`"classifications" must be an array of strings: %v`, err)
	}
	if len(names) == 0 {
		return nil, invalidf(`"classifications" is empty; list at least one class name`)
	}
	return names, nil
}

// numberText returns a JSON value's number literal, rejecting strings, arrays, objects and null.
func numberText(raw json.RawMessage, field string) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || !(raw[0] == '-' || (raw[0] >= '0' && raw[0] <= '9')) {
		what := "nothing"
		if len(raw) > 0 {
			what = string(raw)
			if len(what) > 40 {
				what = what[:40] + "..."
			}
		}
		return "", invalidf("%s is %s; write a bare JSON number", field, what)
	}
	return string(raw), nil
}

// parseFixed reads a real number and converts it to fixed point.
func parseFixed(raw json.RawMessage, field string) (int64, error) {
	text, err := numberText(raw, field)
	if err != nil {
		return 0, err
	}
	x, err := strconv.ParseFloat(text, 64)
	if err != nil {
		return 0, invalidf("%s = %s is outside float64; use a smaller value", field, text)
	}
	v, err := ToFixed(x)
	if err != nil {
		return 0, invalidf("%s: %v", field, err)
	}
	return v, nil
}

// parseFixedArray reads an array of real numbers as fixed point.
func parseFixedArray(raw json.RawMessage, field string) ([]int64, error) {
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		return nil, invalidf("%s must be an array of numbers", field)
	}
	out := make([]int64, len(items))
	for i, item := range items {
		v, err := parseFixed(item, fmt.Sprintf("%s[%d]", field, i))
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// parseUint reads a non-negative integer at most limit. Integral floats such as 12500.0 are accepted.
func parseUint(raw json.RawMessage, field string, limit uint64) (uint64, error) {
	text, err := numberText(raw, field)
	if err != nil {
		return 0, err
	}
	v, err := strconv.ParseUint(text, 10, 64)
	if err != nil {
		x, ferr := strconv.ParseFloat(text, 64)
		switch {
		case ferr != nil && !errors.Is(ferr, strconv.ErrRange):
			return 0, invalidf("%s = %s is not a number", field, text)
		case x < 0:
			return 0, invalidf("%s = %s is negative; it must be a count, 0 or more", field, text)
		case x != math.Trunc(x):
			return 0, invalidf("%s = %s is not a whole number; it must be an integer", field, text)
		case x >= 0x1p64 || math.IsInf(x, 0):
			return 0, invalidf("%s = %s is above %d", field, text, limit)
		}
		v = uint64(x)
	}
	if v > limit {
		return 0, invalidf("%s = %d is above the limit %d", field, v, limit)
	}
	return v, nil
}

// parseIndex reads a feature index given as an object key, which must be a plain decimal integer.
func parseIndex(key, field string) (uint64, error) {
	v, err := strconv.ParseUint(key, 10, 64)
	if err != nil {
		return 0, invalidf("%s has key %q, which is not a feature index; keys must be integers 0 or more", field, key)
	}
	if v >= maxParams {
		return 0, invalidf("%s has feature index %d; sumkit holds at most 2^24 parameters per model, so indices must stay below that", field, v)
	}
	return v, nil
}

// member is one key and value of a JSON object, in file order.
type member struct {
	key   string
	value json.RawMessage
}

// members reads a JSON object's members in the order the file writes them, rejecting duplicate keys.
func members(raw json.RawMessage, field string) ([]member, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	tok, err := dec.Token()
	if d, ok := tok.(json.Delim); err != nil || !ok || d != '{' {
		return nil, invalidf("%s must be a JSON object", field)
	}
	var out []member
	seen := make(map[string]bool)
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, invalidf("%s: %v", field, err)
		}
		key, ok := tok.(string)
		if !ok {
			return nil, invalidf("%s: expected a key, found %v", field, tok)
		}
		var value json.RawMessage
		if err := dec.Decode(&value); err != nil {
			return nil, invalidf("%s[%q]: %v", field, key, err)
		}
		if seen[key] {
			return nil, invalidf("%s lists %q twice; keep one entry per key", field, key)
		}
		seen[key] = true
		out = append(out, member{key, value})
	}
	return out, nil
}

// parseSparseFixed reads an object from feature index to real number.
func parseSparseFixed(raw json.RawMessage, field string) (map[uint64]int64, uint64, error) {
	ms, err := members(raw, field)
	if err != nil {
		return nil, 0, err
	}
	out := make(map[uint64]int64, len(ms))
	var size uint64
	for _, mb := range ms {
		f, err := parseIndex(mb.key, field)
		if err != nil {
			return nil, 0, err
		}
		if _, dup := out[f]; dup {
			return nil, 0, invalidf("%s lists feature %d twice (keys %q and another spelling); keep one", field, f, mb.key)
		}
		v, err := parseFixed(mb.value, fmt.Sprintf("%s[%q]", field, mb.key))
		if err != nil {
			return nil, 0, err
		}
		out[f] = v
		size = max(size, f+1)
	}
	return out, size, nil
}

func parsePerceptron(fields map[string]json.RawMessage, kind Kind) (*Model, error) {
	classes, err := parseClasses(fields)
	if err != nil {
		return nil, err
	}
	if len(classes) != 2 {
		return nil, invalidf(`a perceptron has exactly 2 classifications, got %d; use a naive Bayes or nearest centroid model for more`, len(classes))
	}
	m := &Model{Kind: kind, Classes: classes}

	rawWeights, hasWeights := present(fields, "weights")
	rawSparse, hasSparse := present(fields, "sparseWeights")
	if kind == DensePerceptron && hasSparse {
		return nil, invalidf(`"sparseWeights" is only for sparse perceptrons; give a dense perceptron a full "weights" array`)
	}
	if !hasWeights && !hasSparse {
		return nil, invalidf(`missing "weights"; it must hold one weight per feature`)
	}
	var weights []int64
	if hasWeights {
		if rawWeights[0] == '{' {
			if kind == DensePerceptron {
				return nil, invalidf(`a dense perceptron's "weights" must be an array, not an object`)
			}
			sparse, size, err := parseSparseFixed(rawWeights, `"weights"`)
			if err != nil {
				return nil, err
			}
			weights = make([]int64, size)
			for f, v := range sparse {
				weights[f] = v
			}
		} else if weights, err = parseFixedArray(rawWeights, `"weights"`); err != nil {
			return nil, err
		}
	}
	if hasSparse {
		sparse, size, err := parseSparseFixed(rawSparse, `"sparseWeights"`)
		if err != nil {
			return nil, err
		}
		if size > uint64(len(weights)) {
			weights = append(weights, make([]int64, size-uint64(len(weights)))...)
		}
		for f, v := range sparse {
			weights[f] = v
		}
	}
	if len(weights) == 0 {
		return nil, invalidf(`no weights; a perceptron needs one weight per feature: for an untrained model write one 0 per feature (sumkit deploy --model <kind> --features N builds one)`)
	}
	if len(weights) > maxParams {
		return nil, invalidf(`%d weights; sumkit holds at most 2^24`, len(weights))
	}
	m.NumFeatures = uint64(len(weights))
	if kind == SparsePerceptron {
		m.Weights = weights
	} else {
		m.DenseWeights = weights
	}

	rawIntercept, ok := present(fields, "intercept")
	field := `"intercept"`
	if !ok {
		rawIntercept, ok = present(fields, "bias")
		field = `"bias"`
	}
	if !ok {
		return nil, invalidf(`missing "intercept" (or "bias"); give the perceptron's bias, 0 if it has none`)
	}
	if m.Intercept, err = parseFixed(rawIntercept, field); err != nil {
		return nil, err
	}

	m.LearningRate = One
	if raw, ok := present(fields, "learningRate"); ok {
		if m.LearningRate, err = parseFixed(raw, `"learningRate"`); err != nil {
			return nil, err
		}
		if m.LearningRate <= 0 {
			return nil, invalidf(`"learningRate" must be positive (at least 1e-9); got %s`, raw)
		}
	}

	if raw, ok := present(fields, "decayUpdates"); ok {
		if m.DecayUpdates, err = parseUint(raw, `"decayUpdates"`, MaxDecayUpdates); err != nil {
			return nil, err
		}
	}
	if raw, ok := present(fields, "updates"); ok {
		if m.Updates, err = parseUint(raw, `"updates"`, MaxUpdates); err != nil {
			return nil, err
		}
		if m.DecayUpdates == 0 && m.Updates != 0 {
			return nil, invalidf(`"updates" counts a decaying step's updates; give "decayUpdates" too, or drop "updates"`)
		}
	}

	if raw, ok := present(fields, "featureIndices"); ok {
		if kind == SparsePerceptron {
			return nil, invalidf(`"featureIndices" is only for dense perceptrons; a sparse perceptron's samples are already feature indices`)
		}
		var items []json.RawMessage
		if err := json.Unmarshal(raw, &items); err != nil {
			return nil, invalidf(`"featureIndices" must be an array of integers`)
		}
		if len(items) != len(weights) {
			return nil, invalidf(`"featureIndices" has %d entries for %d weights; give one encoder dimension per weight`, len(items), len(weights))
		}
		m.FeatureIndices = make([]int, len(items))
		for i, item := range items {
			v, err := parseUint(item, fmt.Sprintf(`"featureIndices"[%d]`, i), math.MaxInt32)
			if err != nil {
				return nil, err
			}
			m.FeatureIndices[i] = int(v)
		}
	}
	return m, nil
}

func parseNaiveBayes(fields map[string]json.RawMessage) (*Model, error) {
	classes, err := parseClasses(fields)
	if err != nil {
		return nil, err
	}
	nc := len(classes)
	m := &Model{Kind: NaiveBayes, Classes: classes, Smoothing: One}

	raw, err := required(fields, "", "totalNumFeatures", "the vocabulary size: one more than the largest feature index")
	if err != nil {
		return nil, err
	}
	if m.NumFeatures, err = parseUint(raw, `"totalNumFeatures"`, MaxNaiveBayesFeatures); err != nil {
		return nil, err
	}
	if m.NumFeatures == 0 {
		return nil, invalidf(`"totalNumFeatures" is 0; set it to the vocabulary size`)
	}
	if uint64(nc)*m.NumFeatures > maxParams {
		return nil, invalidf("%d classes × %d features is more than the 2^24 counts sumkit holds", nc, m.NumFeatures)
	}

	if raw, ok := present(fields, "smoothingFactor"); ok {
		s, err := parseFixed(raw, `"smoothingFactor"`)
		if err != nil {
			return nil, err
		}
		if s <= 0 || s > MaxSmoothing {
			return nil, invalidf(`"smoothingFactor" must be above 0 and at most 1099.5 (2^40 in fixed point); got %s (1 is Laplace smoothing)`, raw)
		}
		m.Smoothing = uint64(s)
	}

	raw, err = required(fields, "", "classCounts", "the number of training samples of each class")
	if err != nil {
		return nil, err
	}
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		return nil, invalidf(`"classCounts" must be an array of integers`)
	}
	if len(items) != nc {
		return nil, invalidf(`"classCounts" has %d entries for %d classifications; give one per class`, len(items), nc)
	}
	m.ClassCounts = make([]uint64, nc)
	for c, item := range items {
		if m.ClassCounts[c], err = parseUint(item, fmt.Sprintf(`"classCounts"[%d]`, c), math.MaxUint64); err != nil {
			return nil, err
		}
	}

	raw, err = required(fields, "", "featureCounts", "per class, a list of [feature index, count] pairs")
	if err != nil {
		return nil, err
	}
	var perClass []json.RawMessage
	if err := json.Unmarshal(raw, &perClass); err != nil {
		return nil, invalidf(`"featureCounts" must be an array with one list of [index, count] pairs per class`)
	}
	if len(perClass) != nc {
		return nil, invalidf(`"featureCounts" has %d entries for %d classifications; give one list per class`, len(perClass), nc)
	}
	m.Counts = make([][]uint32, nc)
	for c, rawPairs := range perClass {
		row := make([]uint32, m.NumFeatures)
		seen := make(map[uint64]bool)
		var pairs []json.RawMessage
		if err := json.Unmarshal(rawPairs, &pairs); err != nil {
			return nil, invalidf(`"featureCounts"[%d] must be an array of [index, count] pairs`, c)
		}
		for i, rawPair := range pairs {
			field := fmt.Sprintf(`"featureCounts"[%d][%d]`, c, i)
			var pair []json.RawMessage
			if err := json.Unmarshal(rawPair, &pair); err != nil || len(pair) != 2 {
				return nil, invalidf("%s must be a pair [feature index, count]", field)
			}
			f, err := parseUint(pair[0], field+"[0]", math.MaxUint64)
			if err != nil {
				return nil, err
			}
			if f >= m.NumFeatures {
				return nil, invalidf(`%s names feature %d, but "totalNumFeatures" is %d; raise totalNumFeatures or fix the index`, field, f, m.NumFeatures)
			}
			if seen[f] {
				return nil, invalidf("%s repeats feature %d for class %d; give each feature once", field, f, c)
			}
			seen[f] = true
			v, err := parseUint(pair[1], field+"[1]", math.MaxUint32)
			if err != nil {
				return nil, err
			}
			row[f] = uint32(v)
		}
		m.Counts[c] = row
	}
	return m, nil
}

func parseCentroids(fields map[string]json.RawMessage, kind Kind) (*Model, error) {
	raw, field := json.RawMessage(nil), `"centroids"`
	rawCentroids, hasCentroids := present(fields, "centroids")
	rawIntents, hasIntents := present(fields, "intents")
	switch {
	case hasCentroids && hasIntents:
		return nil, invalidf(`both "centroids" and "intents" are set; keep one`)
	case hasCentroids:
		raw = rawCentroids
	case hasIntents:
		raw, field = rawIntents, `"intents"`
	default:
		return nil, invalidf(`missing "centroids" (or "intents"): an object from class name to {"centroid", "dataCount"}`)
	}
	classes, err := members(raw, field)
	if err != nil {
		return nil, err
	}
	if len(classes) == 0 {
		return nil, invalidf("%s is empty; give at least one class", field)
	}
	m := &Model{Kind: kind}
	centroids := make([][]int64, len(classes))
	sparse := make([]map[uint64]int64, len(classes))
	for c, class := range classes {
		at := fmt.Sprintf("%s[%q]", field, class.key)
		var info map[string]json.RawMessage
		if err := json.Unmarshal(class.value, &info); err != nil {
			return nil, invalidf(`%s must be an object {"centroid": ..., "dataCount": ...}`, at)
		}
		rawCount, err := required(info, at+".", "dataCount", "the number of samples behind the centroid, at least 1")
		if err != nil {
			return nil, err
		}
		n, err := parseUint(rawCount, at+".dataCount", m.MaxDataCount()-1)
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return nil, invalidf("%s.dataCount is 0; a centroid stands for at least one sample (the contract reverts EmptyClass), so set it to 1 or more: to start a model, give each class its first sample as the centroid with dataCount 1", at)
		}
		m.Classes = append(m.Classes, class.key)
		m.DataCounts = append(m.DataCounts, n)

		rawCentroid, err := required(info, at+".", "centroid", "the class mean")
		if err != nil {
			return nil, err
		}
		switch {
		case kind == DenseNearestCentroid && rawCentroid[0] == '{':
			return nil, invalidf(`%s.centroid is an object (sparse); set "type" to "sparse nearest centroid classifier" or give an array`, at)
		case kind == SparseNearestCentroid && rawCentroid[0] == '[':
			return nil, invalidf(`%s.centroid is an array (dense); set "type" to "nearest centroid classifier" or give an object from feature index to value`, at)
		case kind == DenseNearestCentroid:
			if centroids[c], err = parseFixedArray(rawCentroid, at+".centroid"); err != nil {
				return nil, err
			}
			if len(centroids[c]) == 0 {
				return nil, invalidf("%s.centroid is empty; give one value per feature", at)
			}
			if c > 0 && len(centroids[c]) != len(centroids[0]) {
				return nil, invalidf("%s.centroid has %d values but the first class's has %d; every centroid needs the same dimension", at, len(centroids[c]), len(centroids[0]))
			}
			m.NumFeatures = uint64(len(centroids[0]))
		default:
			var size uint64
			if sparse[c], size, err = parseSparseFixed(rawCentroid, at+".centroid"); err != nil {
				return nil, err
			}
			m.NumFeatures = max(m.NumFeatures, size)
		}
	}
	if m.NumFeatures == 0 {
		return nil, invalidf("no centroid lists a feature; give at least one")
	}
	if uint64(len(classes))*m.NumFeatures > maxParams {
		return nil, invalidf("%d classes × %d features is more than the 2^24 sums sumkit holds", len(classes), m.NumFeatures)
	}
	m.Sums = make([][]int64, len(classes))
	for c := range classes {
		row := make([]int64, m.NumFeatures)
		n := m.DataCounts[c]
		set := func(f uint64, v int64) error {
			s, ok := mulCount(v, n)
			if !ok {
				return invalidf("%s[%q]: centroid value %d (fixed point) times dataCount %d is outside int64; the contract stores that product", field, classes[c].key, v, n)
			}
			row[f] = s
			return nil
		}
		if kind == DenseNearestCentroid {
			for f, v := range centroids[c] {
				if err := set(uint64(f), v); err != nil {
					return nil, err
				}
			}
		} else {
			for f, v := range sparse[c] {
				if err := set(f, v); err != nil {
					return nil, err
				}
			}
		}
		m.Sums[c] = row
	}
	return m, nil
}

// mulCount returns v * n, reporting whether it fits in int64.
func mulCount(v int64, n uint64) (int64, bool) {
	neg := v < 0
	u := uint64(v)
	if neg {
		u = -u
	}
	hi, lo := bits.Mul64(u, n)
	if hi != 0 {
		return 0, false
	}
	if neg {
		if lo > 1<<63 {
			return 0, false
		}
		return int64(-lo), true
	}
	if lo > math.MaxInt64 {
		return 0, false
	}
	return int64(lo), true
}
