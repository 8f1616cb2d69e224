// Command iavl-vectors generates known-answer test vectors from the real
// github.com/cosmos/iavl (v1.x) and the real Cosmos SDK multistore
// (cosmossdk.io/store rootmulti), for settle's TypeScript IAVL implementation.
//
//	cd scripts/iavl-vectors && go run . -out ../../test/chain/store/vectors
//
// Everything is deterministic (fixed math/rand seeds, no clocks, no map
// iteration in output), so regeneration yields byte-identical files.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
)

func main() {
	out := flag.String("out", "../../test/chain/store/vectors", "output directory for the JSON vector files")
	flag.Parse()

	if err := os.MkdirAll(*out, 0o755); err != nil {
		fatal(err)
	}

	seqs := genSequences()
	writeJSON(filepath.Join(*out, "iavl-sequences.json"), seqs)

	proofs := genProofs()
	writeJSON(filepath.Join(*out, "iavl-proofs.json"), proofs)

	ms := genMultistore()
	writeJSON(filepath.Join(*out, "multistore.json"), ms)
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "iavl-vectors:", err)
	os.Exit(1)
}

func must(err error) {
	if err != nil {
		fatal(err)
	}
}

func check(cond bool, format string, args ...any) {
	if !cond {
		fatal(fmt.Errorf("check failed: "+format, args...))
	}
}

// writeJSON writes v as indented JSON with a trailing newline.
func writeJSON(path string, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	must(enc.Encode(v))
	must(os.WriteFile(path, buf.Bytes(), 0o644))
	fmt.Printf("wrote %s (%d bytes)\n", path, buf.Len())
}

// moduleVersion returns the version of a dependency as recorded in the
// binary's build info (i.e. what go.mod resolved to).
func moduleVersion(path string) string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		fatal(fmt.Errorf("no build info"))
	}
	for _, d := range bi.Deps {
		if d.Path == path {
			if d.Replace != nil {
				return d.Replace.Version
			}
			return d.Version
		}
	}
	fatal(fmt.Errorf("module %s not in build info", path))
	return ""
}
