package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"math/rand"
	"sort"

	"github.com/cosmos/iavl"
	idb "github.com/cosmos/iavl/db"
)

const iavlModule = "github.com/cosmos/iavl"

// ---------------------------------------------------------------- JSON types

type SeqFile struct {
	IavlVersion string     `json:"iavl_version"`
	Facts       SeqFacts   `json:"facts"`
	Sequences   []Sequence `json:"sequences"`
}

type SeqOptions struct {
	InitialVersion         uint64 `json:"initial_version"` // 0 = default (first SaveVersion is version 1)
	SkipFastStorageUpgrade bool   `json:"skip_fast_storage_upgrade"`
	CacheSize              int    `json:"cache_size"`
}

type Sequence struct {
	Name        string     `json:"name"`
	Description string     `json:"description"`
	Options     SeqOptions `json:"options"`
	Versions    []Version  `json:"versions"`
}

type Op struct {
	Op    string `json:"op"` // "set" | "remove"
	Key   Hex    `json:"key"`
	Value *Hex   `json:"value,omitempty"` // only for "set"; "" = empty value
}

type Version struct {
	Version  int64       `json:"version"`
	Ops      []Op        `json:"ops"`
	RootHash Hex         `json:"root_hash"`
	Size     int64       `json:"size"`
	Height   int8        `json:"height"`
	Nodes    *[]DumpNode `json:"nodes,omitempty"` // pre-order dump, only for small trees ([] = empty tree)
}

// DumpNode is one node of the persisted tree, in pre-order (node, left, right).
// Version/nonce are the node's NodeKey; version is also what goes into its hash.
type DumpNode struct {
	Key     Hex    `json:"key"`
	Height  int8   `json:"height"`
	Size    int64  `json:"size"`
	Version int64  `json:"version"`
	Nonce   uint32 `json:"nonce"`
	Hash    Hex    `json:"hash"`
	Value   *Hex   `json:"value,omitempty"` // leaves only
}

// ---------------------------------------------------------------- builder

type seqBuilder struct {
	seq   Sequence
	db    *idb.MemDB
	tree  *iavl.MutableTree
	model map[string][]byte
	cur   []Op
}

func newSeqBuilder(name, desc string, opts SeqOptions) *seqBuilder {
	db := idb.NewMemDB()
	var o []iavl.Option
	if opts.InitialVersion > 0 {
		o = append(o, iavl.InitialVersionOption(opts.InitialVersion))
	}
	tree := iavl.NewMutableTree(db, opts.CacheSize, opts.SkipFastStorageUpgrade, iavl.NewNopLogger(), o...)
	return &seqBuilder{
		seq:   Sequence{Name: name, Description: desc, Options: opts, Versions: []Version{}},
		db:    db,
		tree:  tree,
		model: map[string][]byte{},
		cur:   []Op{},
	}
}

func (b *seqBuilder) set(key, value []byte) {
	key, value = clone(key), clone(value)
	if value == nil {
		value = []byte{}
	}
	v := Hex(value)
	b.cur = append(b.cur, Op{Op: "set", Key: key, Value: &v})
	_, existed := b.model[string(key)]
	updated, err := b.tree.Set(key, value)
	must(err)
	check(updated == existed, "%s: Set(%x) updated=%v, model existed=%v", b.seq.Name, key, updated, existed)
	b.model[string(key)] = value
}

func (b *seqBuilder) remove(key []byte) {
	key = clone(key)
	b.cur = append(b.cur, Op{Op: "remove", Key: key})
	old, existed := b.model[string(key)]
	val, removed, err := b.tree.Remove(key)
	must(err)
	check(removed == existed, "%s: Remove(%x) removed=%v, model existed=%v", b.seq.Name, key, removed, existed)
	if existed {
		check(bytes.Equal(val, old), "%s: Remove(%x) returned %x want %x", b.seq.Name, key, val, old)
	}
	delete(b.model, string(key))
}

func (b *seqBuilder) has(key []byte) bool { _, ok := b.model[string(key)]; return ok }

func (b *seqBuilder) sortedKeys() [][]byte {
	ks := make([][]byte, 0, len(b.model))
	for k := range b.model {
		ks = append(ks, []byte(k))
	}
	sort.Slice(ks, func(i, j int) bool { return bytes.Compare(ks[i], ks[j]) < 0 })
	return ks
}

