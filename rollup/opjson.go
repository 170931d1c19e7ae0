package rollup

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"unicode"

	"github.com/consensys/gnark-crypto/ecc/bls12-377/fr"
)

// The JSON form of ops, used by the sequencer's RPC and its mempool:
//
//	{"type":"Transfer","from":1,"to":2,"token":0,"amount":"1000","nonce":0,"sig":"0x…"}
//
// Field names are the Go field names in lowerCamelCase; integers are JSON
// numbers, amounts decimal strings, field elements, keys and signatures 0x
// hex, addresses 0x hex. Decoding is strict: unknown fields, wrong types,
// non-canonical field elements and oversized values are errors.

// ErrBadOpJSON is returned for JSON that is not a valid op.
var ErrBadOpJSON = errors.New("invalid op")

// MaxOpJSONSize bounds the JSON of one op.
const MaxOpJSONSize = 4096

var opTypesByName = map[string]func() Op{
	"Deposit": func() Op { return new(Deposit) }, "RegisterModel": func() Op { return new(RegisterModel) },
	"ProverStake": func() Op { return new(ProverStake) }, "ProverUnstakeRequest": func() Op { return new(ProverUnstakeRequest) },
	"L1Job": func() Op { return new(L1Job) }, "ForcedExit": func() Op { return new(ForcedExit) },
	"Transfer": func() Op { return new(Transfer) }, "Withdraw": func() Op { return new(Withdraw) },
	"SubmitJob": func() Op { return new(SubmitJob) }, "LockJob": func() Op { return new(LockJob) },
	"FulfillJob": func() Op { return new(FulfillJob) }, "CancelJob": func() Op { return new(CancelJob) },
	"ClaimModelFees": func() Op { return new(ClaimModelFees) },
	"ExpireJob":      func() Op { return new(ExpireJob) }, "ProverRelease": func() Op { return new(ProverRelease) },
}

func jsonName(goName string) string {
	r := []rune(goName)
	// VKHash -> vkHash, JobID -> jobID, L1Job fields are plain.
	i := 0
	for i < len(r) && unicode.IsUpper(r[i]) && (i == 0 || i+1 >= len(r) || unicode.IsUpper(r[i+1])) {
		r[i] = unicode.ToLower(r[i])
		i++
	}
	if i == 0 {
		r[0] = unicode.ToLower(r[0])
	}
	return string(r)
}

var (
	bigType  = reflect.TypeOf((*big.Int)(nil))
	frType   = reflect.TypeOf(fr.Element{})
	addrType = reflect.TypeOf(Address{})
	keyType  = reflect.TypeOf(PubKey{})
)

// OpID is the id the sequencer gives an op: the SHA-256 of its JSON form
// (MarshalOpJSON), signature included. Clients ask for an op's status by
// it, the mempool keys ops by it and job records name their ops by it.
func OpID(op Op) ([32]byte, error) {
	raw, err := MarshalOpJSON(op)
	if err != nil {
		return [32]byte{}, err
	}
	return OpIDOfJSON(raw), nil
}

// OpIDOfJSON is OpID of the op whose MarshalOpJSON form is raw, for callers
// that hold that form already.
func OpIDOfJSON(raw []byte) [32]byte { return sha256.Sum256(raw) }

