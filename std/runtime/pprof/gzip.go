package pprof

import "io"

// gzipStored writes data to w as one gzip member (RFC 1952) whose deflate
// stream (RFC 1951) holds only stored blocks: valid gzip that every reader
// accepts, uncompressed. Chosen over linking zlib so that the profile
// writer is plain Go, the same on every target (no cross libz to build or
// link for aarch64, riscv64 and armv7); profiles are small.
func gzipStored(w io.Writer, data []byte) error {
	out := make([]byte, 0, len(data)+len(data)/65535*5+32)
	// ID1 ID2 CM=deflate FLG=0 MTIME=0 XFL=0 OS=unknown
	out = append(out, 0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255)
	rest := data
	for {
		n := len(rest)
		if n > 65535 {
			n = 65535
		}
		final := byte(0)
		if n == len(rest) {
			final = 1
		}
		// BFINAL, BTYPE=00 (stored), then LEN and NLEN at the next byte.
		out = append(out, final, byte(n), byte(n>>8), byte(^n), byte(^n>>8))
		out = append(out, rest[:n]...)
		rest = rest[n:]
		if final == 1 {
			break
		}
	}
	crc := crc32(data)
	size := uint32(len(data))
	out = append(out, byte(crc), byte(crc>>8), byte(crc>>16), byte(crc>>24))
	out = append(out, byte(size), byte(size>>8), byte(size>>16), byte(size>>24))
	_, err := w.Write(out)
	return err
}

var crcTable []uint32

// crc32 is the IEEE CRC-32 (reflected polynomial 0xedb88320) that gzip's
// trailer carries.
func crc32(data []byte) uint32 {
	if crcTable == nil {
		t := make([]uint32, 256)
		for i := 0; i < 256; i++ {
			c := uint32(i)
			for k := 0; k < 8; k++ {
				if c&1 != 0 {
					c = 0xedb88320 ^ (c >> 1)
				} else {
					c >>= 1
				}
			}
			t[i] = c
		}
		crcTable = t
	}
	c := ^uint32(0)
	for _, x := range data {
		c = crcTable[byte(c)^x] ^ (c >> 8)
	}
	return ^c
}
