package protocol

import "testing"

func TestDecodeHeader(t *testing.T) {
	h := Header{BatchNumber: 7, Timestamp: 1 << 40, PriorityOpsConsumed: 3}
	h.PrevStateRoot[0], h.NewStateRoot[31], h.PriorityHashBefore[5], h.PriorityHashAfter[9], h.PubdataHash[1] = 1, 2, 3, 4, 5
	got, err := DecodeHeader(h.Encode())
	if err != nil || got != h {
		t.Fatalf("round trip: %+v, %v", got, err)
	}
	for _, n := range []int{0, 1, HeaderSize - 1, HeaderSize + 1, 2 * HeaderSize} {
		if _, err := DecodeHeader(make([]byte, n)); err == nil {
			t.Errorf("a %d-byte header decodes", n)
		}
	}
}