// MarshalOpJSON encodes op.
func MarshalOpJSON(op Op) ([]byte, error) {
	v := reflect.ValueOf(op)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return nil, fmt.Errorf("%w: nil op", ErrBadOpJSON)
	}
	v = v.Elem()
	name := v.Type().Name()
	if _, ok := opTypesByName[name]; !ok {
		return nil, fmt.Errorf("%w: unknown op %T", ErrBadOpJSON, op)
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, `{"type":%q`, name)
	for i := 0; i < v.NumField(); i++ {
		f, ft := v.Field(i), v.Type().Field(i)
		fmt.Fprintf(&b, `,%q:`, jsonName(ft.Name))
		switch {
		case ft.Type == bigType:
			x := f.Interface().(*big.Int)
			if x == nil {
				x = new(big.Int)
			}
			fmt.Fprintf(&b, "%q", x.String())
		case ft.Type == frType:
			e := f.Interface().(fr.Element)
			bs := e.Bytes()
			fmt.Fprintf(&b, `"0x%x"`, bs[:])
		case ft.Type == addrType || ft.Type == keyType:
			fmt.Fprintf(&b, `"0x%x"`, f.Bytes())
		case ft.Type.Kind() == reflect.Slice && ft.Type.Elem().Kind() == reflect.Uint8:
			fmt.Fprintf(&b, `"0x%x"`, f.Bytes())
		case ft.Type.Kind() >= reflect.Uint8 && ft.Type.Kind() <= reflect.Uint64:
			fmt.Fprintf(&b, "%d", f.Uint())
		default:
			return nil, fmt.Errorf("%w: unsupported field %s.%s", ErrBadOpJSON, name, ft.Name)
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// UnmarshalOpJSON decodes an op, refusing anything malformed with a message
// that names the field.
func UnmarshalOpJSON(data []byte) (Op, error) {
	if len(data) > MaxOpJSONSize {
		return nil, fmt.Errorf("%w: %d bytes exceeds the limit of %d", ErrBadOpJSON, len(data), MaxOpJSONSize)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadOpJSON, err)
	}
	var typ string
	if err := json.Unmarshal(raw["type"], &typ); err != nil || typ == "" {
		return nil, fmt.Errorf("%w: missing or invalid \"type\"", ErrBadOpJSON)
	}
	mk, ok := opTypesByName[typ]
	if !ok {
		return nil, fmt.Errorf("%w: unknown type %q", ErrBadOpJSON, typ)
	}
	op := mk()
	v := reflect.ValueOf(op).Elem()
	known := map[string]bool{"type": true}
	for i := 0; i < v.NumField(); i++ {
		f, ft := v.Field(i), v.Type().Field(i)
		key := jsonName(ft.Name)
		known[key] = true
		msg, present := raw[key]
		if !present {
			return nil, fmt.Errorf("%w: %s: missing field %q", ErrBadOpJSON, typ, key)
		}
		if err := decodeField(f, ft.Type, msg); err != nil {
			return nil, fmt.Errorf("%w: %s.%s: %v", ErrBadOpJSON, typ, key, err)
		}
	}
	for k := range raw {
		if !known[k] {
			return nil, fmt.Errorf("%w: %s: unknown field %q", ErrBadOpJSON, typ, k)
		}
	}
	return op, nil
}

func decodeHex(msg json.RawMessage) ([]byte, error) {
	var s string
	if err := json.Unmarshal(msg, &s); err != nil {
		return nil, errors.New("want a 0x hex string")
	}
	if !strings.HasPrefix(s, "0x") {
		return nil, errors.New("hex string must start with 0x")
	}
	return hex.DecodeString(s[2:])
}

func decodeField(f reflect.Value, t reflect.Type, msg json.RawMessage) error {
	switch {
	case t == bigType:
		var s string
		if err := json.Unmarshal(msg, &s); err != nil {
			return errors.New("want a decimal string")
		}
		x, ok := new(big.Int).SetString(s, 10)
		if !ok || x.Sign() < 0 || x.BitLen() > 128 {
			return fmt.Errorf("%q is not an amount in [0, 2^128)", s)
		}
		f.Set(reflect.ValueOf(x))
	case t == frType:
		b, err := decodeHex(msg)
		if err != nil {
			return err
		}
		if len(b) != fr.Bytes {
			return fmt.Errorf("want %d bytes, got %d", fr.Bytes, len(b))
		}
		var e fr.Element
		if err := e.SetBytesCanonical(b); err != nil {
			return errors.New("not below the field modulus")
		}
		f.Set(reflect.ValueOf(e))
	case t == addrType || t == keyType:
		b, err := decodeHex(msg)
		if err != nil {
			return err
		}
		if len(b) != t.Len() {
			return fmt.Errorf("want %d bytes, got %d", t.Len(), len(b))
		}
		reflect.Copy(f, reflect.ValueOf(b))
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8:
		b, err := decodeHex(msg)
		if err != nil {
			return err
		}
		f.SetBytes(b)
	case t.Kind() >= reflect.Uint8 && t.Kind() <= reflect.Uint64:
		var n json.Number
		dec := json.NewDecoder(bytes.NewReader(msg))
		dec.UseNumber()
		if err := dec.Decode(&n); err != nil {
			return errors.New("want an unsigned integer")
		}
		u, ok := new(big.Int).SetString(n.String(), 10)
		if !ok || u.Sign() < 0 || u.BitLen() > t.Bits() {
			return fmt.Errorf("%s does not fit %d bits", n, t.Bits())
		}
		f.SetUint(u.Uint64())
	default:
		return errors.New("unsupported field type")
	}
	return nil
}