// commit calls SaveVersion and records the result. dump requests a node dump.
func (b *seqBuilder) commit(dump bool) Version {
	prevVersion := b.tree.Version()
	hash, ver, err := b.tree.SaveVersion()
	must(err)
	if prevVersion == 0 && b.seq.Options.InitialVersion > 0 {
		check(ver == int64(b.seq.Options.InitialVersion), "initial version: got %d", ver)
	} else {
		check(ver == prevVersion+1, "version: got %d after %d", ver, prevVersion)
	}
	check(bytes.Equal(hash, b.tree.Hash()), "SaveVersion hash != tree.Hash()")
	check(b.tree.Size() == int64(len(b.model)), "%s v%d: size %d, model %d", b.seq.Name, ver, b.tree.Size(), len(b.model))

	// Verify the persisted contents against the model via an immutable snapshot.
	imm, err := b.tree.GetImmutable(ver)
	must(err)
	check(bytes.Equal(imm.Hash(), hash), "immutable hash mismatch")
	keys := b.sortedKeys()
	i := 0
	_, err = imm.Iterate(func(k, v []byte) bool {
		check(i < len(keys) && bytes.Equal(k, keys[i]), "%s v%d: iterate key %d = %x", b.seq.Name, ver, i, k)
		check(bytes.Equal(v, b.model[string(k)]), "%s v%d: value mismatch at %x", b.seq.Name, ver, k)
		i++
		return false
	})
	must(err)
	check(i == len(keys), "%s v%d: iterated %d keys, want %d", b.seq.Name, ver, i, len(keys))

	// Always decode + re-hash the whole persisted tree (cheap), dump only if asked.
	nodes := dumpTree(b.db, ver)
	check(len(nodes) == max(0, 2*len(keys)-1), "%s v%d: %d nodes for %d keys", b.seq.Name, ver, len(nodes), len(keys))
	if len(nodes) > 0 {
		check(bytes.Equal(nodes[0].Hash, hash), "%s v%d: dumped root hash %x != %x", b.seq.Name, ver, nodes[0].Hash, hash)
		check(nodes[0].Height == b.tree.Height(), "height mismatch")
	} else {
		empty := sha256.Sum256(nil)
		check(bytes.Equal(hash, empty[:]), "%s v%d: empty tree hash %x", b.seq.Name, ver, hash)
	}
	li := 0
	for _, n := range nodes {
		if n.Height == 0 {
			check(bytes.Equal(n.Key, keys[li]), "leaf order")
			li++
		}
	}

	v := Version{
		Version:  ver,
		Ops:      b.cur,
		RootHash: hash,
		Size:     b.tree.Size(),
		Height:   b.tree.Height(),
	}
	if dump {
		check(len(nodes) <= 30, "%s v%d: dump of %d nodes is too big", b.seq.Name, ver, len(nodes))
		if nodes == nil {
			nodes = []DumpNode{}
		}
		v.Nodes = &nodes
	}
	b.seq.Versions = append(b.seq.Versions, v)
	b.cur = []Op{}
	return v
}

// ---------------------------------------------------------------- node dump

// dumpTree decodes the persisted tree of `version` straight from the node DB
// (keys 's'||BE64(version)||BE32(nonce); the root of version v is at nonce 1,
// possibly as a reference to an older node key, or empty for an empty tree),
// recomputes every hash from the stored fields and checks it against the hash
// iavl stored for inner nodes. Returns the nodes in pre-order.
func dumpTree(db *idb.MemDB, version int64) []DumpNode {
	rootVal, err := db.Get(nodeDBKey(version, 1))
	must(err)
	check(rootVal != nil, "no root for version %d", version)
	if len(rootVal) == 0 {
		return nil
	}
	var rootKey []byte
	if rootVal[0] == 's' { // reference root: value is the full DB key of an older node
		check(len(rootVal) == 13, "bad reference root %x", rootVal)
		rootKey = rootVal
	} else {
		rootKey = nodeDBKey(version, 1)
	}
	var out []DumpNode
	walkNode(db, rootKey, &out)
	return out
}

func nodeDBKey(version int64, nonce uint32) []byte {
	k := make([]byte, 13)
	k[0] = 's'
	for i := 0; i < 8; i++ {
		k[1+i] = byte(uint64(version) >> (56 - 8*i))
	}
	for i := 0; i < 4; i++ {
		k[9+i] = byte(nonce >> (24 - 8*i))
	}
	return k
}

