# Abuse (issue 14): anyone can call the sequencer. `make abuse` runs each
# attack class of issue 14 in bounded loops, loopback only, in two parts:
#
#  1. TestAbuse (sequencer/abuse_test.go, tag abuse): against a sequencer
#     served in the test process over HTTP and WebSocket (stub proof
#     verifier, no L1): seconds, anywhere.
#  2. TestAbuse_Processes (e2e/abuse_test.go, tags e2e,abuse): Nexus as
#     separate processes, as an operator runs it: anvil, `nexus contracts
#     deploy` (no linked verifier, nothing settles), `nexus model register`,
#     `nexus sequencer` and an honest `nexus prover run` with real gnark
#     proofs of the demo MNIST model; the test is the honest user and the
#     attacker, and kills the sequencer with SIGKILL mid-run. About 1.5 min
#     with the build; it needs anvil (make setup) but no settlement keys.
#
# Both check RELIABILITY.md E: the honest prover's jobs complete with their
# original inputs and its stake intact, nothing acknowledged is lost,
# statuses never go backwards, limits hold on both transports and the
# sequencer stays under its memory cap (the process part samples the
# sequencer process's VmRSS: 256 MiB). The RPC decoders are fuzzed by
# `make fuzz` (FuzzRPC: every nexus_ method through the server's handler).

FUZZ_TARGETS += ./sequencer:FuzzRPC

.PHONY: abuse
abuse: node_modules/.stamp ## Abuse suite: issue 14's attack classes, in process and against anvil + nexus sequencer + nexus prover run (~2 min)
	$(GO) test -tags abuse -count=1 -timeout 10m -v -run '^TestAbuse$$' ./sequencer/
	$(GO) test -tags e2e,abuse -count=1 -timeout 20m -v -run '^TestAbuse_Processes$$' ./e2e/
