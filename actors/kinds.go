package actors

import "github.com/statecraft/bilateral/internal/validate"

// A Kind classifies an [Actor]. The zero Kind is not valid.
type Kind uint8

// The kinds of actor.
const (
	State         Kind = iota + 1 // a sovereign state
	Union                         // a union or bloc of states with pooled powers, such as the EU
	Alliance                      // a military alliance, such as the CSTO
	EconomicUnion                 // a customs or economic union, such as the EAEU
	Organisation                  // another intergovernmental organisation
	NonState                      // a non-state actor: an armed group, a company, an unrecognised authority
)

var kindWords = validate.NewWords("actors", "Kind", "state", "union", "alliance", "economic-union", "organisation", "non-state")

// String returns the kind's text form: "state", "union", "alliance",
// "economic-union", "organisation" or "non-state".
func (k Kind) String() string { return kindWords.Text(uint8(k)) }

// IsValid reports whether k is one of the defined kinds.
func (k Kind) IsValid() bool { return kindWords.Valid(uint8(k)) }

// IsOrganisation reports whether k is a kind of organisation that other
// actors can be members of (union, alliance, economic union, organisation).
func (k Kind) IsOrganisation() bool { return k >= Union && k <= Organisation }

// MarshalText implements [encoding.TextMarshaler].
func (k Kind) MarshalText() ([]byte, error) { return kindWords.Marshal(uint8(k)) }

// UnmarshalText implements [encoding.TextUnmarshaler]; an unknown word is
// an error wrapping [ErrUnknown].
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := kindWords.Parse(string(b))
	if err == nil {
		*k = Kind(v)
	}
	return err
}

// Recognition records whether an actor's status is contested. Its zero
// value, Uncontested, is the common case and needs no mention.
type Recognition uint8

// The recognition statuses.
const (
	Uncontested         Recognition = iota // recognised by the states that matter to the analysis
	PartiallyRecognised                    // recognised by some states and not others
	Unrecognised                           // recognised by no UN member state
)

var recognitionWords = validate.NewWords("actors", "Recognition", "partially-recognised", "unrecognised")

// String returns "uncontested", "partially-recognised" or "unrecognised".
func (r Recognition) String() string {
	if r == Uncontested {
		return "uncontested"
	}
	return recognitionWords.Text(uint8(r))
}

// MarshalText implements [encoding.TextMarshaler].
func (r Recognition) MarshalText() ([]byte, error) {
	if r == Uncontested {
		return []byte("uncontested"), nil
	}
	return recognitionWords.Marshal(uint8(r))
}

// UnmarshalText implements [encoding.TextUnmarshaler]; an unknown word is
// an error wrapping [ErrUnknown].
func (r *Recognition) UnmarshalText(b []byte) error {
	if string(b) == "uncontested" {
		*r = Uncontested
		return nil
	}
	v, err := recognitionWords.Parse(string(b))
	if err == nil {
		*r = Recognition(v)
	}
	return err
}

// A Channel is a kind of dependence through which one actor can hold
// leverage over another. The zero Channel is not valid.
type Channel uint8

// The channels, in the order reports list them.
const (
	Trade         Channel = iota + 1 // goods trade: the provider's share of the holder's trade
	Energy                           // gas, oil, nuclear fuel and power
	Food                             // staple food, such as wheat
	Security                         // arms supplies and military cooperation
	Finance                          // remittances, investment, loans and aid
	Transit                          // routes, corridors and re-export channels
	Institutional                    // bases, border troops, membership in a bloc the provider leads
)

// NumChannels is the number of defined channels.
const NumChannels = 7

var channelWords = validate.NewWords("actors", "Channel", "trade", "energy", "food", "security", "finance", "transit", "institutional")

// Channels returns the channels in report order.
func Channels() [NumChannels]Channel {
	return [NumChannels]Channel{Trade, Energy, Food, Security, Finance, Transit, Institutional}
}

// String returns the channel's text form: "trade", "energy", "food",
// "security", "finance", "transit" or "institutional".
func (c Channel) String() string { return channelWords.Text(uint8(c)) }

// IsValid reports whether c is one of the defined channels.
func (c Channel) IsValid() bool { return channelWords.Valid(uint8(c)) }

// ParseChannel parses the text form returned by [Channel.String].
func ParseChannel(s string) (Channel, error) {
	v, err := channelWords.Parse(s)
	return Channel(v), err
}

// MarshalText implements [encoding.TextMarshaler].
func (c Channel) MarshalText() ([]byte, error) { return channelWords.Marshal(uint8(c)) }

// UnmarshalText implements [encoding.TextUnmarshaler]; an unknown word is
// an error wrapping [ErrUnknown].
func (c *Channel) UnmarshalText(b []byte) error {
	v, err := ParseChannel(string(b))
	if err == nil {
		*c = v
	}
	return err
}

// A Standing is the state of a membership, an agreement or another basis
// at a point in time. The zero Standing is not valid.
type Standing uint8

// The standings.
const (
	Active    Standing = iota + 1 // in force: a member in good standing, an agreement in force
	Suspended                     // suspended or frozen: still formally there, not operating
	Ended                         // withdrawn, expired, terminated or denounced
)

var standingWords = validate.NewWords("actors", "Standing", "active", "suspended", "ended")

// String returns "active", "suspended" or "ended".
func (s Standing) String() string { return standingWords.Text(uint8(s)) }

// IsValid reports whether s is one of the defined standings.
func (s Standing) IsValid() bool { return standingWords.Valid(uint8(s)) }

// MarshalText implements [encoding.TextMarshaler].
func (s Standing) MarshalText() ([]byte, error) { return standingWords.Marshal(uint8(s)) }

// UnmarshalText implements [encoding.TextUnmarshaler]; an unknown word is
// an error wrapping [ErrUnknown].
func (s *Standing) UnmarshalText(b []byte) error {
	v, err := standingWords.Parse(string(b))
	if err == nil {
		*s = Standing(v)
	}
	return err
}