func walkNode(db *idb.MemDB, dbKey []byte, out *[]DumpNode) []byte {
	buf, err := db.Get(dbKey)
	must(err)
	check(buf != nil, "missing node %x", dbKey)
	var version int64
	var nonce uint32
	for i := 0; i < 8; i++ {
		version = version<<8 | int64(dbKey[1+i])
	}
	for i := 0; i < 4; i++ {
		nonce = nonce<<8 | uint32(dbKey[9+i])
	}
	r := &reader{b: buf}
	height := r.varint()
	size := r.varint()
	key := r.bytes()
	n := DumpNode{Key: key, Height: int8(height), Size: size, Version: version, Nonce: nonce}
	idx := len(*out)
	*out = append(*out, n)
	if height == 0 {
		val := r.bytes()
		check(r.done(), "trailing bytes in leaf")
		v := Hex(val)
		(*out)[idx].Value = &v
		(*out)[idx].Hash = leafHash(key, val, version)
		return (*out)[idx].Hash
	}
	stored := r.bytes()
	mode := r.varint()
	check(mode == 0, "legacy child mode %d", mode)
	lv, ln := r.varint(), r.varint()
	rv, rn := r.varint(), r.varint()
	check(r.done(), "trailing bytes in inner node")
	lh := walkNode(db, nodeDBKey(lv, uint32(ln)), out)
	rh := walkNode(db, nodeDBKey(rv, uint32(rn)), out)
	h := innerHash(int8(height), size, version, lh, rh)
	check(bytes.Equal(h, stored), "inner node %x: recomputed hash %x != stored %x", dbKey, h, stored)
	(*out)[idx].Hash = h
	return h
}

// leafHash = sha256(zz(0) || zz(1) || zz(version) || uvarint(len(key)) || key || 0x20 || sha256(value))
// where zz() is a zig-zag signed varint (Go binary.PutVarint).
func leafHash(key, value []byte, version int64) []byte {
	var w bytes.Buffer
	putVarint(&w, 0)
	putVarint(&w, 1)
	putVarint(&w, version)
	putUvarint(&w, uint64(len(key)))
	w.Write(key)
	vh := sha256.Sum256(value)
	w.WriteByte(32)
	w.Write(vh[:])
	h := sha256.Sum256(w.Bytes())
	return h[:]
}

// innerHash = sha256(zz(height) || zz(size) || zz(version) || 0x20 || left || 0x20 || right)
func innerHash(height int8, size, version int64, left, right []byte) []byte {
	var w bytes.Buffer
	putVarint(&w, int64(height))
	putVarint(&w, size)
	putVarint(&w, version)
	w.WriteByte(32)
	w.Write(left)
	w.WriteByte(32)
	w.Write(right)
	h := sha256.Sum256(w.Bytes())
	return h[:]
}

func putVarint(w *bytes.Buffer, x int64) { putUvarint(w, uint64(x)<<1^uint64(x>>63)) }
func putUvarint(w *bytes.Buffer, x uint64) {
	for x >= 0x80 {
		w.WriteByte(byte(x) | 0x80)
		x >>= 7
	}
	w.WriteByte(byte(x))
}

type reader struct {
	b []byte
	i int
}

func (r *reader) uvarint() uint64 {
	var x uint64
	var s uint
	for {
		check(r.i < len(r.b), "short buffer")
		c := r.b[r.i]
		r.i++
		x |= uint64(c&0x7f) << s
		if c < 0x80 {
			return x
		}
		s += 7
	}
}
func (r *reader) varint() int64 {
	u := r.uvarint()
	return int64(u>>1) ^ -int64(u&1)
}
func (r *reader) bytes() []byte {
	n := int(r.uvarint())
	check(r.i+n <= len(r.b), "short buffer for bytes")
	out := clone(r.b[r.i : r.i+n])
	r.i += n
	return out
}
func (r *reader) done() bool { return r.i == len(r.b) }

// ---------------------------------------------------------------- sequences

func genSequences() SeqFile {
	f := SeqFile{IavlVersion: moduleVersion(iavlModule)}
	tiny := seqTiny()
	f.Sequences = []Sequence{
		tiny,
		seqMedium(),
		seqSequential(),
		seqVarlen(),
		seqInitialVersion(),
	}
	f.Facts = probeFacts(tiny)
	return f
}

