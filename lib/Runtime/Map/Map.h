// Map: Go's map type (Go's map.go), behind the makemap / mapaccess /
// mapassign / mapdelete / mapiter entry points of abi.def.
//
// Glossary
//   table    the array of groups a map currently stores its entries in; a
//            power of two of them. Replaced (never rebuilt in place) on growth.
//   group    8 slots plus one control word: the unit of probing.
//   slot     room for one key and one element.
//   ctrl     a slot's control byte: 0x80 empty, 0xFE deleted (tombstone),
//            0x00..0x7F full, holding h2 of the key's hash.
//   h1, h2   the hash split in two: h1 (low bits) picks the first group of
//            the probe sequence, h2 (top 7 bits) is kept in ctrl so a probe
//            compares eight slots with a few word operations and touches a
//            key only when its h2 matches.
//   growthLeft  inserts into empty slots left before the table must be
//            replaced; keeps at least one empty slot per 8, so every probe
//            ends (load factor at most 7/8).
//   frozen table  a table an iterator started on that the map has since
//            replaced. Nothing writes to it again.
//
// Layout (all offsets in bytes; W = pointer size)
//   HMap      count (first word: gort_hmap_head, len(m) reads it), table,
//             mask (groups-1), seed, growthLeft, then the per-map layout
//             copied from the type at makemap (slot sizes, flags).
//   group     ctrl: uint64 (byte i = slot i, little-endian)
//             keys:  8 key slots   at 8 + i*keySlot
//             elems: 8 elem slots  at 8 + 8*keySlot + i*elemSlot
//   Keys and elements over 128 bytes are stored indirectly: the slot holds a
//   pointer (W bytes) to a separately allocated value, as Go does, so groups
//   stay small and growth copies pointers. Types are at most 8-aligned and
//   their sizes are multiples of their alignment, so with the ctrl word first
//   and keys and elements in separate arrays nothing needs padding.
//   A map made without a size hint points at a shared read-only all-empty
//   group (mask 0, growthLeft 0) until its first insert: lookups need no null
//   check and the first insert grows into a real table.
//
// Operations
//   lookup   hash the key; for groups g = h1, h1+1, h1+3, h1+6, ... (mod
//            groups: triangular steps visit every group once): for each slot
//            whose ctrl equals h2, compare the key; stop at the first group
//            with an empty slot.
//   assign   lookup; if absent, take the first empty-or-deleted slot the probe
//            passed. Filling an empty slot with growthLeft == 0 first replaces
//            the table: doubled if at least half of the load budget is live
//            entries, else the same size (clears tombstones).
//   delete   lookup; the slot becomes empty if its group has an empty slot (no
//            probe sequence continues past such a group), else deleted. Key
//            and element slots are cleared when they may hold pointers.
//   grow     allocate the new table, insert every full slot by its hash,
//            point the map at it. Stop-the-world: the old table is left as it
//            was, for iterators (below).
//
// Iteration (mapiterinit/mapiternext; state in gort_hiter's private words)
//   The iterator remembers the table at mapiterinit and walks all its slots
//   once, starting at a random group and a random slot offset (both from
//   fastrand, so two range loops over one map differ in order). Entries
//   never move within a table, so:
//   - while the map still uses that table, a full slot is a live entry:
//     produce it. Entries deleted before being reached are empty slots by
//     then; entries inserted behind the cursor are missed (allowed).
//   - once the map has replaced the table (growth during the loop), the
//     frozen table still holds exactly the entries that existed when it was
//     replaced, each once. Each is looked up in the current table: absent
//     means deleted since, so it is skipped; present yields the current
//     key and element. A key not equal to itself (NaN) cannot be looked up
//     or deleted and is produced from the frozen copy.
//   Hence: no entry is produced twice, no entry that exists throughout is
//   skipped, and nothing reads freed memory (the iterator keeps the frozen
//   table alive). Deleting an entry and inserting the same key again during
//   the loop makes a new entry, which may be produced again (as in Go).
//
// Invariants
//   - count == number of full slots of the current table.
//   - empty slots >= growthLeft + groups, so every table keeps at least one
//     empty slot and every probe ends.
//   - a key's hash is the same on every path: the _fast64/_faststr variants
//     hash inline with Alg.h's hashU32/hashU64/hashString, which equal
//     memhash{8,16,32,64}/strhash (the key type's .hash). makemap records
//     which, and the fast variants fall back to the generic path for a key
//     type whose hash is something else.
//   - the zero value returned for missing keys is read-only shared memory.
//
// Concurrency: none inside a map (Go's rule: a map is not safe for concurrent
// use). As in Go, a writer sets a flag while it mutates, and a read, write or
// iteration step that finds it set is a fatal error ("concurrent map
// writes", "concurrent map read and map write", "concurrent map iteration
// and map write"); it is best effort, not a lock.
//
// For the precise collector (issue 6). Tables, headers and indirect values
// are allocated untyped (mallocgc(size, nullptr)) and scanned conservatively
// by the bootstrap collector. A precise collector will need:
//   - a type for a group: ctrl (8 bytes, no pointers), then 8 copies of the
//     key type's pointer bitmap, then 8 of the element type's (or one pointer
//     word per slot where indirect). The compiler could emit it per map type
//     (gc's maptype.bucket), or the runtime can synthesise it at makemap;
//   - the header: only `table` is a pointer, and it may point at the static
//     empty group (not heap memory) — the collector must ignore such pointers;
//   - gort_hiter: key, elem, priv[1] (map) and priv[2] (table) are pointers;
//     priv[0] points at a type descriptor (static data);
//   - empty and deleted slots may hold stale non-pointer bits only: deletes
//     clear slots whose types contain pointers, new tables are zeroed;
//   - key/elem pointers handed out by lookups may point into a table or at
//     the shared zero value (static data).
//   Map code runs on the goroutine stack and holds table pointers across
//   mallocgc (indirect values, growth): fine while objects do not move and
//   stacks are scanned conservatively; a moving collector needs these paths
//   on the system stack or their pointers in a root.
//
// Rejected
//   - gc Go 1.19's layout (buckets of 8 with overflow chains, incremental
//     evacuation): the evacuation state machine is the complex part of that
//     design and only bounds the latency of single inserts; stop-the-world
//     growth is simpler and faster per operation, and the frozen-table rule
//     above keeps its iteration guarantees. Open addressing with control
//     bytes needs no overflow allocations and misses stop early.
//   - rehashing in place (same-size cleanup without a new table): it moves
//     entries under a running iterator.
//   - chaining (a node per entry): an allocation per insert and a pointer
//     chase per lookup.
//   - tombstone-free backward-shift deletion (Robin Hood): moves entries,
//     breaking iteration during deletes.
//   - resetting the seed when a map empties (gc does): needs tombstones
//     cleared too, O(table) on a delete.
#ifndef GORT_MAP_MAP_H
#define GORT_MAP_MAP_H

