// iavl-peer: the write pattern of `npm run bench:store` (scripts/bench/store.ts) on cosmos/iavl v1
// (the version scripts/iavl-vectors uses) over goleveldb, for `npm run bench:store-peer`. Same keys
// (sha256("account-i")[:20]), 64-byte values, a tree pre-filled in 50,000-key versions, then blocks of
// 80% updates of random existing keys and 20% inserts; a block's time is its Sets, WorkingHash and
// SaveVersion (goleveldb batch written with sync, as settle's commit fsyncs). Prints bench:store's table.
package main

import (
	"crypto/sha256"
	"encoding/binary"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cosmos/iavl"
	idb "github.com/cosmos/iavl/db"
)

func key(i int) []byte {
	h := sha256.Sum256([]byte("account-" + strconv.Itoa(i)))
	return h[:20]
}

var counter uint32

func value() []byte {
	counter++
	v := make([]byte, 64)
	binary.BigEndian.PutUint32(v, counter)
	return v
}

func ints(s string) []int {
	var out []int
	for _, p := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil {
			panic(err)
		}
		out = append(out, n)
	}
	return out
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func ms(d time.Duration) float64 { return float64(d.Nanoseconds()) / 1e6 }

func main() {
	sizes := flag.String("sizes", "100000", "tree sizes")
	blocksFlag := flag.String("blocks", "1000,10000", "block sizes")
	cache := flag.Int("cache-nodes", 2000000, "iavl node cache size")
	flag.Parse()
	rng := rand.New(rand.NewSource(1))
	fmt.Println("\n## iavl v1.2.8 (goleveldb, sync write on SaveVersion, 20-byte keys, 64-byte values, 80% updates / 20% inserts)\n")
	fmt.Println("| tree keys | block writes | committed writes/s | block p50 ms | block max ms | apply ms | hash ms | persist ms |")
	fmt.Println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
	for _, size := range ints(*sizes) {
		dir, err := os.MkdirTemp("", "settle-bench-iavl-")
		must(err)
		db, err := idb.NewDB("iavl", "goleveldb", dir)
		must(err)
		tree := iavl.NewMutableTree(db, *cache, false, iavl.NewNopLogger())
		start := time.Now()
		for i := 0; i < size; {
			end := i + 50000
			if end > size {
				end = size
			}
			for ; i < end; i++ {
				_, err := tree.Set(key(i), value())
				must(err)
			}
			_, _, err := tree.SaveVersion()
			must(err)
		}
		fmt.Fprintf(os.Stderr, "filled %d keys in %.1f s\n", size, time.Since(start).Seconds())
		next := size
		for _, blockSize := range ints(*blocksFlag) {
			blocks := 30
			if blockSize >= 10000 {
				blocks = 10
			}
			var lat []float64
			var apply, hash, persist, total float64
			writes := 0
			for b := 0; b < blocks; b++ {
				keys := make([][]byte, blockSize)
				vals := make([][]byte, blockSize)
				for i := 0; i < blockSize; i++ {
					if i%5 == 0 {
						keys[i] = key(next)
						next++
					} else {
						keys[i] = key(rng.Intn(size))
					}
					vals[i] = value()
				}
				t0 := time.Now()
				for i := range keys {
					_, err := tree.Set(keys[i], vals[i])
					must(err)
				}
				t1 := time.Now()
				tree.WorkingHash()
				t2 := time.Now()
				_, _, err := tree.SaveVersion()
				must(err)
				t3 := time.Now()
				apply += ms(t1.Sub(t0))
				hash += ms(t2.Sub(t1))
				persist += ms(t3.Sub(t2))
				lat = append(lat, ms(t3.Sub(t0)))
				total += ms(t3.Sub(t0))
				writes += blockSize
			}
			sorted := append([]float64(nil), lat...)
			sort.Float64s(sorted)
			p50 := sorted[len(sorted)*50/100]
			fmt.Printf("| %d | %d | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f |\n", size, blockSize, float64(writes)/total*1000, p50, sorted[len(sorted)-1], apply/float64(blocks), hash/float64(blocks), persist/float64(blocks))
		}
		must(db.Close())
		os.RemoveAll(dir)
	}
}
