# Abuse (issue 14): anyone can call the sequencer. `make abuse` runs each
# attack class of issue 14 against a sequencer served over loopback HTTP
# and WebSocket, in bounded loops, and checks RELIABILITY.md E: the honest
# prover's job completes with its stake intact, nothing honest is lost,
# statuses never go backwards, limits hold on both transports and the
# process stays under its memory cap. The RPC decoders are fuzzed by
# `make fuzz` (FuzzRPC: every nexus_ method through the server's handler).

FUZZ_TARGETS += ./sequencer:FuzzRPC

.PHONY: abuse
abuse: ## Abuse suite: issue 14's attack classes against a loopback sequencer (bounded, ~10 s)
	$(GO) test -tags abuse -count=1 -timeout 10m -v -run '^TestAbuse$$' ./sequencer/
