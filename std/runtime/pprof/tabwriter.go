package pprof

import (
	"io"
	"strings"
)

// tabWriter lays out tab-separated cells as gc's legacy text profiles do
// through text/tabwriter.NewWriter(w, 1, 8, 1, '\t', 0): a cell ended by a
// tab belongs to a column; consecutive lines with a cell in the same
// column form a block whose width is its widest cell plus one, rounded up
// to a multiple of 8, and cells are padded with tabs to it. The text is
// written at flush.
type tabWriter struct {
	w   io.Writer
	buf []byte
}

func newTabWriter(w io.Writer) *tabWriter { return &tabWriter{w: w} }

func (t *tabWriter) Write(p []byte) (int, error) {
	t.buf = append(t.buf, p...)
	return len(p), nil
}

func (t *tabWriter) flush() error {
	text := string(t.buf)
	t.buf = nil
	lines := strings.Split(text, "\n")
	cells := make([][]string, len(lines))
	for i, l := range lines {
		cells[i] = strings.Split(l, "\t")
	}
	var out []byte
	out = tabFormat(out, cells, nil, 0, len(cells))
	_, err := t.w.Write(out)
	return err
}

func tabFormat(out []byte, lines [][]string, widths []int, line0, line1 int) []byte {
	column := len(widths)
	for this := line0; this < line1; this++ {
		if column >= len(lines[this])-1 {
			continue
		}
		out = tabWriteLines(out, lines, widths, line0, this)
		line0 = this
		width := 1
		for ; this < line1; this++ {
			if column >= len(lines[this])-1 {
				break
			}
			if w := len(lines[this][column]) + 1; w > width {
				width = w
			}
		}
		out = tabFormat(out, lines, append(widths, width), line0, this)
		line0 = this
		this-- // the loop's increment looks at line `this` again
	}
	return tabWriteLines(out, lines, widths, line0, line1)
}

func tabWriteLines(out []byte, lines [][]string, widths []int, line0, line1 int) []byte {
	for i := line0; i < line1; i++ {
		for j, c := range lines[i] {
			out = append(out, c...)
			if j < len(widths) && j < len(lines[i])-1 {
				cellw := (widths[j] + 7) / 8 * 8
				n := cellw - len(c)
				for k := 0; k < (n+7)/8; k++ {
					out = append(out, '\t')
				}
			}
		}
		if i+1 < len(lines) {
			out = append(out, '\n')
		}
	}
	return out
}
