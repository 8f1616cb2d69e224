package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"sort"

	"cosmossdk.io/log"
	"cosmossdk.io/store/metrics"
	"cosmossdk.io/store/rootmulti"
	storetypes "cosmossdk.io/store/types"
	"github.com/cometbft/cometbft/crypto/merkle"
	dbm "github.com/cosmos/cosmos-db"
)

const (
	storeModule    = "cosmossdk.io/store"
	cometbftModule = "github.com/cometbft/cometbft"
	cosmosDBModule = "github.com/cosmos/cosmos-db"
	msRoute        = "real cosmossdk.io/store rootmulti.Store (NewStore(memdb, log.NewNopLogger(), metrics.NewNoOpMetrics()), default options: IAVL stores with fast storage enabled, pruning nothing); app hashes are additionally recomputed independently from the leaf encoding below and asserted equal"
	transientName  = "transient_tx"
	memoryName     = "memory_cap"
)

type MSFile struct {
	StoreVersion    string     `json:"store_version"`
	IavlVersion     string     `json:"iavl_version"`
	CometbftVersion string     `json:"cometbft_version"`
	Route           string     `json:"route"`
	Facts           MSFacts    `json:"facts"`
	Commits         []MSCommit `json:"commits"`
	Queries         []MSQuery  `json:"queries"`
}

type MSFacts struct {
	LeafEncoding           string `json:"leaf_encoding"`
	TreeHashing            string `json:"tree_hashing"`
	EmptyStoreRootHash     Hex    `json:"empty_store_root_hash"`     // CommitId.Hash of an IAVL store whose tree is empty
	EmptyStoreLeaf         Hex    `json:"empty_store_leaf"`          // leaf bytes of store "zeta" at height 1 (empty tree)
	EmptyCommitInfoHash    Hex    `json:"empty_commit_info_hash"`    // CommitInfo{}.Hash() (no stores at all)
	TransientAndMemoryNote string `json:"transient_and_memory_note"` // whether non-IAVL stores enter the app hash
	AddedStoreNote         string `json:"added_store_note"`
	DeletedStoreNote       string `json:"deleted_store_note"`
	UnchangedCommitNote    string `json:"unchanged_commit_note"`
	EmptyValueQueryNote    string `json:"empty_value_query_note"`
	EmptyTreeQueryNote     string `json:"empty_tree_query_note"`
}

type MSWrite struct {
	Store string `json:"store"`
	Op    string `json:"op"` // "set" | "delete"
	Key   Hex    `json:"key"`
	Value *Hex   `json:"value,omitempty"`
}

type MSStoreInfo struct {
	Name     string `json:"name"`
	Version  int64  `json:"version"`   // StoreInfo.CommitId.Version (= the IAVL tree version)
	RootHash Hex    `json:"root_hash"` // StoreInfo.CommitId.Hash (= IAVL root hash)
	Leaf     Hex    `json:"leaf"`      // the exact bytes hashed as this store's merkle leaf (before the 0x00 prefix)
}

type MSUpgrade struct {
	Added   []string `json:"added"`
	Deleted []string `json:"deleted"`
}

type MSCommit struct {
	Height  int64         `json:"height"`
	Upgrade *MSUpgrade    `json:"upgrade,omitempty"` // store upgrades applied by LoadLatestVersionAndUpgrade before this block
	Mounted []string      `json:"mounted"`           // all mounted store names (incl. transient/memory), sorted
	Writes  []MSWrite     `json:"writes"`
	Stores  []MSStoreInfo `json:"stores"` // CommitInfo.StoreInfos, sorted by name = merkle leaf order
	AppHash Hex           `json:"app_hash"`
}

type MSProofOp struct {
	Type string `json:"type"`
	Key  Hex    `json:"key"`
	Data Hex    `json:"data"` // protobuf ics23 CommitmentProof
}

