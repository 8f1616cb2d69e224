package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"

	ics23 "github.com/cosmos/ics23/go"
)

const ics23Module = "github.com/cosmos/ics23/go"

type ProofFile struct {
	IavlVersion  string      `json:"iavl_version"`
	Ics23Version string      `json:"ics23_version"`
	Trees        []ProofTree `json:"trees"`
}

type ProofTree struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	// Either the tree is rebuilt from Versions (same op format as iavl-sequences.json) ...
	Versions []Version `json:"versions,omitempty"`
	// ... or it is the final tree of a sequence in iavl-sequences.json.
	FromSequence string      `json:"from_sequence,omitempty"`
	Version      int64       `json:"version"`
	RootHash     Hex         `json:"root_hash"`
	Size         int64       `json:"size"`
	Proofs       []ProofCase `json:"proofs"`
}

type ProofCase struct {
	Case   string `json:"case"`
	Key    Hex    `json:"key"`
	Exists bool   `json:"exists"`
	Value  *Hex   `json:"value,omitempty"` // membership only
	// For non-membership: the neighbours that the proof embeds (absent when at an edge).
	LeftKey  *Hex `json:"left_key,omitempty"`
	RightKey *Hex `json:"right_key,omitempty"`
	// ics23 CommitmentProof, protobuf-encoded (CommitmentProof.Marshal()).
	Proof Hex `json:"proof"`
	// Whether ics23.VerifyMembership / VerifyNonMembership (IavlSpec) accepts it
	// against root_hash, and the ics23 error if not. Every proof is also checked
	// by a plain re-hash (leaf op, then inner ops) to reach root_hash.
	Ics23Verifies bool   `json:"ics23_verifies"`
	Ics23Error    string `json:"ics23_error,omitempty"`
}

func genProofs() ProofFile {
	f := ProofFile{IavlVersion: moduleVersion(iavlModule), Ics23Version: moduleVersion(ics23Module)}

	// Dedicated ~50-key tree built over three versions, so leaves and inner
	// nodes carry different versions.
	b := newSeqBuilder("proof-tree-50", "", SeqOptions{SkipFastStorageUpgrade: true, CacheSize: 1000})
	key := func(i int) []byte { return []byte(fmt.Sprintf("key%04d", i*10)) }
	for i := 0; i < 35; i++ {
		b.set(key(i), []byte(fmt.Sprintf("value-%d-v1", i)))
	}
	b.commit(false)
	for i := 0; i < 10; i++ {
		b.set(key(i*3), []byte(fmt.Sprintf("value-%d-v2", i*3)))
	}
	for i := 35; i < 50; i++ {
		b.set(key(i), []byte(fmt.Sprintf("value-%d-v2", i)))
	}
	b.commit(false)
	for i := 0; i < 5; i++ {
		b.set(key(i*11), []byte(fmt.Sprintf("value-%d-v3", i*11)))
	}
	b.set(key(25), []byte{}) // an empty value, proven below
	b.commit(false)
	pt := ProofTree{
		Name:        "proof-tree-50",
		Description: "50 keys key0000, key0010, ..., key0490 built over 3 versions (v1: 35 sets; v2: 10 overwrites + 15 new; v3: 6 overwrites incl. an empty value at key0250)",
		Versions:    b.seq.Versions,
	}
	fillProofs(&pt, b)
	cases := []struct {
		name string
		key  []byte
	}{
		{"exist-first", key(0)},
		{"exist-middle", key(22)},
		{"exist-empty-value", key(25)},
		{"exist-last", key(49)},
		{"absent-before-first", []byte("aaa")},
		{"absent-after-last", []byte("zzz")},
		{"absent-between", []byte("key0225")},
		{"absent-prefix-of-existing", []byte("key022")},
	}
	for _, c := range cases {
		pt.Proofs = append(pt.Proofs, makeProof(b, c.name, c.key))
	}
	f.Trees = append(f.Trees, pt)

	// Final tree of the "medium" sequence, rebuilt by replaying its ops.
	med := seqMedium()
	mb := newSeqBuilder("medium-replay", "", med.Options)
	for _, v := range med.Versions {
		for _, op := range v.Ops {
			if op.Op == "set" {
				mb.set(op.Key, *op.Value)
			} else {
				mb.remove(op.Key)
			}
		}
		got := mb.commit(false)
		check(bytes.Equal(got.RootHash, v.RootHash), "medium replay diverged at v%d", v.Version)
	}
	mt := ProofTree{
		Name:         "medium-final",
		Description:  "the final version of sequence \"medium\" in iavl-sequences.json",
		FromSequence: "medium",
	}
	fillProofs(&mt, mb)
	ks := mb.sortedKeys()
	mid := len(ks) / 2
	before := []byte{0x00}
	after := bytes.Repeat([]byte{0xff}, 25)
	between := append(clone(ks[mid]), 0x00)
	check(bytes.Compare(before, ks[0]) < 0 && !mb.has(before), "before-first candidate")
	check(bytes.Compare(after, ks[len(ks)-1]) > 0 && !mb.has(after), "after-last candidate")
	check(bytes.Compare(between, ks[mid+1]) < 0 && !mb.has(between), "between candidate")
	for _, c := range []struct {
		name string
		key  []byte
	}{
		{"exist-first", ks[0]},
		{"exist-middle", ks[mid]},
		{"exist-last", ks[len(ks)-1]},
		{"absent-before-first", before},
		{"absent-after-last", after},
		{"absent-between", between},
	} {
		mt.Proofs = append(mt.Proofs, makeProof(mb, c.name, c.key))
	}
	f.Trees = append(f.Trees, mt)
	return f
}

