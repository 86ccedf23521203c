package main

import (
	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/relations"
)

// How the agreements below are dated.
//
//   - Signed is the date of signature at the precision of the facts file;
//     a year-precision fact stays a year ("1995"), a month stays a month.
//   - History records entry into force only where a fact gives it (the
//     1997 treaty "1998", the 2010 protocol, the Collective Security
//     Treaty, the CSTO Charter, the EAEU accession, the 2020 statement,
//     EUMA's launch, the INSTC agreement), or where a later fact shows the
//     instrument operating (the 1995 base agreement, whose term runs from
//     1995; the 1992 border-guard agreement, whose guards served 32 years).
//   - Political instruments that need no ratification (joint statements,
//     declarations, charters, Partnership Council decisions, the 3+3
//     platform) are taken to apply from the day they were adopted. That is
//     an analyst's reading, not a fact, so those changes cite [judgement].
//   - Contracts (arms, nuclear fuel) and agreements that need ratification
//     without a recorded entry into force are recorded as signed only: an
//     empty History, which the library reads as "not in force or not
//     recorded".
//   - Expires is left empty throughout. The two terms the facts give both
//     renew by themselves (the 1997 treaty by 10-year periods; the base by
//     5-year periods after 2044), so their end dates are not ends; the Notes
//     give the terms.
//
// Left out of the agreements, with the reason:
//
//   - agr-ru-az-roadmap-2024-26 (Russia–Azerbaijan roadmap 2024–2026):
//     UNVERIFIED — its signing date and status are not confirmed.
//   - agr-in-am-atags-84-report (84 more ATAGS guns): UNVERIFIED — an
//     unconfirmed press report.
//   - agr-in-am-akash-contract (Akash air defence): UNVERIFIED — neither
//     government published the contract; date and value unconfirmed. The
//     VERIFIED dispatch of the first battery is kept as an event.
//   - agr-eu-accession-law: a unilateral Armenian law, not an agreement
//     with the EU; kept as an event.
//   - agr-base-102-founded, agr-euma-launch, agr-fr-am-bastion and
//     agr-am-az-peace-text are events in the facts file and are kept as
//     events (EUMA's launch also dates the EUMA record's entry into force).
//   - The Russia–Azerbaijan treaty of 3 July 1997 and declaration of 2008,
//     named only in the note of agr-ru-az-allied-declaration, have no fact
//     of their own and are not modelled.

