package main

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"path/filepath"
	"strings"
	"testing"
)

// tempFile writes b to a fresh file called name and returns its path.
func tempFile(t *testing.T, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	writeFile(t, p, string(b))
	return p
}

func TestReadJobInputPNG(t *testing.T) {
	img := image.NewGray(image.Rect(0, 0, 28, 28))
	img.SetGray(3, 1, color.Gray{Y: 200})
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	in, err := readJobInput(tempFile(t, "digit.png", buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if len(in) != 28*28 || in[1*28+3] != 200 || in[0] != 0 {
		t.Fatalf("decoded %d bytes, pixel (3,1) = %d", len(in), in[1*28+3])
	}
	// A colour PNG is converted to grey.
	rgba := image.NewRGBA(image.Rect(0, 0, 2, 1))
	rgba.Set(0, 0, color.RGBA{R: 255, G: 255, B: 255, A: 255})
	buf.Reset()
	png.Encode(&buf, rgba)
	if in, err := readJobInput(tempFile(t, "rgb.png", buf.Bytes())); err != nil || len(in) != 2 || in[0] != 255 {
		t.Fatalf("colour PNG: %v %v", in, err)
	}
}

func TestReadJobInputBad(t *testing.T) {
	var buf bytes.Buffer
	png.Encode(&buf, image.NewGray(image.Rect(0, 0, 300, 300)))
	big := append([]byte(nil), buf.Bytes()...)
	buf.Reset()
	png.Encode(&buf, image.NewGray(image.Rect(0, 0, 28, 28)))
	small := buf.Bytes()
	for name, c := range map[string]struct {
		file string
		data []byte
		want string
	}{
		"empty arg":           {want: "--input is required"},
		"missing file":        {file: "/nonexistent/x.json", want: "no such file"},
		"png truncated":       {file: "t.png", data: small[:len(small)-20], want: "not a readable PNG"},
		"png magic, garbage":  {file: "g.bin", data: append(append([]byte(nil), pngMagic...), 1, 2, 3), want: "not a readable PNG"},
		"png extension, json": {file: "j.png", data: []byte("[1,2]"), want: "not a readable PNG"},
		"png too large":       {file: "big.png", data: big, want: "at most"},
		"json not an array":   {file: "o.json", data: []byte(`{"a":1}`), want: "JSON array"},
		"json out of range":   {file: "r.json", data: []byte(`[1,256]`), want: "not a byte"},
		"json negative":       {file: "n.json", data: []byte(`[-1]`), want: "not a byte"},
		"mnist not a number":  {file: "", want: "not a number"},
	} {
		t.Run(name, func(t *testing.T) {
			arg := c.file
			switch {
			case name == "mnist not a number":
				arg = "mnist:x"
			case c.data != nil:
				arg = tempFile(t, c.file, c.data)
			}
			_, err := readJobInput(arg)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("want an error containing %q, got %v", c.want, err)
			}
		})
	}
}