func seqTiny() Sequence {
	b := newSeqBuilder("tiny",
		"hand-picked keys; v1 saves an empty tree; empty value; overwrite with identical value; set+remove of the same key in one version; absent removes; emptied at v9, empty save at v10, refilled from v11; every version has a node dump",
		SeqOptions{SkipFastStorageUpgrade: true, CacheSize: 1000})
	s := func(x string) []byte { return []byte(x) }

	b.commit(true) // v1: nothing at all -> empty tree

	b.set(s("a"), []byte{0x01}) // v2
	b.set(s("b"), []byte{0x02})
	b.set(s("c"), []byte{0x03})
	b.commit(true)

	b.set(s("b"), []byte{0x02, 0x02}) // v3: overwrite, empty value, absent remove
	b.set(s("d"), []byte{})
	b.remove(s("zz"))
	b.commit(true)

	b.commit(true) // v4: no ops at all

	b.set(s("c"), []byte{0x03}) // v5: overwrite with the identical value
	b.commit(true)

	b.set(s("x"), []byte{0xff}) // v6: set then remove the same new key
	b.remove(s("x"))
	b.commit(true)

	b.remove(s("q")) // v7: only an absent remove
	b.commit(true)

	b.remove(s("a")) // v8
	b.set([]byte{0x00}, []byte{0x00})
	b.set([]byte{0xff}, []byte{0xff})
	b.set(s("ab"), s("prefix-of-nothing"))
	b.set([]byte{0x00, 0x00}, []byte{})
	b.commit(true)

	for _, k := range b.sortedKeys() { // v9: remove everything -> empty tree
		b.remove(k)
	}
	b.commit(true)

	b.commit(true) // v10: empty tree, no ops

	// v11: refill
	for _, kv := range [][2]string{{"m", "13"}, {"f", "6"}, {"t", "20"}, {"c", ""}, {"h", "8"}, {"p", "16"}, {"w", "23"}} {
		b.set(s(kv[0]), s(kv[1]))
	}
	b.commit(true)

	// v12: grow to 15 keys, ascending run on the right forces rotations
	for _, k := range []string{"x", "y", "z", "za", "zb", "zc", "zd", "a"} {
		b.set(s(k), s("v12-"+k))
	}
	b.commit(true)

	// v13: removals on the left side force rebalancing, plus overwrites
	b.remove(s("a"))
	b.remove(s("c"))
	b.remove(s("f"))
	b.remove(s("h"))
	b.remove(s("nope"))
	b.set(s("zd"), s("v13"))
	b.set(s("m"), []byte{})
	b.commit(true)

	// v14: remove the root key and re-add it in the same version
	b.remove(s("t"))
	b.set(s("t"), s("back"))
	b.commit(true)
	return b.seq
}

func seqMedium() Sequence {
	r := rand.New(rand.NewSource(20240601))
	b := newSeqBuilder("medium",
		"random: 12 versions, 200 ops per version (except v6: none) over a fixed keyspace of 300 random keys (8..24 bytes); each op picks a random key, sets it (p=0.65, random 1..48-byte value) or removes it (a no-op when absent)",
		SeqOptions{SkipFastStorageUpgrade: false, CacheSize: 1000})
	keyspace := uniqueKeys(r, 300, 8, 24)
	for v := 1; v <= 12; v++ {
		if v != 6 {
			for i := 0; i < 200; i++ {
				k := keyspace[r.Intn(len(keyspace))]
				if r.Float64() < 0.65 {
					b.set(k, randBytes(r, 1+r.Intn(48)))
				} else {
					b.remove(k)
				}
			}
		}
		b.commit(false)
	}
	return b.seq
}

