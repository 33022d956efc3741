package weights

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sumkit/sumkit/bindings"
)

// randomWeights returns weights of the given shape with normally distributed values.
func randomWeights(rng *rand.Rand, kind Kind, features, classes, hidden int) *Weights {
	w := &Weights{Kind: kind, NumFeatures: features, NumClasses: classes, Hidden: hidden}
	r := w.Rows()
	fill := func(n int) []float64 {
		vs := make([]float64, n)
		for i := range vs {
			vs[i] = rng.NormFloat64()
		}
		return vs
	}
	w.W1, w.B1 = fill(features*r), fill(r)
	if kind == MLP {
		w.W2, w.B2 = fill(hidden*classes), fill(classes)
	}
	return w
}

func TestValidate(t *testing.T) {
	tests := map[string]struct {
		w       Weights
		wantErr string
	}{
		"linear ok":      {w: Weights{Kind: Linear, NumFeatures: 2, NumClasses: 2, W1: []float64{1, 2}, B1: []float64{0}}},
		"unknown kind":   {w: Weights{Kind: 3, NumFeatures: 1, NumClasses: 2}, wantErr: "unknown kind"},
		"linear hidden":  {w: Weights{Kind: Linear, Hidden: 2, NumFeatures: 1, NumClasses: 2}, wantErr: "hidden units"},
		"mlp no hidden":  {w: Weights{Kind: MLP, NumFeatures: 1, NumClasses: 2}, wantErr: "hidden units"},
		"mlp 17 hidden":  {w: Weights{Kind: MLP, Hidden: 17, NumFeatures: 1, NumClasses: 2}, wantErr: "hidden units"},
		"no features":    {w: Weights{Kind: Linear, NumClasses: 2}, wantErr: "features"},
		"one class":      {w: Weights{Kind: Linear, NumFeatures: 1, NumClasses: 1}, wantErr: "classes"},
		"17 classes":     {w: Weights{Kind: Linear, NumFeatures: 1, NumClasses: 17}, wantErr: "classes"},
		"short W1":       {w: Weights{Kind: Linear, NumFeatures: 2, NumClasses: 3, W1: make([]float64, 5), B1: make([]float64, 3)}, wantErr: "W1 has 5 values: want 6"},
		"linear with B2": {w: Weights{Kind: Linear, NumFeatures: 1, NumClasses: 2, W1: []float64{1}, B1: []float64{0}, B2: []float64{1}}, wantErr: "B2"},
		"NaN":            {w: Weights{Kind: Linear, NumFeatures: 1, NumClasses: 2, W1: []float64{math.NaN()}, B1: []float64{0}}, wantErr: "W1[0] is NaN"},
		"Inf":            {w: Weights{Kind: Linear, NumFeatures: 1, NumClasses: 2, W1: []float64{1}, B1: []float64{math.Inf(-1)}}, wantErr: "B1[0] is -Inf"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			err := tt.w.Validate()
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("Validate() error = %v, want nil", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("Validate() error = %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestQuantise(t *testing.T) {
	tests := map[string]struct {
		w              Weights
		wantS1, wantS2 float64
		wantW1         []int16
		wantB1         []int32
		wantW2         []int16
		wantB2         []int64
	}{
		"largest maps to 32767, halves round away from zero": {
			w:      Weights{Kind: Linear, NumFeatures: 3, NumClasses: 2, W1: []float64{0.5, -1, 0.25}, B1: []float64{2}},
			wantS1: 32767, wantW1: []int16{16384, -32767, 8192}, wantB1: []int32{65534},
		},
		"all zero has scale 1": {
			w:      Weights{Kind: Linear, NumFeatures: 2, NumClasses: 2, W1: []float64{0, 0}, B1: []float64{-3.5}},
			wantS1: 1, wantW1: []int16{0, 0}, wantB1: []int32{-4},
		},
		"bias saturates at int32": {
			w:      Weights{Kind: Linear, NumFeatures: 1, NumClasses: 2, W1: []float64{-0.5}, B1: []float64{-1e6}},
			wantS1: 65534, wantW1: []int16{-32767}, wantB1: []int32{math.MinInt32},
		},
		"mlp second bias in both scales": {
			w: Weights{Kind: MLP, NumFeatures: 1, NumClasses: 2, Hidden: 1, W1: []float64{2}, B1: []float64{1},
				W2: []float64{-4, 1}, B2: []float64{0.5, -1e30}},
			wantS1: 16383.5, wantS2: 8191.75, wantW1: []int16{32767}, wantB1: []int32{16384},
			wantW2: []int16{-32767, 8192}, wantB2: []int64{67104768, math.MinInt64},
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			q, err := Quantise(&tt.w)
			if err != nil {
				t.Fatalf("Quantise() error = %v", err)
			}
			if q.Scale1 != tt.wantS1 || q.Scale2 != tt.wantS2 {
				t.Errorf("scales = %v, %v, want %v, %v", q.Scale1, q.Scale2, tt.wantS1, tt.wantS2)
			}
			got := []any{q.W1, q.B1, q.W2, q.B2}
			want := []any{tt.wantW1, tt.wantB1, tt.wantW2, tt.wantB2}
			for i, name := range []string{"W1", "B1", "W2", "B2"} {
				if reflect.ValueOf(want[i]).Len() == 0 && reflect.ValueOf(got[i]).Len() == 0 {
					continue
				}
				if !reflect.DeepEqual(got[i], want[i]) {
					t.Errorf("%s = %v, want %v", name, got[i], want[i])
				}
			}
		})
	}
}

func TestQuantiseRejectsTooManyPages(t *testing.T) {
	// 16 rows of 2 bytes: 32 bytes a feature, 512 features a page.
	w := &Weights{Kind: MLP, NumFeatures: MaxPages*512 + 1, NumClasses: 2, Hidden: 16}
	w.W1, w.B1, w.W2, w.B2 = make([]float64, w.NumFeatures*16), make([]float64, 16), make([]float64, 32), make([]float64, 2)
	if _, err := Quantise(w); err == nil || !strings.Contains(err.Error(), "pages") {
		t.Fatalf("Quantise() error = %v, want too many pages", err)
	}
}

func TestRowBytes(t *testing.T) {
	tests := []struct {
		kind            Kind
		classes, hidden int
		want            int
	}{
		{Linear, 2, 0, 2}, {Linear, 3, 0, 8}, {Linear, 4, 0, 8}, {Linear, 5, 0, 16}, {Linear, 16, 0, 32},
		{MLP, 2, 1, 2}, {MLP, 2, 2, 4}, {MLP, 9, 9, 32}, {MLP, 16, 16, 32},
	}
	for _, tt := range tests {
		q := Quantised{Kind: tt.kind, NumClasses: tt.classes, Hidden: tt.hidden}
		if got := q.RowBytes(); got != tt.want {
			t.Errorf("RowBytes(kind %d, %d classes, %d hidden) = %d, want %d", tt.kind, tt.classes, tt.hidden, got, tt.want)
		}
	}
}

func TestPagesAndTail(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	// 3 rows padded to 4: 8 bytes a feature, 2048 features a page; 5000 features make pages of 16384, 16384
	// and 7232 bytes.
	w := randomWeights(rng, MLP, 5000, 4, 3)
	q, err := Quantise(w)
	if err != nil {
		t.Fatalf("Quantise() error = %v", err)
	}
	pages := q.Pages()
	if len(pages) != 3 || len(pages[0]) != PageSize || len(pages[1]) != PageSize || len(pages[2]) != 5000*8-2*PageSize {
		t.Fatalf("page lengths = %d, %d, %d, want 16384, 16384, 7232", len(pages[0]), len(pages[1]), len(pages[2]))
	}
	blob := bytes.Join(pages, nil)
	for _, f := range []int{0, 2047, 2048, 4999} {
		for r := range 4 {
			got := int16(binary.BigEndian.Uint16(blob[f*8+2*r:]))
			want := int16(0) // padding
			if r < 3 {
				want = q.W1[f*3+r]
			}
			if got != want {
				t.Errorf("row %d value %d = %d, want %d", f, r, got, want)
			}
		}
	}
	tail := q.Tail()
	if len(tail) != 3*4+3*4*2+4*8 {
		t.Fatalf("tail length = %d, want %d", len(tail), 3*4+3*4*2+4*8)
	}
	if got := int32(binary.BigEndian.Uint32(tail[8:])); got != q.B1[2] {
		t.Errorf("tail B1[2] = %d, want %d", got, q.B1[2])
	}
	if got := int16(binary.BigEndian.Uint16(tail[12+2*(1*4+3):])); got != q.W2[1*4+3] {
		t.Errorf("tail W2[1][3] = %d, want %d", got, q.W2[7])
	}
	if got := int64(binary.BigEndian.Uint64(tail[36+8*3:])); got != q.B2[3] {
		t.Errorf("tail B2[3] = %d, want %d", got, q.B2[3])
	}
	p := q.Params()
	if p.TailHash != crypto.Keccak256Hash(tail) || len(p.PageHashes) != 3 || p.PageHashes[2] != crypto.Keccak256Hash(pages[2]) {
		t.Errorf("Params() = %+v, does not hash the tail and pages", p)
	}
}

func TestPredict(t *testing.T) {
	twoClass := &Quantised{Kind: Linear, NumFeatures: 3, NumClasses: 2, W1: []int16{2, -3, 1}, B1: []int32{-1}}
	multi := &Quantised{Kind: Linear, NumFeatures: 2, NumClasses: 3, W1: []int16{0, 4, 4, 1, 0, 0}, B1: []int32{0, -3, -3}}
	// Hidden unit 0 fires on feature 0, unit 1 on feature 1; class 1 follows unit 0, class 2 unit 1.
	mlp := &Quantised{Kind: MLP, NumFeatures: 2, NumClasses: 3, Hidden: 2,
		W1: []int16{5, -5, -5, 5}, B1: []int32{0, 0}, W2: []int16{0, 2, -1, 0, -1, 3}, B2: []int64{1, 0, 0}}
	tests := []struct {
		name   string
		q      *Quantised
		sample []int64
		want   uint64
	}{
		{"sum above 0", twoClass, []int64{0}, 1},
		{"sum exactly 0 is class 0", twoClass, []int64{0, 2, 2, 1}, 0},
		{"duplicates count", twoClass, []int64{2, 2}, 1},
		{"empty sample is the bias", twoClass, nil, 0},
		{"tie goes to lowest class", multi, []int64{0}, 1},
		{"argmax", multi, []int64{1}, 0},
		{"empty multiclass", multi, nil, 0},
		{"relu unit 0", mlp, []int64{0}, 1},
		{"relu unit 1", mlp, []int64{1, 1}, 2},
		{"no unit fires", mlp, []int64{0, 1}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.q.Predict(tt.sample)
			if err != nil {
				t.Fatalf("Predict(%v) error = %v", tt.sample, err)
			}
			if got != tt.want {
				t.Errorf("Predict(%v) = %d, want %d", tt.sample, got, tt.want)
			}
		})
	}
	for _, bad := range [][]int64{{-1}, {3}, {0, 1 << 40}} {
		if _, err := twoClass.Predict(bad); err == nil {
			t.Errorf("Predict(%v) error = nil, want an out-of-range error", bad)
		}
	}
}

func TestEncodeDecode(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for name, w := range map[string]*Weights{
		"linear two classes": randomWeights(rng, Linear, 7, 2, 0),
		"linear multiclass":  randomWeights(rng, Linear, 5, 16, 0),
		"mlp":                randomWeights(rng, MLP, 9, 3, 16),
	} {
		t.Run(name, func(t *testing.T) {
			enc, err := Encode(w)
			if err != nil {
				t.Fatalf("Encode() error = %v", err)
			}
			if n := len(w.W1) + len(w.B1) + len(w.W2) + len(w.B2); len(enc) != headerSize+8*n {
				t.Errorf("len(Encode()) = %d, want %d", len(enc), headerSize+8*n)
			}
			got, err := Decode(enc)
			if err != nil {
				t.Fatalf("Decode() error = %v", err)
			}
			if !reflect.DeepEqual(got, w) {
				t.Errorf("Decode(Encode(w)) = %+v, want %+v", got, w)
			}
		})
	}
}

func TestDecodeRejectsMalformed(t *testing.T) {
	enc, err := Encode(randomWeights(rand.New(rand.NewPCG(5, 6)), Linear, 4, 3, 0))
	if err != nil {
		t.Fatalf("Encode() error = %v", err)
	}
	edit := func(f func(b []byte) []byte) []byte { return f(bytes.Clone(enc)) }
	tests := map[string][]byte{
		"empty":          nil,
		"bad magic":      edit(func(b []byte) []byte { b[0] = 'X'; return b }),
		"truncated":      enc[:len(enc)-1],
		"extra byte":     append(bytes.Clone(enc), 0),
		"huge features":  edit(func(b []byte) []byte { binary.BigEndian.PutUint64(b[5:], math.MaxUint64); return b }),
		"too many class": edit(func(b []byte) []byte { binary.BigEndian.PutUint32(b[13:], 1<<31); return b }),
		"unknown kind":   edit(func(b []byte) []byte { b[4] = 9; return b }),
		"NaN value": edit(func(b []byte) []byte {
			binary.BigEndian.PutUint64(b[headerSize:], math.Float64bits(math.NaN()))
			return b
		}),
		"header only":      enc[:headerSize],
		"hidden in linear": edit(func(b []byte) []byte { binary.BigEndian.PutUint32(b[17:], 1); return b }),
	}
	for name, data := range tests {
		t.Run(name, func(t *testing.T) {
			if _, err := Decode(data); !errors.Is(err, ErrMalformed) {
				t.Errorf("Decode() error = %v, want ErrMalformed", err)
			}
		})
	}
}

func TestMerkleProofs(t *testing.T) {
	for _, n := range []int{1, 2, 3, 4, 5, 7, 8, 9, 16, 17} {
		chunks := make([][]byte, n)
		for i := range chunks {
			chunks[i] = []byte{byte(i), byte(n), 0xaa}
		}
		tree, err := NewTree(chunks)
		if err != nil {
			t.Fatalf("NewTree(%d chunks) error = %v", n, err)
		}
		root := tree.Root()
		for i, c := range chunks {
			proof, err := tree.Proof(i)
			if err != nil {
				t.Fatalf("Proof(%d) error = %v", i, err)
			}
			if !VerifyChunk(root, i, n, c, proof) {
				t.Errorf("%d chunks: proof of chunk %d does not verify", n, i)
			}
			if VerifyChunk(root, i, n, append(bytes.Clone(c), 1), proof) {
				t.Errorf("%d chunks: tampered chunk %d verifies", n, i)
			}
			if VerifyChunk(root, i, n+1, c, proof) {
				t.Errorf("%d chunks: chunk %d verifies with another chunk count", n, i)
			}
			if n > 1 && VerifyChunk(root, (i+1)%n, n, c, proof) {
				t.Errorf("%d chunks: chunk %d verifies at another index", n, i)
			}
		}
	}
	if _, err := NewTree(nil); err == nil {
		t.Error("NewTree(nil) error = nil, want an error")
	}
}

func TestMerkleRootByHand(t *testing.T) {
	chunks := [][]byte{[]byte("a"), []byte("b"), []byte("c")}
	// Spelled out with abi encoding: leaves, then pairs left to right with the odd leaf promoted.
	uint256, _ := abi.NewType("uint256", "", nil)
	bytes32, _ := abi.NewType("bytes32", "", nil)
	args := abi.Arguments{{Type: uint256}, {Type: uint256}, {Type: bytes32}}
	leaf := func(i int64) common.Hash {
		enc, err := args.Pack(big.NewInt(i), big.NewInt(3), crypto.Keccak256Hash(chunks[i]))
		if err != nil {
			t.Fatalf("Pack() error = %v", err)
		}
		return crypto.Keccak256Hash(crypto.Keccak256(enc))
	}
	sorted := func(a, b common.Hash) common.Hash {
		if bytes.Compare(a[:], b[:]) > 0 {
			a, b = b, a
		}
		return crypto.Keccak256Hash(append(a.Bytes(), b.Bytes()...))
	}
	want := sorted(sorted(leaf(0), leaf(1)), leaf(2))
	tree, err := NewTree(chunks)
	if err != nil {
		t.Fatalf("NewTree() error = %v", err)
	}
	if tree.Root() != want {
		t.Errorf("Root() = %s, want %s", tree.Root(), want)
	}
}

func TestRebuild(t *testing.T) {
	w := randomWeights(rand.New(rand.NewPCG(7, 8)), MLP, 300, 4, 8)
	r, err := NewRelease(w, 1000)
	if err != nil {
		t.Fatalf("NewRelease() error = %v", err)
	}
	if len(r.Chunks) < 3 {
		t.Fatalf("%d chunks, want several", len(r.Chunks))
	}
	got, err := Rebuild(r.Root, r.Chunks)
	if err != nil {
		t.Fatalf("Rebuild() error = %v", err)
	}
	if !reflect.DeepEqual(got, w) {
		t.Error("Rebuild() weights differ from the released ones")
	}
	tampered := append([][]byte{}, r.Chunks...)
	tampered[1] = bytes.Clone(tampered[1])
	tampered[1][10] ^= 1
	swapped := append([][]byte{}, r.Chunks...)
	swapped[0], swapped[1] = swapped[1], swapped[0]
	for name, chunks := range map[string][][]byte{
		"tampered": tampered, "swapped": swapped, "missing": r.Chunks[:len(r.Chunks)-1], "none": nil,
	} {
		if _, err := Rebuild(r.Root, chunks); err == nil {
			t.Errorf("Rebuild(%s chunks) error = nil, want an error", name)
		}
	}
	if _, err := Rebuild(r.Root, tampered); !errors.Is(err, ErrRootMismatch) {
		t.Errorf("Rebuild(tampered) error = %v, want ErrRootMismatch", err)
	}
}

func TestReleaseVersion(t *testing.T) {
	r, err := NewRelease(randomWeights(rand.New(rand.NewPCG(9, 9)), Linear, 20, 3, 0), 0)
	if err != nil {
		t.Fatalf("NewRelease() error = %v", err)
	}
	v := r.Version(Version{Number: 4, Parent: 3})
	if v.Number != 4 || v.ParamsHash != r.Params.Hash() || v.WeightsRoot != r.Root || v.WeightChunks != 1 {
		t.Errorf("Version() = %+v, want number 4 and the release's hashes", v)
	}
}

// TestHashesMatchABIEncoding checks the hand-written encodings against go-ethereum's ABI encoder.
func TestHashesMatchABIEncoding(t *testing.T) {
	paramsType, err := abi.NewType("tuple", "", []abi.ArgumentMarshaling{
		{Name: "kind", Type: "uint8"}, {Name: "hidden", Type: "uint8"},
		{Name: "tailHash", Type: "bytes32"}, {Name: "pageHashes", Type: "bytes32[]"},
	})
	if err != nil {
		t.Fatalf("NewType() error = %v", err)
	}
	p := Params{Kind: MLP, Hidden: 7, TailHash: common.HexToHash("0x1234"),
		PageHashes: []common.Hash{common.HexToHash("0xaa"), common.HexToHash("0xbb"), common.HexToHash("0xcc")}}
	enc, err := abi.Arguments{{Type: paramsType}}.Pack(struct {
		Kind       uint8
		Hidden     uint8
		TailHash   [32]byte
		PageHashes [][32]byte
	}{uint8(p.Kind), p.Hidden, p.TailHash, [][32]byte{p.PageHashes[0], p.PageHashes[1], p.PageHashes[2]}})
	if err != nil {
		t.Fatalf("Pack(params) error = %v", err)
	}
	if got, want := p.Hash(), crypto.Keccak256Hash(enc); got != want {
		t.Errorf("Params.Hash() = %s, want %s", got, want)
	}

	v := Version{Number: 9, Parent: 8, CursorBlock: math.MaxUint64, CursorLogIndex: 2, TrainedCount: 1 << 40,
		AccuracyPPM: 912345, HeldOutSize: 1000, WeightChunks: 3, ConfigHash: common.HexToHash("0x01"),
		WeightsRoot: common.HexToHash("0x02"), ParamsHash: p.Hash()}
	var fields abi.Arguments
	for _, ty := range []string{"uint64", "uint64", "uint64", "uint64", "uint64", "uint32", "uint32", "uint32",
		"bytes32", "bytes32", "bytes32"} {
		typ, err := abi.NewType(ty, "", nil)
		if err != nil {
			t.Fatalf("NewType(%s) error = %v", ty, err)
		}
		fields = append(fields, abi.Argument{Type: typ})
	}
	enc, err = fields.Pack(v.Number, v.Parent, v.CursorBlock, v.CursorLogIndex, v.TrainedCount, v.AccuracyPPM,
		v.HeldOutSize, v.WeightChunks, [32]byte(v.ConfigHash), [32]byte(v.WeightsRoot), [32]byte(v.ParamsHash))
	if err != nil {
		t.Fatalf("Pack(version) error = %v", err)
	}
	if got, want := v.Digest(), crypto.Keccak256Hash(enc); got != want {
		t.Errorf("Version.Digest() = %s, want %s", got, want)
	}
}

func TestChunksFromEvents(t *testing.T) {
	root := common.HexToHash("0x5007")
	ev := func(i, n int64, data string) *bindings.OracleModelWeightsChunk {
		return &bindings.OracleModelWeightsChunk{Root: root, Index: big.NewInt(i), NumChunks: big.NewInt(n), Chunk: []byte(data)}
	}
	other := ev(0, 2, "a")
	other.Root = common.HexToHash("0x0123")
	tests := map[string]struct {
		events  []*bindings.OracleModelWeightsChunk
		want    []string
		wantErr string
	}{
		"in order":           {events: []*bindings.OracleModelWeightsChunk{ev(0, 2, "a"), ev(1, 2, "b")}, want: []string{"a", "b"}},
		"shuffled, repeated": {events: []*bindings.OracleModelWeightsChunk{ev(2, 3, "c"), ev(0, 3, "a"), ev(2, 3, "c"), ev(1, 3, "b")}, want: []string{"a", "b", "c"}},
		"none":               {wantErr: "no WeightsChunk events"},
		"missing":            {events: []*bindings.OracleModelWeightsChunk{ev(0, 3, "a"), ev(2, 3, "c")}, wantErr: "chunks not published: [1] of 3"},
		"other root":         {events: []*bindings.OracleModelWeightsChunk{ev(0, 2, "a"), other}, wantErr: "an event for root"},
		"index past count":   {events: []*bindings.OracleModelWeightsChunk{ev(0, 2, "a"), ev(2, 2, "c")}, wantErr: "chunk 2 of 2"},
		"counts disagree":    {events: []*bindings.OracleModelWeightsChunk{ev(0, 2, "a"), ev(1, 3, "b")}, wantErr: "chunk 1 of 3 among chunks of 2"},
		"absurd chunk count": {events: []*bindings.OracleModelWeightsChunk{ev(0, 1<<40, "a")}, wantErr: "chunks"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := ChunksFromEvents(root, tt.events)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("ChunksFromEvents() error = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ChunksFromEvents() error = %v", err)
			}
			var strs []string
			for _, c := range got {
				strs = append(strs, string(c))
			}
			if !reflect.DeepEqual(strs, tt.want) {
				t.Errorf("ChunksFromEvents() = %q, want %q", strs, tt.want)
			}
		})
	}
}

