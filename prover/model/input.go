package model

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// ParseInput reads an input of n uint8 values from a JSON array or from text
// with values separated by commas or whitespace.
func ParseInput(b []byte, n int) ([]uint8, error) {
	var vals []int64
	if s := strings.TrimSpace(string(b)); strings.HasPrefix(s, "[") {
		if err := json.Unmarshal([]byte(s), &vals); err != nil {
			return nil, fmt.Errorf("input: %w", err)
		}
	} else {
		for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\n' || r == '\t' || r == '\r' }) {
			v, err := strconv.ParseInt(f, 10, 64)
			if err != nil {
				return nil, fmt.Errorf("input: %q is not an integer", f)
			}
			vals = append(vals, v)
		}
	}
	if len(vals) != n {
		return nil, fmt.Errorf("input has %d values, model expects %d", len(vals), n)
	}
	out := make([]uint8, n)
	for i, v := range vals {
		if v < 0 || v > 255 {
			return nil, fmt.Errorf("input value %d = %d outside [0, 255]", i, v)
		}
		out[i] = uint8(v)
	}
	return out, nil
}

// ParseSamples reads float samples of n values each, one per line
// (comma or whitespace separated), for calibration.
func ParseSamples(b []byte, n int) ([][]float64, error) {
	var out [][]float64
	for ln, line := range strings.Split(string(b), "\n") {
		fields := strings.FieldsFunc(line, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\r' })
		if len(fields) == 0 {
			continue
		}
		if len(fields) != n {
			return nil, fmt.Errorf("calibration line %d has %d values, model input has %d", ln+1, len(fields), n)
		}
		row := make([]float64, n)
		for i, f := range fields {
			v, err := strconv.ParseFloat(f, 64)
			if err != nil || v != v {
				return nil, fmt.Errorf("calibration line %d: %q is not a number", ln+1, f)
			}
			row[i] = v
		}
		out = append(out, row)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("calibration data is empty")
	}
	return out, nil
}