func seqSequential() Sequence {
	be := func(i uint32) []byte { return []byte{byte(i >> 24), byte(i >> 16), byte(i >> 8), byte(i)} }
	val := func(i uint32, tag string) []byte { return []byte(fmt.Sprintf("%s-%d", tag, i)) }
	b := newSeqBuilder("sequential",
		"big-endian uint32 keys inserted/removed in ascending and descending order (worst case for AVL rebalancing); emptied at v11 and refilled at v12; node dumps for v1 and v2",
		SeqOptions{SkipFastStorageUpgrade: true, CacheSize: 1000})
	for i := uint32(0); i < 8; i++ { // v1
		b.set(be(i), val(i, "a"))
	}
	b.commit(true)
	for i := uint32(8); i < 15; i++ { // v2: 15 keys, 29 nodes
		b.set(be(i), val(i, "a"))
	}
	b.commit(true)
	for i := uint32(15); i < 100; i++ { // v3
		b.set(be(i), val(i, "a"))
	}
	b.commit(false)
	for i := uint32(100); i < 300; i++ { // v4
		b.set(be(i), val(i, "a"))
	}
	b.commit(false)
	for i := uint32(0); i < 50; i++ { // v5: overwrites
		b.set(be(i), val(i, "b"))
	}
	b.commit(false)
	for i := uint32(0); i < 100; i++ { // v6: ascending removes of the lowest keys
		b.remove(be(i))
	}
	b.commit(false)
	b.commit(false)                       // v7: nothing
	for i := uint32(299); i >= 200; i-- { // v8: descending removes of the highest keys, plus absent ones
		b.remove(be(i))
	}
	b.remove(be(5000))
	b.remove(be(0))
	b.commit(false)
	for i := uint32(1099); i >= 1000; i-- { // v9: descending inserts above everything
		b.set(be(i), val(i, "c"))
	}
	b.commit(false)
	for i := uint32(0); i < 1000; i += 7 { // v10: scattered removes (many absent) and inserts
		b.remove(be(i))
		b.set(be(i+3), val(i, "d"))
	}
	b.commit(false)
	ks := b.sortedKeys() // v11: remove everything, descending
	for i := len(ks) - 1; i >= 0; i-- {
		b.remove(ks[i])
	}
	b.commit(false)
	for i := uint32(0); i < 64; i++ { // v12: refill ascending
		b.set(be(i*2), val(i, "e"))
	}
	b.commit(false)
	for i := uint32(0); i < 64; i++ { // v13: fill the gaps (interleaved)
		b.set(be(i*2+1), val(i, "f"))
	}
	b.commit(false)
	return b.seq
}

func seqVarlen() Sequence {
	r := rand.New(rand.NewSource(77))
	b := newSeqBuilder("varlen",
		"variable-length keys (1..64 bytes, keyspace of 160) and values (0..300 bytes, ~15% empty); 12 versions of 50 ops (v1: 10 sets, dumped; v5: none); many keys are prefixes-by-chance of each other only at length 1..2",
		SeqOptions{SkipFastStorageUpgrade: false, CacheSize: 1000})
	keyspace := uniqueKeys(r, 160, 1, 64)
	value := func() []byte {
		if r.Intn(100) < 15 {
			return []byte{}
		}
		return randBytes(r, r.Intn(301))
	}
	for i := 0; i < 10; i++ { // v1
		b.set(keyspace[r.Intn(len(keyspace))], value())
	}
	b.commit(true)
	for v := 2; v <= 12; v++ {
		if v != 5 {
			for i := 0; i < 50; i++ {
				k := keyspace[r.Intn(len(keyspace))]
				switch x := r.Intn(100); {
				case x < 60:
					b.set(k, value())
				case x < 90 && len(b.model) > 0:
					ks := b.sortedKeys()
					b.remove(ks[r.Intn(len(ks))]) // an existing key
				default:
					b.remove(k) // random: often absent
				}
			}
		}
		b.commit(false)
	}
	return b.seq
}

func seqInitialVersion() Sequence {
	b := newSeqBuilder("initial-version-100",
		"tree created with iavl.InitialVersionOption(100): the first SaveVersion is version 100 and nodes carry version 100 (this is what the SDK multistore does for stores added by an upgrade: initial version = upgrade height)",
		SeqOptions{InitialVersion: 100, SkipFastStorageUpgrade: true, CacheSize: 1000})
	for i := 0; i < 10; i++ {
		for j := 0; j <= i%3; j++ {
			k := []byte(fmt.Sprintf("k%02d", (i*7+j*3)%12))
			if (i+j)%4 == 3 {
				b.remove(k)
			} else {
				b.set(k, []byte(fmt.Sprintf("v%d.%d", i, j)))
			}
		}
		b.commit(true)
	}
	return b.seq
}

func uniqueKeys(r *rand.Rand, n, minLen, maxLen int) [][]byte {
	seen := map[string]bool{}
	out := make([][]byte, 0, n)
	for len(out) < n {
		k := randBytes(r, minLen+r.Intn(maxLen-minLen+1))
		if seen[string(k)] {
			continue
		}
		seen[string(k)] = true
		out = append(out, k)
	}
	return out
}