// agreements returns the agreements of the South Caucasus case between its
// actors, in order of signature (or of first effect where no signature is
// recorded). Each cites the facts-file fact it rests on.
func agreements() []relations.Agreement {
	// The CSTO's other member states (act-csto) and the EAEU's founders
	// (act-eaeu), which are parties to the multilateral treaties below but
	// not actors of the case.
	blr, kaz, kgz, tjk := actors.MustParse("BLR"), actors.MustParse("KAZ"), actors.MustParse("KGZ"), actors.MustParse("TJK")

	return []relations.Agreement{
		{
			ID:      "CSTO-1992-treaty",
			Title:   "Collective Security Treaty (Tashkent)",
			Kind:    relations.DefencePact,
			Parties: []actors.ID{ARM, RUS, blr, kaz, kgz, tjk},
			Signed:  date("1992-05-15"),
			History: actors.History{{On: date("1994-04-20"), To: actors.Active}},
			Mutual: []relations.Mutual{{
				Kind: relations.Defence, Article: "Art. 4",
				Note: "collective defence: an attack on one party is met by the others; Armenia invoked Art. 4 during the attack of September 2022 (ev-2022-09-attack) and received only a monitoring team",
			}},
			Source: cite("mem-csto-treaty"),
			Note: "Armenia was an original signatory. Parties lists the treaty's parties today (the CSTO's members, act-csto); the facts file does not give each one's date of signature or accession. " +
				"Azerbaijan and Georgia were parties until 1999 and are left out because Parties cannot carry dates per party. " +
				"Armenia froze its participation in practice from 2024-02-22 ('at all levels' by September 2024) without formal notice or withdrawal, so the treaty is not recorded as suspended; the freeze is on Armenia's CSTO membership and in the events.",
		},
		{
			ID:      "ARM-RUS-1992-border-guards",
			Title:   "Agreement on the stationing of Russian border troops in Armenia",
			Kind:    relations.Basing,
			Parties: []actors.ID{RUS, ARM},
			Signed:  date("1992-09-30"),
			History: actors.History{{On: date("1992"), To: actors.Active, Source: cite("ev-border-guards-zvartnots-exit"),
				Note: "in operation from 1992: the guards left Zvartnots in 2024 after 32 years of service; the day the agreement took effect is not recorded"}},
			Directed: []relations.Directed{
				{Kind: relations.BorderProtection, Obligor: RUS, Beneficiary: ARM,
					Note: "Armenia's border with Turkey; Russian guards remain there, jointly with Armenian guards, after 2025-01-01 (ev-border-guards-iran-checkpoint)"},
				{Kind: relations.BorderProtection, Obligor: RUS, Beneficiary: ARM,
					Note: "Armenia's border with Iran; the facts file records the handover of the checkpoint only (below), and whether Russian guards stay on the rest of this border after 2025 is not stated"},
				{Kind: relations.BorderProtection, Obligor: RUS, Beneficiary: ARM, Valid: validUntil("2024-07-31"),
					Note: "the post at Zvartnots airport, Yerevan: Armenia said in early March 2024 it no longer needed it (ev-border-guards-zvartnots-request); the guards left on 31 Jul 2024 and Armenian guards took over from 1 Aug (ev-border-guards-zvartnots-exit)"},
				{Kind: relations.BorderProtection, Obligor: RUS, Beneficiary: ARM, Valid: validUntil("2025-01-01"),
					Note: "the Armenia–Iran border checkpoint: from 1 Jan 2025 only Armenian guards staff it, as agreed at the Putin–Pashinyan meeting of October 2024 (ev-border-guards-iran-checkpoint)"},
			},
			Source: cite("agr-border-guards-1992"),
			Note:   "The guards are now under Russia's FSB. The agreement stays in force: two posts ended with their own dates (see Directed), and the guards remain on the Turkish border. Source is a Russian state-aligned outlet.",
		},
		{
			ID:      "ARM-RUS-1995-base",
			Title:   "Agreement on the Russian military base in Armenia (Gyumri)",
			Kind:    relations.Basing,
			Parties: []actors.ID{RUS, ARM},
			Signed:  date("1995"),
			History: actors.History{{On: date("1995"), To: actors.Active,
				Note: "the term is counted from 1995; the day of signature and of entry into force is not confirmed in the sources"}},
			Directed: []relations.Directed{{Kind: relations.BasingRights, Obligor: ARM, Beneficiary: RUS,
				Note: "Armenia hosts the 102nd base (founded 1994-09-01; garrisons in Gyumri and Yerevan)"}},
			Source: cite("agr-base-1995"),
			Note: "Original term 25 years from 1995, extended to 49 years (to 2044) by Protocol No. 5 of 2010, in force 2011-07-06 (ARM-RUS-2010-base-protocol); no expiry is recorded because the extended term renews itself. " +
				"The often-quoted day of 16 March 1995 is not confirmed in the sources, so the dates stay at year precision.",
		},
		{
			ID:      "ARM-RUS-1997-treaty",
			Title:   "Treaty of Friendship, Cooperation and Mutual Assistance (Armenia–Russia)",
			Kind:    relations.Treaty,
			Parties: []actors.ID{ARM, RUS},
			Signed:  date("1997-08-29"),
			History: actors.History{{On: date("1998"), To: actors.Active, Source: cite("agr-1997-treaty-in-force"),
				Note: "in force in 1998; the day is not recorded"}},
			Mutual: []relations.Mutual{
				{Kind: relations.Consultation, Article: "Art. 2",
					Note: "consultation on assistance when either party is attacked or threatened; Armenia cited Art. 2 when it asked Russia for urgent consultations on 31 Oct 2020 (agr-1997-treaty-art2-invoked-2020)"},
				{Kind: relations.Defence,
					Note: "mutual military help if either party is attacked or threatened; the sources of the facts file give no article number for it"},
				{Kind: relations.Neutrality,
					Note: "neither party joins blocs aimed against the other: a 'no hostile blocs' undertaking, recorded under the nearest ATOP type"},
			},
			Directed: []relations.Directed{{Kind: relations.BorderProtection, Obligor: RUS, Beneficiary: ARM,
				Note: "joint guarding of Armenia's borders with states outside the CIS; the sources give no article number"}},
			Source: cite("agr-1997-treaty-signed"),
			Note: "Signed in Moscow by Yeltsin and Ter-Petrosyan. Term: 25 years with automatic 10-year extensions (agr-1997-treaty-term). " +
				"Counted from 1998 the first term ended around 2023 and the treaty rolled over, since neither party denounced it; the facts file derives this and the source does not state it. " +
				"No expiry is therefore recorded.",
		},
		{
			ID:      "IND-IRN-RUS-2000-instc",
			Title:   "International North–South Transport Corridor agreement",
			Kind:    relations.TradeAgreement,
			Parties: []actors.ID{RUS, IRN, IND},
			Signed:  date("2000-09-12"),
			History: actors.History{{On: date("2002-05-21"), To: actors.Active}},
			Source:  cite("agr-instc"),
			Note: "Signed in St Petersburg; 13 states have ratified it. Azerbaijan joined in 2005 (AZE-2005-instc-accession). " +
				"The western route through Azerbaijan still lacks the Rasht–Astara railway in Iran (about 162–167 km); the Qazvin–Rasht line opened on 6 Mar 2019.",
		},
		{
			ID:      "CSTO-2002-charter",
			Title:   "Charter of the Collective Security Treaty Organization",
			Kind:    relations.MembershipAccord,
			Parties: []actors.ID{ARM, RUS, blr, kaz, kgz, tjk},
			Signed:  date("2002-10-07"),
			History: actors.History{{On: date("2003-09-18"), To: actors.Active}},
			Source:  cite("mem-csto-org"),
			Note: "Founds the CSTO on the 1992 treaty. Place of signature: Chisinau in two sources, Tashkent in one. " +
				"Parties lists the CSTO's members (act-csto). Armenia's freeze of its participation from 2024 is recorded on its membership, not here (see CSTO-1992-treaty).",
		},
		{
			ID:      "AZE-2005-instc-accession",
			Title:   "Azerbaijan's accession to the North–South Transport Corridor agreement",
			Kind:    relations.TradeAgreement,
			Parties: []actors.ID{AZE, RUS, IRN, IND},
			History: actors.History{{On: date("2005"), To: actors.Active, Note: "Azerbaijan joined in 2005; the day is not recorded"}},
			Source:  cite("agr-instc"),
			Note:    "Recorded apart from IND-IRN-RUS-2000-instc so that the corridor binds Azerbaijan only from its accession. The essay stresses Azerbaijan's role in Russia's route to Iranian, Indian and Asian markets.",
		},
		{
			ID:      "ARM-RUS-2010-base-protocol",
			Title:   "Protocol No. 5 extending the Russian base agreement",
			Kind:    relations.Basing,
			Parties: []actors.ID{RUS, ARM},
			Signed:  date("2010-08"),
			History: actors.History{{On: date("2011-07-06"), To: actors.Active, Source: cite("agr-base-2010-protocol-in-force"),
				Note: "instruments of ratification exchanged by Lavrov and Nalbandian"}},
			Directed: []relations.Directed{{Kind: relations.BasingRights, Obligor: ARM, Beneficiary: RUS,
				Note: "Armenia hosts the base for 49 years from 1995, to 2044"}},
			Source: cite("agr-base-2010-protocol"),
			Note: "Signed in Yerevan during Medvedev's visit; ratified by Russia's Federation Council on 22 Jun 2011. " +
				"Term to 2044, then renewed automatically for 5 years at a time unless a party gives written notice at least six months ahead; no expiry is recorded because 2044 is not an end unless notice is given.",
		},
		{
			ID:      "ARM-EAEU-2014-accession",
			Title:   "Treaty on Armenia's accession to the Eurasian Economic Union",
			Kind:    relations.MembershipAccord,
			Parties: []actors.ID{ARM, RUS, blr, kaz},
			Signed:  date("2014-10-10"),
			History: actors.History{{On: date("2015-01-02"), To: actors.Active, Source: cite("mem-eaeu-member"), Note: "full member from this day"}},
			Source:  cite("mem-eaeu-signed"),
			Note: "Signed in Minsk by President Sargsyan; ratified by Armenia's parliament on 4 Dec 2014 (103 for, 7 against, 1 abstention). " +
				"The other parties are the Union's founders (act-eaeu), with which an accession treaty is concluded; the facts file does not list the signatories.",
		},
		{
			ID:      "ARM-AZE-RUS-2020-statement",
			Title:   "Trilateral statement of 10 November 2020 (Armenia, Azerbaijan, Russia)",
			Kind:    relations.Ceasefire,
			Parties: []actors.ID{ARM, AZE, RUS},
			Signed:  date("2020-11-09"),
			History: actors.History{{On: date("2020-11-10"), To: actors.Active, Note: "in force on 10 Nov, Moscow time"}},
			Directed: []relations.Directed{
				{Kind: relations.TransitRights, Article: "Art. 9", Obligor: ARM, Beneficiary: AZE,
					Note: "all economic and transport links in the region reopen, and Armenia guarantees safe passage between mainland Azerbaijan and Nakhchivan (agr-2020-trilateral-art9); Yerevan reads this as leaving the route under Armenian jurisdiction"},
				{Kind: relations.TransitRights, Article: "Art. 9", Obligor: RUS, Beneficiary: AZE,
					Note: "Russia's FSB border service oversees that transport link (agr-2020-trilateral-art9); recorded as Russia's part in securing the passage"},
				{Kind: relations.BasingRights, Obligor: AZE, Beneficiary: RUS, Valid: validUntil("2024-04-17"),
					Note: "about 2,000 Russian peacekeepers deployed in Karabakh, including on the Lachin corridor; the Kremlin confirmed their withdrawal on 17 Apr 2024 (ev-2024-04-peacekeepers-exit), and the day the last troops left is not in the facts file; the article number is not recorded"},
			},
			Source: cite("agr-2020-trilateral"),
			Note: "Signed late on 9 Nov 2020 by Aliyev, Pashinyan and Putin; it ended the 44-day war. Armenian forces were to leave the districts around Karabakh by 1 Dec 2020. " +
				"No party has formally withdrawn, so it stays in force here; but Pashinyan has said none of its points remain valid, and Yerevan treats all but the contested Art. 9 as void because Azerbaijan and Russia did not comply.",
		},
		{
			ID:      "ARM-AZE-RUS-2021-statement",
			Title:   "Trilateral statement of 11 January 2021 on transport links",
			Kind:    relations.Declaration,
			Parties: []actors.ID{ARM, AZE, RUS},
			Signed:  date("2021-01-11"),
			History: adoptionHistory("2021-01-11"),
			Source:  cite("agr-2021-01-11-working-group"),
			Note:    "Implements Art. 9 of the 2020 statement: a working group of the three deputy prime ministers, with rail and road links as priorities.",
		},
		{
			ID:      "ARM-AZE-IRN-RUS-TUR-2021-3plus3",
			Title:   "3+3 regional cooperation platform for the South Caucasus",
			Kind:    relations.Declaration,
			Parties: []actors.ID{AZE, TUR, RUS, IRN, ARM},
			History: actors.History{{On: date("2021-12-10"), To: actors.Active,
				Source: judgement("the 3+3 platform is taken to operate from its first meeting (Moscow, 10 Dec 2021, deputy foreign ministers); no founding document is recorded"),
				Note:   "first meeting"}},
			Source: cite("agr-3plus3"),
			Note: "Proposed by Aliyev and Erdoğan in late 2020 for Azerbaijan, Armenia and Georgia with Russia, Turkey and Iran; Georgia has declined to take part, so it is not a party here. " +
				"Later meetings: Tehran 23 Oct 2023 and Istanbul 18 Oct 2024 (foreign ministers). Russia and Iran back the format.",
		},
		{
			ID:      "AZE-RUS-2022-allied-declaration",
			Title:   "Declaration on Allied Interaction between Azerbaijan and Russia",
			Kind:    relations.Declaration,
			Parties: []actors.ID{RUS, AZE},
			Signed:  date("2022-02-22"),
			History: adoptionHistory("2022-02-22"),
			Mutual: []relations.Mutual{
				{Kind: relations.Defence,
					Note: "UNCERTAIN: the sources say the declaration allows possible mutual military assistance (with arms supplies and joint training); whether that is a commitment like a mutual-defence clause or only a possibility is not clear from the facts file, and no article is given"},
				{Kind: relations.NonAggression,
					Note: "the parties refrain from actions that harm each other, recorded as non-aggression, the nearest ATOP type; no article is given"},
			},
			Source: cite("agr-ru-az-allied-declaration"),
			Note: "43 provisions. Signed in Moscow by Putin and Aliyev two days before Russia's full-scale invasion of Ukraine; it raises ties to an 'allied' level and builds on the treaty of 3 Jul 1997 and the declaration of 3 Jul 2008. " +
				"The essay calls it the 'statement of strategic interaction'. Reaffirmed in the joint statement of 19 Aug 2024 and invoked by Russia's MFA on 15 May 2025.",
		},
		{
			ID:      "ARM-RUS-2022-tvel-fuel",
			Title:   "TVEL fuel supply contract for the Armenian nuclear power plant",
			Kind:    relations.TradeAgreement,
			Parties: []actors.ID{RUS, ARM},
			Signed:  date("2022-08"),
			Source:  cite("agr-tvel-fuel-2022"),
			Note: "Rosatom's fuel company TVEL is to supply VVER-440 fuel (made at Elektrostal) for the fourth quarter of 2022 and pledged to fuel the Metsamor plant to the end of its operating life, which had been extended to 2026 with Rosatom's Rusatom Service as key contractor. " +
				"The contract is between state-owned companies, recorded here between their states. Month approximate (report of 29 Aug 2022); entry into effect not recorded.",
		},
		{
			ID:      "ARM-IND-2022-pinaka",
			Title:   "India–Armenia government-to-government arms agreement (Pinaka, Konkurs, mortars, ammunition)",
			Kind:    relations.ArmsContract,
			Parties: []actors.ID{IND, ARM},
			Signed:  date("2022-09"),
			Source:  cite("agr-in-am-pinaka-g2g"),
			Note: "Pinaka multi-barrel rocket launchers, Konkurs anti-tank missiles, 80-mm mortars and ammunition, signed a few weeks before the Singh–Papikyan meeting at DefExpo 2022 (October 2022); month approximate. The first foreign order for Pinaka. " +
				"Press reports put the 2022 purchases at about USD 245 million (agr-in-am-arms). Reported by an Azerbaijani outlet; Yerevan has not confirmed it officially. Entry into effect not recorded.",
		},
		{
			ID:      "ARM-IND-2022-howitzers",
			Title:   "India–Armenia deal for 155-mm self-propelled howitzers (reported)",
			Kind:    relations.ArmsContract,
			Parties: []actors.ID{IND, ARM},
			Signed:  date("2022-11"),
			Source:  cite("agr-in-am-arms"),
			Note: "About USD 155 million, reported by Indian media as signed in November 2022; Yerevan did not confirm it officially. " +
				"Probably the Kalyani MArG 155 wheeled howitzer that agr-in-am-atags-2023 says Armenia had ordered, though the facts file links the two only with a 'cf.'. Entry into effect not recorded.",
		},
		{
			ID:      "ARM-EU-2023-euma",
			Title:   "EU Mission in Armenia (EUMA): Council Decision (CFSP) 2023/162",
			Kind:    relations.Basing,
			Parties: []actors.ID{EU, ARM},
			Signed:  date("2023-01-23"),
			History: actors.History{{On: date("2023-02-20"), To: actors.Active, Source: cite("agr-euma-launch"),
				Note: "mission launched; headquarters in Yeghegnadzor, head of mission Markus Ritter"}},
			Directed: []relations.Directed{{Kind: relations.BasingRights, Obligor: ARM, Beneficiary: EU,
				Note: "Armenia hosts the mission, about 100 staff of whom about 50 are unarmed observers; a civilian CSDP mission rather than forces, recorded as hosting"}},
			Source: cite("agr-euma-decision"),
			Note: "Signed is the day the Council adopted the decision, after Armenia's invitation (foreign minister's letter received 27 Dec 2022); it followed the short EUMCAP mission of 20 Oct–19 Dec 2022. " +
				"Initial mandate two years from launch; its renewal is not in the facts file, so no expiry is recorded either way. Russia presents the observers as part of Armenia's turn to the West (essay).",
		},
		{
			ID:      "ARM-IND-2023-atags",
			Title:   "India–Armenia order for six ATAGS 155-mm towed guns (reported)",
			Kind:    relations.ArmsContract,
			Parties: []actors.ID{IND, ARM},
			Signed:  date("2023"),
			Source:  cite("agr-in-am-atags-2023"),
			Note: "Six Advanced Towed Artillery Gun Systems, the reported initial order; the same report puts Armenia's defence contracts with India at about USD 1 billion. Not officially confirmed by Yerevan. " +
				"The report also calls Armenia a prospective 'first export customer' for ATAGS, which sits oddly with a 2023 order. A reported follow-on order for 84 guns is UNVERIFIED and left out. Entry into effect not recorded.",
		},
		{
			ID:      "ARM-FRA-2023-radars",
			Title:   "France–Armenia contract for three GM200 radars, with a letter of intent on Mistral",
			Kind:    relations.ArmsContract,
			Parties: []actors.ID{FRA, ARM},
			Signed:  date("2023-10-23"),
			Source:  cite("agr-fr-am-arms-2023"),
			Note:    "Signed in Paris by Papikyan and Lecornu: three Thales GM200 radars, a letter of intent on Mistral short-range air defence, and support for training and reform. Entry into effect not recorded.",
		},
		{
			ID:      "ARM-EU-2024-npa-launch",
			Title:   "EU–Armenia Partnership Council decision to start work on a New Partnership Agenda",
			Kind:    relations.Declaration,
			Parties: []actors.ID{EU, ARM},
			Signed:  date("2024-02-13"),
			History: adoptionHistory("2024-02-13"),
			Source:  cite("agr-eu-npa-launch"),
			Note:    "Fifth Partnership Council (Borrell, Mirzoyan). The essay's 'discussions to sign a New Partnership Agenda'; negotiators reached political agreement on it on 30 Jun 2025 (ARM-EU-2025-csdp-fpa).",
		},
		{
			ID:      "ARM-FRA-2024-caesar",
			Title:   "France–Armenia contract for CAESAR self-propelled howitzers",
			Kind:    relations.ArmsContract,
			Parties: []actors.ID{FRA, ARM},
			Signed:  date("2024-06-17"),
			Source:  cite("agr-fr-am-caesar"),
			Note: "CAESAR 155-mm truck-mounted howitzers, signed by Papikyan and Lecornu in Paris during Eurosatory and announced on 18 Jun; number and price not disclosed. " +
				"The same day Armenia's defence ministry signed a military-technical cooperation agreement with the maker, KNDS France (a company, not recorded as a party). Entry into effect not recorded.",
		},
		{
			ID:      "AZE-RUS-2024-joint-statement",
			Title:   "Joint statement of the presidents of Russia and Azerbaijan (Baku, 19 August 2024)",
			Kind:    relations.Declaration,
			Parties: []actors.ID{RUS, AZE},
			Signed:  date("2024-08-19"),
			History: adoptionHistory("2024-08-19"),
			Source:  cite("agr-ru-az-2024-08-documents"),
			Note:    "Adopted during Putin's state visit; it reaffirms the 2022 allied declaration and backs an upgrade of Azerbaijan's status in the SCO, its interest in BRICS, and the North–South transport corridor.",
		},
		{
			ID:      "AZE-RUS-2024-documents",
			Title:   "Russia–Azerbaijan intergovernmental agreements and memoranda of 19 August 2024",
			Kind:    relations.TradeAgreement,
			Parties: []actors.ID{RUS, AZE},
			Signed:  date("2024-08-19"),
			Source:  cite("agr-ru-az-2024-08-documents"),
			Note: "Six documents signed alongside the joint statement: three intergovernmental agreements and three memoranda. The source names two of the agreements (food safety and plant quarantine; health, medical education and science) " +
				"and the three memoranda (labour inspection; climate change; investment, between the Russian Direct Investment Fund and Azerbaijan's export and investment promotion agency). Recorded as one package; entry into force not recorded.",
		},
		{
			ID:      "ARM-USA-2025-charter",
			Title:   "US–Armenia Strategic Partnership Charter",
			Kind:    relations.PartnershipCharter,
			Parties: []actors.ID{ARM, USA},
			Signed:  date("2025-01-14"),
			History: adoptionHistory("2025-01-14"),
			Source:  cite("agr-us-charter"),
			Note: "Signed in Washington by Blinken and Mirzoyan: a framework for economic, security and defence, democracy and people-to-people cooperation. " +
				"Talks on a '123' civil nuclear agreement were announced, and Armenia was to join the anti-ISIS coalition. The essay says it upset Russia.",
		},
		{
			ID:      "ARM-EU-2025-csdp-fpa",
			Title:   "EU–Armenia framework agreement on Armenia's participation in CSDP missions",
			Kind:    relations.Treaty,
			Parties: []actors.ID{EU, ARM},
			Signed:  date("2025-06-30"),
			Source:  cite("agr-eu-npa-concluded"),
			Note: "Signed in Yerevan, where negotiators also announced political agreement on the New Partnership Agenda, a EUR 270 million Resilience and Growth Plan for 2024–2027, and the launch of security and defence consultations. " +
				"Post-dates the essay. Entry into force not recorded.",
		},
		{
			ID:      "ARM-EU-2025-strategic-agenda",
			Title:   "EU–Armenia Strategic Agenda for Partnership",
			Kind:    relations.PartnershipCharter,
			Parties: []actors.ID{EU, ARM},
			Signed:  date("2025-12-02"),
			History: adoptionHistory("2025-12-02"),
			Source:  cite("agr-eu-strategic-agenda-signed"),
			Note: "Adopted in Brussels at the sixth Partnership Council; it replaces the 2017 Partnership Priorities, with a EUR 15 million resilience package. " +
				"Probably the adopted form of the agenda agreed by negotiators on 30 Jun 2025, but the facts file does not say so. Post-dates the essay.",
		},
	}
}

// adoptionHistory is the history of a political instrument taken to apply
// from the day it was adopted (see the notes at the top of this file).
func adoptionHistory(on string) actors.History {
	return actors.History{{On: date(on), To: actors.Active,
		Source: judgement("a political instrument that needs no ratification, taken to apply from the day it was adopted")}}
}

// validUntil is the validity of an obligation that held, from whenever its
// agreement took effect, until end (the first day it no longer held).
func validUntil(end string) indicators.Period { return indicators.Period{End: date(end)} }