type MSQuery struct {
	Case     string      `json:"case"`
	Height   int64       `json:"height"`
	Path     string      `json:"path"`
	Key      Hex         `json:"key"`
	Value    *Hex        `json:"value,omitempty"`
	AppHash  Hex         `json:"app_hash"`
	ProofOps []MSProofOp `json:"proof_ops,omitempty"`
	Error    string      `json:"error,omitempty"` // the query itself failed
	// Error from the SDK's rootmulti.DefaultProofRuntime() verification of
	// proof_ops against app_hash ("" = verified).
	VerifyError string `json:"verify_error,omitempty"`
}

type msHarness struct {
	db      dbm.DB
	rs      *rootmulti.Store
	keys    map[string]storetypes.StoreKey
	file    *MSFile
	writes  []MSWrite
	upgrade *MSUpgrade
	model   map[string]map[string][]byte // IAVL stores only
}

func (h *msHarness) open(iavlNames []string, upgrades *storetypes.StoreUpgrades) {
	h.rs = rootmulti.NewStore(h.db, log.NewNopLogger(), metrics.NewNoOpMetrics())
	h.keys = map[string]storetypes.StoreKey{}
	for _, n := range iavlNames {
		k := storetypes.NewKVStoreKey(n)
		h.keys[n] = k
		h.rs.MountStoreWithDB(k, storetypes.StoreTypeIAVL, nil)
	}
	tk := storetypes.NewTransientStoreKey(transientName)
	h.keys[transientName] = tk
	h.rs.MountStoreWithDB(tk, storetypes.StoreTypeTransient, nil)
	mk := storetypes.NewMemoryStoreKey(memoryName)
	h.keys[memoryName] = mk
	h.rs.MountStoreWithDB(mk, storetypes.StoreTypeMemory, nil)
	for _, n := range iavlNames {
		if h.model[n] == nil {
			h.model[n] = map[string][]byte{}
		}
	}
	if upgrades != nil {
		must(h.rs.LoadLatestVersionAndUpgrade(upgrades))
		h.upgrade = &MSUpgrade{Added: upgrades.Added, Deleted: upgrades.Deleted}
		if h.upgrade.Added == nil {
			h.upgrade.Added = []string{}
		}
		if h.upgrade.Deleted == nil {
			h.upgrade.Deleted = []string{}
		}
		for _, n := range upgrades.Deleted {
			delete(h.model, n)
		}
	} else {
		must(h.rs.LoadLatestVersion())
	}
}

func (h *msHarness) set(store, key, value string) {
	k, v := []byte(key), []byte(value)
	h.rs.GetKVStore(h.keys[store]).Set(k, v)
	hv := Hex(clone(v))
	h.writes = append(h.writes, MSWrite{Store: store, Op: "set", Key: clone(k), Value: &hv})
	if m := h.model[store]; m != nil {
		m[key] = v
	}
}

func (h *msHarness) del(store, key string) {
	h.rs.GetKVStore(h.keys[store]).Delete([]byte(key))
	h.writes = append(h.writes, MSWrite{Store: store, Op: "delete", Key: []byte(key)})
	if m := h.model[store]; m != nil {
		delete(m, key)
	}
}

// storeLeaf is the exact leaf encoding of CommitInfo.Hash():
// uvarint(len(name)) || name || uvarint(32) || sha256(root_hash).
func storeLeaf(name string, rootHash []byte) []byte {
	var b []byte
	b = binary.AppendUvarint(b, uint64(len(name)))
	b = append(b, name...)
	vh := sha256.Sum256(rootHash)
	b = binary.AppendUvarint(b, uint64(len(vh)))
	b = append(b, vh[:]...)
	return b
}

// rfc6962Root is an independent implementation of cometbft's
// merkle.HashFromByteSlices: leaf = sha256(0x00||leaf), inner =
// sha256(0x01||l||r), split at the largest power of two < n, empty = sha256("").
func rfc6962Root(items [][]byte) []byte {
	switch len(items) {
	case 0:
		h := sha256.Sum256(nil)
		return h[:]
	case 1:
		h := sha256.Sum256(append([]byte{0}, items[0]...))
		return h[:]
	}
	k := 1
	for k*2 < len(items) {
		k *= 2
	}
	l, r := rfc6962Root(items[:k]), rfc6962Root(items[k:])
	h := sha256.Sum256(append(append([]byte{1}, l...), r...))
	return h[:]
}

