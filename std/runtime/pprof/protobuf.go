package pprof

// protobuf is a minimal encoder for the wire format of profile.proto
// (github.com/google/pprof/proto/profile.proto): varints, packed repeated
// integers, strings and nested messages. A nested message is encoded into
// its own buffer and appended with its length.
type protobuf struct {
	data []byte
}

func (b *protobuf) varint(x uint64) {
	for x >= 128 {
		b.data = append(b.data, byte(x)|0x80)
		x >>= 7
	}
	b.data = append(b.data, byte(x))
}

// key writes a field's tag with wire type 0 (varint) or 2 (length-delimited).
func (b *protobuf) key(tag int, wire int) {
	b.varint(uint64(tag)<<3 | uint64(wire))
}

func (b *protobuf) uint64(tag int, x uint64) {
	b.key(tag, 0)
	b.varint(x)
}

func (b *protobuf) uint64Opt(tag int, x uint64) {
	if x != 0 {
		b.uint64(tag, x)
	}
}

func (b *protobuf) int64(tag int, x int64) {
	b.uint64(tag, uint64(x))
}

func (b *protobuf) int64Opt(tag int, x int64) {
	if x != 0 {
		b.int64(tag, x)
	}
}

func (b *protobuf) boolOpt(tag int, x bool) {
	if x {
		b.uint64(tag, 1)
	}
}

// uint64s writes a packed repeated field.
func (b *protobuf) uint64s(tag int, xs []uint64) {
	if len(xs) == 0 {
		return
	}
	var p protobuf
	for _, x := range xs {
		p.varint(x)
	}
	b.bytes(tag, p.data)
}

func (b *protobuf) int64s(tag int, xs []int64) {
	if len(xs) == 0 {
		return
	}
	var p protobuf
	for _, x := range xs {
		p.varint(uint64(x))
	}
	b.bytes(tag, p.data)
}

func (b *protobuf) bytes(tag int, p []byte) {
	b.key(tag, 2)
	b.varint(uint64(len(p)))
	b.data = append(b.data, p...)
}

func (b *protobuf) string(tag int, s string) {
	b.key(tag, 2)
	b.varint(uint64(len(s)))
	b.data = append(b.data, s...)
}

// strings writes every string, the empty ones too (the string table's
// first entry must be "").
func (b *protobuf) strings(tag int, xs []string) {
	for _, s := range xs {
		b.string(tag, s)
	}
}

// message appends a nested message m as field tag.
func (b *protobuf) message(tag int, m *protobuf) {
	b.bytes(tag, m.data)
}