func fillProofs(pt *ProofTree, b *seqBuilder) {
	last := b.seq.Versions[len(b.seq.Versions)-1]
	pt.Version = last.Version
	pt.RootHash = last.RootHash
	pt.Size = last.Size
}

func makeProof(b *seqBuilder, name string, key []byte) ProofCase {
	ver := b.tree.Version()
	imm, err := b.tree.GetImmutable(ver)
	must(err)
	root := imm.Hash()

	proof, err := imm.GetProof(key)
	must(err)
	bz, err := proof.Marshal()
	must(err)

	// The SDK iavl store uses MutableTree.GetMembershipProof / GetNonMembershipProof
	// on the latest tree; they must give identical bytes.
	val, exists := b.model[string(key)]
	var alt *ics23.CommitmentProof
	if exists {
		alt, err = b.tree.GetMembershipProof(key)
	} else {
		alt, err = b.tree.GetNonMembershipProof(key)
	}
	must(err)
	altBz, err := alt.Marshal()
	must(err)
	check(bytes.Equal(bz, altBz), "%s: GetProof != Get(Non)MembershipProof", name)

	// Round-trip and verify with ics23 itself.
	var dec ics23.CommitmentProof
	must(dec.Unmarshal(bz))
	pc := ProofCase{Case: name, Key: clone(key), Exists: exists, Proof: bz}
	if exists {
		ep := dec.GetExist()
		check(ep != nil && bytes.Equal(ep.Key, key) && bytes.Equal(ep.Value, val), "%s: exist proof key/value", name)
		check(bytes.Equal(rawExistRoot(ep), root), "%s: re-hashed root mismatch", name)
		pc.Ics23Verifies = ics23.VerifyMembership(ics23.IavlSpec, root, &dec, key, val)
		if !pc.Ics23Verifies {
			pc.Ics23Error = errString(ep.Verify(ics23.IavlSpec, root, key, val))
			check(pc.Ics23Error != "", "%s: no ics23 error", name)
		}
		v := Hex(clone(val))
		pc.Value = &v
	} else {
		ne := dec.GetNonexist()
		check(ne != nil && bytes.Equal(ne.Key, key), "%s: nonexist proof key", name)
		if ne.Left != nil {
			check(bytes.Equal(rawExistRoot(ne.Left), root), "%s: left re-hashed root mismatch", name)
			l := Hex(clone(ne.Left.Key))
			pc.LeftKey = &l
		}
		if ne.Right != nil {
			check(bytes.Equal(rawExistRoot(ne.Right), root), "%s: right re-hashed root mismatch", name)
			r := Hex(clone(ne.Right.Key))
			pc.RightKey = &r
		}
		pc.Ics23Verifies = ics23.VerifyNonMembership(ics23.IavlSpec, root, &dec, key)
		if !pc.Ics23Verifies {
			pc.Ics23Error = errString(ne.Verify(ics23.IavlSpec, root, key))
			check(pc.Ics23Error != "", "%s: no ics23 error", name)
		}
	}
	return pc
}

// rawExistRoot re-hashes an IAVL existence proof without ics23's input checks
// (ics23 rejects empty values): leaf = sha256(prefix || uvarint(len(key)) || key
// || uvarint(32) || sha256(value)); then for each inner op sha256(prefix || child || suffix).
func rawExistRoot(ep *ics23.ExistenceProof) []byte {
	lo := ep.Leaf
	check(lo.Hash == ics23.HashOp_SHA256 && lo.PrehashKey == ics23.HashOp_NO_HASH && lo.PrehashValue == ics23.HashOp_SHA256 && lo.Length == ics23.LengthOp_VAR_PROTO, "unexpected leaf op %v", lo)
	var w bytes.Buffer
	w.Write(lo.Prefix)
	putUvarint(&w, uint64(len(ep.Key)))
	w.Write(ep.Key)
	vh := sha256.Sum256(ep.Value)
	putUvarint(&w, 32)
	w.Write(vh[:])
	h := sha256.Sum256(w.Bytes())
	cur := h[:]
	for _, in := range ep.Path {
		check(in.Hash == ics23.HashOp_SHA256, "inner hash op")
		h := sha256.Sum256(append(append(append([]byte{}, in.Prefix...), cur...), in.Suffix...))
		cur = h[:]
	}
	return cur
}