#include <stddef.h>
#include <stdint.h>

#include "goruntime/map.h"
#include "goruntime/type.h"

namespace gort {
namespace map {

constexpr unsigned kGroupSlots = 8;
constexpr size_t kMaxInlineKey = 128;
constexpr size_t kMaxInlineElem = 128;

// HMap.flags
enum : uint8_t {
  kIndirectKey = 1 << 0,
  kIndirectElem = 1 << 1,
  kClearOnDelete = 1 << 2, // key or element may hold pointers
  kWriting = 1 << 3,       // a write is in progress
};

// HMap.keyKind: how the key hashes. The memory kinds equal the key size.
enum : uint8_t {
  kKeyGeneric = 0, // through gort_type.hash / .equal
  kKeyMem1 = 1,    // memhash8: compare and hash 1 byte
  kKeyMem2 = 2,
  kKeyMem4 = 4,
  kKeyMem8 = 8,
  kKeyStr = 16,    // strhash over a gort_string
};

struct HMap {
  intptr_t count;        // must be first: gort_hmap_head
  uint8_t *table;
  uintptr_t mask;        // groups - 1
  uintptr_t seed;
  uintptr_t growthLeft;
  uint32_t groupSize;
  uint32_t elemOff;      // 8 + 8*keySlot
  uint16_t keySlot;      // bytes per key slot (W when indirect)
  uint16_t elemSlot;
  uint8_t flags;
  uint8_t keyKind;
};

// Largest entry count a table of `groups` groups holds (7/8 load).
constexpr uintptr_t maxLoad(uintptr_t groups) { return groups * (kGroupSlots - 1); }

} // namespace map
} // namespace gort

#endif
