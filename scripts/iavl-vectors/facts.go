package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"

	"github.com/cosmos/iavl"
	idb "github.com/cosmos/iavl/db"
)

// SeqFacts records behaviours of iavl that a re-implementation must match.
// Every field is measured by running iavl, never assumed.
type SeqFacts struct {
	Sha256OfEmptyString       Hex    `json:"sha256_of_empty_string"`
	EmptyTreeSaveVersionHash  Hex    `json:"empty_tree_save_version_hash"`   // hash returned by SaveVersion on an empty tree
	EmptyTreeWorkingHash      Hex    `json:"empty_tree_working_hash"`        // WorkingHash() of a fresh tree
	EmptyTreeSaveVersionIsNil bool   `json:"empty_tree_save_version_is_nil"` // true iff SaveVersion returned nil/len 0
	NilValueSetError          string `json:"nil_value_set_error"`            // Set(k, nil)
	EmptyValueSetError        string `json:"empty_value_set_error"`          // Set(k, []byte{}) ("" = accepted)
	EmptyValueGetIsNil        bool   `json:"empty_value_get_is_nil"`         // Get(k) after Set(k, []byte{}) (saved) returns nil?
	EmptyValueHas             bool   `json:"empty_value_has"`                // Has(k) after Set(k, []byte{})
	EmptyKeySetError          string `json:"empty_key_set_error"`            // Set([]byte{}, v) on the raw iavl tree ("" = accepted)
	EmptyKeyRootHash          Hex    `json:"empty_key_root_hash,omitempty"`  // root hash at v1 of a tree holding only ([]byte{}, "v")
	NilKeySetError            string `json:"nil_key_set_error"`              // Set(nil, v)

	EmptySaveKeepsHash          bool     `json:"empty_save_keeps_hash"`          // tiny v3 -> v4 (no ops)
	IdenticalOverwriteKeepsHash bool     `json:"identical_overwrite_keeps_hash"` // tiny v4 -> v5 (set c to its current value)
	SetThenRemoveKeepsHash      bool     `json:"set_then_remove_keeps_hash"`     // tiny v5 -> v6 (set x, remove x)
	AbsentRemoveKeepsHash       bool     `json:"absent_remove_keeps_hash"`       // tiny v6 -> v7 (remove absent key only)
	FirstVersionNumber          int64    `json:"first_version_number"`           // version returned by the first SaveVersion (no InitialVersion option)
	Notes                       []string `json:"notes"`
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func newTree(skip bool) (*iavl.MutableTree, *idb.MemDB) {
	db := idb.NewMemDB()
	return iavl.NewMutableTree(db, 100, skip, iavl.NewNopLogger()), db
}

func probeFacts(tiny Sequence) SeqFacts {
	var f SeqFacts
	e := sha256.Sum256(nil)
	f.Sha256OfEmptyString = e[:]

	t, _ := newTree(true)
	f.EmptyTreeWorkingHash = t.WorkingHash()
	h, v, err := t.SaveVersion()
	must(err)
	f.EmptyTreeSaveVersionHash = h
	f.EmptyTreeSaveVersionIsNil = len(h) == 0
	f.FirstVersionNumber = v

	t, _ = newTree(true)
	_, err = t.Set([]byte("k"), nil)
	f.NilValueSetError = errString(err)
	check(err != nil, "nil value unexpectedly accepted")

	for _, skip := range []bool{true, false} {
		t, _ = newTree(skip)
		_, err = t.Set([]byte("k"), []byte{})
		f.EmptyValueSetError = errString(err)
		if err == nil {
			_, _, err = t.SaveVersion()
			must(err)
			got, err := t.Get([]byte("k"))
			must(err)
			imm, err := t.GetImmutable(1)
			must(err)
			got2, err := imm.Get([]byte("k"))
			must(err)
			check((got == nil) == (got2 == nil), "fast/slow Get disagree on empty value nil-ness (skip=%v): %v vs %v", skip, got == nil, got2 == nil)
			f.EmptyValueGetIsNil = got == nil
			has, err := t.Has([]byte("k"))
			must(err)
			f.EmptyValueHas = has
		}
	}

	t, _ = newTree(true)
	_, err = t.Set([]byte{}, []byte("v"))
	f.EmptyKeySetError = errString(err)
	if err == nil {
		h, _, err := t.SaveVersion()
		must(err)
		f.EmptyKeyRootHash = h
		check(bytes.Equal(h, leafHash([]byte{}, []byte("v"), 1)), "empty key leaf hash")
	}
	t, _ = newTree(true)
	_, err = t.Set(nil, []byte("v"))
	f.NilKeySetError = errString(err)

	hv := func(n int64) []byte {
		for _, v := range tiny.Versions {
			if v.Version == n {
				return v.RootHash
			}
		}
		fatal(fmt.Errorf("tiny has no v%d", n))
		return nil
	}
	f.EmptySaveKeepsHash = bytes.Equal(hv(3), hv(4))
	f.IdenticalOverwriteKeepsHash = bytes.Equal(hv(4), hv(5))
	f.SetThenRemoveKeepsHash = bytes.Equal(hv(5), hv(6))
	f.AbsentRemoveKeepsHash = bytes.Equal(hv(6), hv(7))

	f.Notes = []string{
		"Varints in node hashes are zig-zag signed varints (Go binary.PutVarint): height, size, version. Lengths are unsigned varints.",
		"leaf hash = sha256(zz(0) || zz(1) || zz(node.version) || uvarint(len(key)) || key || 0x20 || sha256(value)).",
		"inner hash = sha256(zz(height) || zz(size) || zz(node.version) || 0x20 || left.hash || 0x20 || right.hash); the inner key is NOT hashed.",
		"An inner node's key is the smallest key of its right subtree.",
		"node.version is the version at which the node was (re)created: every node on the path of a Set/Remove is cloned and gets the new version, as are all nodes touched by a rotation; an untouched sibling that is promoted when its sibling leaf is removed keeps its old version.",
		"Nonces of new nodes in a version are assigned 1,2,3,... in pre-order (node, left, right) over the new nodes only; the root of a changed version is always (version, 1).",
		"Sets of a key are never no-ops: overwriting with the identical value still re-creates the leaf and its path with the new version (root hash changes). Removing an absent key is a true no-op.",
		"A version with no effective change keeps the previous root node (stored as a reference), so SaveVersion returns the previous hash.",
		"Empty tree: SaveVersion returns sha256(\"\") (not nil), size 0, height 0.",
	}
	return f
}