func (h *msHarness) commit() MSCommit {
	cid := h.rs.Commit()
	ci, err := h.rs.GetCommitInfo(cid.Version)
	must(err)
	check(ci.Version == cid.Version, "commit info version")
	check(bytes.Equal(ci.Hash(), cid.Hash), "CommitInfo.Hash != CommitID.Hash")

	c := MSCommit{Height: cid.Version, Upgrade: h.upgrade, Writes: h.writes, AppHash: cid.Hash}
	for n := range h.keys {
		c.Mounted = append(c.Mounted, n)
	}
	sort.Strings(c.Mounted)

	var leaves [][]byte
	seen := map[string]bool{}
	for i, si := range ci.StoreInfos {
		if i > 0 {
			check(ci.StoreInfos[i-1].Name < si.Name, "store infos not sorted")
		}
		check(si.Name != transientName && si.Name != memoryName, "non-IAVL store %s in commit info", si.Name)
		leaf := storeLeaf(si.Name, si.CommitId.Hash)
		leaves = append(leaves, leaf)
		c.Stores = append(c.Stores, MSStoreInfo{Name: si.Name, Version: si.CommitId.Version, RootHash: si.CommitId.Hash, Leaf: leaf})
		seen[si.Name] = true
		// cross-check with the live store and the model
		if k, ok := h.keys[si.Name]; ok {
			last := h.rs.GetCommitKVStore(k).LastCommitID()
			check(bytes.Equal(last.Hash, si.CommitId.Hash) && last.Version == si.CommitId.Version, "store %s LastCommitID mismatch", si.Name)
		}
		m := h.model[si.Name]
		check(m != nil, "no model for %s", si.Name)
		kv := h.rs.GetKVStore(h.keys[si.Name])
		n := 0
		it := kv.Iterator(nil, nil)
		for ; it.Valid(); it.Next() {
			check(bytes.Equal(m[string(it.Key())], it.Value()), "store %s model mismatch at %x", si.Name, it.Key())
			n++
		}
		must(it.Close())
		check(n == len(m), "store %s has %d keys, model %d", si.Name, n, len(m))
	}
	for n := range h.model {
		check(seen[n], "model store %s missing from commit info", n)
	}
	check(bytes.Equal(merkle.HashFromByteSlices(leaves), cid.Hash), "cometbft merkle over leaves != app hash at %d", cid.Version)
	check(bytes.Equal(rfc6962Root(leaves), cid.Hash), "independent merkle over leaves != app hash at %d", cid.Version)

	h.file.Commits = append(h.file.Commits, c)
	h.writes = []MSWrite{}
	h.upgrade = nil
	return c
}

func (h *msHarness) query(name string, height int64, store, key string, mayFailVerify bool) (q MSQuery) {
	ci, err := h.rs.GetCommitInfo(height)
	must(err)
	q = MSQuery{Case: name, Height: height, Path: "/" + store + "/key", Key: []byte(key), AppHash: ci.Hash()}
	defer func() {
		if r := recover(); r != nil {
			q.Error = fmt.Sprintf("panic: %v", r)
			q.ProofOps = nil
			h.file.Queries = append(h.file.Queries, q)
		}
	}()
	var res *storetypes.ResponseQuery
	res, err = h.rs.Query(&storetypes.RequestQuery{Path: q.Path, Data: []byte(key), Height: height, Prove: true})
	if err != nil {
		q.Error = err.Error()
		h.file.Queries = append(h.file.Queries, q)
		return q
	}
	check(res.Height == height, "query height")
	if res.Value != nil {
		v := Hex(clone(res.Value))
		q.Value = &v
	}
	for _, op := range res.ProofOps.Ops {
		q.ProofOps = append(q.ProofOps, MSProofOp{Type: op.Type, Key: op.Key, Data: op.Data})
	}
	// Verify the whole chain store-proof -> app hash with the SDK's own runtime.
	prt := rootmulti.DefaultProofRuntime()
	keyPath := new(merkle.KeyPath).AppendKey([]byte(store), merkle.KeyEncodingURL).AppendKey([]byte(key), merkle.KeyEncodingHex).String()
	if res.Value != nil {
		err = prt.VerifyValue(res.ProofOps, q.AppHash, keyPath, res.Value)
	} else {
		err = prt.VerifyAbsence(res.ProofOps, q.AppHash, keyPath)
	}
	q.VerifyError = errString(err)
	check(err == nil || mayFailVerify, "%s: proof does not verify: %v", name, err)
	h.file.Queries = append(h.file.Queries, q)
	return q
}