// FuzzDecode checks that Decode never panics on arbitrary bytes and that whatever it accepts is canonical: it
// encodes back to the same bytes.
func FuzzDecode(f *testing.F) {
	rng := rand.New(rand.NewPCG(11, 12))
	for _, w := range []*Weights{randomWeights(rng, Linear, 3, 2, 0), randomWeights(rng, MLP, 2, 3, 2)} {
		enc, err := Encode(w)
		if err != nil {
			f.Fatalf("Encode() error = %v", err)
		}
		f.Add(enc)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		w, err := Decode(data)
		if err != nil {
			return
		}
		enc, err := Encode(w)
		if err != nil {
			t.Fatalf("Encode(Decode(data)) error = %v", err)
		}
		if !bytes.Equal(enc, data) {
			t.Fatalf("Encode(Decode(data)) = %x, want %x", enc, data)
		}
	})
}

// TestBindingRoundTrip checks that Params and Version come back unchanged through the bindings' types, as an
// operator reads other operators' proposals.
func TestBindingRoundTrip(t *testing.T) {
	p := Params{Kind: MLP, Hidden: 7, TailHash: common.Hash{1}, PageHashes: []common.Hash{{2}, {3}}}
	if got := ParamsFromBinding(p.Binding()); !reflect.DeepEqual(got, p) || got.Hash() != p.Hash() {
		t.Errorf("ParamsFromBinding(p.Binding()) = %+v, want %+v", got, p)
	}
	v := Version{Number: 4, Parent: 3, CursorBlock: 99, CursorLogIndex: 2, TrainedCount: 50, AccuracyPPM: 812_345,
		HeldOutSize: 300, WeightChunks: 2, ConfigHash: common.Hash{4}, WeightsRoot: common.Hash{5}, ParamsHash: p.Hash()}
	if got := VersionFromBinding(v.Binding()); got != v || got.Digest() != v.Digest() {
		t.Errorf("VersionFromBinding(v.Binding()) = %+v, want %+v", got, v)
	}
}
