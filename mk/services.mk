# Services (issue #6): fuzz targets of the prover work API.

FUZZ_TARGETS += ./sequencer:FuzzProverAPI
