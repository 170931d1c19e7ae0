package explorer

import (
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func get(t *testing.T, method, path string) *http.Response {
	t.Helper()
	rec := httptest.NewRecorder()
	Handler().ServeHTTP(rec, httptest.NewRequest(method, path, nil))
	return rec.Result()
}

func TestHandler(t *testing.T) {
	for _, c := range []struct {
		method, path string
		status       int
		body, ctype  string
	}{
		{http.MethodGet, "/explorer/", http.StatusOK, "<title>Nexus explorer</title>", "text/html"},
		{http.MethodGet, "/explorer/app.js", http.StatusOK, "nexus_listBatches", "javascript"},
		{http.MethodGet, "/explorer/style.css", http.StatusOK, "--bg", "text/css"},
		{http.MethodHead, "/explorer/", http.StatusOK, "", "text/html"},
		{http.MethodGet, "/explorer", http.StatusMovedPermanently, "", ""},
		{http.MethodGet, "/explorer/nothing.js", http.StatusNotFound, "", ""},
		{http.MethodGet, "/explorer/../../go.mod", http.StatusNotFound, "", ""},
		{http.MethodPost, "/explorer/", http.StatusMethodNotAllowed, "", ""},
	} {
		resp := get(t, c.method, c.path)
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != c.status {
			t.Errorf("%s %s: status %d, want %d", c.method, c.path, resp.StatusCode, c.status)
			continue
		}
		if c.body != "" && !strings.Contains(string(body), c.body) {
			t.Errorf("%s %s: body has no %q", c.method, c.path, c.body)
		}
		if c.ctype != "" && !strings.Contains(resp.Header.Get("Content-Type"), c.ctype) {
			t.Errorf("%s %s: content type %q, want %q", c.method, c.path, resp.Header.Get("Content-Type"), c.ctype)
		}
		if c.status == http.StatusOK && !strings.Contains(resp.Header.Get("Content-Security-Policy"), "default-src 'self'") {
			t.Errorf("%s %s: no content security policy", c.method, c.path)
		}
	}
}

// TestNothingFromOutside: the page loads nothing from another host (it
// must work offline).
func TestNothingFromOutside(t *testing.T) {
	fs.WalkDir(static, "static", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		raw, _ := static.ReadFile(path)
		for _, bad := range []string{`src="http`, `href="http`, `src="//`, `href="//`, "@import", "url(http"} {
			if strings.Contains(string(raw), bad) {
				t.Errorf("%s loads from outside: %q", path, bad)
			}
		}
		return nil
	})
}

func TestIs(t *testing.T) {
	for path, want := range map[string]bool{"/explorer": true, "/explorer/": true, "/explorer/app.js": true,
		"/": false, "/explorerx": false, "/metrics": false} {
		if Is(path) != want {
			t.Errorf("Is(%q) = %v", path, !want)
		}
	}
}
