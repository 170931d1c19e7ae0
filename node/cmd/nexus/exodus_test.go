package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestExodusBadInput: every exodus command refuses bad flags with an error
// that names the problem, before it dials L1 or opens a store.
func TestExodusBadInput(t *testing.T) {
	dir := t.TempDir()
	dep := filepath.Join(dir, "deployment.json")
	writeFile(t, dep, `{"chainId": 31337, "block": 1, "nexusRollup": "0x00000000000000000000000000000000000000aa",
		"proverRegistry": "0x00000000000000000000000000000000000000bb", "modelRegistry": "0x00000000000000000000000000000000000000cc"}`)
	const key = "--key=ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
	down := "--l1.rpc=http://127.0.0.1:1" // nothing listens there
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"sync", "--deployment", filepath.Join(dir, "missing.json"), down}, "pass --deployment FILE"},
		{[]string{"sync", "--deployment", dep}, "--l1.rpc is required"},
		{[]string{"sync", "--deployment", dep, down}, "127.0.0.1:1: connect: connection refused"},
		{[]string{"sync", "--deployment", dep, down, "--state.depths", "24/4/24"}, "state_depths: want ACCOUNTS/TOKENS/JOBS/MODELS"},
		{[]string{"sync", "--deployment", dep, down, "--state.depths", "24/4/x/12"}, `depth "x" is not a number`},
		{[]string{"sync", "--deployment", dep, down, "--state.depths", "24/4/40/12"}, "out of range"},
		{[]string{"status", "--deployment", dep, down, "--exodus.account", "0"}, "--exodus.account: 0 is not an account id"},
		{[]string{"exit", "--deployment", dep, down, key, "--exodus.account", "4294967296"}, "is not an account id"},
		{[]string{"exit", "--deployment", dep, down, "--exodus.account", "-1"}, "exodus.account"},
		{[]string{"activate", "--deployment", dep, down}, "a signing key is required"},
		{[]string{"exit", "--deployment", dep, down}, "a signing key is required"},
		{[]string{"refund", "--deployment", dep, down, "--key", "0xzz"}, "--key:"},
		{[]string{"exit", "--deployment", dep, down, "--key", "ab", "--keystore", "k.json"}, "either --key or --keystore"},
		{[]string{"sync", "--deployment", dep, down, "--l1.confirmations", "many"}, "l1.confirmations"},
		{[]string{"refund", "--deployment", dep, down, key, "--exodus.account", "3"}, "flag provided but not defined"},
		{[]string{"sync", "extra"}, ""},
	} {
		out, err := run(t, append([]string{"--datadir", dir, "exodus"}, tt.args...)...)
		if tt.want == "" { // urfave accepts extra args; the command must still fail without a deployment
			if err == nil {
				t.Errorf("exodus %v: no error", tt.args)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error()+out, tt.want) {
			t.Errorf("exodus %v: %v (%s), want %q", tt.args, err, out, tt.want)
		}
	}
}

// TestExodusHelp: every exodus command explains itself.
func TestExodusHelp(t *testing.T) {
	for _, c := range []string{"sync", "status", "activate", "exit", "refund"} {
		out, err := run(t, "exodus", c, "--help")
		if err != nil || !strings.Contains(out, "nexus exodus "+c+" - ") {
			t.Errorf("exodus %s --help: %v\n%s", c, err, out)
		}
	}
	out, _ := run(t, "--help")
	if !strings.Contains(out, "\n   exodus ") {
		t.Errorf("--help does not list exodus:\n%s", out)
	}
}