func genMultistore() MSFile {
	f := MSFile{
		StoreVersion:    moduleVersion(storeModule),
		IavlVersion:     moduleVersion(iavlModule),
		CometbftVersion: moduleVersion(cometbftModule),
		Route:           msRoute,
		Commits:         []MSCommit{},
		Queries:         []MSQuery{},
	}
	h := &msHarness{db: dbm.NewMemDB(), file: &f, writes: []MSWrite{}, model: map[string]map[string][]byte{}}

	base := []string{"acc", "bank", "oracle", "zeta"}
	h.open(base, nil)

	// h1: zeta stays empty
	h.set("acc", "acc/alice", "alice-account")
	h.set("acc", "acc/bob", "bob-account")
	h.set("acc", "acc/carol", "carol-account")
	h.set("bank", "balances/alice/usettle", "1000")
	h.set("bank", "supply/usettle", "1000")
	h.set("oracle", "price/BTC", "65000.00")
	h.set("oracle", "price/EMPTY", "")
	h.set(transientName, "tx-scratch", "not-committed")
	h.set(memoryName, "cap", "not-committed")
	c1 := h.commit()

	// h2
	h.set("acc", "acc/bob", "bob-account-v2")
	h.del("acc", "acc/carol")
	h.set("bank", "balances/bob/usettle", "250")
	h.set("bank", "supply/usettle", "1250")
	h.commit()

	// h3: no writes at all
	c3 := h.commit()

	// h4: first writes into zeta; an absent delete in bank (no-op)
	h.set("zeta", "z/1", "one")
	h.set("zeta", "z/2", "two")
	h.del("bank", "balances/nobody/usettle")
	h.set("oracle", "price/ETH", "3500.5")
	h.commit()

	// h5: acc becomes empty again
	h.del("acc", "acc/alice")
	h.del("acc", "acc/bob")
	h.set("bank", "balances/alice/usettle", "900")
	h.commit()

	// restart at h5 with two new stores: "ibc" written in its first block, "feegrant" left empty
	withAdded := append(append([]string{}, base...), "feegrant", "ibc")
	h.open(withAdded, &storetypes.StoreUpgrades{Added: []string{"feegrant", "ibc"}})
	h.set("ibc", "clients/07-tendermint-0", "client-state")
	h.set("acc", "acc/dave", "dave-account")
	c6 := h.commit()

	// h7
	h.set("feegrant", "allowance/alice/bob", "100usettle")
	h.set("ibc", "connections/connection-0", "open")
	h.set("zeta", "z/3", "three")
	h.commit()

	// restart at h7 deleting store "zeta" (it must still be mounted for the upgrade)
	h.open(withAdded, &storetypes.StoreUpgrades{Deleted: []string{"zeta"}})
	h.set("oracle", "price/BTC", "66000.00")
	c8 := h.commit()

	// h9: normal block after the deletion (zeta no longer mounted)
	final := []string{"acc", "bank", "feegrant", "ibc", "oracle"}
	h.open(final, nil)
	h.set("bank", "balances/carol/usettle", "5")
	h.commit()

	// queries with proofs (rootmulti.Query with Prove=true)
	last := h.rs.LastCommitID().Version
	h.query("exists", last, "bank", "balances/alice/usettle", false)
	h.query("absent-between", last, "bank", "balances/bob/usettlf", false)
	h.query("absent-before-only-key", last, "acc", "acc/alice", false)
	h.query("exists-in-added-store", last, "ibc", "clients/07-tendermint-0", false)
	qEmptyTree := h.query("absent-in-empty-tree-at-height-5", 5, "acc", "acc/alice", true)
	qEmpty := h.query("empty-value", last, "oracle", "price/EMPTY", true)

	// ---- facts, all measured
	var zeta MSStoreInfo
	for _, s := range c1.Stores {
		if s.Name == "zeta" {
			zeta = s
		}
	}
	check(zeta.Name == "zeta", "zeta missing at h1")
	f.Facts.EmptyStoreRootHash = zeta.RootHash
	f.Facts.EmptyStoreLeaf = zeta.Leaf
	f.Facts.EmptyCommitInfoHash = storetypes.CommitInfo{}.Hash()
	f.Facts.LeafEncoding = "for each IAVL StoreInfo sorted by name (byte order): leaf = uvarint(len(name)) || name || uvarint(32) || sha256(store_root_hash)  (the SDK's simpleMap hashes the value; the store's CommitID.Hash itself is the IAVL root hash)"
	f.Facts.TreeHashing = "app_hash = cometbft crypto/merkle HashFromByteSlices(leaves) (RFC 6962: leafHash = sha256(0x00||leaf), innerHash = sha256(0x01||left||right), split = largest power of two < n); the commit version/height is NOT part of the hash; zero stores -> sha256(\"\")"
	f.Facts.TransientAndMemoryNote = fmt.Sprintf("mounted transient (%q) and memory (%q) stores never appear in CommitInfo and do not affect the app hash", transientName, memoryName)
	var added []string
	for _, s := range c6.Stores {
		if s.Name == "feegrant" || s.Name == "ibc" {
			added = append(added, fmt.Sprintf("%s: version %d hash %x", s.Name, s.Version, []byte(s.RootHash)))
		}
	}
	f.Facts.AddedStoreNote = fmt.Sprintf("stores added by StoreUpgrades at upgrade height H are created with IAVL InitialVersion H, so their first tree version and node versions are H, not 1; an added store left empty still contributes a leaf with sha256(\"\") as root hash. At height %d: %v", c6.Height, added)
	deletedPresent := false
	for _, s := range c8.Stores {
		if s.Name == "zeta" {
			deletedPresent = true
		}
	}
	check(!deletedPresent, "deleted store still in commit info")
	f.Facts.DeletedStoreNote = fmt.Sprintf("a store listed in StoreUpgrades.Deleted is emptied and is already absent from CommitInfo at the first commit after the upgrade (height %d)", c8.Height)
	check(bytes.Equal(c3.AppHash, f.Commits[1].AppHash), "h3 with no writes changed the app hash")
	f.Facts.UnchangedCommitNote = "a block with no writes keeps every IAVL root (SaveVersion of an unchanged tree returns the previous hash) and the commit height is not hashed, so the app hash equals the previous one (heights 2 and 3)"
	switch {
	case qEmpty.Error != "":
		f.Facts.EmptyValueQueryNote = "a prove=true query for a key whose value is empty fails in the SDK: " + qEmpty.Error
	case qEmpty.Value == nil:
		f.Facts.EmptyValueQueryNote = "a prove=true query for a key whose value is empty returns no value (treated as absent) with a non-membership proof"
	default:
		f.Facts.EmptyValueQueryNote = "a prove=true query for a key whose value is empty returns an empty value with a membership proof"
	}
	if qEmpty.VerifyError != "" {
		f.Facts.EmptyValueQueryNote += "; that proof does NOT verify with the SDK proof runtime / ics23: " + qEmpty.VerifyError
	}
	f.Facts.EmptyTreeQueryNote = "a prove=true query of an absent key in a store whose tree is empty (acc at height 5) "
	switch {
	case qEmptyTree.Error != "":
		f.Facts.EmptyTreeQueryNote += "fails: " + qEmptyTree.Error
	case qEmptyTree.VerifyError != "":
		f.Facts.EmptyTreeQueryNote += "returns a NonExistenceProof with neither left nor right neighbour, which does NOT verify: " + qEmptyTree.VerifyError
	default:
		f.Facts.EmptyTreeQueryNote += "returns a proof that verifies"
	}
	return f
}
